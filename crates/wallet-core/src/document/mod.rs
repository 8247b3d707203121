//! The wallet document: a person's profile, CV, certificates, residence papers and the
//! records of their attachments, kept in Automerge so copies on several devices merge.

mod attachments;
mod attestations;
mod doc;
mod edit;
mod items;
mod json;
pub mod model;
mod prefix;
mod profile;
mod shares;

pub use doc::{Section, WalletDoc};
pub use json::{IdentityJson, JSON_FORMAT, WalletJson};
pub use model::*;
