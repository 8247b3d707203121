//! Attachment files: a scan encrypted in chunks with STREAM, so neither side ever holds the
//! whole file twice in memory.
//!
//! ```text
//! offset  len   field
//! 0       7     header: "MAPPE", version 0x01, kind 0x03
//! 7       4     plaintext chunk size (u32, big-endian; 65536 when written by this version)
//! 11      19    STREAM nonce prefix (random)
//! 30      ...   chunks: each chunk_size bytes of ciphertext ‖ 16-byte tag; the last chunk holds
//!               1..=chunk_size bytes (0 only for an empty file) and is sealed with STREAM's
//!               last-chunk flag.
//!               AAD of every chunk = bytes 0..30.
//! ```

use std::io::{Read, Write};

use super::header::{FileKind, Header};
use crate::crypto::{
    self, STREAM_NONCE_PREFIX_LEN, SecretKey, Sha256Stream, StreamDecryptor, StreamEncryptor, TAG_LEN,
};
use crate::error::{Error, Result};

/// Plaintext bytes per chunk written by this version.
pub const CHUNK_SIZE: usize = 64 * 1024;
/// Length of the attachment header including chunk size and nonce prefix.
pub const ATTACHMENT_HEADER_LEN: usize = 30;
const MIN_CHUNK: usize = 1024;
const MAX_CHUNK: usize = 1024 * 1024;

/// What encrypting or decrypting an attachment measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Digest {
    /// Plaintext length in bytes.
    pub size: u64,
    /// SHA-256 of the plaintext.
    pub sha256: [u8; 32],
}

/// Where a stream operation failed.
#[derive(Debug)]
pub enum StreamFailure {
    /// Reading the source failed.
    Read(std::io::Error),
    /// Writing the destination failed.
    Write(std::io::Error),
    /// The format or the authentication failed, or a limit was hit.
    Format(Error),
}

impl From<Error> for StreamFailure {
    fn from(e: Error) -> Self {
        Self::Format(e)
    }
}

/// Encrypts everything `src` yields into `dst`, refusing sources longer than `limit` bytes.
pub fn encrypt(
    key: &SecretKey,
    src: &mut (impl Read + Send),
    dst: &mut impl Write,
    limit: u64,
) -> Result<Digest, StreamFailure> {
    let mut prefix = [0u8; STREAM_NONCE_PREFIX_LEN];
    crypto::fill_random(&mut prefix).map_err(|e| StreamFailure::Format(e.into()))?;
    encrypt_with(key, &prefix, src, dst, limit)
}

/// Encrypts with a given nonce prefix; for test vectors only.
pub fn encrypt_with(
    key: &SecretKey,
    prefix: &[u8; STREAM_NONCE_PREFIX_LEN],
    src: &mut (impl Read + Send),
    dst: &mut impl Write,
    limit: u64,
) -> Result<Digest, StreamFailure> {
    let mut header = Vec::with_capacity(ATTACHMENT_HEADER_LEN);
    header.extend_from_slice(&Header::encode(FileKind::Attachment));
    header.extend_from_slice(&(CHUNK_SIZE as u32).to_be_bytes());
    header.extend_from_slice(prefix);
    dst.write_all(&header).map_err(StreamFailure::Write)?;
    encrypt_chunks(key, prefix, &header, src, dst, limit)
}

// WebAssembly in a browser has no threads (spawning aborts), so it encrypts chunk after chunk.
#[cfg(target_arch = "wasm32")]
use encrypt_in_turn as encrypt_chunks;
#[cfg(not(target_arch = "wasm32"))]
use encrypt_threaded as encrypt_chunks;

