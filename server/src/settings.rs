//! Serving settings both binaries share: reflection, the bearer token and
//! the metrics endpoint, read from flags, environment and files.

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::edge::{AuthScope, Token};

/// Environment variable that may hold the bearer token itself.
pub const TOKEN_ENV: &str = "DEALWIRE_AUTH_TOKEN";

/// How a server presents itself beyond its own RPCs.
#[derive(clap::Args, Clone, Debug)]
pub struct ServeArgs {
    /// Serve gRPC server reflection (`true` or `false`).
    #[arg(long, env = "DEALWIRE_REFLECTION", default_value_t = true, action = clap::ArgAction::Set)]
    pub reflection: bool,
    /// File holding the bearer token callers must send. The token may also
    /// come from DEALWIRE_AUTH_TOKEN; with neither, no token is asked for.
    #[arg(long, env = "DEALWIRE_AUTH_TOKEN_FILE")]
    pub auth_token_file: Option<PathBuf>,
    /// Which calls need the token: `writes` (Ingest) or `all` (every call
    /// but the health checks).
    #[arg(long, env = "DEALWIRE_AUTH_SCOPE", value_enum, default_value_t = AuthScope::Writes)]
    pub auth_scope: AuthScope,
    /// PEM certificate chain to serve TLS with (needs --tls-key).
    #[arg(long, env = "DEALWIRE_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key of --tls-cert.
    #[arg(long, env = "DEALWIRE_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Address to serve Prometheus metrics on (`GET /metrics`); off when unset.
    #[arg(long, env = "DEALWIRE_METRICS_LISTEN")]
    pub metrics_listen: Option<SocketAddr>,
}

/// What a server enforces and offers besides its service.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// Whether reflection is served.
    pub reflection: bool,
    /// The token callers must present, if any.
    pub token: Option<Token>,
    /// Which calls need it.
    pub scope: AuthScope,
    /// Serve TLS with this certificate and key; plain HTTP/2 when `None`.
    pub tls: Option<TlsIdentity>,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            reflection: true,
            token: None,
            scope: AuthScope::Writes,
            tls: None,
        }
    }
}

/// A PEM certificate chain and its private key; Debug never shows the key.
#[derive(Clone)]
pub struct TlsIdentity {
    /// The certificate chain, PEM.
    pub cert_pem: Vec<u8>,
    /// The private key, PEM.
    pub key_pem: Vec<u8>,
}

impl std::fmt::Debug for TlsIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TlsIdentity(<certificate and redacted key>)")
    }
}

impl ServeArgs {
    /// The options these settings describe, with the token file read.
    pub fn options(&self) -> Result<ServeOptions, String> {
        Ok(ServeOptions {
            reflection: self.reflection,
            token: self.token_text()?.as_deref().and_then(Token::new),
            scope: self.auth_scope,
            tls: match (&self.tls_cert, &self.tls_key) {
                (Some(cert), Some(key)) => Some(TlsIdentity {
                    cert_pem: read(cert)?,
                    key_pem: read(key)?,
                }),
                _ => None,
            },
        })
    }

    /// The token's text, for a process that also calls itself (the
    /// all-in-one binary's extractor calling its store).
    pub fn token_text(&self) -> Result<Option<String>, String> {
        read_token_text(TOKEN_ENV, self.auth_token_file.as_deref())
    }

    /// Starts the Prometheus endpoint if one is configured. Call once, inside
    /// the runtime.
    pub fn install_metrics(&self) -> Result<(), String> {
        let Some(addr) = self.metrics_listen else {
            return Ok(());
        };
        const SECONDS: &[f64] = &[
            0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
        ];
        metrics_exporter_prometheus::PrometheusBuilder::new()
            .with_http_listener(addr)
            .set_buckets(SECONDS)
            .and_then(|b| b.install())
            .map_err(|e| format!("cannot serve metrics on {addr}: {e}"))?;
        // Bound by now: the exporter binds its listener as it installs.
        tracing::info!(%addr, "metrics serving on http://{addr}/metrics");
        Ok(())
    }
}

fn read(p: &std::path::Path) -> Result<Vec<u8>, String> {
    std::fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()))
}

/// A token's text from the environment variable `env` or else from `file`,
/// trimmed; `None` when neither holds one.
pub fn read_token_text(
    env: &str,
    file: Option<&std::path::Path>,
) -> Result<Option<String>, String> {
    if let Ok(t) = std::env::var(env)
        && !t.trim().is_empty()
    {
        return Ok(Some(t.trim().to_string()));
    }
    match file {
        None => Ok(None),
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .map_err(|e| format!("cannot read the token file {}: {e}", p.display()))?;
            let text = text.trim();
            if text.is_empty() {
                return Err(format!("the token file {} is empty", p.display()));
            }
            Ok(Some(text.to_string()))
        }
    }
}
