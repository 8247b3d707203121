//! HTTPS without a reverse proxy: a real `mappe-relay` process with `--tls-cert` and
//! `--tls-key` (a labelled test fixture, tests/fixtures/tls/) answers over TLS to a client
//! that trusts that certificate, and refuses plain HTTP on the same port.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::process::{Command, Stdio};

use common::process::relay_command;

mod common;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tls");

fn relay(extra: &[&str]) -> Command {
    let mut cmd = relay_command();
    cmd.args(["--listen", "127.0.0.1:0"]).args(extra);
    cmd
}

#[test]
fn the_relay_speaks_https_with_a_certificate_and_refuses_plain_http() {
    let dir = tempfile::tempdir().unwrap();
    let (cert, key) = (format!("{FIXTURES}/cert.pem"), format!("{FIXTURES}/key.pem"));
    let db = dir.path().join("relay.sqlite");
    let mut child = relay(&["--tls-cert", &cert, "--tls-key", &key, "--db", db.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url = line.trim().strip_prefix("mappe-relay listening on ").unwrap().to_owned();
    assert!(url.starts_with("https://127.0.0.1:"), "{url}");

    let pem = std::fs::read(format!("{FIXTURES}/ca.pem")).unwrap();
    let roots: Vec<ureq::tls::Certificate<'static>> = ureq::tls::parse_pem(&pem)
        .filter_map(|item| match item.unwrap() {
            ureq::tls::PemItem::Certificate(c) => Some(c),
            _ => None,
        })
        .collect();
    let tls = ureq::tls::TlsConfig::builder().root_certs(ureq::tls::RootCerts::new_with_certs(&roots)).build();
    let agent: ureq::Agent = ureq::Agent::config_builder().tls_config(tls).http_status_as_error(false).build().into();
    let mut res = agent.get(format!("{url}/healthz")).call().unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.body_mut().read_to_string().unwrap().contains("ok"));
    let mut res = agent.get(format!("{url}/v1/shares/AAAAAAAAAAAAAAAAAAAAAA")).call().unwrap();
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&res.body_mut().read_to_string().unwrap()).unwrap()["error"],
        "not_found"
    );

    // A client that does not trust the certificate is refused by its own TLS check.
    let strict: ureq::Agent = ureq::Agent::config_builder().build().into();
    assert!(strict.get(format!("{url}/healthz")).call().is_err());

    // Plain HTTP on the TLS port gets no HTTP answer.
    let addr = url.strip_prefix("https://").unwrap();
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(15))).unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut got = Vec::new();
    let _ = s.read_to_end(&mut got);
    assert!(!got.starts_with(b"HTTP/1.1 200"), "plain HTTP was served on the TLS port");

    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn an_unusable_key_file_stops_the_start_with_one_sentence_without_its_content() {
    let dir = tempfile::tempdir().unwrap();
    let cert = format!("{FIXTURES}/cert.pem");
    let wrong_key = dir.path().join("wrong.pem");
    std::fs::write(&wrong_key, "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n").unwrap();
    let db = dir.path().join("relay.sqlite");
    let out = relay(&["--tls-cert", &cert, "--tls-key", wrong_key.to_str().unwrap(), "--db", db.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    let last = err.lines().last().unwrap();
    assert!(last.starts_with("error: cannot use the TLS certificate or key"), "{err}");
    assert!(!err.contains("not a key"), "the key file's content must not be printed: {err}");
}
