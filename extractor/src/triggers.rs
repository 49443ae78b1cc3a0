//! Deal triggers: the words that say a deal happens, in French and English,
//! each with the frame that reads its parties' roles from the sentence.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use dealwire_core::tokens::Token;

/// How a trigger's sentence maps onto parties and roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// "X investit N dans Y", "X invests in Y", "X backs Y".
    InvestVerb,
    /// Same, but only with an amount: "X a avancé 4 milliards", "X put $4bn".
    InvestAmountVerb,
    /// "un investissement de X dans Y", "X's investment in Y".
    InvestNoun,
    /// "X, investisseur de Y", "X is an investor in Y".
    InvestorNoun,
    /// "une participation de X dans Y", "X's stake in Y".
    StakeNoun,
    /// "Y lève N auprès de X", "Y raises N from X".
    RaiseVerb,
    /// "une levée de N (auprès de X)", "a round led by X".
    RaiseNoun,
    /// "X led the round", "X mène le tour".
    LeadVerb,
    /// "X rachète Y", "X acquires Y", "le rachat de Y par X".
    Acquire,
    /// "X sells Y to Z", "X cède Y à Z", "the sale of Y to Z": Z acquires
    /// Y, and X is the seller.
    Sell,
    /// "l'offre de X sur Y", "Cisco's offer for Acacia".
    Offer,
    /// "X and Y agreed to merge", "X will merge with Y", "la fusion entre X
    /// et Y": the first named takes over the other.
    Merge,
    /// "X et Y créent une coentreprise", "a joint venture".
    JointVenture,
    /// "X s'associe à Y", "X partners with Y", "un partenariat avec".
    Partner,
    /// "un accord entre X et Y": a deal of unknown kind.
    Agreement,
    /// "X achète N de services à Y", "X will spend N on Y's chips".
    BuyServices,
    /// "X remporte le contrat de Y", "X wins a contract from Y".
    WinContract,
    /// "X fournira Y", "X, fournisseur de Y".
    Supply,
}

