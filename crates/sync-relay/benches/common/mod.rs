//! What the relay benches share: a minimal keep-alive HTTP/1.1 client and a load loop over
//! 64 connections that records latencies.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, dead_code, unreachable_pub)]

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt as _, AsyncReadExt as _, AsyncWriteExt as _, BufReader};
use tokio::net::TcpStream;

pub const CONNECTIONS: usize = 64;
pub const WARMUP: Duration = Duration::from_secs(1);
pub const MEASURE: Duration = Duration::from_secs(5);

/// A minimal keep-alive HTTP/1.1 client connection.
pub struct Conn {
    io: BufReader<TcpStream>,
    line: String,
}

impl Conn {
    pub async fn open(addr: SocketAddr) -> Self {
        let s = TcpStream::connect(addr).await.unwrap();
        s.set_nodelay(true).unwrap();
        Self { io: BufReader::new(s), line: String::new() }
    }

    /// Sends a prepared request and reads the answer; returns the status and body.
    pub async fn roundtrip(&mut self, request: &[u8]) -> (u16, Vec<u8>) {
        self.io.get_mut().write_all(request).await.unwrap();
        self.line.clear();
        self.io.read_line(&mut self.line).await.unwrap();
        let status: u16 = self.line.split_whitespace().nth(1).unwrap().parse().unwrap();
        let mut len = 0usize;
        loop {
            self.line.clear();
            self.io.read_line(&mut self.line).await.unwrap();
            let l = self.line.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':')
                && k.eq_ignore_ascii_case("content-length")
            {
                len = v.trim().parse().unwrap();
            }
        }
        let mut body = vec![0u8; len];
        self.io.read_exact(&mut body).await.unwrap();
        (status, body)
    }
}

pub fn get_request(addr: SocketAddr, path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n").into_bytes()
}

pub struct Result {
    pub rps: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
}

/// `CONNECTIONS` keep-alive connections sending `GET {path(i)}` (i counts up per connection
/// from a different start) for `WARMUP` + `MEASURE`; every answer must be 200.
pub async fn load(addr: SocketAddr, path: impl Fn(u64) -> String + Send + Sync + 'static) -> Result {
    let path = Arc::new(path);
    let start = Instant::now();
    let measure_from = start + WARMUP;
    let end = measure_from + MEASURE;
    let mut tasks = Vec::new();
    for c in 0..CONNECTIONS {
        let path = path.clone();
        tasks.push(tokio::spawn(async move {
            let mut conn = Conn::open(addr).await;
            let mut lat = Vec::with_capacity(100_000);
            let mut i = c as u64 * 1_000_003;
            loop {
                i += 1;
                let request = get_request(addr, &path(i));
                let t = Instant::now();
                if t >= end {
                    break;
                }
                let (status, _) = conn.roundtrip(&request).await;
                assert_eq!(status, 200);
                if t >= measure_from {
                    lat.push(t.elapsed().as_micros() as u32);
                }
            }
            lat
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all.sort_unstable();
    let pct = |p: f64| all[((all.len() as f64 * p) as usize).min(all.len() - 1)] as f64 / 1000.0;
    Result { rps: all.len() as f64 / MEASURE.as_secs_f64(), p50_ms: pct(0.50), p99_ms: pct(0.99) }
}
