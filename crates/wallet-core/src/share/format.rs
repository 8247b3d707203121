//! The share's byte formats: manifest, signed envelope, encrypted share, owner signature.
//!
//! ```text
//! envelope (plaintext, encrypted under the share key)
//! offset  len  field
//! 0       1    envelope version 0x01
//! 1       32   holder Ed25519 public key
//! 33      64   Ed25519 signature, domain "mappe/v1/sig/share-manifest", over the manifest bytes
//! 97      ...  manifest: UTF-8 JSON (see Manifest)
//!
//! encrypted share (what the relay stores and serves)
//! offset  len  field
//! 0       7    header "MAPPE", version 0x01, kind 0x04
//! 7       16   share id
//! 23      4    revision (u32, big-endian)
//! 27      24   XChaCha20-Poly1305 nonce
//! 51      ...  ciphertext of the envelope ‖ 16-byte tag; AAD = bytes 0..51
//! ```

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::crypto::{self, AgreementSecret, Domain, NONCE_LEN, SIGNATURE_LEN, SecretKey, TAG_LEN};
use crate::keys::{PublicIdentity, WalletKeys};
use crate::wire::{FileKind, Header};

/// Envelope format version.
const ENVELOPE_VERSION: u8 = 1;
/// Manifest format version (`v` in the JSON).
pub const MANIFEST_VERSION: u8 = 1;
const ENVELOPE_HEAD: usize = 1 + 32 + SIGNATURE_LEN;
const SHARE_HEAD: usize = 51;
/// HPKE `info` when wrapping a share key to an agency.
pub const WRAP_INFO: &[u8] = b"mappe/v1/share-key-wrap";
/// Largest manifest accepted (content is text; scans travel as separate blobs).
pub const MAX_MANIFEST: usize = 512 * 1024;

/// Why a share could not be created or opened. Opening shows nothing but this reason.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ShareError {
    /// The link is not a Mappe share link.
    #[error("this is not a Mappe share link ({0})")]
    BadLink(String),
    /// The share is addressed to an agency and needs that agency's key.
    #[error("this share is for a specific office ({0}) and can only be opened with that office's Mappe key")]
    NeedsAgencyKey(String),
    /// The share key does not open this share (wrong key, or addressed to another agency).
    #[error("this key cannot open the share: it was made for someone else")]
    NotForThisKey,
    /// Decryption failed or the bytes do not parse: altered or damaged on the way.
    #[error("integrity check failed: the share was altered or damaged on the way; nothing is shown")]
    Integrity,
    /// The holder's signature does not verify.
    #[error("the holder's signature does not match: the share was altered; nothing is shown")]
    BadSignature,
    /// The share served is not the one the link names.
    #[error("the relay served a different share than the link names; nothing is shown")]
    WrongShare,
    /// The manifest's own expiry has passed.
    #[error("this share expired on {0}")]
    Expired(String),
    /// A newer format this build cannot read.
    #[error("this share was made by a newer version of Mappe (format {0}); please update Mappe")]
    UnsupportedVersion(u8),
    /// The relay served an older revision of a live share than this office already saw.
    #[error(
        "the relay served revision {served} of this share, older than revision {seen} this office already saw; nothing is shown"
    )]
    OlderRevision {
        /// The revision served.
        served: u32,
        /// The revision this office saw before.
        seen: u32,
    },
    /// Creating failed (bad input or key).
    #[error("{0}")]
    Create(String),
}

impl ShareError {
    /// A stable machine-readable name (test vectors, JSON output).
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadLink(_) => "bad_link",
            Self::NeedsAgencyKey(_) => "needs_agency_key",
            Self::NotForThisKey => "not_for_this_key",
            Self::Integrity => "integrity",
            Self::BadSignature => "bad_signature",
            Self::WrongShare => "wrong_share",
            Self::Expired(_) => "expired",
            Self::UnsupportedVersion(_) => "unsupported_version",
            Self::OlderRevision { .. } => "older_revision",
            Self::Create(_) => "create",
        }
    }
}

