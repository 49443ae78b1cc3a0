//! Named entities: which tokens of a document name an organisation, a person
//! or a place, as IOB2 tags over tokens given from outside, so that the
//! recogniser can be scored on any annotated corpus (`extractor tag`).
//!
//! Organisations come from the pipeline's own finder,
//! `entities::document_orgs`: known names through the alias table, unknown
//! ones from capitalisation, with places, nationalities and people set
//! aside by the lexical resources. People, places and other names come from
//! the name [`model`], an averaged perceptron over the [`features`] of each
//! token, trained on openly licensed corpora and shipped as
//! `data/ner/model.bin.gz`. [`conll`] reads and writes the files.

use std::sync::OnceLock;

use model::Model;
pub mod conll;

pub mod features;

pub mod model;
pub mod tag;

/// What a name names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A company, fund, public body or other organisation.
    Org,
    /// A person.
    Per,
    /// A place.
    Loc,
    /// Any other name (nationalities, products, events).
    Misc,
}

impl Kind {
    /// The CoNLL label.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Org => "ORG",
            Kind::Per => "PER",
            Kind::Loc => "LOC",
            Kind::Misc => "MISC",
        }
    }
}

/// What the name model says of one token: in a name of some kind, or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// In no name.
    Outside,
    /// In an organisation's name.
    Org,
    /// In a person's name.
    Per,
    /// In a place's name.
    Loc,
    /// In another name.
    Misc,
}

impl Label {
    /// Position in the model's weights.
    pub fn index(self) -> usize {
        match self {
            Label::Outside => 0,
            Label::Org => 1,
            Label::Per => 2,
            Label::Loc => 3,
            Label::Misc => 4,
        }
    }

    /// Name used in features.
    pub fn name(self) -> &'static str {
        match self {
            Label::Outside => "O",
            Label::Org => "ORG",
            Label::Per => "PER",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
        }
    }

    /// The label of a CoNLL tag ("B-ORG", "I-PER", "O"); unknown kinds are
    /// MISC.
    pub fn parse(tag: &str) -> Label {
        match tag.get(2..).unwrap_or("") {
            _ if tag == "O" || tag.is_empty() => Label::Outside,
            "ORG" => Label::Org,
            "PER" => Label::Per,
            "LOC" => Label::Loc,
            _ => Label::Misc,
        }
    }

    /// The kind of name, if any.
    pub fn kind(self) -> Option<Kind> {
        match self {
            Label::Outside => None,
            Label::Org => Some(Kind::Org),
            Label::Per => Some(Kind::Per),
            Label::Loc => Some(Kind::Loc),
            Label::Misc => Some(Kind::Misc),
        }
    }
}

/// The name model shipped with the extractor (see `data/ner/README.md`).
static SHIPPED: &[u8] = include_bytes!("../../data/ner/model.bin.gz");

/// The shipped name model, read once. A model that cannot be read (which
/// the tests rule out) leaves the recogniser to its lexical resources.
pub fn shipped_model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        Model::read(SHIPPED).unwrap_or_else(|e| {
            tracing::error!(error = %e, "the shipped name model cannot be read");
            Model::default()
        })
    })
}
