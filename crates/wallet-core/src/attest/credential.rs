//! Mappe's attestations: SD-JWT VCs about a holder's key, issued by an office, presented inside
//! a share with only the claims the person chose, and judged by the verifier.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::AttestError;
use super::jws::{self, Jws, b64, b64e};
use super::sdjwt::{Disclosure, SdJwt, key_binding};
use super::status::{StatusList, StatusRef};
use super::trust::TrustList;
use crate::crypto::{self, IdentitySecret};
use crate::document::Section;
use crate::document::model::{check_date, normalize_date};

/// The JWS `typ` of an attestation (SD-JWT VC draft 16 §3.2.1).
pub const TYP: &str = "dc+sd-jwt";
/// Prefix of an office's `iss` and of an addressed share's `aud`: `urn:mappe:agency:<hex>`.
const AGENCY_URN: &str = "urn:mappe:agency:";
/// Prefix of a bearer share's `aud`: `urn:mappe:share:<id>`.
const SHARE_URN: &str = "urn:mappe:share:";
/// How far a key-binding JWT's `iat` may lie after the verifier's clock (clock skew).
const KB_FUTURE_SKEW: u64 = 300;

/// The claim types an issuer fills in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ClaimType {
    Text,
    Date,
    Bool,
}

/// What kind of paper an attestation confirms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttestKind {
    /// A residence paper (Ausländerbehörde).
    Residence,
    /// A certificate (language school, exam body).
    Certificate,
    /// A recognition notice for a foreign qualification.
    Recognition,
}

impl AttestKind {
    /// All kinds.
    pub const ALL: [Self; 3] = [Self::Residence, Self::Certificate, Self::Recognition];

    /// The name used in the CLI and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Residence => "residence",
            Self::Certificate => "certificate",
            Self::Recognition => "recognition",
        }
    }

    /// Parses [`AttestKind::as_str`].
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The SD-JWT VC type (`vct`).
    pub fn vct(self) -> &'static str {
        match self {
            Self::Residence => "urn:mappe:vct:residence:1",
            Self::Certificate => "urn:mappe:vct:certificate:1",
            Self::Recognition => "urn:mappe:vct:recognition:1",
        }
    }

    fn from_vct(vct: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.vct() == vct)
    }

    /// The claims this kind carries, in order: name, type, required.
    fn spec(self) -> &'static [(&'static str, ClaimType, bool)] {
        use ClaimType::*;
        match self {
            Self::Residence => &[
                ("kind", Text, true),
                ("number", Text, false),
                ("valid_from", Date, false),
                ("valid_until", Date, false),
                ("legal_basis", Text, false),
                ("work_permitted", Bool, false),
            ],
            Self::Certificate => {
                &[("kind", Text, true), ("level", Text, false), ("issuer", Text, false), ("date", Date, false)]
            }
            Self::Recognition => &[("degree", Text, true), ("decision", Text, true), ("date", Date, false)],
        }
    }

    /// The wallet section whose entries this kind confirms.
    pub fn section(self) -> Section {
        match self {
            Self::Residence => Section::Residence,
            Self::Certificate | Self::Recognition => Section::Certificates,
        }
    }

    /// The claim names this kind may carry.
    pub fn claim_names(self) -> Vec<&'static str> {
        self.spec().iter().map(|(n, _, _)| *n).collect()
    }
}

/// Splits `residence/<id>` or `certificates/<id>` (the entries an office can confirm) into
/// section and id (or id prefix).
pub fn entry_of(text: &str) -> Option<(Section, &str)> {
    match text.split_once('/') {
        Some(("residence", id)) if !id.is_empty() => Some((Section::Residence, id)),
        Some(("certificates", id)) if !id.is_empty() => Some((Section::Certificates, id)),
        _ => None,
    }
}

/// `urn:mappe:agency:<hex>`: an office's `iss`, and the `aud` of a share addressed to it.
pub fn audience_for_agency(ed25519_hex: &str) -> String {
    format!("{AGENCY_URN}{}", ed25519_hex.to_ascii_lowercase())
}

