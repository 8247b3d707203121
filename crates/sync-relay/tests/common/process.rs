//! A real `mappe-relay` process and a plain HTTP client (ureq) for tests over 127.0.0.1.

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use wallet_core::crypto::sha256;
use wallet_core::keys::WalletKeys;
use wallet_core::share::request::sign_request;

/// A `mappe-relay` process on 127.0.0.1:0 with its database in a temp dir; killed on drop.
pub struct RelayProcess {
    pub child: Child,
    pub url: String,
    pub dir: tempfile::TempDir,
}

impl Drop for RelayProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start(flags: &[&str]) -> RelayProcess {
    let dir = tempfile::tempdir().unwrap();
    let (child, url) = spawn(&dir.path().join("relay.sqlite"), flags);
    RelayProcess { child, url, dir }
}

/// Starts a relay on the database file `db` (restarts, restored backups).
pub fn start_on(db: &Path, flags: &[&str]) -> RelayProcess {
    let dir = tempfile::tempdir().unwrap();
    let (child, url) = spawn(db, flags);
    RelayProcess { child, url, dir }
}

/// Runs `mappe-relay` with `--db db` and `flags` on 127.0.0.1:0; the process and its URL.
fn spawn(db: &Path, flags: &[&str]) -> (Child, String) {
    let mut cmd = relay_command();
    let mut child = cmd
        .args(["--listen", "127.0.0.1:0", "--db"])
        .arg(db)
        .args(flags)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url = line.trim().strip_prefix("mappe-relay listening on ").expect("the listening line").to_owned();
    (child, url)
}

/// The `mappe-relay` binary with no `MAPPE_RELAY_*` setting from the test's environment.
pub fn relay_command() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mappe-relay"));
    for (key, _) in std::env::vars() {
        if key.starts_with("MAPPE_RELAY_") {
            cmd.env_remove(key);
        }
    }
    cmd
}

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).build().into()
}

pub struct Answer {
    pub status: u16,
    pub retry_after: Option<String>,
    pub body: String,
}

pub fn get(url: &str, forwarded_for: Option<&str>, signer: Option<&WalletKeys>, path: &str) -> Answer {
    let mut req = agent().get(format!("{url}{path}"));
    if let Some(ip) = forwarded_for {
        req = req.header("x-forwarded-for", ip);
    }
    if let Some(keys) = signer {
        for (k, v) in signed(keys, "GET", path, b"") {
            req = req.header(k, v);
        }
    }
    let mut res = req.call().unwrap();
    Answer {
        status: res.status().as_u16(),
        retry_after: res.headers().get("retry-after").map(|v| v.to_str().unwrap().to_owned()),
        body: res.body_mut().read_to_string().unwrap(),
    }
}

pub fn signed(keys: &WalletKeys, method: &str, path: &str, body: &[u8]) -> Vec<(&'static str, String)> {
    let h = sign_request(keys.identity(), method, path, wallet_core::share::now(), &sha256(body));
    vec![("mappe-key", h.key), ("mappe-time", h.time), ("mappe-nonce", h.nonce), ("mappe-signature", h.signature)]
}

pub fn error_code(body: &str) -> String {
    serde_json::from_str::<serde_json::Value>(body).unwrap()["error"].as_str().unwrap().to_owned()
}

/// A signed `PUT` or `POST` with a body; the status and the body.
pub fn send(url: &str, method: &str, path: &str, body: &[u8], signer: &WalletKeys) -> Answer {
    let full = format!("{url}{path}");
    let agent = agent();
    let mut req = match method {
        "PUT" => agent.put(&full),
        "POST" => agent.post(&full),
        other => panic!("send: {other}"),
    };
    for (k, v) in signed(signer, method, path, body) {
        req = req.header(k, v);
    }
    let mut res = req.send(body).unwrap();
    Answer {
        status: res.status().as_u16(),
        retry_after: res.headers().get("retry-after").map(|v| v.to_str().unwrap().to_owned()),
        body: res.body_mut().read_to_string().unwrap(),
    }
}
