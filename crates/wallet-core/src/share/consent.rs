//! The consent summary shown before a share is created, in the holder's language.
//! (Placeholder: the Fluent-based implementation replaces this.)

use super::paths::Described;

/// Languages the consent summary is available in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Deutsch
    De,
    /// English
    En,
    /// العربية
    Ar,
    /// Українська
    Uk,
    /// فارسی
    Fa,
    /// Türkçe
    Tr,
}

impl Lang {
    /// Every language.
    pub const ALL: [Self; 6] = [Self::De, Self::En, Self::Ar, Self::Uk, Self::Fa, Self::Tr];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Self::De => "de",
            Self::En => "en",
            Self::Ar => "ar",
            Self::Uk => "uk",
            Self::Fa => "fa",
            Self::Tr => "tr",
        }
    }

    /// Parses a code.
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Whether the script runs right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Self::Ar | Self::Fa)
    }
}

/// What the consent summary is about.
#[derive(Debug, Clone)]
pub struct ConsentInput<'a> {
    /// `None`: anyone holding the code; else the agency's name.
    pub audience: Option<&'a str>,
    /// What is shared.
    pub items: &'a [Described],
    /// Why, in the holder's words.
    pub purpose: Option<&'a str>,
    /// Expiry (Unix seconds).
    pub expires_at: u64,
    /// How often it may be opened.
    pub max_opens: Option<u32>,
    /// Whether later corrections reach the office too.
    pub live: bool,
}

/// Renders the consent summary.
pub fn render(_lang: Lang, input: &ConsentInput<'_>) -> String {
    let who = input
        .audience
        .map_or("anyone holding this code".to_string(), str::to_string);
    format!(
        "Shared with: {who}\nFields: {}\nUntil: {}\nYou can revoke this share. Revoking cannot take back what was already opened.",
        input.items.len(),
        super::date_of(input.expires_at)
    )
}