/// `urn:mappe:share:<id>`: the `aud` of a bearer share's key binding.
pub fn audience_for_share(share_id: &str) -> String {
    format!("{SHARE_URN}{share_id}")
}

fn issuer_key(iss: &str) -> Option<[u8; 32]> {
    hex::decode(iss.strip_prefix(AGENCY_URN)?).ok()?.try_into().ok()
}

/// What an office fills in to attest.
#[derive(Debug, Clone)]
pub struct IssueRequest {
    /// The kind.
    pub kind: AttestKind,
    /// The person's Ed25519 key (from their card or fingerprint check).
    pub holder: [u8; 32],
    /// The claims as typed: name and text (`yes`/`no` for yes-no claims).
    pub claims: Vec<(String, String)>,
    /// When issued (Unix seconds).
    pub issued_at: u64,
    /// When the confirmation ends (Unix seconds).
    pub expires_at: u64,
    /// Where withdrawal is published.
    pub status: StatusRef,
    /// The office's name as it calls itself (shown to the person; a verifier names the office
    /// from its trust list instead).
    pub issuer_name: String,
}

fn claim_value(kind: AttestKind, name: &str, text: &str) -> Result<Value, AttestError> {
    let Some((_, ty, _)) = kind.spec().iter().find(|(n, _, _)| *n == name) else {
        return Err(AttestError::Claim(format!(
            "a {} attestation has no claim `{name}`; it has: {}",
            kind.as_str(),
            kind.claim_names().join(", ")
        )));
    };
    let text = text.trim();
    if text.is_empty() || text.len() > 200 || text.chars().any(char::is_control) {
        return Err(AttestError::Claim(format!("`{name}` must be 1 to 200 characters of plain text")));
    }
    Ok(match ty {
        ClaimType::Text => Value::String(text.into()),
        ClaimType::Date => {
            let d = normalize_date(text);
            check_date(name, &d).map_err(|e| AttestError::Claim(e.to_string()))?;
            Value::String(d)
        }
        ClaimType::Bool => match text.to_ascii_lowercase().as_str() {
            "yes" | "true" | "ja" => Value::Bool(true),
            "no" | "false" | "nein" => Value::Bool(false),
            _ => return Err(AttestError::Claim(format!("`{name}` is yes or no"))),
        },
    })
}

/// Issues an attestation: every claim selectively disclosable; `iss`, `iat`, `exp`, `vct`,
/// `cnf` and `status` always visible (SD-JWT VC §3.2.2). Gives `<JWT>~<D1>~…~<Dn>~`.
pub fn issue(issuer: &IdentitySecret, req: &IssueRequest) -> Result<String, AttestError> {
    let name = req.issuer_name.trim();
    if name.is_empty() || name.len() > 200 || name.chars().any(char::is_control) {
        return Err(AttestError::Claim("the office's name must be 1 to 200 characters of plain text".into()));
    }
    if req.expires_at <= req.issued_at {
        return Err(AttestError::Claim("the attestation must end after it is issued".into()));
    }
    let mut disclosures = Vec::new();
    let mut seen = Vec::new();
    for (name, text) in &req.claims {
        if seen.contains(name) {
            return Err(AttestError::Claim(format!("the claim `{name}` is given twice")));
        }
        seen.push(name.clone());
        let value = claim_value(req.kind, name, text)?;
        let mut salt = [0u8; 16];
        crypto::fill_random(&mut salt).map_err(|_| AttestError::Random)?;
        disclosures.push(Disclosure::new(&b64e(&salt), Some(name), value));
    }
    for (name, _, required) in req.kind.spec() {
        if *required && !seen.iter().any(|s| s == name) {
            return Err(AttestError::Claim(format!("a {} attestation needs `{name}`", req.kind.as_str())));
        }
    }
    let mut digests: Vec<String> = disclosures.iter().map(Disclosure::digest).collect();
    // Sorted, so the order does not reveal which claim a digest stands for (RFC 9901 §4.2.4.1).
    digests.sort();
    let mut payload = Map::new();
    payload.insert("iss".into(), audience_for_agency(&hex::encode(issuer.public())).into());
    payload.insert("iat".into(), req.issued_at.into());
    payload.insert("exp".into(), req.expires_at.into());
    payload.insert("vct".into(), req.kind.vct().into());
    payload.insert("cnf".into(), serde_json::json!({"jwk": {"kty": "OKP", "crv": "Ed25519", "x": b64e(&req.holder)}}));
    payload.insert("status".into(), req.status.to_claim());
    payload.insert("issuer_name".into(), name.into());
    payload.insert("_sd".into(), digests.into());
    payload.insert("_sd_alg".into(), "sha-256".into());
    let jwt = Jws::sign(issuer, &jws::header(TYP), &payload);
    let mut out = jwt;
    out.push('~');
    for d in &disclosures {
        out.push_str(&d.encoded);
        out.push('~');
    }
    Ok(out)
}

