//! `cf-sim` binary: parse the CLI, start the simulator, print
//! `listening on http://ADDR` as the first stdout line, run until SIGINT/SIGTERM.

use std::io::Write;

use clap::Parser;
use tokio::signal::unix::{SignalKind, signal};

fn main() -> std::process::ExitCode {
    let cfg = cf_sim::Config::parse();
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cf-sim: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    rt.block_on(async move {
        // Handlers first: a signal sent right after the "listening" line must
        // not hit the default disposition (which would kill the process).
        let (mut term, mut int) = match (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) {
            (Ok(t), Ok(i)) => (t, i),
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("cf-sim: cannot install signal handlers: {e}");
                return std::process::ExitCode::FAILURE;
            }
        };
        let running = match cf_sim::start(cfg).await {
            Ok(r) => r,
            Err(e) => {
                eprintln!("cf-sim: {e}");
                return std::process::ExitCode::FAILURE;
            }
        };
        let mut out = std::io::stdout();
        let _ = writeln!(out, "listening on {}", running.url());
        if let Some(edge) = running.edge_addr() {
            let _ = writeln!(out, "edge (TLS, SNI) on {edge}");
        }
        let _ = out.flush();
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
        running.stop().await;
        std::process::ExitCode::SUCCESS
    })
}
