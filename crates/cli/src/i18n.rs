//! The words `mappe` says to the person, in their language.
//!
//! The texts are Fluent files in `crates/wallet-core/locales/cli/` (with the consent, app and
//! office texts, so translators find them in one place), compiled in. The language is settled
//! once, before any command runs: `--lang`, else `MAPPE_LANG`, else the system locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.

use std::sync::OnceLock;

use wallet_core::i18n::{Arg, Lang, Messages, lang_from_locale};

static MESSAGES: OnceLock<Messages> = OnceLock::new();

/// The Fluent source of the CLI's messages in `lang`.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::De => include_str!("../../wallet-core/locales/cli/de.ftl"),
        Lang::En => include_str!("../../wallet-core/locales/cli/en.ftl"),
        Lang::Ar => include_str!("../../wallet-core/locales/cli/ar.ftl"),
        Lang::Uk => include_str!("../../wallet-core/locales/cli/uk.ftl"),
        Lang::Fa => include_str!("../../wallet-core/locales/cli/fa.ftl"),
        Lang::Tr => include_str!("../../wallet-core/locales/cli/tr.ftl"),
    }
}

/// The language from `--lang`/`MAPPE_LANG` (`given`) or the system locale. A given code Mappe
/// does not speak is an error, in English since no other language is known yet.
pub fn choose(given: Option<&str>) -> Result<Lang, String> {
    if let Some(code) = given.map(str::trim).filter(|c| !c.is_empty()) {
        return lang_from_locale(code)
            .ok_or_else(|| format!("--lang {code}: Mappe speaks de, en, ar, uk, fa and tr; choose one of these"));
    }
    // POSIX: the first of these that is set decides, even if it names a language we lack.
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty());
    Ok(locale.as_deref().and_then(lang_from_locale).unwrap_or(Lang::En))
}

/// Settles the language for the rest of the process (the first call wins).
pub fn init(lang: Lang) {
    let _ = MESSAGES.set(Messages::new(lang, source(lang), source(Lang::En)));
}

fn messages() -> &'static Messages {
    MESSAGES.get_or_init(|| Messages::new(Lang::En, source(Lang::En), source(Lang::En)))
}

/// The language messages are shown in.
pub fn lang() -> Lang {
    messages().lang()
}

/// One message with its values (use the [`t!`](crate::t) macro).
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    messages().format(id, args)
}

/// A date from the wallet (ISO) as the person's language writes it.
pub fn date(iso: &str) -> String {
    wallet_core::i18n::format_date(lang(), iso)
}

