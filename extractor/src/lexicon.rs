//! Word lists the stages share: words that are capitalised without naming an
//! organisation, places, people's titles and first names, and the cues that
//! mark a description of an organisation. Every list is lowercase.

/// Capitalised words that never start an organisation's name: determiners,
/// pronouns, prepositions and other words that open sentences and titles.
pub const STOP_CAPS: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
    "leurs", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "selon", "dans", "pour", "après", "avant", "avec",
    "sans", "sur", "sous", "chez", "entre", "par", "et", "ou", "mais", "or", "donc", "car", "si", "quand", "alors",
    "ainsi", "aussi", "enfin", "outre", "lors", "depuis", "face", "malgré", "comme", "voici", "voilà", "c'", "qu'",
    "s'", "n'", "j'", "en", "au", "aux", "à", "the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
    "their", "our", "we", "they", "he", "she", "it", "in", "on", "at", "for", "with", "by", "from", "of", "to", "and",
    "but", "as", "after", "before", "while", "when", "under", "over", "according", "since", "if", "is", "are", "was",
    "were", "has", "have", "had", "will", "would", "could", "shares", "share", "source", "sources", "photo", "image",
    "crédit", "credit", "lire", "read", "comment", "commentaire", "share", "partager", "tout", "toute", "toutes", "tous",
    "plus", "moins", "très", "déjà", "encore", "même", "here", "there", "what", "how", "why", "who", "which", "where",
    "moving", "talking", "given", "story", "reporting", "editing", "note", "update", "mise", "jour", "il", "ils",
    "avertissement", "aucun", "aucune", "ni", "non", "oui", "affaire", "cette", "quelque", "dont", "puis", "pourtant",
    "cependant", "toutefois", "néanmoins", "however", "meanwhile", "also", "then", "yet", "still", "just", "now", "some",
    "many", "most", "all", "both", "each", "every", "other", "another", "such", "no", "not", "one", "two",
];

/// Acronyms and capitalised words that are not organisations.
pub const NOT_ORGS: &[&str] = &[
    "ia", "ai", "genai", "llm", "llms", "tpu", "tpus", "gpu", "gpus", "cpu", "ceo", "pdg", "cfo", "coo", "cto", "dg",
    "opa", "ope", "ipo", "btp", "r&d", "usd", "eur", "gbp", "jpy", "chf", "cny", "agi", "eee", "ue", "eu", "us", "usa",
    "uk", "tv", "pc", "saas", "api", "ok", "gps", "pme", "eti", "ps", "nb", "pib", "gdp", "m&a", "vc", "ia générative",
    "tech", "french tech", "series", "série", "round", "wall street", "bourse", "internet", "web", "cloud", "etats-unis",
    "états-unis", "europe", "asie", "afrique", "amérique", "chine", "japon", "inde", "france", "allemagne", "royaume-uni",
    "canada", "israël", "suisse", "italie", "espagne", "texas", "californie", "paris", "londres", "lyon", "lille",
    "dijon", "bordeaux", "lausanne", "tokyo", "pékin", "new york", "san francisco", "washington", "chicago", "houston",
    "fort worth", "illinois", "aurora", "denver", "seattle", "boston", "berlin", "munich", "china", "japan", "india",
    "germany", "britain", "united states", "u.s", "america", "europe", "asia", "africa", "california", "london",
    "île-de-france", "hauts-de-france", "auvergne-rhône-alpes", "bourgogne-franche-comté", "région", "hexagone",
    "outre-atlantique", "silicon valley", "champagne", "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "class",
    "chief", "executive", "officer", "president", "président", "director", "directeur", "oct", "nov", "dec", "jan",
    "feb", "q1", "q2", "q3", "q4", "covid", "covid-19", "dollar", "dollars", "euro", "euros", "bitcoin", "min", "read",
    "link", "article", "the information", "financial times", "reuters", "bloomberg", "afp", "ats", "keystone-sda",
    "associated press", "new york times", "wall street journal", "forbes", "techcrunch", "les echos", "le monde",
    "le figaro", "numerama", "maddyness", "stockmarketwire.com", "stockmarketwire", "l.p", "ia", "etat", "état", "gouvernement",
];

/// Words after which a capitalised name is a person: titles and honorifics.
pub const PERSON_CUES: &[&str] = &[
    "m.", "m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pdg", "ceo", "président", "présidente", "president", "directeur",
    "directrice", "fondateur", "fondatrice", "founder", "cofondateur", "co-founder", "journaliste", "journalist",
    "analyste", "analyst", "ministre", "minister", "patron", "patronne", "chairman", "chairwoman", "officer", "executive",
    "porte-parole", "spokesman", "spokeswoman", "spokesperson", "reporter", "sénateur", "senator", "député",
];

