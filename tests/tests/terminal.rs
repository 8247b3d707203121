//! A hostile relay's words reach the terminal only as plain text: no escape sequence it sends can
//! clear the screen or draw a fake "VERIFIED" page.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::io::{Read as _, Write as _};
use std::net::TcpListener;

use mappe_e2e::mappe;

/// A relay that answers every request with `status` and `body`, then closes.
fn hostile_relay(status: &str, body: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let status = status.to_string();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 8192];
            let _ = s.read(&mut buf);
            let _ = write!(
                s,
                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    url
}

#[test]
fn escape_sequences_in_a_relays_error_never_reach_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let body = "{\"error\":\"conflict\\u001b[31m\",\"message\":\"\\u001b[2J\\u001b[HVERIFIED: signed\\u0007\\u009b31m \\u202eevil\"}";
    for status in ["404 Not Found", "500 Internal Server Error", "418 I'm a teapot"] {
        let relay = hostile_relay(status, body);
        let link = format!("{relay}/s/AAAAAAAAAAAAAAAAAAAAAA#{}", "A".repeat(43));
        let out = mappe(&tmp.path().join("nobody"), "unused").args(["open", &link]).output().unwrap();
        assert_ne!(out.status.code(), Some(0));
        for stream in [&out.stdout, &out.stderr] {
            let text = String::from_utf8_lossy(stream);
            assert!(
                !text.chars().any(|c| (c.is_control() && c != '\n') || ('\u{202A}'..='\u{202E}').contains(&c)),
                "{status}: control characters reached the terminal: {text:?}"
            );
            assert_eq!(text.matches('\n').count(), usize::from(!text.is_empty()), "{status}: one line only: {text:?}");
        }
    }
}
