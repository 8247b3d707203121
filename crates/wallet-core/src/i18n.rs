//! What every front end needs to speak the person's language: picking the language from a
//! locale, message catalogs from Fluent source with English behind them, dates in the local
//! form (shown and accepted), and yes/no answers.
//!
//! The catalogs' texts live with the front end that shows them (`locales/cli/`, `locales/app/`,
//! …); this module only knows how to read them, so the WebAssembly build carries no CLI text.

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use crate::share::consent::{Lang, is_yes, lang_name};

pub(crate) type Bundle = FluentBundle<FluentResource>;

/// Builds a bundle from Fluent source. Never fails: a file with syntax errors keeps the messages
/// that parsed, and the caller falls back to English for the rest. Arabic and Persian wrap every
/// placeable in isolation marks so Latin-script values display right inside right-to-left text.
pub(crate) fn bundle(lang: Lang, source: &str) -> Bundle {
    let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(lang.is_rtl());
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    // Errors here are duplicate ids; the first definition wins, which is fine.
    let _ = bundle.add_resource(resource);
    bundle
}

/// Formats `id` in `bundle`; `None` if it is missing or has no value, or (when `strict`) if
/// formatting reported an error such as a variable the code does not pass.
pub(crate) fn format_in(bundle: &Bundle, id: &str, args: Option<&FluentArgs<'_>>, strict: bool) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    (errors.is_empty() || !strict).then(|| text.into_owned())
}

/// A value put into a message.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text, shown as it is (after control and bidi characters are removed).
    Text(String),
    /// A count, which chooses the plural form.
    Number(i64),
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Self::Text(v.to_string())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Self::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Self::Text(v.clone())
    }
}
impl From<u64> for Arg {
    fn from(v: u64) -> Self {
        Self::Number(i64::try_from(v).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Arg {
    fn from(v: u32) -> Self {
        Self::Number(i64::from(v))
    }
}
impl From<usize> for Arg {
    fn from(v: usize) -> Self {
        Self::Number(i64::try_from(v).unwrap_or(i64::MAX))
    }
}
impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Self::Number(v)
    }
}

/// Makes an outside value safe inside one line of a message: line and paragraph separators
/// become spaces, bidi controls and zero-width spaces are dropped so they cannot reorder or hide
/// text. Other control characters become spaces.
pub fn clean(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\u{2028}' | '\u{2029}' => out.push(' '),
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {}
            '\u{200B}' | '\u{FEFF}' => {}
            '\n' => out.push('\n'),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// One front end's messages in one language, with the English ones behind them.
pub struct Messages {
    lang: Lang,
    bundle: Bundle,
    english: Bundle,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages").field("lang", &self.lang).finish()
    }
}

impl Messages {
    /// Messages of `lang` from its Fluent source; whatever it lacks comes from `english`.
    pub fn new(lang: Lang, source: &str, english: &str) -> Self {
        Self { lang, bundle: bundle(lang, source), english: bundle(Lang::En, english) }
    }

