//! `cf-sim` binary: parse the CLI, start the simulator, print
//! `listening on http://ADDR` as the first stdout line, run until SIGINT/SIGTERM.

use std::io::Write;

use clap::Parser;

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
        let running = match cf_sim::start(cfg).await {
            Ok(r) => r,
            Err(e) => {
                eprintln!("cf-sim: {e}");
                return std::process::ExitCode::FAILURE;
            }
        };
        let mut out = std::io::stdout();
        let _ = writeln!(out, "listening on {}", running.url());
        let _ = out.flush();
        wait_for_signal().await;
        running.stop().await;
        std::process::ExitCode::SUCCESS
    })
}

async fn wait_for_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    match signal(SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        }
        Err(_) => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}
