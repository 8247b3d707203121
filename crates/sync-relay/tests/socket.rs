//! One real-socket test: `start_in_thread` on 127.0.0.1:0 and plain HTTP/1.1 over TCP.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};

use common::{Upload, id, keys};
use wallet_core::crypto::sha256;
use wallet_core::share::request::sign_request;

struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

/// Sends one request on a fresh connection (`Connection: close`) and reads the answer.
fn http(addr: SocketAddr, head: &str, extra_headers: &[(String, String)], body: &[u8], chunked: bool) -> Answer {
    let mut s = TcpStream::connect(addr).unwrap();
    let mut req = format!("{head} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in extra_headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    if chunked {
        req.push_str("Transfer-Encoding: chunked\r\n\r\n");
        s.write_all(req.as_bytes()).unwrap();
        for c in body.chunks(4096) {
            if s.write_all(format!("{:x}\r\n", c.len()).as_bytes()).is_err()
                || s.write_all(c).is_err()
                || s.write_all(b"\r\n").is_err()
            {
                break;
            }
        }
        let _ = s.write_all(b"0\r\n\r\n");
    } else {
        req.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
        s.write_all(req.as_bytes()).unwrap();
        let _ = s.write_all(body);
    }
    let mut r = BufReader::new(s);
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    let status: u16 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    let mut headers = Vec::new();
    loop {
        line.clear();
        r.read_line(&mut line).unwrap();
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        let (k, v) = l.split_once(':').unwrap();
        headers.push((k.trim().to_owned(), v.trim().to_owned()));
    }
    let mut body = Vec::new();
    let len = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .map(|(_, v)| v.parse::<usize>().unwrap());
    match len {
        Some(n) => {
            body.resize(n, 0);
            r.read_exact(&mut body).unwrap();
        }
        None => {
            r.read_to_end(&mut body).unwrap();
        }
    }
    Answer { status, headers, body }
}

fn signed_headers(
    keys: &wallet_core::keys::WalletKeys,
    method: &str,
    path: &str,
    body: &[u8],
) -> Vec<(String, String)> {
    let h = sign_request(keys.identity(), method, path, wallet_core::share::now(), &sha256(body));
    vec![
        ("mappe-key".into(), h.key),
        ("mappe-time".into(), h.time),
        ("mappe-nonce".into(), h.nonce),
        ("mappe-signature".into(), h.signature),
    ]
}

#[test]
fn real_socket_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = sync_relay::Config::new(dir.path().join("relay.sqlite"));
    config.max_body = 64 * 1024;
    config.max_blob = 128 * 1024;
    let relay = sync_relay::start_in_thread(config).unwrap();
    assert!(relay.url().starts_with("http://127.0.0.1:"));
    assert_ne!(relay.addr.port(), 0);
    let addr = relay.addr;

    let a = http(addr, "GET /healthz", &[], b"", false);
    assert_eq!(a.status, 200);
    assert_eq!(a.json(), serde_json::json!({"status": "ok"}));

    let holder = keys(1);
    let sid = id(1);
    let path = format!("/v1/shares/{sid}");
    let up = Upload::new(wallet_core::share::now());
    let body = serde_json::to_vec(&up.body(&holder, &sid)).unwrap();
    let a = http(addr, &format!("PUT {path}"), &signed_headers(&holder, "PUT", &path, &body), &body, false);
    assert_eq!(a.status, 201, "{}", String::from_utf8_lossy(&a.body));

    let a = http(addr, &format!("GET {path}"), &[], b"", false);
    assert_eq!(a.status, 200);
    assert_eq!(a.header("cache-control"), Some("no-store"));
    assert_eq!(a.json()["opens"], 1);

    // Oversized: by Content-Length beyond every limit, and streamed (chunked) beyond the
    // route's limit. Both answer 413 with the JSON error.
    let big = vec![b'x'; 200 * 1024];
    let a = http(addr, &format!("PUT {path}"), &signed_headers(&holder, "PUT", &path, &big), &big, false);
    assert_eq!(a.status, 413);
    assert_eq!(a.json()["error"], "too_large");
    // Unsigned: refused on its headers, whatever the body.
    let a = http(addr, &format!("PUT {path}"), &[], &big, false);
    assert_eq!(a.status, 401);
    assert_eq!(a.json()["error"], "unauthorized");
    let a = http(
        addr,
        &format!("PUT {path}"),
        &signed_headers(&holder, "PUT", &path, &big[..100 * 1024]),
        &big[..100 * 1024],
        true,
    );
    assert_eq!(a.status, 413);
    assert_eq!(a.json()["error"], "too_large");

    let revoke = format!("{path}/revoke");
    let a = http(addr, &format!("POST {revoke}"), &signed_headers(&holder, "POST", &revoke, b""), b"", false);
    assert_eq!(a.status, 200);
    let a = http(addr, &format!("GET {path}"), &[], b"", false);
    assert_eq!(a.status, 410);
    assert_eq!(a.json()["error"], "revoked");

    relay.shutdown();
    assert!(TcpStream::connect(addr).is_err(), "still listening after shutdown");
}

