//! Finding one entry by its id or a unique beginning of it: the one rule for list items,
//! attachments and share records, so `mappe cert remove 3f`, `mappe revoke Ab` and the app
//! behave alike.

use crate::error::{Error, Result};

/// The entry whose id is `prefix`, else the only one whose id starts with it. `fold_case` makes
/// the match ignore ASCII case (item ids are lower-case base32; share ids are case-sensitive).
/// `list` names the list in errors.
pub(crate) fn resolve<'a, T>(
    entries: &'a [T],
    id_of: impl Fn(&T) -> &str,
    prefix: &str,
    fold_case: bool,
    list: &'static str,
) -> Result<&'a T> {
    if let Some(exact) = entries.iter().find(|e| id_of(e) == prefix) {
        return Ok(exact);
    }
    let wanted = if fold_case { prefix.to_ascii_lowercase() } else { prefix.to_string() };
    let found: Vec<&T> =
        if prefix.is_empty() { Vec::new() } else { entries.iter().filter(|e| id_of(e).starts_with(&wanted)).collect() };
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(Error::NotFound { list, id: prefix.to_string() }),
        _ => Err(Error::AmbiguousId { list, id: prefix.to_string() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_then_unique_prefix() {
        let ids: Vec<String> = ["abc", "abd", "x", "xy"].map(String::from).into();
        let id = String::as_str;
        assert_eq!(*resolve(&ids, id, "abc", false, "t").unwrap(), "abc");
        assert_eq!(*resolve(&ids, id, "x", false, "t").unwrap(), "x");
        assert_eq!(*resolve(&ids, id, "xy", false, "t").unwrap(), "xy");
        assert_eq!(*resolve(&ids, id, "AbD", true, "t").unwrap(), "abd");
        assert!(matches!(resolve(&ids, id, "AbD", false, "t"), Err(Error::NotFound { .. })));
        assert!(matches!(resolve(&ids, id, "ab", false, "t"), Err(Error::AmbiguousId { .. })));
        assert!(matches!(resolve(&ids, id, "", false, "t"), Err(Error::NotFound { .. })));
    }
}