/// Encrypts the chunks after the header with a reading-and-hashing thread beside this one.
#[cfg(not(target_arch = "wasm32"))]
fn encrypt_threaded(
    key: &SecretKey,
    prefix: &[u8; STREAM_NONCE_PREFIX_LEN],
    header: &[u8],
    src: &mut (impl Read + Send),
    dst: &mut impl Write,
    limit: u64,
) -> Result<Digest, StreamFailure> {
    // Two threads share the work, handing each 64 KiB buffer over without copying it: one reads
    // and hashes (SHA-256 costs about as much as the cipher), the other encrypts in place and
    // writes. Buffers go back to the reader for reuse, so at most a few chunks are in memory.
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Piece>(4);
        let (back_tx, back_rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(8);
        let reader = scope.spawn(move || read_and_hash(src, limit, &tx, &back_rx));
        let mut enc = Some(StreamEncryptor::new(key, prefix));
        let mut failure = None;
        for piece in rx.iter() {
            let (mut buf, last) = match piece {
                Piece::Chunk(buf, last) => (buf, last),
                Piece::Failed(f) => {
                    failure = Some(f);
                    break;
                }
            };
            let sealed = match (last, enc.take()) {
                (false, Some(mut e)) => {
                    let r = e.next(header, &mut buf);
                    enc = Some(e);
                    r
                }
                (true, Some(e)) => e.last(header, &mut buf),
                (_, None) => Err(crate::crypto::StreamError),
            };
            if sealed.is_err() {
                failure = Some(integrity());
                break;
            }
            if let Err(e) = dst.write_all(&buf) {
                failure = Some(StreamFailure::Write(e));
                break;
            }
            buf.clear();
            let _ = back_tx.try_send(buf);
            if last {
                break;
            }
        }
        // Dropping the receiver stops a reader that is still going after a failure here.
        drop(rx);
        let digest = reader.join().map_err(|_| integrity())?;
        match (failure, digest) {
            (Some(f), _) => Err(f),
            (None, Some(d)) => Ok(d),
            (None, None) => Err(integrity()),
        }
    })
}

/// Encrypts the chunks after the header on this thread alone; the bytes written are the same as
/// [`encrypt_threaded`]'s.
#[cfg(any(target_arch = "wasm32", test))]
fn encrypt_in_turn(
    key: &SecretKey,
    prefix: &[u8; STREAM_NONCE_PREFIX_LEN],
    header: &[u8],
    src: &mut (impl Read + Send),
    dst: &mut impl Write,
    limit: u64,
) -> Result<Digest, StreamFailure> {
    let mut hash = Sha256Stream::new();
    let mut size: u64 = 0;
    let mut enc = StreamEncryptor::new(key, prefix);
    let mut cur = Vec::with_capacity(CHUNK_SIZE + TAG_LEN);
    let mut next = Vec::with_capacity(CHUNK_SIZE + TAG_LEN);
    read_up_to(src, &mut cur, CHUNK_SIZE).map_err(StreamFailure::Read)?;
    loop {
        size += cur.len() as u64;
        if size > limit {
            return Err(StreamFailure::Format(Error::TooLarge { what: "the attachment".into(), size, limit }));
        }
        hash.update(&cur);
        next.clear();
        read_up_to(src, &mut next, CHUNK_SIZE).map_err(StreamFailure::Read)?;
        // As in the threaded path, the chunk is last only once the source is known to be empty.
        if next.is_empty() {
            enc.last(header, &mut cur).map_err(|_| integrity())?;
            dst.write_all(&cur).map_err(StreamFailure::Write)?;
            return Ok(Digest { size, sha256: hash.finish() });
        }
        enc.next(header, &mut cur).map_err(|_| integrity())?;
        dst.write_all(&cur).map_err(StreamFailure::Write)?;
        cur.clear();
        std::mem::swap(&mut cur, &mut next);
    }
}

/// What the reading thread hands to the encrypting thread.
#[cfg(not(target_arch = "wasm32"))]
enum Piece {
    /// A chunk of plaintext with room for its tag, and whether it is the last one.
    Chunk(Vec<u8>, bool),
    /// Reading failed or the limit was passed.
    Failed(StreamFailure),
}

#[cfg(not(target_arch = "wasm32"))]
fn read_and_hash(
    src: &mut (impl Read + ?Sized),
    limit: u64,
    tx: &std::sync::mpsc::SyncSender<Piece>,
    back: &std::sync::mpsc::Receiver<Vec<u8>>,
) -> Option<Digest> {
    let fresh = || back.try_recv().unwrap_or_else(|_| Vec::with_capacity(CHUNK_SIZE + TAG_LEN));
    let mut hash = Sha256Stream::new();
    let mut size: u64 = 0;
    let mut cur = fresh();
    if let Err(e) = read_up_to(src, &mut cur, CHUNK_SIZE) {
        let _ = tx.send(Piece::Failed(StreamFailure::Read(e)));
        return None;
    }
    loop {
        size += cur.len() as u64;
        if size > limit {
            let _ = tx.send(Piece::Failed(StreamFailure::Format(Error::TooLarge {
                what: "the attachment".into(),
                size,
                limit,
            })));
            return None;
        }
        hash.update(&cur);
        let mut next = fresh();
        if let Err(e) = read_up_to(src, &mut next, CHUNK_SIZE) {
            let _ = tx.send(Piece::Failed(StreamFailure::Read(e)));
            return None;
        }
        let last = next.is_empty();
        if tx.send(Piece::Chunk(cur, last)).is_err() {
            return None; // the encrypting side failed and stopped listening
        }
        if last {
            return Some(Digest { size, sha256: hash.finish() });
        }
        cur = next;
    }
}

