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

pub mod config;
pub mod http;
pub mod replay;
pub(crate) mod request_log;
pub mod state;
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
    /// The relay thread ended before it was listening.
    #[error("the relay thread ended before it was listening")]
    ThreadEnded,
}

/// A relay bound to its socket, ready to serve.
#[derive(Debug)]
pub struct Server {
    listener: tokio::net::TcpListener,
    state: AppState,
    addr: SocketAddr,
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
        Ok(Self { listener, state, addr })
    }

    /// The state the server runs with (its store, settings and clock).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The address actually bound (the port is chosen when port 0 was asked for).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The URL clients should use: `--public-url`, else `http://<bound address>`.
    pub fn public_url(&self) -> String {
        self.state.config.public_url.clone().unwrap_or_else(|| format!("http://{}", self.addr))
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
            let (stream, _) = tokio::select! {
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
            let service = hyper_util::service::TowerToHyperService::new(app.clone());
            let mut stop = stop_rx.clone();
            connections.spawn(async move {
                let conn = hyper::server::conn::http1::Builder::new()
                    .timer(hyper_util::rt::TokioTimer::new())
                    .header_read_timeout(header_timeout)
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
                tokio::pin!(conn);
                tokio::select! {
                    _ = conn.as_mut() => {}
                    _ = stop.changed() => {
                        conn.as_mut().graceful_shutdown();
                        let _ = conn.await;
                    }
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

/// Runs the relay for the `mappe-relay` binary: binds, prints
/// `mappe-relay listening on http://<addr>` to stdout, serves until SIGINT or SIGTERM.
pub async fn serve(config: Config) -> Result<(), RelayError> {
    use std::io::Write as _;
    let server = Server::bind(config).await?;
    let addr = server.local_addr();
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "mappe-relay listening on http://{addr}")?;
        out.flush()?;
    }
    tracing::info!(%addr, public_url = %server.public_url(), "relay started");
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
