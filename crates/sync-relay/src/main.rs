//! `mappe-relay`: the relay server binary. Settings (file, environment, flags) →
//! [`sync_relay::Config`] → serve.

use std::io::Write as _;

use clap::Parser as _;
use tracing_subscriber::EnvFilter;

fn main() -> std::process::ExitCode {
    let args = sync_relay::Args::parse();
    let check_only = args.check_config;
    let stats = args.stats;
    let (backup_to, restore_from) = (args.backup_to.clone(), args.restore_from.clone());
    let config = match args.into_config() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("error: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    if (backup_to.is_some() || restore_from.is_some())
        && matches!(config.database(), sync_relay::config::Database::Postgres(_))
    {
        eprintln!(
            "error: --backup-to and --restore-from work on a SQLite database; back up PostgreSQL with \
             pg_dump or base backups (docs/operations.md)"
        );
        return std::process::ExitCode::from(2);
    }
    if let Some(to) = backup_to {
        return report(sync_relay::backup::backup(&config.db, &to), "backup written to", &to);
    }
    if let Some(from) = restore_from {
        return report(sync_relay::backup::restore(&from, &config.db), "database restored into", &config.db);
    }
    if stats {
        return print_stats(&config);
    }
    if check_only {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "# the settings are valid; in effect:\n{}", config.to_toml());
        return std::process::ExitCode::SUCCESS;
    }
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let served = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(sync_relay::RelayError::Io)
        .and_then(|runtime| runtime.block_on(sync_relay::serve(config)));
    match served {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Prints the outcome of a backup or restore: one line each way.
fn report(
    outcome: Result<sync_relay::backup::BackupReport, sync_relay::backup::BackupError>,
    done: &str,
    path: &std::path::Path,
) -> std::process::ExitCode {
    match outcome {
        Ok(r) => {
            println!(
                "{done} {}: {} bytes, {} shares (tombstones included), {} sync logs",
                path.display(),
                r.bytes,
                r.shares,
                r.sync_logs
            );
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Prints the aggregate counts as a table (`--stats`).
fn print_stats(config: &sync_relay::Config) -> std::process::ExitCode {
    let read =
        tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| e.to_string()).and_then(|rt| {
            rt.block_on(sync_relay::stats::read(config, wallet_core::share::now())).map_err(|e| e.to_string())
        });
    match read {
        Ok(report) => {
            print!("{}", sync_relay::stats::table(&report));
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