/// Authenticates and decrypts an attachment file from `src` into `dst`.
///
/// Plaintext is written before the final chunk is checked, so callers write into a temporary
/// file and keep it only when this returns `Ok`.
pub fn decrypt(key: &SecretKey, src: &mut impl Read, dst: &mut impl Write) -> Result<Digest, StreamFailure> {
    let mut reader = DecryptingReader::new(key, src).map_err(StreamFailure::Format)?;
    let mut buf = vec![0u8; CHUNK_SIZE];
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) => return Err(reader.failure(e)),
        };
        dst.write_all(&buf[..n]).map_err(StreamFailure::Write)?;
    }
    reader.digest().ok_or_else(integrity)
}

/// Reads the plaintext of an attachment file chunk by chunk, authenticating each chunk before
/// handing out its bytes; the end of the stream is reported only after the last chunk verified.
pub struct DecryptingReader<'a, R: Read> {
    src: &'a mut R,
    header: Vec<u8>,
    chunk: usize,
    dec: Option<StreamDecryptor>,
    cur: Vec<u8>,
    next: Vec<u8>,
    out: Vec<u8>,
    pos: usize,
    hash: Option<Sha256Stream>,
    size: u64,
    digest: Option<Digest>,
    format_error: Option<Error>,
}

impl<'a, R: Read> DecryptingReader<'a, R> {
    /// Reads and checks the header; fails on a bad header or an unreadable source.
    pub fn new(key: &SecretKey, src: &'a mut R) -> Result<Self, Error> {
        let what = FileKind::Attachment;
        let mut header = Vec::with_capacity(ATTACHMENT_HEADER_LEN);
        read_up_to(src, &mut header, ATTACHMENT_HEADER_LEN).map_err(|e| Error::Io {
            action: "read",
            path: "attachment".into(),
            source: e,
        })?;
        Header::decode(&header, what)?;
        if header.len() < ATTACHMENT_HEADER_LEN {
            return Err(Error::Truncated { what });
        }
        let chunk = u32::from_be_bytes([header[7], header[8], header[9], header[10]]) as usize;
        if !(MIN_CHUNK..=MAX_CHUNK).contains(&chunk) {
            return Err(Error::Integrity { what });
        }
        let mut prefix = [0u8; STREAM_NONCE_PREFIX_LEN];
        prefix.copy_from_slice(&header[11..ATTACHMENT_HEADER_LEN]);
        let mut cur = Vec::with_capacity(chunk + TAG_LEN);
        read_up_to(src, &mut cur, chunk + TAG_LEN).map_err(|e| Error::Io {
            action: "read",
            path: "attachment".into(),
            source: e,
        })?;
        Ok(Self {
            src,
            header,
            chunk,
            dec: Some(StreamDecryptor::new(key, &prefix)),
            cur,
            next: Vec::with_capacity(chunk + TAG_LEN),
            out: Vec::new(),
            pos: 0,
            hash: Some(Sha256Stream::new()),
            size: 0,
            digest: None,
            format_error: None,
        })
    }

    /// Size and SHA-256 of the plaintext, once everything was read and verified.
    pub fn digest(&self) -> Option<Digest> {
        self.digest
    }

    /// Turns an error returned by `read` into the precise failure.
    pub fn failure(&mut self, e: std::io::Error) -> StreamFailure {
        match self.format_error.take() {
            Some(f) => StreamFailure::Format(f),
            None => StreamFailure::Read(e),
        }
    }

    fn fail(&mut self, e: Error) -> std::io::Error {
        let text = e.to_string();
        self.format_error = Some(e);
        self.dec = None;
        std::io::Error::new(std::io::ErrorKind::InvalidData, text)
    }

