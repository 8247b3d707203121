//! Mappe's relay: stores and forwards share ciphertext.
//!
//! The relay knows ciphertext, public keys, signatures, sizes and times, never a key that
//! decrypts anything. It enforces what the holder signed (expiry, most opens, audience),
//! deletes content on revocation and expiry, and keeps an access log without IP addresses.
//! The HTTP API is specified in `docs/spec/relay-api-v1.md`.
//!
//! Depend on this crate to run a relay: the `mappe-relay` binary uses [`serve`], the CLI's
//! `mappe demo` uses [`start_in_thread`], and tests use [`create_app`] in-process. All
//! cryptography comes from `wallet-core`.

pub mod backup;
pub mod config;
pub mod directory;
pub mod http;
pub(crate) mod limits;
pub(crate) mod metrics;
pub mod relay_key;
pub mod replay;
pub(crate) mod request_log;
pub mod state;
pub mod stats;
pub mod store;
pub mod sweeper;

use std::net::SocketAddr;
use std::path::PathBuf;

pub use config::{Args, Config, ConfigError};
pub use http::create_app;
pub use state::{AppState, Clock};

/// Why the relay could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum RelayError {
    /// The database could not be opened or migrated.
    #[error("cannot open the database {path}: {reason}")]
    Store {
        /// The database file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// The request log could not be opened.
    #[error("cannot open the request log {path}: {source}")]
    RequestLog {
        /// The log file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The trust list file (`directory`) cannot be published.
    #[error(transparent)]
    Directory(#[from] directory::DirectoryError),
    /// The relay key file could not be read or created.
    #[error(transparent)]
    RelayKey(#[from] relay_key::RelayKeyError),
    /// The listening socket could not be bound.
    #[error("cannot listen on {addr}: {source}; is another relay running there?")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The I/O error.
        source: std::io::Error,
    },
    /// Serving failed or a thread could not start.
    #[error("the relay stopped: {0}")]
    Io(#[from] std::io::Error),
    /// The TLS certificate or key could not be used.
    #[error("cannot use the TLS certificate or key: {0}")]
    Tls(String),
    /// The relay thread ended before it was listening.
    #[error("the relay thread ended before it was listening")]
    ThreadEnded,
}

/// A relay bound to its socket, ready to serve.
pub struct Server {
    listener: tokio::net::TcpListener,
    state: AppState,
    addr: SocketAddr,
    tls: Option<tokio_rustls::TlsAcceptor>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("addr", &self.addr).field("tls", &self.tls.is_some()).finish_non_exhaustive()
    }
}

impl Server {
    /// Opens the store and binds the listening socket.
    pub async fn bind(config: Config) -> Result<Self, RelayError> {
        Self::bind_with_state(AppState::open(config)?).await
    }

    /// Binds the listening socket for an already opened state.
    pub async fn bind_with_state(state: AppState) -> Result<Self, RelayError> {
        let listen = state.config.listen;
        let listener =
            tokio::net::TcpListener::bind(listen).await.map_err(|source| RelayError::Bind { addr: listen, source })?;
        let addr = listener.local_addr()?;
        let tls = tls_acceptor(&state.config)?;
        Ok(Self { listener, state, addr, tls })
    }

    /// The state the server runs with (its store, settings and clock).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The address actually bound (the port is chosen when port 0 was asked for).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The short fingerprint of the relay's receipt key.
    pub fn relay_fingerprint(&self) -> String {
        self.state.relay_key.fingerprint()
    }

    /// The URL clients should use: `--public-url`, else `http(s)://<bound address>`.
    pub fn public_url(&self) -> String {
        self.state.config.public_url.clone().unwrap_or_else(|| self.local_url())
    }

    /// `https://<bound address>` with TLS, else `http://<bound address>`.
    pub fn local_url(&self) -> String {
        let scheme = if self.tls.is_some() { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    /// Serves (and sweeps) until `shutdown` completes, then finishes open requests.
    ///
    /// Its own accept loop rather than `axum::serve`, for hyper's header read timeout: a client
    /// that opens connections and sends nothing (or a header a byte a minute) is disconnected
    /// after `header_timeout` seconds, idle keep-alive connections too.
    pub async fn run(self, shutdown: impl std::future::Future<Output = ()> + Send + 'static) -> Result<(), RelayError> {
        let sweeper = tokio::spawn(sweeper::run(self.state.clone()));
        let header_timeout = std::time::Duration::from_secs(self.state.config.header_timeout);
        let app = create_app(self.state);
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let mut connections = tokio::task::JoinSet::new();
        tokio::pin!(shutdown);
        loop {
            let (stream, peer) = tokio::select! {
                accepted = self.listener.accept() => match accepted {
                    Ok(conn) => conn,
                    // Out of file descriptors and the like: wait instead of spinning.
                    Err(e) => {
                        tracing::warn!(error = %e, "accept failed");
                        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                        continue;
                    }
                },
                () = &mut shutdown => break,
            };
            let app = tower::Layer::layer(&axum::Extension(axum::extract::ConnectInfo(peer)), app.clone());
            let service = hyper_util::service::TowerToHyperService::new(app);
            let stop = stop_rx.clone();
            let tls = self.tls.clone();
            connections.spawn(async move {
                match tls {
                    None => serve_connection(stream, service, header_timeout, stop).await,
                    // The handshake gets the same time as a request's headers.
                    Some(acceptor) => match tokio::time::timeout(header_timeout, acceptor.accept(stream)).await {
                        Ok(Ok(stream)) => serve_connection(stream, service, header_timeout, stop).await,
                        Ok(Err(e)) => tracing::debug!(error = %e, "TLS handshake failed"),
                        Err(_) => tracing::debug!("TLS handshake timed out"),
                    },
                }
            });
            // Reap finished connections so the set does not grow with every client served.
            while connections.try_join_next().is_some() {}
        }
        let _ = stop_tx.send(true);
        while connections.join_next().await.is_some() {}
        sweeper.abort();
        Ok(())
    }
}

/// Serves HTTP/1.1 on one connection until it ends or the relay stops (then gracefully).
async fn serve_connection<I, S>(
    io: I,
    service: S,
    header_timeout: std::time::Duration,
    mut stop: tokio::sync::watch::Receiver<bool>,
) where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    S: hyper::service::Service<
            hyper::Request<hyper::body::Incoming>,
            Response = axum::response::Response,
            Error = std::convert::Infallible,
        > + Send
        + 'static,
    S::Future: Send + 'static,
{
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(header_timeout)
        .serve_connection(hyper_util::rt::TokioIo::new(io), service);
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => {}
        _ = stop.changed() => {
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}

/// The TLS acceptor for `tls_cert` and `tls_key` (ring, TLS 1.2 and 1.3, HTTP/1.1), if set.
fn tls_acceptor(config: &Config) -> Result<Option<tokio_rustls::TlsAcceptor>, RelayError> {
    use rustls_pki_types::pem::PemObject as _;
    use rustls_pki_types::{CertificateDer, PrivateKeyDer};
    let (Some(cert), Some(key)) = (&config.tls_cert, &config.tls_key) else { return Ok(None) };
    let certs = CertificateDer::pem_file_iter(cert)
        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
        .map_err(|e| RelayError::Tls(format!("{}: {e}", cert.display())))?;
    if certs.is_empty() {
        return Err(RelayError::Tls(format!("{}: no certificate in the file", cert.display())));
    }
    let key = PrivateKeyDer::from_pem_file(key).map_err(|e| RelayError::Tls(format!("{}: {e}", key.display())))?;
    let provider = std::sync::Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let mut server = tokio_rustls::rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| RelayError::Tls(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| RelayError::Tls(format!("the certificate and the key do not fit together: {e}")))?;
    server.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Some(tokio_rustls::TlsAcceptor::from(std::sync::Arc::new(server))))
}

/// Runs the relay for the `mappe-relay` binary: binds, prints
/// `mappe-relay listening on http(s)://<addr>` and then `mappe-relay key fingerprint <fp>` to
/// stdout, serves until SIGINT or SIGTERM.
pub async fn serve(config: Config) -> Result<(), RelayError> {
    use std::io::Write as _;
    let server = Server::bind(config).await?;
    let addr = server.local_addr();
    {
        let mut out = std::io::stdout().lock();
        // One write: a reader that stops after the first line must not make the second fail.
        let lines = format!(
            "mappe-relay listening on {}\nmappe-relay key fingerprint {}\n",
            server.local_url(),
            server.relay_fingerprint()
        );
        out.write_all(lines.as_bytes())?;
        out.flush()?;
    }
    tracing::info!(
        %addr,
        public_url = %server.public_url(),
        relay_key_fingerprint = %server.relay_fingerprint(),
        "relay started"
    );
    server.run(shutdown_signal()).await?;
    tracing::info!("relay stopped");
    Ok(())
}

/// Completes on SIGINT (Ctrl-C) or, on Unix, SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// A relay running on its own thread and tokio runtime (for synchronous embedders such as
/// `mappe demo`). Dropping it, or [`RunningRelay::shutdown`], stops it.
#[derive(Debug)]
pub struct RunningRelay {
    /// The bound address.
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl RunningRelay {
    /// `http://<addr>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops the relay and waits for its thread (open requests finish first).
    pub fn shutdown(mut self) {
        self.stop_and_join();
    }

    fn stop_and_join(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            tracing::error!("the relay thread panicked");
        }
    }
}

impl Drop for RunningRelay {
    fn drop(&mut self) {
        self.stop_and_join();
    }
}

/// Starts a relay on its own thread with its own tokio runtime; returns once it listens.
pub fn start_in_thread(config: Config) -> Result<RunningRelay, RelayError> {
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Result<SocketAddr, RelayError>>();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::Builder::new().name("mappe-relay".into()).spawn(move || {
        let runtime = match tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("mappe-relay-worker")
            .enable_all()
            .build()
        {
            Ok(rt) => rt,
            Err(e) => {
                let _ = ready_tx.send(Err(RelayError::Io(e)));
                return;
            }
        };
        runtime.block_on(async move {
            let server = match Server::bind(config).await {
                Ok(s) => s,
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                    return;
                }
            };
            let _ = ready_tx.send(Ok(server.local_addr()));
            let stop = async {
                let _ = stop_rx.await;
            };
            if let Err(e) = server.run(stop).await {
                tracing::error!(error = %e, "embedded relay stopped with an error");
            }
        });
    })?;
    match ready_rx.recv() {
        Ok(Ok(addr)) => Ok(RunningRelay { addr, stop: Some(stop_tx), thread: Some(thread) }),
        Ok(Err(e)) => {
            let _ = thread.join();
            Err(e)
        }
        Err(_) => {
            let _ = thread.join();
            Err(RelayError::ThreadEnded)
        }
    }
}