/// An attestation whose issuer signature, digests and form were checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Held {
    /// The kind.
    pub kind: AttestKind,
    /// The issuing office's Ed25519 key, hex.
    pub issuer: String,
    /// The office's name as it calls itself (not checked against any list).
    pub issuer_name: Option<String>,
    /// The holder's Ed25519 key, hex (`cnf`).
    pub holder: String,
    /// Issued (Unix seconds).
    pub issued_at: u64,
    /// Ends (Unix seconds).
    pub expires_at: u64,
    /// The disclosed claims.
    pub claims: Map<String, Value>,
    /// Where withdrawal is published.
    #[serde(skip)]
    pub status: Option<StatusRef>,
}

/// Checks issuer signature, digests, type and form; no time, key-binding or trust checks.
fn check(sd: &SdJwt) -> Result<Held, AttestError> {
    if sd.jwt.typ() != Some(TYP) {
        return Err(AttestError::Malformed("the JWT's typ is not dc+sd-jwt"));
    }
    let p = &sd.jwt.payload;
    let iss = p.get("iss").and_then(Value::as_str).ok_or(AttestError::Malformed("no iss"))?;
    let issuer = issuer_key(iss).ok_or(AttestError::Malformed("iss is not a Mappe office key"))?;
    sd.jwt.verify_ed25519(&issuer)?;
    let claims = sd.claims()?;
    let vct = claims.get("vct").and_then(Value::as_str).ok_or(AttestError::Malformed("no vct"))?;
    let kind = AttestKind::from_vct(vct).ok_or_else(|| AttestError::UnknownType(vct.to_string()))?;
    let holder = claims
        .get("cnf")
        .and_then(|c| c.get("jwk"))
        .filter(|j| j.get("kty").and_then(Value::as_str) == Some("OKP"))
        .filter(|j| j.get("crv").and_then(Value::as_str) == Some("Ed25519"))
        .and_then(|j| j.get("x")?.as_str())
        .and_then(|x| b64(x).ok())
        .and_then(|x| <[u8; 32]>::try_from(x).ok())
        .ok_or(AttestError::Malformed("cnf is not an Ed25519 key"))?;
    let num = |k: &str| claims.get(k).and_then(Value::as_u64);
    let (Some(issued_at), Some(expires_at)) = (num("iat"), num("exp")) else {
        return Err(AttestError::Malformed("iat and exp are required"));
    };
    let status = claims.get("status").and_then(StatusRef::from_claim);
    let names = kind.claim_names();
    let mut facts = Map::new();
    for d in &sd.disclosures {
        // Only top-level claims of this kind are facts; anything else is refused, not ignored,
        // so nothing is shown that the verdict did not cover.
        match &d.name {
            Some(n) if names.contains(&n.as_str()) => {
                facts.insert(n.clone(), d.value.clone());
            }
            _ => return Err(AttestError::Disclosure("a disclosure that is not a claim of this kind")),
        }
    }
    let issuer_name = p.get("issuer_name").and_then(Value::as_str).map(str::to_string);
    Ok(Held {
        kind,
        issuer: hex::encode(issuer),
        issuer_name,
        holder: hex::encode(holder),
        issued_at,
        expires_at,
        claims: facts,
        status,
    })
}

