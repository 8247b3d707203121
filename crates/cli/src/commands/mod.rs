//! One module per command group.

pub mod agency;
pub mod attest;
pub mod cv_export;
pub mod demo;
pub mod forget;
pub mod items;
pub mod open;
pub mod share;
pub mod shares;
pub mod status;
pub mod sync;
pub mod wallet;