const SINGLE: &[(&str, Frame)] = &[
    // Investment verbs.
    ("investir", Frame::InvestVerb),
    ("investit", Frame::InvestVerb),
    ("investi", Frame::InvestVerb),
    ("investis", Frame::InvestVerb),
    ("investissent", Frame::InvestVerb),
    ("investira", Frame::InvestVerb),
    ("investiront", Frame::InvestVerb),
    ("investirait", Frame::InvestVerb),
    ("investiraient", Frame::InvestVerb),
    ("investissait", Frame::InvestVerb),
    ("investissaient", Frame::InvestVerb),
    ("invest", Frame::InvestVerb),
    ("invests", Frame::InvestVerb),
    ("invested", Frame::InvestVerb),
    ("investing", Frame::InvestVerb),
    ("injecter", Frame::InvestVerb),
    ("injecte", Frame::InvestVerb),
    ("injecté", Frame::InvestVerb),
    ("injectera", Frame::InvestVerb),
    ("injecterait", Frame::InvestVerb),
    ("backs", Frame::InvestVerb),
    ("backed", Frame::InvestVerb),
    ("financé", Frame::InvestVerb),
    ("financée", Frame::InvestVerb),
    ("funded", Frame::InvestVerb),
    ("mobiliser", Frame::InvestAmountVerb),
    ("mobilise", Frame::InvestAmountVerb),
    ("mobilisé", Frame::InvestAmountVerb),
    ("mobilisait", Frame::InvestAmountVerb),
    ("mobilisera", Frame::InvestAmountVerb),
    ("avancé", Frame::InvestAmountVerb),
    ("avance", Frame::InvestAmountVerb),
    ("avancer", Frame::InvestAmountVerb),
    ("avancera", Frame::InvestAmountVerb),
    ("apporte", Frame::InvestAmountVerb),
    ("apporté", Frame::InvestAmountVerb),
    ("apporter", Frame::InvestAmountVerb),
    ("apportera", Frame::InvestAmountVerb),
    ("put", Frame::InvestAmountVerb),
    ("puts", Frame::InvestAmountVerb),
    ("poured", Frame::InvestAmountVerb),
    ("pours", Frame::InvestAmountVerb),
    ("funnel", Frame::InvestAmountVerb),
    ("funnels", Frame::InvestAmountVerb),
    ("funneled", Frame::InvestAmountVerb),
    ("funnelled", Frame::InvestAmountVerb),
    ("pump", Frame::InvestAmountVerb),
    ("pumps", Frame::InvestAmountVerb),
    ("pumped", Frame::InvestAmountVerb),
    ("commit", Frame::InvestAmountVerb),
    ("commits", Frame::InvestAmountVerb),
    ("committed", Frame::InvestAmountVerb),
    // Investment nouns.
    ("investissement", Frame::InvestNoun),
    ("investment", Frame::InvestNoun),
    ("injection", Frame::InvestNoun),
    ("financement", Frame::InvestNoun),
    ("funding", Frame::InvestNoun),
    ("investisseur", Frame::InvestorNoun),
    ("investisseurs", Frame::InvestorNoun),
    ("investor", Frame::InvestorNoun),
    ("investors", Frame::InvestorNoun),
    ("actionnaire", Frame::InvestorNoun),
    ("shareholder", Frame::InvestorNoun),
    ("backer", Frame::InvestorNoun),
    ("backers", Frame::InvestorNoun),
    ("participation", Frame::StakeNoun),
    ("stake", Frame::StakeNoun),
    // "an eight pct interest in Y" (checked in `rules::trigger`).
    ("interest", Frame::StakeNoun),
    // Mergers.
    ("merge", Frame::Merge),
    ("merges", Frame::Merge),
    ("merged", Frame::Merge),
    ("merging", Frame::Merge),
    ("merger", Frame::Merge),
    ("fusion", Frame::Merge),
    ("fusionner", Frame::Merge),
    ("fusionne", Frame::Merge),
    ("fusionnent", Frame::Merge),
    ("fusionné", Frame::Merge),
    ("fusionnera", Frame::Merge),
    ("fusionneront", Frame::Merge),
    // Raising money.
    ("lève", Frame::RaiseVerb),
    ("lèvent", Frame::RaiseVerb),
    ("lever", Frame::RaiseVerb),
    ("lèvera", Frame::RaiseVerb),
    ("levé", Frame::RaiseVerb),
    ("raise", Frame::RaiseVerb),
    ("raises", Frame::RaiseVerb),
    ("raised", Frame::RaiseVerb),
    ("raising", Frame::RaiseVerb),
    ("collecte", Frame::RaiseVerb),
    ("collecté", Frame::RaiseVerb),
    ("levée", Frame::RaiseNoun),
    ("round", Frame::RaiseNoun),
    ("lead", Frame::LeadVerb),
    ("leads", Frame::LeadVerb),
    ("led", Frame::LeadVerb),
    ("co-led", Frame::LeadVerb),
    ("mène", Frame::LeadVerb),
    ("mené", Frame::LeadVerb),
    ("menée", Frame::LeadVerb),
    // Sales, told from the seller's side.
    ("sell", Frame::Sell),
    ("sells", Frame::Sell),
    ("sold", Frame::Sell),
    ("selling", Frame::Sell),
    ("divest", Frame::Sell),
    ("divests", Frame::Sell),
    ("divested", Frame::Sell),
    ("sale", Frame::Sell),
    ("céder", Frame::Sell),
    ("cède", Frame::Sell),
    ("cèdent", Frame::Sell),
    ("cédera", Frame::Sell),
    ("céderait", Frame::Sell),
    ("cédé", Frame::Sell),
    ("cédée", Frame::Sell),
    ("cession", Frame::Sell),
    ("vendre", Frame::Sell),
    ("vend", Frame::Sell),
    ("vendent", Frame::Sell),
    ("vendra", Frame::Sell),
    ("vendrait", Frame::Sell),
    ("vendu", Frame::Sell),
    ("vendue", Frame::Sell),
    ("vente", Frame::Sell),
    // Acquisitions.
    ("racheter", Frame::Acquire),
    ("rachète", Frame::Acquire),
    ("rachètera", Frame::Acquire),
    ("rachèterait", Frame::Acquire),
    ("racheté", Frame::Acquire),
    ("rachetée", Frame::Acquire),
    ("rachetait", Frame::Acquire),
    ("acquérir", Frame::Acquire),
    ("acquiert", Frame::Acquire),
    ("acquerra", Frame::Acquire),
    ("acquis", Frame::Acquire),
    ("acquise", Frame::Acquire),
    ("acheter", Frame::Acquire),
    ("achète", Frame::Acquire),
    ("achètera", Frame::Acquire),
    ("achèterait", Frame::Acquire),
    ("acheté", Frame::Acquire),
    ("acquire", Frame::Acquire),
    ("acquires", Frame::Acquire),
    ("acquired", Frame::Acquire),
    ("acquiring", Frame::Acquire),
    ("buy", Frame::Acquire),
    ("buys", Frame::Acquire),
    ("bought", Frame::Acquire),
    ("buying", Frame::Acquire),
    ("purchase", Frame::Acquire),
    ("purchases", Frame::Acquire),
    ("purchased", Frame::Acquire),
    ("empare", Frame::Acquire),
    ("emparer", Frame::Acquire),
    ("emparé", Frame::Acquire),
    ("offre", Frame::Offer),
    ("offres", Frame::Offer),
    ("avale", Frame::Acquire),
    ("avalé", Frame::Acquire),
    ("absorbe", Frame::Acquire),
    ("absorbé", Frame::Acquire),
    ("rachat", Frame::Acquire),
    ("acquisition", Frame::Acquire),
    ("takeover", Frame::Acquire),
    ("buyout", Frame::Acquire),
    ("opa", Frame::Offer),
    ("offer", Frame::Offer),
    ("bid", Frame::Offer),
    // Joint ventures and partnerships.
    ("coentreprise", Frame::JointVenture),
    ("co-entreprise", Frame::JointVenture),
    ("joint-venture", Frame::JointVenture),
    ("associe", Frame::Partner),
    ("associé", Frame::Partner),
    ("associés", Frame::Partner),
    ("associée", Frame::Partner),
    ("associent", Frame::Partner),
    ("associer", Frame::Partner),
    ("allie", Frame::Partner),
    ("allié", Frame::Partner),
    ("alliés", Frame::Partner),
    ("allient", Frame::Partner),
    ("rapprocher", Frame::Partner),
    ("rapproche", Frame::Partner),
    ("rapprochent", Frame::Partner),
    ("collabore", Frame::Partner),
    ("collaborent", Frame::Partner),
    ("collaborer", Frame::Partner),
    ("partenariat", Frame::Partner),
    ("partenariats", Frame::Partner),
    ("partnership", Frame::Partner),
    ("alliance", Frame::Partner),
    ("collaboration", Frame::Partner),
    ("coopération", Frame::Partner),
    ("cooperation", Frame::Partner),
    ("partenaire", Frame::Partner),
    ("partnered", Frame::Partner),
    ("accord", Frame::Agreement),
    ("accords", Frame::Agreement),
    ("agreement", Frame::Agreement),
    ("deal", Frame::Agreement),
    ("memorandum", Frame::Agreement),
    // Commercial contracts.
    ("dépensera", Frame::BuyServices),
    ("dépenser", Frame::BuyServices),
    ("dépense", Frame::BuyServices),
    ("spend", Frame::BuyServices),
    ("spends", Frame::BuyServices),
    ("remporte", Frame::WinContract),
    ("remporté", Frame::WinContract),
    ("remporter", Frame::WinContract),
    ("décroche", Frame::WinContract),
    ("décroché", Frame::WinContract),
    ("wins", Frame::WinContract),
    ("won", Frame::WinContract),
    ("awarded", Frame::WinContract),
    ("fournir", Frame::Supply),
    ("fournira", Frame::Supply),
    ("fournit", Frame::Supply),
    ("fournisseur", Frame::Supply),
    ("supplier", Frame::Supply),
    ("supply", Frame::Supply),
    ("supplies", Frame::Supply),
    ("provide", Frame::Supply),
    ("provides", Frame::Supply),
    ("providing", Frame::Supply),
    ("deliver", Frame::Supply),
    ("delivers", Frame::Supply),
];