impl Held {
    /// Reads an attestation already kept in the wallet (checked on import): signature, digests
    /// and form are checked again; time and holder are not.
    pub fn read(text: &str) -> Result<Self, AttestError> {
        check(&SdJwt::parse(text)?)
    }

    /// Checks an attestation a person imports: the office's signature, the form, that it is
    /// about `my_key` and still valid at `now`. No key binding (it is not presented yet).
    pub fn import(text: &str, my_key: &[u8; 32], now: u64) -> Result<(Self, String), AttestError> {
        let sd = SdJwt::parse(text.trim())?;
        if sd.kb_text.is_some() {
            return Err(AttestError::Malformed("this is a presentation, not an attestation to keep"));
        }
        let held = check(&sd)?;
        if held.holder != hex::encode(my_key) {
            return Err(AttestError::OtherHolder);
        }
        if now >= held.expires_at {
            return Err(AttestError::Expired(crate::time::last_valid_date(held.expires_at)));
        }
        Ok((held, sd.issued_part()))
    }
}

/// A presentation for one share: only the `chosen` claims' disclosures, bound to the share by a
/// key-binding JWT signed with the holder's key (`nonce` = share id, `aud` = office or share).
pub fn present(
    held: &str,
    chosen: &[String],
    holder: &IdentitySecret,
    share_id: &str,
    aud: &str,
    now: u64,
) -> Result<String, AttestError> {
    let mut sd = SdJwt::parse(held)?;
    let all = check(&sd)?;
    if all.holder != hex::encode(holder.public()) {
        return Err(AttestError::OtherHolder);
    }
    for c in chosen {
        if !all.claims.contains_key(c) {
            return Err(AttestError::Claim(format!(
                "the attestation has no claim `{c}`; it has: {}",
                all.claims.keys().cloned().collect::<Vec<_>>().join(", ")
            )));
        }
    }
    sd.disclosures.retain(|d| d.name.as_ref().is_some_and(|n| chosen.contains(n)));
    sd.kb_text = None;
    let kb = key_binding(holder, &sd, share_id, aud, now);
    Ok(format!("{}{kb}", sd.issued_part()))
}

/// What a verifier knows when judging the attestations inside an opened share.
pub struct PresentationContext<'a> {
    /// The share's holder key (from the holder-signed manifest).
    pub holder: [u8; 32],
    /// The share id (the key binding's nonce).
    pub share_id: &'a str,
    /// The expected `aud`: [`audience_for_agency`] or [`audience_for_share`].
    pub aud: &'a str,
    /// The verifier's clock.
    pub now: u64,
    /// The pinned, verified trust list, if the verifier has one.
    pub trust: Option<&'a TrustList>,
    /// Status lists fetched, by URL (verified against the issuer's key by the caller or not).
    pub statuses: &'a HashMap<String, String>,
}

/// How far an attestation is to be believed. Only `Confirmed` may be shown as "confirmed by".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// Valid, bound to this share, from an office on the trust list, not withdrawn.
    Confirmed,
    /// Valid, but the issuer is not on the verifier's trust list (or there is none).
    UntrustedIssuer,
    /// Valid, but the issuer's withdrawal list could not be fetched or read.
    StatusUnknown,
    /// The issuer withdrew it.
    Withdrawn,
    /// Outside its validity dates.
    Expired,
    /// Fails a check; nothing of it is shown.
    Invalid,
}

/// The verdict on one presented attestation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The standing.
    pub standing: Standing,
    /// For `Invalid`: which check failed ([`AttestError::code`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// For `Invalid`: one sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The kind (absent when invalid).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<AttestKind>,
    /// The office's name from the trust list (only when listed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer_name: Option<String>,
    /// The office's key, hex.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Issued (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<u64>,
    /// Ends (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<u64>,
    /// The disclosed claims (empty when invalid).
    pub claims: Map<String, Value>,
    /// The time of the status list that was checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_as_of: Option<u64>,
}

