//! Re-encrypting a scan for a share: the wallet's copy stays under its own key, the share gets
//! a fresh key, and the scan is streamed chunk by chunk, never held whole in plaintext.

use std::io::{Read, Write};

use crate::crypto::{SecretKey, Sha256Stream};
use crate::document::AttachmentMeta;
use crate::error::{Error, Result};
use crate::wire::FileKind;
use crate::wire::attachment::{self, StreamFailure};

/// Largest scan a share re-encrypts (as the wallet accepts).
pub const MAX_SHARED_SCAN: u64 = 32 * 1024 * 1024;

/// Re-encrypts the wallet's encrypted attachment file read from `encrypted` under a fresh key,
/// writing the share's encrypted copy to `out`. Returns the new key, the plaintext digest, and
/// the size and SHA-256 of the bytes written (as the relay sees them). The plaintext must match
/// the size and SHA-256 recorded in `meta`.
pub fn reencrypt(
    meta: &AttachmentMeta,
    encrypted: &mut (impl Read + Send),
    out: &mut (impl Write + Send),
) -> Result<(SecretKey, attachment::Digest, super::SharedBlob)> {
    let mut plain = attachment::DecryptingReader::new(&meta.key, encrypted)?;
    let key = SecretKey::random()?;
    let mut counting = HashingWriter { inner: out, hash: Sha256Stream::new(), size: 0 };
    let digest = match attachment::encrypt(&key, &mut plain, &mut counting, MAX_SHARED_SCAN) {
        Ok(d) => d,
        // The reader reports authentication failures as read errors; recover the precise one.
        Err(StreamFailure::Read(e)) => {
            return Err(match plain.failure(e) {
                StreamFailure::Format(f) => f,
                StreamFailure::Read(e) | StreamFailure::Write(e) => {
                    Error::Io { action: "read", path: "the wallet's scan".into(), source: e }
                }
            });
        }
        Err(StreamFailure::Write(e)) => {
            return Err(Error::Io { action: "write", path: "share blob".into(), source: e });
        }
        Err(StreamFailure::Format(e)) => return Err(e),
    };
    if hex::encode(digest.sha256) != meta.sha256 || digest.size != meta.size {
        return Err(Error::Integrity { what: FileKind::Attachment });
    }
    Ok((key, digest, super::SharedBlob { size: counting.size, sha256: counting.hash.finish() }))
}

/// Passes writes through while hashing and counting them.
struct HashingWriter<'a, W: Write> {
    inner: &'a mut W,
    hash: Sha256Stream,
    size: u64,
}

impl<W: Write> Write for HashingWriter<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