const MULTI: &[(&[&str], Frame)] = &[
    (&["tour", "de", "table"], Frame::RaiseNoun),
    (&["tour", "de", "financement"], Frame::RaiseNoun),
    (&["funding", "round"], Frame::RaiseNoun),
    (&["series", "a"], Frame::RaiseNoun),
    (&["series", "b"], Frame::RaiseNoun),
    (&["series", "c"], Frame::RaiseNoun),
    (&["série", "a"], Frame::RaiseNoun),
    (&["série", "b"], Frame::RaiseNoun),
    (&["engagement", "financier"], Frame::InvestNoun),
    (&["prise", "de", "participation"], Frame::StakeNoun),
    // "X est entré au capital de Y", "X monte au capital de Y".
    (&["entre", "au", "capital"], Frame::StakeNoun),
    (&["entré", "au", "capital"], Frame::StakeNoun),
    (&["entrée", "au", "capital"], Frame::StakeNoun),
    (&["entrer", "au", "capital"], Frame::StakeNoun),
    (&["entrera", "au", "capital"], Frame::StakeNoun),
    (&["entrent", "au", "capital"], Frame::StakeNoun),
    (&["monte", "au", "capital"], Frame::StakeNoun),
    (&["monté", "au", "capital"], Frame::StakeNoun),
    (&["monter", "au", "capital"], Frame::StakeNoun),
    (&["joint", "venture"], Frame::JointVenture),
    (&["société", "commune"], Frame::JointVenture),
    (&["entreprise", "commune"], Frame::JointVenture),
    (&["filiale", "commune"], Frame::JointVenture),
    (&["take", "over"], Frame::Acquire),
    (&["takes", "over"], Frame::Acquire),
    (&["took", "over"], Frame::Acquire),
    (&["prise", "de", "contrôle"], Frame::Acquire),
    (&["protocole", "d'", "accord"], Frame::Agreement),
    (&["team", "up"], Frame::Partner),
    (&["teams", "up"], Frame::Partner),
    (&["teamed", "up"], Frame::Partner),
    (&["join", "forces"], Frame::Partner),
    (&["joins", "forces"], Frame::Partner),
    (&["joined", "forces"], Frame::Partner),
    (&["partner", "with"], Frame::Partner),
    (&["partners", "with"], Frame::Partner),
];