fn relay_with(adjust: impl FnOnce(&mut sync_relay::Config)) -> (tempfile::TempDir, sync_relay::RunningRelay) {
    let dir = tempfile::tempdir().unwrap();
    let mut config = sync_relay::Config::new(dir.path().join("relay.sqlite"));
    adjust(&mut config);
    let relay = sync_relay::start_in_thread(config).unwrap();
    (dir, relay)
}

/// Reads until the server closes the connection or `limit` passes; returns what came and when.
fn read_until_closed(s: &mut TcpStream, limit: std::time::Duration) -> (Vec<u8>, std::time::Duration) {
    let start = std::time::Instant::now();
    s.set_read_timeout(Some(limit)).unwrap();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => got.extend_from_slice(&buf[..n]),
        }
    }
    (got, start.elapsed())
}

#[test]
fn idle_and_slow_clients_are_cut_off() {
    let (_dir, relay) = relay_with(|c| {
        c.header_timeout = 1;
        c.body_timeout = 1;
    });
    // A connection that sends nothing, and one that sends half a request line.
    for first in [&b""[..], b"GET /heal"] {
        let mut s = TcpStream::connect(relay.addr).unwrap();
        s.write_all(first).unwrap();
        let (_, took) = read_until_closed(&mut s, std::time::Duration::from_secs(10));
        assert!(took < std::time::Duration::from_secs(5), "an idle connection stayed open {took:?}");
    }
    // A body that stops arriving: 408 with the JSON error, within seconds.
    let holder = keys(1);
    let sid = id(2);
    let path = format!("/v1/shares/{sid}");
    let body = vec![b'{'; 5000];
    let mut s = TcpStream::connect(relay.addr).unwrap();
    let mut head = format!("PUT {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in signed_headers(&holder, "PUT", &path, &body) {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(&body[..100]).unwrap();
    let (got, took) = read_until_closed(&mut s, std::time::Duration::from_secs(10));
    let text = String::from_utf8_lossy(&got);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("\"error\":\"timeout\""), "{text}");
    assert!(took < std::time::Duration::from_secs(5), "{took:?}");
}

#[test]
fn request_bodies_in_flight_share_a_bounded_budget() {
    let (_dir, relay) = relay_with(|c| {
        c.max_body = 64 * 1024;
        c.max_blob = 96 * 1024;
        c.max_log_body = 64 * 1024;
        c.max_body_memory = 128 * 1024;
        c.body_timeout = 20;
    });
    let holder = keys(1);
    let sid = id(3);
    let path = format!("/v1/shares/{sid}/blobs/0");
    // A slow upload that declares 96 KiB holds 96 of the 128 KiB while it trickles in.
    let body = vec![7u8; 96 * 1024];
    let mut slow = TcpStream::connect(relay.addr).unwrap();
    let mut head = format!("PUT {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in signed_headers(&holder, "PUT", &path, &body) {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    slow.write_all(head.as_bytes()).unwrap();
    slow.write_all(&body[..1024]).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    // A second upload of 64 KiB does not fit beside it: 503 busy, after a short wait.
    let share = format!("/v1/shares/{}", id(4));
    let big = vec![b'x'; 60 * 1024];
    let a = http(relay.addr, &format!("PUT {share}"), &signed_headers(&holder, "PUT", &share, &big), &big, false);
    assert_eq!(a.status, 503, "{}", String::from_utf8_lossy(&a.body));
    assert_eq!(a.json()["error"], "busy");
    // Small requests still pass, and once the slow upload is gone the budget is back.
    assert_eq!(http(relay.addr, "GET /healthz", &[], b"", false).status, 200);
    drop(slow);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let a = http(relay.addr, &format!("PUT {share}"), &signed_headers(&holder, "PUT", &share, &big), &big, false);
    assert_ne!(a.status, 503, "{}", String::from_utf8_lossy(&a.body));
}