/// A message of the CLI's catalog: `t!("id")` or `t!("id", name = value, …)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($name), wallet_core::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use wallet_core::i18n::{message_ids, message_variables};

    use super::*;

    /// Every message id the CLI's sources name: `t!("…"`, `bad_input!("…"` and `text("…"`.
    fn used_ids() -> BTreeSet<String> {
        fn walk(dir: &Path, out: &mut BTreeSet<String>) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for marker in ["t!(", "bad_input!(", "text("] {
                        for part in text.split(marker).skip(1) {
                            // rustfmt may put the id on the next line.
                            let Some(part) = part.trim_start().strip_prefix('"') else { continue };
                            let id: String = part
                                .chars()
                                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                                .collect();
                            if id.contains('-') && part[id.len()..].starts_with('"') {
                                out.insert(id);
                            }
                        }
                    }
                }
            }
        }
        let mut out = BTreeSet::new();
        walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
        out
    }

    /// The advice ids `wallet_core::attention` hands out, which the CLI shows by id.
    fn advice_ids() -> BTreeSet<String> {
        let core = include_str!("../../wallet-core/src/attention.rs");
        core.split('"')
            .filter(|s| s.starts_with("advice-") && s.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
            .map(str::to_string)
            .collect()
    }

    /// A sample value for a variable: a number for counts, else the variable's name in
    /// brackets, so a snapshot shows where each value lands.
    fn sample(name: &str) -> (String, Arg) {
        const NUMBERS: [&str; 25] = [
            "count",
            "days",
            "opens",
            "max",
            "min",
            "revision",
            "number",
            "merged",
            "seq",
            "down",
            "up",
            "shares",
            "share_scans",
            "log_rows",
            "sync_entries",
            "sync_scans",
            "cv",
            "certificates",
            "residence",
            "scans",
            "width",
            "height",
            "version",
            "from",
            "to",
        ];
        if NUMBERS.contains(&name) {
            (name.to_string(), Arg::Number(3))
        } else {
            (name.to_string(), Arg::Text(format!("‹{name}›")))
        }
    }

    fn english_ids() -> Vec<String> {
        message_ids(source(Lang::En)).expect("en.ftl parses")
    }

    #[test]
    fn every_message_the_code_uses_is_in_english_and_every_english_message_is_used() {
        let english: BTreeSet<String> = english_ids().into_iter().collect();
        let used = used_ids();
        let advice = advice_ids();
        assert!(advice.len() >= 4, "advice ids found in attention.rs: {advice:?}");
        let missing: Vec<_> = used.union(&advice).filter(|id| !english.contains(*id)).collect();
        assert!(missing.is_empty(), "en.ftl lacks {missing:?}");
        let unused: Vec<_> = english.iter().filter(|id| !used.contains(*id) && !advice.contains(*id)).collect();
        assert!(unused.is_empty(), "en.ftl has messages no code uses: {unused:?}");
    }

    #[test]
    fn every_language_has_exactly_the_english_messages_with_the_same_variables() {
        let english = english_ids();
        for lang in Lang::ALL {
            let ids = message_ids(source(lang)).unwrap_or_else(|e| panic!("cli/{}.ftl: {e}", lang.code()));
            assert_eq!(ids, english, "cli/{}.ftl must have the English ids, in the same order", lang.code());
            let messages = Messages::new(lang, source(lang), source(Lang::En));
            for id in &english {
                let vars = message_variables(source(Lang::En), id);
                let mut theirs = message_variables(source(lang), id);
                theirs.sort();
                let mut ours = vars.clone();
                ours.sort();
                assert_eq!(theirs, ours, "cli/{}.ftl {id} uses other variables than English", lang.code());
                let args: Vec<(String, Arg)> = vars.iter().map(|v| sample(v)).collect();
                let args: Vec<(&str, Arg)> = args.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
                let text = messages
                    .try_format(id, &args)
                    .unwrap_or_else(|| panic!("cli/{}.ftl {id} does not format", lang.code()));
                for (name, arg) in &args {
                    if let Arg::Text(value) = arg {
                        assert!(text.contains(value.as_str()), "cli/{}.ftl {id} drops ${name}: {text}", lang.code());
                    }
                }
            }
        }
    }

    /// Every message in every language, with sample values: a change to any text shows up in
    /// review as a change of `src/snapshots/` (accept it with `INSTA_UPDATE=always`).
    #[test]
    fn snapshot_of_every_message_in_every_language() {
        let english = english_ids();
        for lang in Lang::ALL {
            let messages = Messages::new(lang, source(lang), source(Lang::En));
            let mut out = String::new();
            for id in &english {
                let args: Vec<(String, Arg)> =
                    message_variables(source(Lang::En), id).iter().map(|v| sample(v)).collect();
                let args: Vec<(&str, Arg)> = args.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
                // Isolation marks are invisible; shown as ⁅ ⁆ so the snapshot is readable.
                let text = messages.format(id, &args).replace('\u{2068}', "⁅").replace('\u{2069}', "⁆");
                out.push_str(&format!("{id} = {text}\n"));
            }
            insta::assert_snapshot!(format!("messages-{}", lang.code()), out);
        }
    }

    #[test]
    fn the_language_comes_from_the_flag_then_the_locale() {
        assert_eq!(choose(Some("ar")), Ok(Lang::Ar));
        assert_eq!(choose(Some("de_DE.UTF-8")), Ok(Lang::De));
        assert!(choose(Some("xx")).unwrap_err().contains("de, en, ar, uk, fa and tr"));
    }
}