/// What may start at a word: the multi-word triggers it opens, longest
/// listed first, and its own single-word frame.
#[derive(Default)]
struct Entry {
    multi: Vec<(&'static [&'static str], Frame)>,
    single: Option<Frame>,
}

/// The lexicon keyed by first word: one hash lookup per token instead of a
/// scan of every trigger.
fn index() -> &'static HashMap<&'static str, Entry> {
    static INDEX: OnceLock<HashMap<&'static str, Entry>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: HashMap<&'static str, Entry> = HashMap::default();
        for (words, f) in MULTI {
            index.entry(words[0]).or_default().multi.push((*words, *f));
        }
        for (w, f) in SINGLE {
            index.entry(*w).or_default().single.get_or_insert(*f);
        }
        index
    })
}

/// The trigger starting at token `i`: its frame and how many tokens it spans.
pub fn trigger_at(toks: &[Token], i: usize) -> Option<(Frame, usize)> {
    let entry = index().get(toks.get(i)?.norm.as_str())?;
    for (words, frame) in &entry.multi {
        if toks.len() >= i + words.len()
            && words
                .iter()
                .enumerate()
                .all(|(k, w)| toks[i + k].norm == *w)
        {
            return Some((*frame, words.len()));
        }
    }
    entry.single.map(|f| (f, 1))
}

/// Words that name the thing a commercial deal buys.
pub const SERVICE_WORDS: &[&str] = &[
    "services",
    "service",
    "solutions",
    "capacité",
    "capacités",
    "capacity",
    "puces",
    "chips",
    "processeurs",
    "processors",
    "gpu",
    "gpus",
    "compute",
    "computing",
    "infrastructure",
    "calcul",
    "cloud",
    "licences",
    "licenses",
    "serveurs",
    "servers",
    "produits",
    "products",
    "électricité",
    "electricity",
    "énergie",
];

/// Words that name a contract won.
pub const CONTRACT_WORDS: &[&str] = &[
    "contrat",
    "contrats",
    "contract",
    "contracts",
    "appel",
    "tender",
    "marché",
    "commande",
    "commandes",
    "order",
    "orders",
];

/// Nouns that refer back to a deal ("la transaction", "the deal").
pub const DEAL_NOUNS: &[&str] = &[
    "transaction",
    "opération",
    "operation",
    "deal",
    "accord",
    "rachat",
    "acquisition",
    "offre",
    "offer",
    "investissement",
    "investment",
    "levée",
    "tour",
    "round",
    "projet",
    "project",
    "coentreprise",
    "venture",
    "montant",
    "somme",
];
