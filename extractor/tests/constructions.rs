//! One fixture sentence or more for each construction the deal lexicon
//! covers, in English and French, with the deal it must give: a table test.
//! The sentences are written for these tests (invented companies), never
//! taken from the evaluation corpus. Each row reads as "this sentence gives
//! these deals"; an empty list means no deal.

mod common;

use common::read;

/// (construction, sentence, deals as `type[party:role,...] amount status`).
const CASES: &[(&str, &str, &[&str])] = &[
    (
        "completion and nominalisation",
        "Vantora completed its $2 billion purchase of Kelmix Inc.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 2000000000USD completed"],
    ),
    (
        "completion and nominalisation",
        "Vantora a finalisé le rachat de Kelmix pour 400 millions d'euros.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 400000000EUR completed"],
    ),
    (
        "completion and nominalisation",
        "Le rachat de Kelmix par Vantora a été bouclé.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - completed"],
    ),
    (
        "completion and nominalisation",
        "Vantora's acquisition of Kelmix Inc was completed on Friday.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - completed"],
    ),
    (
        "taking control, in idioms",
        "Vantora a pris le contrôle de Kelmix pour 50 millions d'euros.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 50000000EUR completed"],
    ),
    (
        "taking control, in idioms",
        "Vantora met la main sur Kelmix.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "taking control, in idioms",
        "Vantora s'offre Kelmix pour 20 millions d'euros.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 20000000EUR announced"],
    ),
    (
        "taking control, in idioms",
        "Vantora Corp took control of Kelmix Inc last year.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - completed"],
    ),
    (
        "taking control, in idioms",
        "Vantora Corp snapped up Kelmix Inc for $40 million.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 40000000USD completed"],
    ),
    (
        "partnership verbs",
        "Vantora Corp is partnering with Kelmix Inc on batteries.",
        &["partnership[Kelmix:partner,Vantora:partner] - announced"],
    ),
    (
        "partnership verbs",
        "Vantora Corp and Kelmix Inc will collaborate on chips.",
        &["partnership[Kelmix:partner,Vantora:partner] - announced"],
    ),
    (
        "taking over (reprise)",
        "Vantora reprend Kelmix pour 30 millions d'euros.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 30000000EUR announced"],
    ),
    (
        "taking over (reprise)",
        "La reprise de Kelmix par Vantora a été validée.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "not a deal: an economic recovery",
        "La reprise économique profite à Vantora et Kelmix.",
        &[],
    ),
    (
        "equipment ordered from its maker",
        "Kelmix Airlines ordered 20 aircraft from Vantora Corp.",
        &["commercial[Kelmix Airlines:customer,Vantora:provider] - announced"],
    ),
    (
        "equipment ordered from its maker",
        "Kelmix a commandé 20 avions à Vantora.",
        &["commercial[Kelmix:customer,Vantora:provider] - announced"],
    ),
    (
        "passive voice",
        "Kelmix Inc was bought by Vantora Corp last year.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - completed"],
    ),
    (
        "passive voice",
        "Kelmix a été racheté par Vantora l'an dernier.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - completed"],
    ),
    (
        "stake and interest",
        "Vantora Corp took a 15% stake in Kelmix Inc.",
        &["investment[Kelmix:target,Vantora:investor] - completed"],
    ),
    (
        "stake and interest",
        "Vantora Corp acquired an eight pct interest in Kelmix Inc.",
        &["investment[Kelmix:target,Vantora:investor] - completed"],
    ),
    (
        "stake and interest",
        "Vantora a pris une participation de 30 % dans Kelmix.",
        &["investment[Kelmix:target,Vantora:investor] - completed"],
    ),
    (
        "stake and interest",
        "Vantora est entré au capital de Kelmix.",
        &["investment[Kelmix:target,Vantora:investor] - completed"],
    ),
    (
        "merger",
        "Vantora Corp and Kelmix Inc agreed to merge.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "merger",
        "La fusion entre Vantora et Kelmix a été annoncée lundi.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "merger",
        "Vantora et Kelmix vont fusionner.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "merger",
        "Vantora va fusionner avec Kelmix.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "merger",
        "Vantora Corp will merge with Kelmix Inc.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "unit or division of a parent",
        "Norvane Corp agreed to acquire the robotics division of Kelmix Inc for $500 million.",
        &["acquisition[Kelmix:target,Norvane:acquirer] 500000000USD announced"],
    ),
    (
        "unit or division of a parent",
        "Vantora Corp agreed to sell its consumer unit Kelmix to Norvane Corp for $1 billion.",
        &["acquisition[Kelmix:target,Norvane:acquirer,Vantora:seller] 1000000000USD announced"],
    ),
    (
        "seller-side sale past an aside in brackets",
        "Vantora Corp agreed to sell its entire stake in Kelmix (Lyon, France) to Norvane Holdings.",
        &["acquisition[Kelmix:target,Norvane Holdings:acquirer,Vantora:seller] - announced"],
    ),
    (
        "several targets bought at once",
        "Vantora Corp agreed to buy Kelmix Inc and Norvane Ltd for a total of $90 million.",
        &[
            "acquisition[Kelmix:target,Vantora:acquirer] - announced",
            "acquisition[Norvane:target,Vantora:acquirer] - announced",
        ],
    ),
    (
        "seller-side sale",
        "Vantora Corp sold Kelmix to Norvane Corp for $900 million.",
        &["acquisition[Kelmix:target,Norvane:acquirer,Vantora:seller] 900000000USD completed"],
    ),
    (
        "seller-side sale",
        "Vantora va céder Kelmix à Norvane.",
        &["acquisition[Kelmix:target,Norvane:acquirer,Vantora:seller] - announced"],
    ),
    (
        "several investors, fundraising",
        "Kelmix Inc raised $300 million from Norvane Capital and Vantora Ventures.",
        &[
            "investment[Kelmix:target,Norvane Capital:investor,Vantora Ventures:investor] 300000000USD completed",
        ],
    ),
    (
        "several investors, fundraising",
        "Kelmix a levé 20 millions d'euros auprès de Norvane et du fonds Vantora.",
        &["investment[Kelmix:target,Norvane:investor,Vantora:investor] 20000000EUR completed"],
    ),
    (
        "several investors, fundraising",
        "Kelmix Inc raised $50 million in a round led by Norvane Capital, with participation from Vantora Ventures and Orbis Partners.",
        &[
            "investment[Kelmix:target,Norvane Capital:investor,Orbis Partners:investor,Vantora Ventures:investor] 50000000USD completed",
        ],
    ),
    (
        "several investors, fundraising",
        "Kelmix a levé 10 millions d'euros aux côtés de Norvane.",
        &["investment[Kelmix:target,Norvane:investor] 10000000EUR completed"],
    ),
    (
        "several investors, fundraising",
        "Kelmix Inc raised $40 million from Norvane Capital.",
        &["investment[Kelmix:target,Norvane Capital:investor] 40000000USD completed"],
    ),
    (
        "several investors, fundraising",
        "Kelmix a levé 15 millions d'euros auprès de Norvane Capital.",
        &["investment[Kelmix:target,Norvane Capital:investor] 15000000EUR completed"],
    ),
    (
        "several investors, fundraising",
        "Norvane Capital led a $20 million round in Kelmix Inc.",
        &["investment[Kelmix:target,Norvane Capital:investor] 20000000USD completed"],
    ),
    (
        "several investors, fundraising",
        "Kelmix a levé 12 millions d'euros auprès d'investisseurs dont Norvane, Orbis et Vantora.",
        &[
            "investment[Kelmix:target,Norvane:investor,Orbis:investor,Vantora:investor] 12000000EUR completed",
        ],
    ),
    (
        "several investors, fundraising",
        "Kelmix Inc raised $30 million from investors including Norvane Capital, Orbis Ventures and Vantora Partners.",
        &[
            "investment[Kelmix:target,Norvane Capital:investor,Orbis Ventures:investor,Vantora Partners:investor] 30000000USD completed",
        ],
    ),
    (
        "investment verb",
        "Vantora Corp invested $100 million in Kelmix Inc.",
        &["investment[Kelmix:target,Vantora:investor] 100000000USD completed"],
    ),
    (
        "investment verb",
        "Vantora a investi 50 millions d'euros dans Kelmix.",
        &["investment[Kelmix:target,Vantora:investor] 50000000EUR completed"],
    ),
    (
        "contract and supply",
        "Vantora Corp signed a contract worth $2 billion a year to provide computing capacity to Kelmix Inc.",
        &["commercial[Kelmix:customer,Vantora:provider] 2000000000USD announced"],
    ),
    (
        "supply contract signed with a counterpart named first",
        "Vantora a signé avec Kelmix un contrat de fourniture de turbines.",
        &["commercial[Kelmix:customer,Vantora:provider] - announced"],
    ),
    (
        "equipment bought from its maker",
        "Kelmix Inc will buy satellites from Vantora Corp for EUR 1.2bn.",
        &["commercial[Kelmix:customer,Vantora:provider] 1200000000EUR announced"],
    ),
    (
        "contract and supply",
        "Vantora Corp will supply Kelmix Inc with batteries.",
        &["commercial[Kelmix:customer,Vantora:provider] - announced"],
    ),
    (
        "contract and supply",
        "Vantora Corp won a $300 million contract from Kelmix Inc.",
        &["commercial[Kelmix:customer,Vantora:provider] 300000000USD completed"],
    ),
    (
        "contract and supply",
        "Vantora a remporté un contrat de 200 millions d'euros auprès de Kelmix.",
        &["commercial[Kelmix:customer,Vantora:provider] 200000000EUR completed"],
    ),
    (
        "contract and supply",
        "Kelmix Inc will buy $5 billion of cloud services from Vantora Corp.",
        &["commercial[Kelmix:customer,Vantora:provider] 5000000000USD announced"],
    ),
    (
        "contract and supply",
        "Vantora fournira Kelmix en batteries.",
        &["commercial[Kelmix:customer,Vantora:provider] - announced"],
    ),
    (
        "joint venture with its vehicle",
        "Vantora Corp and Kelmix Inc formed a joint venture, VK Mobility.",
        &["joint_venture[Kelmix:partner,Vantora:partner] - announced"],
    ),
    (
        "joint venture with its vehicle",
        "Vantora et Kelmix créent une coentreprise baptisée VK Énergie.",
        &["joint_venture[Kelmix:partner,Vantora:partner] - announced"],
    ),
    (
        "partnership",
        "Vantora Corp and Kelmix Inc announced a partnership to develop chips.",
        &["partnership[Kelmix:partner,Vantora:partner] - announced"],
    ),
    (
        "partnership",
        "Vantora Corp and Kelmix Inc signed a partnership agreement.",
        &["partnership[Kelmix:partner,Vantora:partner] - announced"],
    ),
    (
        "partnership",
        "Vantora et Kelmix ont noué un partenariat.",
        &["partnership[Kelmix:partner,Vantora:partner] - announced"],
    ),
    (
        "subject past a prepositional object",
        "Vantora a signé avec son homologue Kelmix afin de racheter Norvane.",
        &["acquisition[Norvane:target,Vantora:acquirer] - announced"],
    ),
    (
        "relative clause after a prepositional object",
        "Kelmix a signé des accords avec des groupes comme Vantora, qui investit 100 millions d'euros dans Kelmix.",
        &["investment[Kelmix:target,Vantora:investor] 100000000EUR announced"],
    ),
    (
        "role of a takeover target",
        "Kelmix Inc is a likely takeover target of Vantora Corp.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "offer announced",
        "Vantora a annoncé une OPA sur Kelmix pour 2 milliards d'euros.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 2000000000EUR announced"],
    ),
    (
        "offer considered",
        "Vantora Corp is considering an offer for Kelmix Inc.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - rumored"],
    ),
    (
        "rumour",
        "Vantora Corp is in talks to buy Kelmix Inc, sources said.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - rumored"],
    ),
    (
        "rumour",
        "Vantora serait en discussions pour racheter Kelmix.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - rumored"],
    ),
    (
        "cancellation",
        "Vantora Corp called off its planned acquisition of Kelmix Inc.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - cancelled"],
    ),
    (
        "cancellation",
        "Regulators blocked Vantora Corp's takeover of Kelmix Inc.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - cancelled"],
    ),
    (
        "cancellation",
        "Vantora a renoncé au rachat de Kelmix.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - cancelled"],
    ),
    (
        "cancellation",
        "Vantora Corp's $2 billion offer for Kelmix Inc was rejected.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 2000000000USD cancelled"],
    ),
    (
        "amount: a share count is no value",
        "Vantora Corp agreed to buy 4.3 mln shares of Kelmix Inc for 12 dlrs a share.",
        &["investment[Kelmix:target,Vantora:investor] - announced"],
    ),
    (
        "amount: per-share price beside the total",
        "Vantora Corp offered 35 dlrs per share, or about 1.2 billion dlrs, for Kelmix Inc.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 1200000000USD announced"],
    ),
    (
        "amount: a currency named with its country",
        "Vantora Corp will acquire Kelmix Inc for 703 mln Swiss francs.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 703000000CHF announced"],
    ),
    (
        "amount: a currency named with its country",
        "Vantora rachète Kelmix pour 300 millions de francs suisses.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 300000000CHF announced"],
    ),
    (
        "amount: a prefixed dollar, its conversion in brackets",
        "Vantora Ltd will buy Kelmix Pty for A$ 300 million (US$ 200 million).",
        &["acquisition[Kelmix:target,Vantora:acquirer] 300000000AUD(200000000USD) announced"],
    ),
    (
        "amount: a prefixed dollar, its conversion in brackets",
        "Vantora rachète Kelmix pour 8 milliards d'euros (9,3 milliards de dollars).",
        &["acquisition[Kelmix:target,Vantora:acquirer] 8000000000EUR(9300000000USD) announced"],
    ),
    (
        "passive after an infinitive",
        "Kelmix Inc signed a letter of intent to be acquired by Vantora Corp.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "passive after an infinitive",
        "Kelmix sera rachetée par Vantora pour 80 millions d'euros.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 80000000EUR announced"],
    ),
    (
        "nominal with its own agent",
        "Kelmix Inc said its shareholders approved the acquisition of the company by Vantora Corp.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "nominal with its own agent",
        "Regulators in Brussels opened an inquiry into the acquisition by Vantora Corp of its rival Kelmix Inc.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "a name before an acquisition noun is what is bought",
        "Vantora Corp sold shares to pay for the Kelmix acquisition.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - completed"],
    ),
    (
        "seller-side sale past an apposition",
        "Orbis Holdings said it will sell Kelmix Inc, a chemicals unit, for 60 mln dlrs to Vantora Corp.",
        &[
            "acquisition[Kelmix:target,Orbis Holdings:seller,Vantora:acquirer] 60000000USD announced",
        ],
    ),
    (
        "seller-side sale past an apposition",
        "Orbis Holdings agreed to sell its European business, Kelmix GmbH, to Vantora Corp.",
        &["acquisition[Kelmix:target,Orbis Holdings:seller,Vantora:acquirer] - announced"],
    ),
    (
        "a name alone in brackets",
        "Vantora Corp said it acquired (Kelmix Inc), a chain of cafes.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - completed"],
    ),
    (
        "a bid priced after the noun",
        "Terms were agreed for an offer worth about 90 mln stg for Kelmix by Vantora Plc.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 90000000GBP announced"],
    ),
    (
        "a tender offer for the shares of a company",
        "Vantora Corp began a cash tender offer for all common stock of Kelmix Inc.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "a company selling its own shares takes an investment",
        "Kelmix Inc completed the sale of 4 mln dlrs of its stock to Vantora Ventures.",
        &["investment[Kelmix:target,Vantora Ventures:investor] 4000000USD completed"],
    ),
    (
        "a company selling its own shares takes an investment",
        "Kelmix va céder 10 % de son capital à Vantora.",
        &["investment[Kelmix:target,Vantora:investor] - announced"],
    ),
    (
        "merger: they, into",
        "Vantora Corp and Kelmix Inc said they agreed to merge.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "merger: they, into",
        "Kelmix Inc said shareholders approved its merger into Vantora Corp.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "the legal form closes a name before where it is based",
        "Vantora Corp will purchase food distributor Don Kelmix Foods Inc of Miami.",
        &["acquisition[Don Kelmix Foods:target,Vantora:acquirer] - announced"],
    ),
    (
        "not a deal: modifiers and other senses",
        "Kelmix Inc hired Vantora Corp for investment banking advice.",
        &[],
    ),
    (
        "not a deal: modifiers and other senses",
        "Kelmix Inc formed a limited partnership with Vantora Corp to hold its restaurants.",
        &[],
    ),
    (
        "not a deal: modifiers and other senses",
        "Vantora Corp chartered a tanker from Kelmix Inc for a round trip.",
        &[],
    ),
    (
        "not a deal: goods and money bought",
        "Government purchases of Kelmix wheat rose, Vantora Corp said.",
        &[],
    ),
    (
        "not a deal: goods and money bought",
        "The Vantora central bank bought four billion dlrs during the Kelmix period.",
        &[],
    ),
    (
        "not a deal: a person described by a title",
        "Jon Kelmix, president of the Vantora Bankers Association, said investment in Orbis was welcome.",
        &[],
    ),
    (
        "a plural reference to the investors listed before, joining a round",
        "Vantora a séduit Orbis, Norvane et Telmira. Ces groupes ont participé à un tour de table de 50 millions d'euros.",
        &[
            "investment[Norvane:investor,Orbis:investor,Telmira:investor,Vantora:target] 50000000EUR completed",
        ],
    ),
    (
        "a plural reference to the investors listed before, joining a round",
        "Kelmix Inc drew interest from Orbis Capital and Norvane Partners. These firms joined a $30 million funding round.",
        &[
            "investment[Kelmix:target,Norvane Partners:investor,Orbis Capital:investor] 30000000USD completed",
        ],
    ),
    (
        "a company's own round, by a possessive",
        "Kelmix est une start-up lyonnaise. Sa dernière levée, de 12 millions d'euros, datait de 2022.",
        &["investment[Kelmix:target] 12000000EUR completed"],
    ),
    (
        "a description as what is bought stands for the name just before",
        "Orbis Capital sponsored Kelmix's management buyout and acquired 80% of the company for $40 million.",
        &["acquisition[Kelmix:target,Orbis Capital:acquirer] 40000000USD completed"],
    ),
    (
        "a pronoun does not stand for a name in a complement",
        "The maker of Kelmix chips said it signed an agreement with Vantora Corp.",
        &[],
    ),
    (
        "a colon opens the list of what is bought",
        "Vantora Corp is buying two businesses: Kelmix Inc and Orbis LLC.",
        &[
            "acquisition[Kelmix:target,Vantora:acquirer] - announced",
            "acquisition[Orbis:target,Vantora:acquirer] - announced",
        ],
    ),
    (
        "not a deal: how a purchase is paid for",
        "The acquisition of Kelmix Inc will be funded from Vantora Corp's credit facility.",
        &[],
    ),
    (
        "list of investors: led by, with participation from",
        "Orbis Ventures led the $30 million round in Kelmix Inc, with participation from Vantora Capital and Telmira Partners.",
        &[
            "investment[Kelmix:target,Orbis Ventures:investor,Telmira Partners:investor,Vantora Capital:investor] 30000000USD completed",
        ],
    ),
    (
        "list of investors: led by, with participation from",
        "Kelmix a levé 20 millions d'euros lors d'un tour de table mené par Vantora, avec la participation de Telmira.",
        &["investment[Kelmix:target,Telmira:investor,Vantora:investor] 20000000EUR completed"],
    ),
    (
        "list of investors: alongside",
        "Kelmix Inc raised $20 million from Vantora Capital, alongside Orbis Capital and Telmira Partners.",
        &[
            "investment[Kelmix:target,Orbis Capital:investor,Telmira Partners:investor,Vantora Capital:investor] 20000000USD completed",
        ],
    ),
    (
        "investors listed after the noun",
        "Kelmix Inc, whose investors include Vantora Capital and Telmira Partners, opened an office in Lyon.",
        &[
            "investment[Kelmix:target,Telmira Partners:investor,Vantora Capital:investor] - completed",
        ],
    ),
    (
        "investors listed after the noun",
        "Parmi les actionnaires de Kelmix figurent Vantora et Telmira.",
        &["investment[Kelmix:target,Telmira:investor,Vantora:investor] - completed"],
    ),
    (
        "a valuation is no round's amount, but prices an acquisition",
        "Kelmix Inc is in talks to raise $500 million from Vantora Capital at a $6 billion valuation.",
        &["investment[Kelmix:target,Vantora Capital:investor] 500000000USD rumored"],
    ),
    (
        "a valuation is no round's amount, but prices an acquisition",
        "Vantora Corp agreed to buy Kelmix Inc. Kelmix was valued at $900 million.",
        &["acquisition[Kelmix:target,Vantora:acquirer] 900000000USD announced"],
    ),
    (
        "an apposition after a dash",
        "Orbis Ventures led Kelmix Inc's latest round — a $12 million Series A.",
        &["investment[Kelmix:target,Orbis Ventures:investor] 12000000USD completed"],
    ),
    (
        "a unit of a parent: the parent sells",
        "Vantora Corp will acquire the Kelmix division of Orbis Holdings.",
        &["acquisition[Kelmix:target,Orbis Holdings:seller,Vantora:acquirer] - announced"],
    ),
    (
        "a unit of a parent: the parent sells",
        "Vantora rachète la filiale Kelmix du groupe Orbis.",
        &["acquisition[Kelmix:target,Orbis:seller,Vantora:acquirer] - announced"],
    ),
    (
        "owning a share of a company is a stake",
        "Vantora Corp owned 9.9 pct of Kelmix Inc before its bid.",
        &["investment[Kelmix:target,Vantora:investor] - completed"],
    ),
    (
        "owning a share of a company is a stake",
        "Le fonds Vantora Capital, qui détient 49 % de Kelmix, a salué l'accord.",
        &["investment[Kelmix:target,Vantora Capital:investor] - completed"],
    ),
    (
        "not a deal: owning things",
        "Vantora Corp holds the patents of Kelmix Inc.",
        &[],
    ),
    (
        "told from the target's side",
        "Kelmix Inc agreed to become a wholly owned subsidiary of Vantora Corp.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "told from the target's side",
        "La start-up Kelmix est passée sous le contrôle de Vantora en 2024.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - completed"],
    ),
    (
        "a parent and its unit are two companies",
        "Orbis Corp agreed to sell its courier unit, Orbis Express Ltd, to Vantora Inc for 50 mln dlrs.",
        &["acquisition[Orbis Express:target,Orbis:seller,Vantora:acquirer] 50000000USD announced"],
    ),
    (
        "a noun's arguments end where the clause's verb begins",
        "Kelmix Inc said the buyout of Kelmix by Vantora Corp was approved by Orbis Holdings.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "a buyer's vehicle stands for who formed or leads it",
        "Orbis Holdings sold Kelmix Inc to a new company formed by Vantora Capital.",
        &["acquisition[Kelmix:target,Orbis Holdings:seller,Vantora Capital:acquirer] - completed"],
    ),
    (
        "a buyer's vehicle stands for who formed or leads it",
        "Kelmix Inc was acquired by an investor group led by Vantora Capital.",
        &["acquisition[Kelmix:target,Vantora Capital:acquirer] - completed"],
    ),
    (
        "a name may open with an ordinal",
        "1st Kelmix Bank said it completed its merger with Vantora Savings Bank.",
        &["acquisition[1st Kelmix Bank:acquirer,Vantora Savings Bank:target] - completed"],
    ),
    (
        "a share of a company bought is an investment; control is an acquisition",
        "Vantora Corp bought 2.1 mln shares, or about 4 pct, in Kelmix Plc.",
        &["investment[Kelmix:target,Vantora:investor] - completed"],
    ),
    (
        "a share of a company bought is an investment; control is an acquisition",
        "Vantora Corp acquired 87.5% of Kelmix Inc.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - completed"],
    ),
    (
        "a share of a company bought is an investment; control is an acquisition",
        "Vantora Corp agreed to acquire the outstanding shares of Kelmix Inc.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "a stake bought is read once, as a stake",
        "Vantora Corp has acquired a 20 pct ownership in Kelmix Inc.",
        &["investment[Kelmix:target,Vantora:investor] - completed"],
    ),
    (
        "merger: a proposal from a bidder",
        "Kelmix Corp said it received a merger proposal from Vantora Inc.",
        &["acquisition[Kelmix:target,Vantora:acquirer] - announced"],
    ),
    (
        "the deal a purchase was made in is that purchase",
        "Kelmix Inc acquired Orbis Corp in a deal with Vantora Corp.",
        &["acquisition[Kelmix:acquirer,Orbis:target] - completed"],
    ),
    (
        "an agreement to buy or to supply is commercial",
        "Kelmix Inc signed a $3 billion deal with Vantora Corp to buy cloud computing capacity.",
        &["commercial[Kelmix:customer,Vantora:provider] 3000000000USD announced"],
    ),
    (
        "an agreement to buy or to supply is commercial",
        "Kelmix Inc signed an agreement with Vantora Corp to supply batteries.",
        &["commercial[Kelmix:provider,Vantora:customer] - announced"],
    ),
    (
        "an agreement to buy a company is that purchase",
        "Vantora Corp signed an agreement with Kelmix Inc to buy Orbis Ltd.",
        &["acquisition[Orbis:target,Vantora:acquirer] - announced"],
    ),
    (
        "a company saying it would is announcing",
        "Vantora Corp said it would take a $5 billion stake in Kelmix Inc.",
        &["investment[Kelmix:target,Vantora:investor] 5000000000USD announced"],
    ),
    (
        "not a deal: a stake sold to no one named",
        "Vantora a cédé l'intégralité de sa participation dans Kelmix pour 5 milliards de dollars.",
        &[],
    ),
    (
        "an acquisition noun with no buyer refers back to the last buyer",
        "Vantora Corp agreed to buy Orbis Ltd. The acquisition of Kelmix Inc will be funded from cash.",
        &[
            "acquisition[Orbis:target,Vantora:acquirer] - announced",
            "acquisition[Kelmix:target,Vantora:acquirer] - announced",
        ],
    ),
    (
        "a company selling its own shares takes an investment",
        "Kelmix Inc sold a 12.5 pct stake to Vantora Corp for 50 mln dlrs.",
        &["investment[Kelmix:target,Vantora:investor] 50000000USD completed"],
    ),
    (
        "not a deal: lawsuit, results, market move",
        "Kelmix Inc sued Vantora Corp over a patent.",
        &[],
    ),
    (
        "not a deal: lawsuit, results, market move",
        "Kelmix Inc shares fell 5% after Vantora Corp reported results.",
        &[],
    ),
];

#[test]
fn every_construction_gives_its_deal_in_both_languages() {
    let mut wrong = Vec::new();
    for (construction, sentence, want) in CASES {
        let got = read(sentence);
        if got != *want {
            wrong.push(format!(
                "{construction}: {sentence}\n   want {want:?}\n   got  {got:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
