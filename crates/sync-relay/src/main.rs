//! `mappe-relay`: the relay server binary. Arguments → [`sync_relay::Config`] → serve.

use clap::Parser as _;
use tracing_subscriber::EnvFilter;

fn main() -> anyhow::Result<()> {
    let config = sync_relay::Args::parse().into_config()?;
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(sync_relay::serve(config))?;
    Ok(())
}