/// A 128-bit random share id; shown as 22 base64url characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ShareId(pub [u8; 16]);

impl ShareId {
    /// A new random id.
    pub fn random() -> Result<Self, crypto::RngError> {
        let mut b = [0u8; 16];
        crypto::fill_random(&mut b)?;
        Ok(Self(b))
    }

    /// Parses the 22-character base64url form.
    pub fn parse(text: &str) -> Result<Self, ShareError> {
        let bytes = B64.decode(text.as_bytes()).map_err(|_| ShareError::BadLink("bad share id".into()))?;
        let arr: [u8; 16] = bytes.try_into().map_err(|_| ShareError::BadLink("bad share id length".into()))?;
        Ok(Self(arr))
    }
}

impl std::fmt::Display for ShareId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&B64.encode(self.0))
    }
}

/// The 256-bit key a share is encrypted under; never printed, wiped on drop.
#[derive(Clone, PartialEq, Eq)]
pub struct ShareKey(pub SecretKey);

impl ShareKey {
    /// A new random key.
    pub fn random() -> Result<Self, crypto::RngError> {
        Ok(Self(SecretKey::random()?))
    }

    /// The 43-character base64url form that goes into a bearer link's fragment.
    pub fn to_b64(&self) -> zeroize::Zeroizing<String> {
        zeroize::Zeroizing::new(B64.encode(self.0.expose()))
    }

    /// Parses the base64url form.
    pub fn parse(text: &str) -> Result<Self, ShareError> {
        let bytes = zeroize::Zeroizing::new(
            B64.decode(text.as_bytes()).map_err(|_| ShareError::BadLink("bad share key".into()))?,
        );
        let arr: [u8; 32] =
            bytes.as_slice().try_into().map_err(|_| ShareError::BadLink("bad share key length".into()))?;
        Ok(Self(SecretKey::from_bytes(arr)))
    }
}

impl std::fmt::Debug for ShareKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ShareKey([redacted])")
    }
}

/// Who may open an addressed share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    /// The agency's display name.
    pub name: String,
    /// Its kind (`jobcenter`, `auslaenderbehoerde`, …).
    pub kind: String,
    /// Its Ed25519 identity key, hex (signs its requests to the relay).
    pub ed25519: String,
    /// Its X25519 key, hex (receives the wrapped share key).
    pub x25519: String,
}

/// The consent text the holder saw and agreed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentText {
    /// Language code (de, en, ar, uk, fa, tr).
    pub lang: String,
    /// The exact text shown.
    pub text: String,
}

/// A scan shared with the share, encrypted as its own blob.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentRef {
    /// Blob number on the relay (0, 1, …).
    pub blob: u32,
    /// The entry it belongs to (`certificates/<id>`).
    pub item: String,
    /// File name.
    pub name: String,
    /// Media type.
    pub media_type: String,
    /// Plaintext size.
    pub size: u64,
    /// Plaintext SHA-256, hex.
    pub sha256: String,
    /// The blob's key, base64url.
    pub key: String,
}

impl std::fmt::Debug for AttachmentRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttachmentRef")
            .field("blob", &self.blob)
            .field("item", &self.item)
            .field("name", &self.name)
            .field("size", &self.size)
            .field("key", &"[redacted]")
            .finish()
    }
}

impl AttachmentRef {
    /// The blob key.
    pub fn secret_key(&self) -> Result<SecretKey, ShareError> {
        ShareKey::parse(&self.key).map(|k| k.0).map_err(|_| ShareError::Integrity)
    }
}