/// Common first names: a capitalised pair that starts with one is a person.
pub const FIRST_NAMES: &[&str] = &[
    "sam", "elon", "jeff", "mark", "bill", "satya", "sundar", "tim", "jensen", "larry", "sergey", "masayoshi", "donald",
    "joe", "emmanuel", "jony", "dario", "daniela", "ilya", "greg", "mira", "david", "john", "james", "robert", "michael",
    "william", "richard", "thomas", "charles", "daniel", "matthew", "anthony", "paul", "steven", "andrew", "kenneth",
    "george", "brian", "edward", "ronald", "kevin", "jason", "jeffrey", "ryan", "jacob", "gary", "eric", "stephen",
    "jonathan", "peter", "frank", "scott", "justin", "brandon", "benjamin", "samuel", "patrick", "jack", "dennis",
    "jerry", "tyler", "aaron", "henry", "douglas", "adam", "nathan", "zachary", "kyle", "noah", "ethan", "jeremy",
    "christian", "keith", "roger", "terry", "sean", "gerald", "carl", "dylan", "harold", "jordan", "jesse", "bryan",
    "lawrence", "arthur", "gabriel", "bruce", "albert", "willie", "alan", "wayne", "elijah", "randy", "roy", "vincent",
    "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "mary", "patricia", "jennifer", "linda",
    "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra",
    "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca",
    "laura", "sharon", "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "ruth", "brenda", "pamela", "nicole",
    "katherine", "samantha", "christine", "emma", "catherine", "debra", "virginia", "rachel", "carolyn", "janet",
    "maria", "heather", "diane", "julie", "joyce", "victoria", "kelly", "christina", "lauren", "joan", "evelyn",
    "olivia", "judith", "megan", "cheryl", "martha", "andrea", "frances", "hannah", "jacqueline", "ann", "gloria",
    "jean", "kathryn", "alice", "teresa", "sara", "janice", "doris", "madison", "julia", "grace", "judy", "abigail",
    "marie", "denise", "beverly", "amber", "theresa", "marilyn", "danielle", "diana", "brittany", "natalie", "sophia",
    "rose", "isabella", "alexis", "kayla", "charlotte", "ursula", "jennifer", "deena", "chizu", "brendan", "tony",
    "susan", "neil", "roelof", "shailendra", "renaud", "pierre", "jacques", "michel", "philippe", "alain", "nicolas",
    "christophe", "françois", "laurent", "stéphane", "sébastien", "julien", "frédéric", "olivier", "antoine",
    "guillaume", "xavier", "bernard", "didier", "thierry", "bruno", "patrice", "hervé", "yves", "gilles", "éric",
    "vincent", "arnaud", "cédric", "mathieu", "romain", "maxime", "hugo", "lucas", "léa", "camille", "manon", "chloé",
    "sophie", "isabelle", "nathalie", "valérie", "sandrine", "céline", "aurélie", "caroline", "claire", "anne",
    "catherine", "martine", "françoise", "sylvie", "hélène", "cécile", "agnès", "elisabeth", "brigitte", "ursula",
    "xi", "vladimir", "narendra", "rishi", "keir", "olaf", "giorgia", "pedro", "mario", "marc", "luc", "jean-pierre",
    "jean-luc", "jean-marc", "jean-claude", "marie-christine", "bernard", "xavier", "ginni", "lisa", "pat", "andy",
    "reed", "travis", "brian", "dara", "marc", "kai-fu", "jack", "pony", "robin", "lei", "ren", "son",
];

/// Heads of descriptions that stand for an organisation ("le géant japonais",
/// "the ChatGPT maker", "la start-up").
pub const DESCRIPTION_HEADS: &[&str] = &[
    "société", "entreprise", "startup", "start-up", "groupe", "firme", "géant", "compagnie", "opérateur", "constructeur",
    "fabricant", "concepteur", "créateur", "développeur", "éditeur", "spécialiste", "leader", "pousse", "licorne",
    "company", "firm", "group", "giant", "maker", "developer", "creator", "manufacturer", "operator", "provider",
    "specialist", "unicorn", "carrier", "supplier", "fournisseur", "investisseur", "investor", "câblo-opérateur",
];

/// Words of a description that say nothing of which organisation it is.
pub const GENERIC_DESCRIPTION_WORDS: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "the", "a", "an", "of", "its", "son", "sa", "ce",
    "cette", "jeune", "nouveau", "nouvelle", "grand", "grande", "big", "large", "new", "leading", "global", "mondial",
    "world", "world's", "principal", "premier", "première", "autre", "other", "même", "same", "entreprise", "société",
    "groupe", "firme", "company", "firm", "group",
];

/// Whether `word` is on `list`.
pub fn is(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}