    /// Like [`Messages::new`], without Unicode isolation marks around values, for a front end
    /// that isolates values itself (HTML's `<bdi>`).
    pub fn without_isolation(lang: Lang, source: &str, english: &str) -> Self {
        let mut messages = Self::new(lang, source, english);
        messages.bundle.set_use_isolating(false);
        messages.english.set_use_isolating(false);
        messages
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether this language's own source (not the English behind it) has `id`.
    pub fn has_message(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// One message: this language's, else English, else the id itself (so a missing text is
    /// visible, never a crash).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let fluent_args = fluent_args(args);
        format_in(&self.bundle, id, fluent_args.as_ref(), true)
            .or_else(|| format_in(&self.english, id, fluent_args.as_ref(), false))
            .unwrap_or_else(|| id.to_string())
    }

    /// This language's own text of `id`, or `None` if it lacks the message or formatting it
    /// reports an error (a variable it uses that `args` lacks): for tests of translations.
    pub fn try_format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        format_in(&self.bundle, id, fluent_args(args).as_ref(), true)
    }
}

fn fluent_args<'a>(args: &'a [(&'a str, Arg)]) -> Option<FluentArgs<'a>> {
    (!args.is_empty()).then(|| {
        let mut a = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(t) => a.set(*name, FluentValue::from(clean(t))),
                Arg::Number(n) => a.set(*name, FluentValue::from(*n)),
            }
        }
        a
    })
}

/// The message ids of Fluent source in file order, or the first syntax error: for tests that
/// every translation has exactly the reference's messages.
pub fn message_ids(source: &str) -> Result<Vec<String>, String> {
    FluentResource::try_new(source.to_string())
        .map_err(|(_, errors)| format!("{} syntax error(s), first: {:?}", errors.len(), errors.first()))?;
    // Messages start at column 0 with `id =`; comments and continuation lines do not.
    Ok(source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect())
}

/// The variables (`$name`) a message of Fluent source uses, for checking that a translation
/// uses the same ones as the reference.
pub fn message_variables(source: &str, id: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut in_message = false;
    for line in source.lines() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            in_message = line.split_once('=').is_some_and(|(name, _)| name.trim() == id);
        } else if !line.starts_with(' ') {
            in_message = false;
        }
        if !in_message {
            continue;
        }
        for part in line.split('$').skip(1) {
            let name: String = part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if !name.is_empty() && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// The language a POSIX locale names (`ar_SY.UTF-8`, `de-DE`, `fa`); `None` for `C`, `POSIX` or
/// a language Mappe does not speak.
pub fn lang_from_locale(locale: &str) -> Option<Lang> {
    let code = locale.split(['_', '-', '.', '@']).next()?.trim().to_ascii_lowercase();
    Lang::parse(&code)
}

/// How a language writes a date: the order of the parts and the separator.
#[derive(Clone, Copy)]
enum DateForm {
    /// 15.04.1991
    DayFirst(char),
    /// 1991/04/15
    YearFirst(char),
}

fn date_form(lang: Lang) -> DateForm {
    match lang {
        Lang::De | Lang::Uk | Lang::Tr => DateForm::DayFirst('.'),
        Lang::Ar => DateForm::DayFirst('/'),
        Lang::Fa => DateForm::YearFirst('/'),
        Lang::En => DateForm::YearFirst('-'),
    }
}

/// A date as the person's language writes it: `1991-04-15` is `15.04.1991` in German,
/// `15/04/1991` in Arabic, `1991/04/15` in Persian; `2012-09` (a month) is `09.2012`. Anything
/// that is not an ISO date, month or year is returned unchanged.
pub fn format_date(lang: Lang, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let numeric = parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let shape_ok = numeric
        && match parts.as_slice() {
            [y] => y.len() == 4,
            [y, m] => y.len() == 4 && m.len() == 2,
            [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
            _ => false,
        };
    if !shape_ok {
        return iso.to_string();
    }
    match date_form(lang) {
        DateForm::DayFirst(sep) => {
            let mut reversed = parts.clone();
            reversed.reverse();
            reversed.join(&sep.to_string())
        }
        DateForm::YearFirst(sep) => parts.join(&sep.to_string()),
    }
}

/// Reads a date typed by the person: the ISO form always (`1991-04-15`), and the local form of
/// `lang` (`15.04.1991`, `15.4.1991` in German; `15/04/1991` in Arabic; `1991/04/15` in Persian),
/// with Arabic-Indic or Persian digits too. Also a month (`04.2012` → `2012-04`). Returns the ISO
/// form, or `None` if it is not a real date.
pub fn parse_date(lang: Lang, input: &str) -> Option<String> {
    let text: String = input.trim().chars().map(ascii_digit).collect();
    if text.len() > 16 {
        return None;
    }
    let iso = |y: &str, m: &str, d: Option<&str>| -> Option<String> {
        let year: u32 = y.parse().ok().filter(|_| y.len() == 4)?;
        let month: u32 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
        match d {
            None => Some(format!("{year:04}-{month:02}")),
            Some(d) => {
                let day: u32 = d.parse().ok()?;
                (day >= 1 && day <= days_in_month(year, month)).then(|| format!("{year:04}-{month:02}-{day:02}"))
            }
        }
    };
    let digits_only =
        |parts: &[&str]| parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
    // ISO first: accepted in every language.
    let dashed: Vec<&str> = text.split('-').collect();
    if digits_only(&dashed) && dashed[0].len() == 4 {
        return match dashed.as_slice() {
            [y, m] => iso(y, m, None),
            [y, m, d] => iso(y, m, Some(d)),
            _ => None,
        };
    }
    let (sep, year_first) = match date_form(lang) {
        DateForm::DayFirst(sep) => (sep, false),
        DateForm::YearFirst(sep) => (sep, true),
    };
    let parts: Vec<&str> = text.split(sep).collect();
    if !digits_only(&parts) {
        return None;
    }
    match (year_first, parts.as_slice()) {
        (false, [m, y]) | (true, [y, m]) => iso(y, m, None),
        (false, [d, m, y]) | (true, [y, m, d]) => iso(y, m, Some(d)),
        _ => None,
    }
}

/// The local form of a date as a hint in help and error texts ("TT.MM.JJJJ" is for people; this
/// shows the shape with a sample date, which needs no translation).
pub fn date_example(lang: Lang) -> String {
    format_date(lang, "1991-04-15")
}

fn ascii_digit(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        c => c,
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Whether an answer is a no in any of the six languages (`nein`, `لا`, `ні`, `نه`, `hayır`).
pub fn is_no(answer: &str) -> bool {
    const NO: [&str; 12] = ["n", "no", "nein", "لا", "ل", "ні", "н", "نه", "خیر", "hayır", "hayir", "h"];
    let a = answer.trim().trim_end_matches(['.', '!', '،']).to_lowercase();
    NO.contains(&a.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language() {
        assert_eq!(lang_from_locale("ar_SY.UTF-8"), Some(Lang::Ar));
        assert_eq!(lang_from_locale("de-DE"), Some(Lang::De));
        assert_eq!(lang_from_locale("uk_UA@euro"), Some(Lang::Uk));
        assert_eq!(lang_from_locale("fa"), Some(Lang::Fa));
        assert_eq!(lang_from_locale("C.UTF-8"), None);
        assert_eq!(lang_from_locale("POSIX"), None);
        assert_eq!(lang_from_locale("fr_FR.UTF-8"), None);
        assert_eq!(lang_from_locale(""), None);
    }

    #[test]
    fn dates_are_shown_in_the_local_form() {
        assert_eq!(format_date(Lang::De, "1991-04-15"), "15.04.1991");
        assert_eq!(format_date(Lang::Tr, "1991-04-15"), "15.04.1991");
        assert_eq!(format_date(Lang::Uk, "1991-04-15"), "15.04.1991");
        assert_eq!(format_date(Lang::Ar, "1991-04-15"), "15/04/1991");
        assert_eq!(format_date(Lang::Fa, "1991-04-15"), "1991/04/15");
        assert_eq!(format_date(Lang::En, "1991-04-15"), "1991-04-15");
        assert_eq!(format_date(Lang::De, "2012-09"), "09.2012");
        assert_eq!(format_date(Lang::De, "2012"), "2012");
        assert_eq!(format_date(Lang::De, "spring 2012"), "spring 2012");
        assert_eq!(format_date(Lang::De, "2012-9-1"), "2012-9-1");
    }

    #[test]
    fn dates_are_accepted_in_the_local_form_and_in_iso() {
        assert_eq!(parse_date(Lang::De, "15.04.1991").as_deref(), Some("1991-04-15"));
        assert_eq!(parse_date(Lang::De, "5.4.1991").as_deref(), Some("1991-04-05"));
        assert_eq!(parse_date(Lang::De, "1991-04-15").as_deref(), Some("1991-04-15"));
        assert_eq!(parse_date(Lang::De, "04.2012").as_deref(), Some("2012-04"));
        assert_eq!(parse_date(Lang::Ar, "15/04/1991").as_deref(), Some("1991-04-15"));
        assert_eq!(parse_date(Lang::Ar, "١٥/٠٤/١٩٩١").as_deref(), Some("1991-04-15"));
        assert_eq!(parse_date(Lang::Fa, "۱۹۹۱/۰۴/۱۵").as_deref(), Some("1991-04-15"));
        assert_eq!(parse_date(Lang::En, "1991-04-15").as_deref(), Some("1991-04-15"));
        // Not dates, or the other language's form where it would be ambiguous.
        assert_eq!(parse_date(Lang::De, "31.02.1991"), None);
        assert_eq!(parse_date(Lang::De, "29.02.2023"), None);
        assert_eq!(parse_date(Lang::De, "29.02.2024").as_deref(), Some("2024-02-29"));
        assert_eq!(parse_date(Lang::De, "15/04/1991"), None);
        assert_eq!(parse_date(Lang::En, "15.04.1991"), None);
        assert_eq!(parse_date(Lang::De, "15.13.1991"), None);
        assert_eq!(parse_date(Lang::De, "00.04.1991"), None);
        assert_eq!(parse_date(Lang::De, ""), None);
        assert_eq!(parse_date(Lang::De, "1.2.3.4"), None);
        assert_eq!(parse_date(Lang::De, "15.04.91"), None);
    }

    #[test]
    fn yes_and_no_in_every_language() {
        for yes in ["ja", "J", "yes", "نعم", "так", "بله", "evet"] {
            assert!(is_yes(yes), "{yes}");
            assert!(!is_no(yes), "{yes}");
        }
        for no in ["nein", "N", "no", "لا", "ні", "نه", "hayır", "Hayir"] {
            assert!(is_no(no), "{no}");
            assert!(!is_yes(no), "{no}");
        }
        assert!(!is_yes("vielleicht") && !is_no("vielleicht"));
    }

    #[test]
    fn messages_fall_back_to_english_then_to_the_id() {
        let en = "hello = Hello { $name }\nonly-en = Only English\n";
        let de = "hello = Hallo { $name }\n";
        let m = Messages::new(Lang::De, de, en);
        assert_eq!(m.format("hello", &[("name", "Amal".into())]), "Hallo Amal");
        assert_eq!(m.format("only-en", &[]), "Only English");
        assert_eq!(m.format("missing", &[]), "missing");
        // A value cannot reorder the line it is put into.
        assert_eq!(m.format("hello", &[("name", "A\u{202E}B".into())]), "Hallo AB");
        let ar = Messages::new(Lang::Ar, "hello = مرحبا { $name }\n", en);
        assert_eq!(ar.format("hello", &[("name", "Amal".into())]), "مرحبا \u{2068}Amal\u{2069}");
    }
}