/// The signed manifest: what was shared, with whom, until when, and the consent shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Manifest format version.
    pub v: u8,
    /// Share id, base64url.
    pub share_id: String,
    /// Holder's Ed25519 key, hex.
    pub holder: String,
    /// `None` for a bearer share.
    pub audience: Option<Audience>,
    /// The paths chosen.
    pub fields: Vec<String>,
    /// Why it is shared, in the holder's words.
    pub purpose: Option<String>,
    /// What the holder was shown and agreed to.
    pub consent: ConsentText,
    /// Creation time (Unix seconds).
    pub created_at: u64,
    /// Expiry (Unix seconds).
    pub expires_at: u64,
    /// How often it may be opened (`None`: until expiry).
    pub max_opens: Option<u32>,
    /// Revision, from 1; a live share bumps it on every change.
    pub revision: u32,
    /// Whether it follows later edits.
    pub live: bool,
    /// When this revision was made (revisions after the first of a live share).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revised_at: Option<u64>,
    /// The projected fields.
    pub content: Value,
    /// Shared scans.
    pub attachments: Vec<AttachmentRef>,
    /// Offices' attestations of entries, each with only the claims chosen and bound to this
    /// share (absent when there are none, so older shares keep their bytes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attestations: Vec<PresentedAttestation>,
}

/// An office's attestation presented in a share (`docs/spec/attestation-v1.md`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresentedAttestation {
    /// The entry it confirms (`residence/<id>`, `certificates/<id>`).
    pub item: String,
    /// The SD-JWT with the chosen disclosures and a key-binding JWT.
    pub sd_jwt: String,
}

/// A blob as declared to the relay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SharedBlob {
    /// Size of the encrypted blob in bytes.
    pub size: u64,
    /// SHA-256 of the encrypted blob.
    pub sha256: [u8; 32],
}

/// What is uploaded to the relay for one revision.
#[derive(Debug, Clone)]
pub struct EncryptedShare {
    /// The encrypted envelope (header ‖ ciphertext).
    pub ciphertext: Vec<u8>,
    /// For an addressed share: the share key wrapped to the agency.
    pub wrapped_key: Option<Vec<u8>>,
    /// The owner signature over [`owner_message`].
    pub owner_sig: [u8; SIGNATURE_LEN],
}

/// The message the owner signs for the relay (domain "mappe/v1/sig/share-owner"):
///
/// ```text
/// share id (16) ‖ revision (u32 BE) ‖ expires_at (u64 BE) ‖ max_opens (u32 BE, 0 = none)
/// ‖ SHA-256(encrypted share) ‖ audience Ed25519 key (32, zeros for bearer)
/// ‖ SHA-256(wrapped key, or of nothing) ‖ blob count (u32 BE) ‖ per blob: size (u64 BE) ‖ SHA-256
/// ```
#[allow(clippy::too_many_arguments)]
pub fn owner_message(
    id: &ShareId,
    revision: u32,
    expires_at: u64,
    max_opens: Option<u32>,
    ciphertext: &[u8],
    audience: Option<&[u8; 32]>,
    wrapped_key: Option<&[u8]>,
    blobs: &[SharedBlob],
) -> Vec<u8> {
    let mut m = Vec::with_capacity(16 + 4 + 8 + 4 + 32 + 32 + 32 + 4 + blobs.len() * 40);
    m.extend_from_slice(&id.0);
    m.extend_from_slice(&revision.to_be_bytes());
    m.extend_from_slice(&expires_at.to_be_bytes());
    m.extend_from_slice(&max_opens.unwrap_or(0).to_be_bytes());
    m.extend_from_slice(&crypto::sha256(ciphertext));
    m.extend_from_slice(audience.unwrap_or(&[0u8; 32]));
    m.extend_from_slice(&crypto::sha256(wrapped_key.unwrap_or(&[])));
    m.extend_from_slice(&(blobs.len() as u32).to_be_bytes());
    for b in blobs {
        m.extend_from_slice(&b.size.to_be_bytes());
        m.extend_from_slice(&b.sha256);
    }
    m
}

fn decode_hex32(text: &str) -> Option<[u8; 32]> {
    hex::decode(text).ok()?.try_into().ok()
}

