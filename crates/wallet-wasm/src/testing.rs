//! Test-only exports, every JavaScript name starting with `test`: they let the node tests run
//! the files in `test-vectors/` through the WebAssembly build (fixed nonces, raw primitives,
//! known root secrets), and the benchmark time the same work natively and in node. The apps do
//! not call them.

use wasm_bindgen::prelude::*;

use wallet_core::crypto::{self, Domain, NONCE_LEN, SIGNATURE_LEN, SecretKey};
use wallet_core::document::CvEntry;
use wallet_core::keys::{RecoveryCode, RootSecret};
use wallet_core::share::request::{request_message, verify_request};
use wallet_core::share::{
    Audience, ConsentText, MANIFEST_VERSION, Manifest, ShareId, ShareKey, ShareLink, SharedBlob, owner_message,
    seal_share_with,
};
use wallet_core::wire::attachment::{self, StreamFailure};
use wallet_core::wire::keystore;

use crate::error::{MappeError, Result};
use crate::js;
use crate::wallet::Wallet;

fn key32(bytes: &[u8], what: &str) -> Result<[u8; 32]> {
    bytes.try_into().map_err(|_| MappeError::bad_input(format!("{what} must be 32 bytes")))
}

fn secret(bytes: &[u8], what: &str) -> Result<SecretKey> {
    Ok(SecretKey::from_bytes(key32(bytes, what)?))
}

/// HKDF-SHA256 with an empty salt (RFC 5869).
#[wasm_bindgen(js_name = testHkdfSha256)]
pub fn hkdf_sha256(ikm: &[u8], info: &[u8]) -> Vec<u8> {
    crypto::hkdf_sha256(ikm, info).expose().to_vec()
}

/// The Ed25519 public key of a seed (RFC 8032).
#[wasm_bindgen(js_name = testEd25519Public)]
pub fn ed25519_public(seed: &[u8]) -> Result<Vec<u8>, JsValue> {
    Ok(crypto::identity_public(&secret(seed, "the seed")?).to_vec())
}

/// The X25519 public key of a private key (RFC 7748).
#[wasm_bindgen(js_name = testX25519Public)]
pub fn x25519_public(private: &[u8]) -> Result<Vec<u8>, JsValue> {
    Ok(crypto::agreement_public(&secret(private, "the private key")?).to_vec())
}

fn nonce24(bytes: &[u8]) -> Result<[u8; NONCE_LEN]> {
    bytes.try_into().map_err(|_| MappeError::bad_input("the nonce must be 24 bytes"))
}