impl Verdict {
    fn invalid(e: &AttestError) -> Self {
        Self {
            standing: Standing::Invalid,
            reason: Some(e.code().into()),
            message: Some(e.to_string()),
            kind: None,
            issuer_name: None,
            issuer: None,
            issued_at: None,
            expires_at: None,
            claims: Map::new(),
            status_as_of: None,
        }
    }
}

/// The status list URLs to fetch before judging these presentations (sans-IO: the caller
/// fetches them and passes the bodies in [`PresentationContext::statuses`]). Only for
/// attestations whose issuer signature verifies, whose issuer is on `trust`, and whose URL is
/// that issuer's list on a relay (`…/v1/status/<issuer hex>`): whoever makes a share cannot make
/// the verifier fetch an address of its choosing.
pub fn status_uris(presentations: &[String], trust: Option<&TrustList>) -> Vec<String> {
    let mut out: Vec<String> = presentations
        .iter()
        .filter_map(|p| SdJwt::parse(p).ok())
        .filter_map(|sd| check(&sd).ok())
        .filter(|h| {
            let key: Option<[u8; 32]> = hex::decode(&h.issuer).ok().and_then(|k| k.try_into().ok());
            key.is_some_and(|k| trust.is_some_and(|t| t.find(&k).is_some()))
        })
        .filter_map(|h| {
            let s = h.status?;
            let base = s.uri.strip_suffix(&format!("/v1/status/{}", h.issuer))?;
            crate::share::check_relay_url(base).ok()?;
            Some(s.uri)
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Judges one presented attestation.
pub fn verify_presentation(text: &str, ctx: &PresentationContext<'_>) -> Verdict {
    let checked = SdJwt::parse(text).and_then(|sd| {
        let held = check(&sd)?;
        if held.holder != hex::encode(ctx.holder) {
            return Err(AttestError::OtherHolder);
        }
        let iat = sd.verify_key_binding(&ctx.holder, ctx.share_id, ctx.aud)?;
        if iat > ctx.now + KB_FUTURE_SKEW {
            return Err(AttestError::KeyBinding("made in the future"));
        }
        Ok(held)
    });
    let held = match checked {
        Ok(h) => h,
        Err(e) => return Verdict::invalid(&e),
    };
    let issuer_key: [u8; 32] = hex::decode(&held.issuer).ok().and_then(|k| k.try_into().ok()).unwrap_or([0; 32]);
    let listed = ctx.trust.and_then(|t| t.find(&issuer_key));
    let mut verdict = Verdict {
        standing: Standing::Confirmed,
        reason: None,
        message: None,
        kind: Some(held.kind),
        issuer_name: listed.map(|a| a.name.clone()),
        issuer: Some(held.issuer.clone()),
        issued_at: Some(held.issued_at),
        expires_at: Some(held.expires_at),
        claims: held.claims.clone(),
        status_as_of: None,
    };
    let status = held.status.as_ref().map(|r| {
        let list = ctx.statuses.get(&r.uri).and_then(|t| StatusList::verify(t, &issuer_key, Some(&r.uri)).ok());
        (list.as_ref().map(|l| l.iat), list.and_then(|l| l.is_withdrawn(r.idx)))
    });
    if let Some((as_of, _)) = status {
        verdict.status_as_of = as_of;
    }
    if ctx.now + KB_FUTURE_SKEW < held.issued_at {
        return Verdict::invalid(&AttestError::NotYetValid(crate::time::datetime_of(held.issued_at)));
    }
    verdict.standing = if ctx.now >= held.expires_at {
        Standing::Expired
    } else if matches!(status, Some((_, Some(true)))) {
        Standing::Withdrawn
    } else if listed.is_none() {
        Standing::UntrustedIssuer
    } else if matches!(status, Some((_, None)) | None) {
        Standing::StatusUnknown
    } else {
        Standing::Confirmed
    };
    verdict
}