/// Signs the manifest, encrypts it under `key` and, for an addressed share, wraps the key.
pub fn seal_share(
    keys: &WalletKeys,
    manifest: &Manifest,
    id: &ShareId,
    key: &ShareKey,
    blobs: &[SharedBlob],
) -> Result<EncryptedShare, ShareError> {
    let mut nonce = [0u8; NONCE_LEN];
    crypto::fill_random(&mut nonce).map_err(|e| ShareError::Create(e.to_string()))?;
    seal_share_with(keys, manifest, id, key, blobs, &nonce)
}

/// [`seal_share`] with a given nonce; for test vectors only.
pub fn seal_share_with(
    keys: &WalletKeys,
    manifest: &Manifest,
    id: &ShareId,
    key: &ShareKey,
    blobs: &[SharedBlob],
    nonce: &[u8; NONCE_LEN],
) -> Result<EncryptedShare, ShareError> {
    if manifest.holder != keys.public_identity().to_hex() || manifest.share_id != id.to_string() {
        return Err(ShareError::Create("the manifest names another holder or share".into()));
    }
    let json = serde_json::to_vec(manifest).map_err(|e| ShareError::Create(e.to_string()))?;
    if json.len() > MAX_MANIFEST {
        return Err(ShareError::Create(format!(
            "the chosen fields are too large to share ({} bytes; the limit is {MAX_MANIFEST})",
            json.len()
        )));
    }
    let signature = keys.identity().sign(Domain::ShareManifest, &json);
    let mut envelope = zeroize::Zeroizing::new(Vec::with_capacity(ENVELOPE_HEAD + json.len()));
    envelope.push(ENVELOPE_VERSION);
    envelope.extend_from_slice(&keys.identity().public());
    envelope.extend_from_slice(&signature);
    envelope.extend_from_slice(&json);

    let mut out = Vec::with_capacity(SHARE_HEAD + envelope.len() + TAG_LEN);
    out.extend_from_slice(&Header::encode(FileKind::Share));
    out.extend_from_slice(&id.0);
    out.extend_from_slice(&manifest.revision.to_be_bytes());
    out.extend_from_slice(nonce);
    let sealed = crypto::seal(&key.0, nonce, &out, &envelope);
    out.extend_from_slice(&sealed);

    let (wrapped_key, audience_key) = match &manifest.audience {
        None => (None, None),
        Some(a) => {
            let x = decode_hex32(&a.x25519).ok_or_else(|| ShareError::Create("bad agency X25519 key".into()))?;
            let e = decode_hex32(&a.ed25519).ok_or_else(|| ShareError::Create("bad agency Ed25519 key".into()))?;
            let wrapped = crypto::wrap_key(&x, &key.0, WRAP_INFO, &id.0)
                .ok_or_else(|| ShareError::Create("cannot wrap the key to this agency key".into()))?;
            (Some(wrapped.to_vec()), Some(e))
        }
    };
    let msg = owner_message(
        id,
        manifest.revision,
        manifest.expires_at,
        manifest.max_opens,
        &out,
        audience_key.as_ref(),
        wrapped_key.as_deref(),
        blobs,
    );
    let owner_sig = keys.identity().sign(Domain::ShareOwner, &msg);
    Ok(EncryptedShare { ciphertext: out, wrapped_key, owner_sig })
}

/// How to open a share.
pub struct VerifyOptions<'a> {
    /// The id the link names.
    pub id: ShareId,
    /// The key from the link's fragment (bearer share).
    pub key: Option<ShareKey>,
    /// The agency's agreement key (addressed share).
    pub agency: Option<&'a AgreementSecret>,
    /// The revision the relay says it serves.
    pub revision: u32,
    /// The current time, for the expiry check.
    pub now: u64,
}

/// A share that passed every check.
#[derive(Debug, Clone)]
pub struct OpenedShare {
    /// The manifest.
    pub manifest: Manifest,
    /// The holder's identity (its fingerprint is shown to the caseworker).
    pub holder: PublicIdentity,
    /// The share key (needed to fetch and open the scans).
    pub key: ShareKey,
}