    /// Decrypts the next chunk into `out`; `Ok(false)` at the verified end.
    fn fill(&mut self) -> std::io::Result<bool> {
        let what = FileKind::Attachment;
        let Some(mut dec) = self.dec.take() else {
            return match self.format_error {
                Some(_) => Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "attachment failed")),
                None => Ok(false),
            };
        };
        if self.cur.len() < TAG_LEN {
            return Err(self.fail(Error::Truncated { what }));
        }
        self.next.clear();
        read_up_to(self.src, &mut self.next, self.chunk + TAG_LEN)?;
        let last = self.next.is_empty();
        let ok = if last {
            dec.last(&self.header, &mut self.cur).is_ok()
        } else if self.cur.len() != self.chunk + TAG_LEN {
            false
        } else {
            let r = dec.next(&self.header, &mut self.cur).is_ok();
            self.dec = Some(dec);
            r
        };
        if !ok {
            return Err(self.fail(Error::Integrity { what }));
        }
        if let Some(h) = self.hash.as_mut() {
            h.update(&self.cur);
        }
        self.size += self.cur.len() as u64;
        std::mem::swap(&mut self.out, &mut self.cur);
        self.pos = 0;
        std::mem::swap(&mut self.cur, &mut self.next);
        if last {
            let sha256 = self.hash.take().map(Sha256Stream::finish).unwrap_or_default();
            self.digest = Some(Digest { size: self.size, sha256 });
        }
        Ok(true)
    }
}

impl<R: Read> Read for DecryptingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.pos == self.out.len() {
            self.out.clear();
            self.pos = 0;
            if !self.fill()? {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.out.len() - self.pos);
        buf[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

fn integrity() -> StreamFailure {
    StreamFailure::Format(Error::Integrity { what: FileKind::Attachment })
}

/// Appends up to `n` bytes from `src` to `buf`, stopping early only at end of input.
fn read_up_to(src: &mut (impl Read + ?Sized), buf: &mut Vec<u8>, n: usize) -> std::io::Result<()> {
    // `take` + `read_to_end` retries on interruption and does not zero the buffer first.
    src.take(n as u64).read_to_end(buf).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(len: usize) {
        let key = SecretKey::from_bytes([9; 32]);
        let data: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        let mut enc = Vec::new();
        let d1 = encrypt(&key, &mut data.as_slice(), &mut enc, u64::MAX).unwrap();
        assert_eq!(d1.size, len as u64);
        assert_eq!(d1.sha256, crypto::sha256(&data));
        let chunks = len.div_ceil(CHUNK_SIZE).max(1);
        assert_eq!(enc.len(), ATTACHMENT_HEADER_LEN + len + chunks * TAG_LEN);
        let mut dec = Vec::new();
        let d2 = decrypt(&key, &mut enc.as_slice(), &mut dec).unwrap();
        assert_eq!(dec, data);
        assert_eq!(d1, d2);
    }

    #[test]
    fn round_trips_at_chunk_boundaries() {
        for len in [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE] {
            roundtrip(len);
        }
    }

    #[test]
    fn dropping_the_last_chunk_is_detected() {
        let key = SecretKey::from_bytes([9; 32]);
        let data = vec![7u8; 3 * CHUNK_SIZE + 10];
        let mut enc = Vec::new();
        encrypt(&key, &mut data.as_slice(), &mut enc, u64::MAX).unwrap();
        let cut = ATTACHMENT_HEADER_LEN + 3 * (CHUNK_SIZE + TAG_LEN);
        let mut out = Vec::new();
        let err = decrypt(&key, &mut &enc[..cut], &mut out).unwrap_err();
        assert!(matches!(err, StreamFailure::Format(Error::Integrity { .. })), "{err:?}");
    }

    #[test]
    fn single_threaded_path_writes_the_same_bytes() {
        let key = SecretKey::from_bytes([9; 32]);
        let prefix = [3u8; STREAM_NONCE_PREFIX_LEN];
        for len in [0, 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE + 7] {
            let data: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            let mut threaded = Vec::new();
            let d1 = encrypt_with(&key, &prefix, &mut data.as_slice(), &mut threaded, u64::MAX).unwrap();
            let header = threaded[..ATTACHMENT_HEADER_LEN].to_vec();
            let mut in_turn = header.clone();
            let d2 = encrypt_in_turn(&key, &prefix, &header, &mut data.as_slice(), &mut in_turn, u64::MAX).unwrap();
            assert_eq!(in_turn, threaded, "length {len}");
            assert_eq!(d1, d2);
        }
        let err = encrypt_in_turn(&key, &prefix, &[], &mut [0u8; 1000].as_slice(), &mut Vec::new(), 999).unwrap_err();
        assert!(matches!(err, StreamFailure::Format(Error::TooLarge { .. })));
    }

    #[test]
    fn refuses_sources_over_the_limit() {
        let key = SecretKey::from_bytes([9; 32]);
        let data = vec![0u8; 1000];
        let err = encrypt(&key, &mut data.as_slice(), &mut Vec::new(), 999).unwrap_err();
        assert!(matches!(err, StreamFailure::Format(Error::TooLarge { .. })));
    }
}