/// XChaCha20-Poly1305 encryption.
#[wasm_bindgen(js_name = testXChaChaSeal)]
pub fn xchacha_seal(key: &[u8], nonce: &[u8], aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, JsValue> {
    Ok(crypto::seal(&secret(key, "the key")?, &nonce24(nonce)?, aad, plaintext))
}

/// XChaCha20-Poly1305 decryption; `undefined` when the tag does not match.
#[wasm_bindgen(js_name = testXChaChaOpen)]
pub fn xchacha_open(key: &[u8], nonce: &[u8], aad: &[u8], sealed: &[u8]) -> Result<Option<Vec<u8>>, JsValue> {
    Ok(crypto::open(&secret(key, "the key")?, &nonce24(nonce)?, aad, sealed))
}

/// Argon2id v1.3 with secret and associated data (RFC 9106 section 5.3); the wallet's own
/// calls go through `wallet_core::crypto::passphrase_key`, which has neither.
#[wasm_bindgen(js_name = testArgon2id)]
#[allow(clippy::too_many_arguments)]
pub fn argon2id(
    password: &[u8],
    salt: &[u8],
    secret: &[u8],
    ad: &[u8],
    m_cost: u32,
    t_cost: u32,
    p_cost: u32,
) -> Result<Vec<u8>, JsValue> {
    use argon2::{Algorithm, Argon2, AssociatedData, ParamsBuilder, Version};
    let bad = |e: argon2::Error| MappeError::bad_input(e.to_string());
    let params = ParamsBuilder::new()
        .m_cost(m_cost)
        .t_cost(t_cost)
        .p_cost(p_cost)
        .data(AssociatedData::new(ad).map_err(bad)?)
        .output_len(32)
        .build()
        .map_err(bad)?;
    let argon = Argon2::new_with_secret(secret, Algorithm::Argon2id, Version::V0x13, params).map_err(bad)?;
    let mut out = vec![0u8; 32];
    argon.hash_password_into(password, salt, &mut out).map_err(bad)?;
    Ok(out)
}

/// The keys derived from a root secret: `{ identityPublic, agreementPublic, documentKey,
/// fingerprint, recoveryCode }` (hex where bytes).
#[wasm_bindgen(js_name = testDeriveKeys)]
pub fn derive_keys(root: &[u8]) -> Result<JsValue, JsValue> {
    let root = RootSecret::from_bytes(key32(root, "the root secret")?);
    let keys = root.derive();
    let text = |s: String| JsValue::from_str(&s);
    Ok(js::object(&[
        ("identityPublic", text(hex::encode(keys.identity().public()))),
        ("agreementPublic", text(hex::encode(keys.agreement().public()))),
        ("documentKey", text(hex::encode(keys.document_key().expose()))),
        ("fingerprint", text(keys.public_identity().fingerprint())),
        ("recoveryCode", text(root.recovery_code().as_str().to_string())),
    ]))
}

/// The root secret (hex) a recovery code writes down.
#[wasm_bindgen(js_name = testRecoveryCodeSecret)]
pub fn recovery_code_secret(text: &str) -> Result<String, JsValue> {
    Ok(hex::encode(RecoveryCode::parse(text).map_err(MappeError::from)?.expose()))
}

/// Opens a keystore: `{ rootSecret, identityPublic, argon2: { m_cost, t_cost, p_cost } }`.
#[wasm_bindgen(js_name = testOpenKeystore)]
pub fn open_keystore(bytes: &[u8], passphrase: &str) -> Result<JsValue, JsValue> {
    let root = keystore::open(bytes, passphrase).map_err(MappeError::from)?;
    let public = keystore::public_identity(bytes).map_err(MappeError::from)?;
    let p = keystore::params(bytes).map_err(MappeError::from)?;
    let argon2 = serde_json::json!({ "m_cost": p.m_cost, "t_cost": p.t_cost, "p_cost": p.p_cost });
    Ok(js::object(&[
        ("rootSecret", JsValue::from_str(&hex::encode(root.expose()))),
        ("identityPublic", JsValue::from_str(&public.to_hex())),
        ("argon2", js::to_js(&argon2)?),
    ]))
}

/// A wallet from a known root secret and, if given, its wallet file (no keystore, no Argon2id).
#[wasm_bindgen(js_name = testWalletFromRoot)]
pub fn wallet_from_root(root: &[u8], wallet_file: Option<Vec<u8>>) -> Result<Wallet, JsValue> {
    let root = RootSecret::from_bytes(key32(root, "the root secret")?);
    Ok(Wallet::from_root(&root, wallet_file.as_deref())?)
}

/// Decrypts an attachment file with its key: `{ plaintext, size, sha256 }`.
#[wasm_bindgen(js_name = testDecryptAttachment)]
pub fn decrypt_attachment(key: &[u8], file: &[u8]) -> Result<JsValue, JsValue> {
    let key = secret(key, "the key")?;
    let mut out = Vec::new();
    let digest = attachment::decrypt(&key, &mut &file[..], &mut out).map_err(|f| match f {
        StreamFailure::Format(e) => MappeError::from(e),
        other => MappeError::new(crate::error::Code::Internal, format!("{other:?}")),
    })?;
    Ok(js::object(&[
        ("plaintext", js_sys::Uint8Array::from(&out[..]).into()),
        ("size", JsValue::from_f64(digest.size as f64)),
        ("sha256", JsValue::from_str(&hex::encode(digest.sha256))),
    ]))
}

/// What [`seal_share_fixed`] made.
pub struct Sealed {
    /// The encrypted share.
    pub ciphertext: Vec<u8>,
    /// The wrapped key, for an addressed share.
    pub wrapped_key: Option<Vec<u8>>,
    /// The owner message (bearer layout).
    pub owner_message: Vec<u8>,
    /// The owner signature.
    pub owner_sig: [u8; SIGNATURE_LEN],
}

/// Seals a share with a fixed nonce, as `test-vectors/share/` were made.
pub fn seal_share_fixed(
    holder_root: &[u8],
    manifest: &Manifest,
    share_key: &[u8],
    blobs: &[SharedBlob],
    nonce: &[u8],
) -> Result<Sealed> {
    let keys = RootSecret::from_bytes(key32(holder_root, "the holder root secret")?).derive();
    let id = ShareId::parse(&manifest.share_id)?;
    let key = ShareKey(secret(share_key, "the share key")?);
    let sealed = seal_share_with(&keys, manifest, &id, &key, blobs, &nonce24(nonce)?)?;
    let msg = owner_message(
        &id,
        manifest.revision,
        manifest.expires_at,
        manifest.max_opens,
        &sealed.ciphertext,
        None,
        None,
        blobs,
    );
    Ok(Sealed {
        ciphertext: sealed.ciphertext,
        wrapped_key: sealed.wrapped_key,
        owner_message: msg,
        owner_sig: sealed.owner_sig,
    })
}

#[derive(serde::Deserialize)]
struct BlobJson {
    size: u64,
    sha256: String,
}

/// Seals a share vector: `{ ciphertext, ownerMessage, ownerSig, holderFingerprint }` (hex).
#[wasm_bindgen(js_name = testSealShare)]
pub fn seal_share(
    holder_root: &[u8],
    manifest_json: &str,
    share_key: &[u8],
    blobs_json: &str,
    nonce: &[u8],
) -> Result<JsValue, JsValue> {
    let manifest: Manifest = js::from_json(manifest_json, "the manifest")?;
    let blobs: Vec<BlobJson> = js::from_json(blobs_json, "the blobs")?;
    let blobs = blobs
        .iter()
        .map(|b| {
            let sha256 = hex::decode(&b.sha256).ok().and_then(|h| h.try_into().ok());
            sha256
                .map(|sha256| SharedBlob { size: b.size, sha256 })
                .ok_or_else(|| MappeError::bad_input("bad blob hash"))
        })
        .collect::<Result<Vec<_>>>()?;
    let s = seal_share_fixed(holder_root, &manifest, share_key, &blobs, nonce)?;
    let holder = RootSecret::from_bytes(key32(holder_root, "the holder root secret")?).derive().public_identity();
    Ok(js::object(&[
        ("ciphertext", JsValue::from_str(&hex::encode(&s.ciphertext))),
        ("ownerMessage", JsValue::from_str(&hex::encode(&s.owner_message))),
        ("ownerSig", JsValue::from_str(&hex::encode(s.owner_sig))),
        ("holderFingerprint", JsValue::from_str(&holder.fingerprint())),
    ]))
}

/// Verifies a domain-separated Ed25519 signature (`share-manifest`, `share-owner`, `request`).
#[wasm_bindgen(js_name = testVerify)]
pub fn verify(public: &[u8], domain: &str, msg: &[u8], signature: &[u8]) -> Result<bool, JsValue> {
    let domain = match domain {
        "share-manifest" => Domain::ShareManifest,
        "share-owner" => Domain::ShareOwner,
        "request" => Domain::Request,
        other => return Err(MappeError::bad_input(format!("unknown domain {other}")).into()),
    };
    let Ok(signature) = <[u8; SIGNATURE_LEN]>::try_from(signature) else { return Ok(false) };
    Ok(crypto::verify(&key32(public, "the public key")?, domain, msg, &signature))
}

/// The text a relay request signature covers.
#[wasm_bindgen(js_name = testRequestMessage)]
pub fn request_text(method: &str, path: &str, time: f64, nonce: &str, body: &[u8]) -> Result<String, JsValue> {
    let time = js::unix_seconds(time, "time")?;
    let msg = request_message(method, path, time, nonce, &crypto::sha256(body));
    Ok(String::from_utf8_lossy(&msg).into_owned())
}

/// Whether a signed relay request verifies at its own time; the key (base64url) on success.
#[wasm_bindgen(js_name = testVerifyRequest)]
pub fn verify_request_at(
    key: &str,
    time: f64,
    nonce: &str,
    signature: &str,
    method: &str,
    path: &str,
    body: &[u8],
) -> Result<bool, JsValue> {
    let t = js::unix_seconds(time, "time")?;
    Ok(verify_request(key, &t.to_string(), nonce, signature, method, path, &crypto::sha256(body), t, 300).is_ok())
}

/// Fixed inputs for the benchmark, made the same way natively and in node.
pub struct BenchFixture {
    /// The holder's root secret.
    pub holder_root: [u8; 32],
    /// The holder's wallet file (a wallet with a profile and `items` CV entries).
    pub wallet_file: Vec<u8>,
    /// The office's root secret.
    pub office_root: [u8; 32],
    /// A manifest projecting the whole wallet, addressed to nobody.
    pub bearer_manifest: Manifest,
    /// The same content addressed to the office.
    pub addressed_manifest: Manifest,
    /// The share key.
    pub share_key: [u8; 32],
}

/// Builds the benchmark's wallet and manifests (`items` CV entries).
pub fn bench_fixture(items: u32) -> Result<BenchFixture> {
    let holder_root = [0x11; 32];
    let office_root = [0x22; 32];
    let share_key = [0x33; 32];
    let mut wallet = Wallet::from_root(&RootSecret::from_bytes(holder_root), None)?;
    let doc = wallet.doc_mut();
    doc.set_profile_text(wallet_core::document::ProfileField::FamilyName, Some("Al-Khatib"))?;
    doc.set_profile_text(wallet_core::document::ProfileField::GivenNames, Some("Rania"))?;
    for i in 0..items {
        doc.add_cv(&CvEntry {
            kind: wallet_core::document::CvKind::Work,
            title: format!("Stelle {i}"),
            organisation: Some("Bauhof Aleppo".into()),
            place: Some("Aleppo".into()),
            from: Some("2015-03".into()),
            to: Some("2019-12".into()),
            description: Some("Maurerarbeiten, Schalung, Bewehrung".into()),
        })?;
    }
    let wallet_file = wallet.save_bytes()?;
    let selection = wallet_core::share::select(wallet.doc(), &["profile".into(), "cv".into()], "2026-11-25")?;
    let holder = wallet.keys().public_identity().to_hex();
    let office = RootSecret::from_bytes(office_root).derive();
    let bearer_manifest = Manifest {
        v: MANIFEST_VERSION,
        share_id: ShareId([0x44; 16]).to_string(),
        holder,
        audience: None,
        fields: selection.paths,
        purpose: Some("Antrag auf Bürgergeld".into()),
        consent: ConsentText { lang: "de".into(), text: "bench".into() },
        created_at: 1_795_564_800,
        expires_at: 1_795_564_800 + 30 * 86_400,
        max_opens: Some(3),
        revision: 1,
        live: false,
        revised_at: None,
        content: selection.content,
        attachments: Vec::new(),
        attestations: Vec::new(),
    };
    let mut addressed_manifest = bearer_manifest.clone();
    addressed_manifest.audience = Some(Audience {
        name: "Jobcenter Musterstadt".into(),
        kind: "jobcenter".into(),
        ed25519: hex::encode(office.identity().public()),
        x25519: hex::encode(office.agreement().public()),
    });
    Ok(BenchFixture { holder_root, wallet_file, office_root, bearer_manifest, addressed_manifest, share_key })
}

/// The link of the fixture's bearer share.
pub fn bench_link(f: &BenchFixture, with_key: bool) -> String {
    let link = ShareLink {
        relay: "https://relay.example.org".into(),
        id: ShareId([0x44; 16]),
        key: with_key.then(|| ShareKey(SecretKey::from_bytes(f.share_key))),
    };
    link.to_url().to_string()
}

/// The benchmark's inputs for node: `{ holderRoot, officeRoot, shareKey, walletFile, bearerManifest,
/// addressedManifest, bearerLink, addressedLink }`.
#[wasm_bindgen(js_name = testBenchFixture)]
pub fn bench_fixture_js(items: u32) -> Result<JsValue, JsValue> {
    let f = bench_fixture(items)?;
    let bytes = |b: &[u8]| JsValue::from(js_sys::Uint8Array::from(b));
    let json = |m: &Manifest| serde_json::to_string(m).map(|s| JsValue::from_str(&s)).unwrap_or(JsValue::NULL);
    Ok(js::object(&[
        ("holderRoot", bytes(&f.holder_root)),
        ("officeRoot", bytes(&f.office_root)),
        ("shareKey", bytes(&f.share_key)),
        ("walletFile", bytes(&f.wallet_file)),
        ("bearerManifest", json(&f.bearer_manifest)),
        ("addressedManifest", json(&f.addressed_manifest)),
        ("bearerLink", JsValue::from_str(&bench_link(&f, true))),
        ("addressedLink", JsValue::from_str(&bench_link(&f, false))),
    ]))
}

/// Seals the fixture's share as the benchmark does: `{ ciphertext, wrappedKey }` (bytes).
#[wasm_bindgen(js_name = testSealShareBytes)]
pub fn seal_share_bytes(
    holder_root: &[u8],
    manifest_json: &str,
    share_key: &[u8],
    nonce: &[u8],
) -> Result<JsValue, JsValue> {
    let manifest: Manifest = js::from_json(manifest_json, "the manifest")?;
    let s = seal_share_fixed(holder_root, &manifest, share_key, &[], nonce)?;
    Ok(js::object(&[
        ("ciphertext", js_sys::Uint8Array::from(&s.ciphertext[..]).into()),
        ("wrappedKey", s.wrapped_key.map_or(JsValue::NULL, |w| js_sys::Uint8Array::from(&w[..]).into())),
    ]))
}

/// Opens a sync-log entry as a device does (`open_entry`): the Automerge bytes, or a MappeError
/// whose `detail` is the entry error's code.
#[wasm_bindgen(js_name = testOpenSyncEntry)]
pub fn open_sync_entry(root: &[u8], kind: &str, seq: f64, entry: &[u8], signature: &[u8]) -> Result<Vec<u8>, JsValue> {
    use wallet_core::sync::{EntryType, open_entry};
    let keys = RootSecret::from_bytes(key32(root, "root")?).derive();
    let kind = match kind {
        "changes" => EntryType::Changes,
        "snapshot" => EntryType::Snapshot,
        other => return Err(MappeError::bad_input(format!("kind {other}")).into()),
    };
    let seq = js::unix_seconds(seq, "seq")?;
    let sig: [u8; SIGNATURE_LEN] =
        signature.try_into().map_err(|_| MappeError::bad_input("the signature must be 64 bytes"))?;
    open_entry(&keys, kind, seq, entry, &sig).map(|plain| plain.to_vec()).map_err(|e| {
        let mut m = MappeError::new(crate::error::Code::Integrity, e.to_string());
        m.detail = e.code().to_string();
        m.into()
    })
}

/// Resolves share paths against a wallet document (saved Automerge bytes) on the day `today`, as
/// `test-vectors/selection/` were made: a JSON text `{ wallet, paths, content, attachments }`
/// (`wallet` is the document's JSON export), or a MappeError whose `detail` is wallet-core's code.
#[wasm_bindgen(js_name = testSelect)]
pub fn select(automerge: &[u8], paths: Vec<String>, today: &str) -> Result<String, JsValue> {
    use wallet_core::document::{WalletDoc, WalletJson};
    let doc = WalletDoc::load(automerge).map_err(MappeError::from)?;
    let wallet = WalletJson::from_doc(&doc, None).map_err(MappeError::from)?;
    let s = wallet_core::share::select(&doc, &paths, today).map_err(MappeError::from)?;
    let attachments: Vec<serde_json::Value> = s
        .attachments
        .iter()
        .map(|(owner, id, m)| {
            serde_json::json!({
                "owner": owner, "id": id, "name": m.name, "media_type": m.media_type, "size": m.size, "sha256": m.sha256,
            })
        })
        .collect();
    let out =
        serde_json::json!({ "wallet": wallet, "paths": s.paths, "content": s.content, "attachments": attachments });
    Ok(out.to_string())
}

/// A new wallet document as `WalletDoc::new` makes it: `{ heads, changes }` (change hashes, and
/// every change's bytes in hex), to compare with `test-vectors/wallet/skeleton.json`.
#[wasm_bindgen(js_name = testNewDocument)]
pub fn new_document() -> Result<JsValue, JsValue> {
    let mut doc = wallet_core::document::WalletDoc::new().map_err(MappeError::from)?;
    let heads = js_sys::Array::new();
    for h in doc.heads() {
        heads.push(&JsValue::from_str(&h));
    }
    let changes = doc.changes_since(&[]).map_err(MappeError::from)?;
    Ok(js::object(&[("heads", heads.into()), ("changes", JsValue::from_str(&hex::encode(changes)))]))
}