/// Opens a share in the order the design gives: key → AEAD → signature → id and revision → expiry.
pub fn open_share(
    opts: &VerifyOptions<'_>,
    ciphertext: &[u8],
    wrapped_key: Option<&[u8]>,
) -> Result<OpenedShare, ShareError> {
    // share-v1 §13 step 1: the key.
    let key = match (&opts.key, opts.agency, wrapped_key) {
        (Some(k), _, _) => k.clone(),
        (None, Some(agency), Some(wrapped)) => {
            ShareKey(agency.unwrap_key(wrapped, WRAP_INFO, &opts.id.0).ok_or(ShareError::NotForThisKey)?)
        }
        (None, _, _) => return Err(ShareError::NeedsAgencyKey("no key in the link".into())),
    };
    // share-v1 §13 step 2: AEAD (length, header, version, then the tag).
    if ciphertext.len() < SHARE_HEAD + TAG_LEN {
        return Err(ShareError::Integrity);
    }
    match Header::decode(ciphertext, FileKind::Share) {
        Ok(_) => {}
        Err(crate::Error::UnsupportedVersion { found, supported, .. }) if found > supported => {
            return Err(ShareError::UnsupportedVersion(found));
        }
        Err(_) => return Err(ShareError::Integrity),
    }
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&ciphertext[27..SHARE_HEAD]);
    let envelope = zeroize::Zeroizing::new(
        crypto::open(&key.0, &nonce, &ciphertext[..SHARE_HEAD], &ciphertext[SHARE_HEAD..])
            .ok_or(ShareError::Integrity)?,
    );
    // share-v1 §13 step 3: the envelope's length and version.
    if envelope.len() < ENVELOPE_HEAD || envelope[0] != ENVELOPE_VERSION {
        return Err(match envelope.first() {
            Some(&v) if v > ENVELOPE_VERSION => ShareError::UnsupportedVersion(v),
            _ => ShareError::Integrity,
        });
    }
    let mut holder = [0u8; 32];
    holder.copy_from_slice(&envelope[1..33]);
    let mut sig = [0u8; SIGNATURE_LEN];
    sig.copy_from_slice(&envelope[33..ENVELOPE_HEAD]);
    let json = &envelope[ENVELOPE_HEAD..];
    // share-v1 §13 step 4: the holder's signature against the embedded key.
    if !crypto::verify(&holder, Domain::ShareManifest, json, &sig) {
        return Err(ShareError::BadSignature);
    }
    // share-v1 §13 step 5: the manifest parses, is version 1 and names the signing key.
    let manifest: Manifest = serde_json::from_slice(json).map_err(|_| ShareError::Integrity)?;
    if manifest.v > MANIFEST_VERSION {
        return Err(ShareError::UnsupportedVersion(manifest.v));
    }
    if manifest.v != MANIFEST_VERSION {
        return Err(ShareError::Integrity);
    }
    if manifest.holder != hex::encode(holder) {
        return Err(ShareError::BadSignature);
    }
    // share-v1 §13 step 6: share id and revision match the link and the relay.
    let header_id = &ciphertext[7..23];
    let header_rev = u32::from_be_bytes([ciphertext[23], ciphertext[24], ciphertext[25], ciphertext[26]]);
    if header_id != opts.id.0 || manifest.share_id != opts.id.to_string() {
        return Err(ShareError::WrongShare);
    }
    if header_rev != manifest.revision || manifest.revision != opts.revision {
        return Err(ShareError::WrongShare);
    }
    // share-v1 §13 step 7: expiry, by the opener's clock against the signed expiry.
    if opts.now >= manifest.expires_at {
        return Err(ShareError::Expired(crate::time::last_valid_date(manifest.expires_at)));
    }
    // share-v1 §13 step 8: an addressed share must name the office that opened it.
    if let (Some(agency), Some(aud)) = (opts.agency, &manifest.audience)
        && aud.x25519 != hex::encode(agency.public())
    {
        return Err(ShareError::NotForThisKey);
    }
    Ok(OpenedShare { manifest, holder: PublicIdentity(holder), key })
}
