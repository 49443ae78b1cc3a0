//! The `store` binary as an operator runs it: it logs where it serves (and
//! where its metrics are), answers its own `health` command, and stops
//! cleanly on SIGTERM.
//!
//! Being an integration test of this package, it also makes
//! `cargo test --workspace` build the binary, which the workspace's fault
//! tests (`tests/kill_and_resume.rs`) run as a separate process.

use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

/// The address in a JSON log line whose message starts with `what`
/// ("store serving", "metrics serving").
fn logged_addr(line: &str, what: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let fields = v.get("fields")?;
    fields
        .get("message")?
        .as_str()?
        .starts_with(what)
        .then(|| fields.get("addr")?.as_str().map(str::to_string))
        .flatten()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

#[tokio::test]
async fn the_store_binary_logs_its_addresses_reports_healthy_and_stops_on_sigterm() {
    let metrics = format!("127.0.0.1:{}", free_port());
    let mut child = Command::new(env!("CARGO_BIN_EXE_store"))
        .args(["serve", "--listen", "127.0.0.1:0", "--log-json"])
        .args(["--metrics-listen", &metrics])
        .args(["--database", "sqlite::memory:"])
        .env("RUST_LOG", "info")
        .env_remove("DEALWIRE_AUTH_TOKEN")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("the store starts");
    let stderr = child.stderr.take().expect("stderr is piped");
    let mut lines = BufReader::new(stderr).lines();
    let (addr, metrics_logged) = tokio::time::timeout(Duration::from_secs(60), async {
        let mut metrics_logged = None;
        while let Ok(Some(line)) = lines.next_line().await {
            metrics_logged = metrics_logged.or_else(|| logged_addr(&line, "metrics serving"));
            if let Some(addr) = logged_addr(&line, "store serving") {
                return Some((addr, metrics_logged));
            }
        }
        None
    })
    .await
    .expect("the store serves within a minute")
    .expect("the store logs the address it serves on");
    assert_eq!(
        metrics_logged.as_deref(),
        Some(metrics.as_str()),
        "the metrics address is logged before the store serves"
    );
    // Keep draining its log so it never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });

    let health = Command::new(env!("CARGO_BIN_EXE_store"))
        .args(["health", "--url", &format!("http://{addr}")])
        .output()
        .await
        .expect("store health runs");
    assert!(
        health.status.success(),
        "store health failed: {}",
        String::from_utf8_lossy(&health.stderr)
    );

    let pid = child.id().expect("the store is running");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let status = tokio::time::timeout(Duration::from_secs(30), child.wait())
        .await
        .expect("the store stops within 30 s of SIGTERM")
        .expect("the store's exit status");
    assert!(status.success(), "the store exited with {status}");
}
