//! End-to-end test support: the real `mappe` and `mappe-relay` binaries as separate processes.
//!
//! Test support code: a failed step panics with its reason, as in a test.
//!
//! The binaries are found next to the test executable (`target/<profile>/`); the README's test
//! command (`./scripts/test`) builds them before the tests run.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// Path of a workspace binary built in the same profile as the running test.
pub fn bin(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_default();
    // target/<profile>/deps/<test> → target/<profile>/<name>
    let dir = exe.parent().and_then(Path::parent).map(Path::to_path_buf).unwrap_or_default();
    let path = dir.join(name);
    assert!(
        path.is_file(),
        "{} is not built; run ./scripts/test (or `cargo build --workspace --bins` first)",
        path.display()
    );
    path
}

/// The PostgreSQL server the relays run on (`MAPPE_TEST_PG`, set by `./scripts/with-postgres`),
/// if any; otherwise each relay has a SQLite file.
pub fn test_pg() -> Option<String> {
    std::env::var("MAPPE_TEST_PG").ok().filter(|v| !v.is_empty())
}

/// The PostgreSQL database of the relay storing into `dir`: created on first use and named in
/// `dir/pg-database`, so a relay restarted on the same directory finds its data again.
fn pg_database(server: &str, dir: &Path) -> String {
    let marker = dir.join("pg-database");
    if let Ok(name) = std::fs::read_to_string(&marker) {
        return sync_relay::store::postgres::with_database(server, name.trim());
    }
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let name = format!("e2e_{}_{n}_{nanos}", std::process::id());
    let url = sync_relay::store::postgres::create_database(server, &name).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(&marker, &name).unwrap();
    url
}

/// A `mappe-relay` process on 127.0.0.1 with its own SQLite file (or PostgreSQL database, with
/// `MAPPE_TEST_PG`) and request log; killed on drop.
pub struct RelayProcess {
    child: Child,
    /// Base URL, e.g. `http://127.0.0.1:41234`.
    pub url: String,
    /// The SQLite database file (not used on PostgreSQL).
    pub db: PathBuf,
    /// The PostgreSQL database URL, when the relay runs on PostgreSQL.
    pub pg: Option<String>,
    /// The request log file.
    pub request_log: PathBuf,
}

impl RelayProcess {
    /// Starts a relay storing into `dir`, with extra flags.
    pub fn start(dir: &Path, extra: &[&str]) -> Self {
        Self::start_at(dir, "127.0.0.1:0", extra)
    }

    /// Starts a relay storing into `dir` listening on `listen` (to restart one at the same URL).
    pub fn start_at(dir: &Path, listen: &str, extra: &[&str]) -> Self {
        let db = dir.join("relay.sqlite");
        let pg = test_pg().map(|server| pg_database(&server, dir));
        let request_log = dir.join("requests.log");
        // The rate limits have their own tests (crates/sync-relay/tests/limits.rs); these tests
        // open one share many times in a row. A flag in `extra` still wins.
        let mut child = Command::new(bin("mappe-relay"))
            .env("MAPPE_RELAY_SHARE_OPENS_PER_MINUTE", "0")
            .env("MAPPE_RELAY_RATE_LIMIT_PER_MINUTE", "0")
            .arg("--listen")
            .arg(listen)
            .arg("--db")
            .arg(pg.as_deref().map_or(db.as_os_str(), std::ffi::OsStr::new))
            .args(if pg.is_some() { vec!["--relay-key".into(), dir.join("relay.relay-key")] } else { Vec::new() })
            .arg("--request-log")
            .arg(&request_log)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start mappe-relay: {e}"));
        let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap_or_else(|e| panic!("relay stdout: {e}"));
        let url = line
            .trim()
            .strip_prefix("mappe-relay listening on ")
            .unwrap_or_else(|| panic!("unexpected first line from mappe-relay: {line:?}"))
            .to_string();
        Self { child, url, db, pg, request_log }
    }

    /// Everything the relay logged about requests so far.
    pub fn request_log(&self) -> String {
        std::fs::read_to_string(&self.request_log).unwrap_or_default()
    }

    /// Whether the relay keeps its data in a SQLite file (tests that read or alter the file
    /// directly run only then).
    pub fn is_sqlite(&self) -> bool {
        self.pg.is_none()
    }

    /// Stops the relay (also done on drop).
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for RelayProcess {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A `mappe` command for the wallet in `dir` with passphrase `pass`, isolated from the
/// developer's environment.
pub fn mappe(dir: &Path, pass: &str) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(bin("mappe"));
    // English, whatever the developer's locale: the tests read what mappe says.
    cmd.env_remove("MAPPE_HOME").env("MAPPE_LANG", "en").env("MAPPE_PASSPHRASE", pass).arg("--wallet").arg(dir);
    cmd
}

/// Runs a command that must succeed; returns its standard output.
pub fn ok(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "command failed ({:?}):\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Every file under `dir`, recursively, as (path, bytes).
pub fn all_files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                out.push((p, bytes));
            }
        }
    }
    out
}

/// Whether `needle` occurs in `haystack`.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// A minimal HTTP/1.1 request over TCP (no TLS), for probing the relay as an attacker would.
/// Returns the status code and the body.
pub fn http(method: &str, url: &str, headers: &[(&str, &str)], body: &[u8]) -> (u16, Vec<u8>) {
    use std::io::{Read, Write};
    let rest = url.strip_prefix("http://").unwrap_or_else(|| panic!("http only: {url}"));
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let mut stream = std::net::TcpStream::connect(host).unwrap_or_else(|e| panic!("connect {host}: {e}"));
    let mut req =
        format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    stream.write_all(req.as_bytes()).unwrap_or_else(|e| panic!("write: {e}"));
    // The server may answer (e.g. 413) before reading a large body; ignore a broken pipe then.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or_else(|| panic!("no HTTP header in answer"));
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let status: u16 = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let mut body = raw[split + 4..].to_vec();
    if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        let mut out = Vec::new();
        let mut rest = &body[..];
        while let Some(eol) = rest.windows(2).position(|w| {
            w == b"
"
        }) {
            let size = usize::from_str_radix(String::from_utf8_lossy(&rest[..eol]).trim(), 16).unwrap_or(0);
            if size == 0 {
                break;
            }
            out.extend_from_slice(&rest[eol + 2..eol + 2 + size]);
            rest = &rest[eol + 2 + size + 2..];
        }
        body = out;
    }
    (status, body)
}

/// A valid one-page PDF of about `size` bytes (an incompressible image stream pads it), with
/// `marker` written in its text.
pub fn pdf(size: usize, marker: &str) -> Vec<u8> {
    let text = format!("BT /F1 14 Tf 72 760 Td ({marker}) Tj ET");
    let mut noise = Vec::with_capacity(size);
    let mut x: u32 = 0x1234_5678;
    while noise.len() < size {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        noise.push((x & 0xff) as u8);
    }
    let objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        format!("<< /Length {} >>\nstream\n{text}\nendstream", text.len()).into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        [format!("<< /Length {} >>\nstream\n", noise.len()).into_bytes(), noise, b"\nendstream".to_vec()].concat(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    out
}
