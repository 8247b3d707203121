//! The request log file: one JSON line per request, written by its own thread so the async
//! runtime never waits on the disk. What goes into a line is decided in `http` (paths with
//! tokens redacted).

use std::io::Write as _;
use std::path::Path;
use std::sync::mpsc;

/// Appends one JSON line per request to a file, from its own thread so the async runtime
/// never waits on the disk.
#[derive(Debug, Clone)]
pub(crate) struct RequestLog {
    tx: mpsc::Sender<String>,
}

impl RequestLog {
    /// Opens `path` for appending and starts the writing thread.
    pub(crate) fn open(path: &Path) -> std::io::Result<Self> {
        let mut options = std::fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(path)?;
        let (tx, rx) = mpsc::channel::<String>();
        std::thread::Builder::new().name("mappe-relay-request-log".into()).spawn(move || {
            let mut out = std::io::BufWriter::new(file);
            while let Ok(line) = rx.recv() {
                let mut ok = writeln!(out, "{line}").is_ok();
                while let Ok(more) = rx.try_recv() {
                    ok &= writeln!(out, "{more}").is_ok();
                }
                ok &= out.flush().is_ok();
                if !ok {
                    tracing::error!("cannot write the request log");
                }
            }
        })?;
        Ok(Self { tx })
    }

    /// Queues one line (dropped only if the writing thread has stopped).
    pub(crate) fn write(&self, line: String) {
        // The thread ends only when every sender is gone.
        let _ = self.tx.send(line);
    }
}
