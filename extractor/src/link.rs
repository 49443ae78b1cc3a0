//! The extractor's link to the store. Deals travel in batches, each batch
//! its own store Ingest call, so that every answered call is a batch the
//! store has committed. A batch whose call fails because the store is down or
//! restarting is sent again with exponential backoff, for as long as the
//! retry budget and the caller's deadline allow. Re-sending is safe: the
//! store's Ingest is idempotent, so a batch committed just before a crash is
//! merged into itself, not stored twice.

use std::time::{Duration, Instant};

use backon::{ExponentialBuilder, Retryable};
use dealwire_proto::v1 as pb;
use dealwire_proto::v1::deal_store_service_client::DealStoreServiceClient;
use tonic::metadata::{AsciiMetadataValue, MetadataMap};
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Endpoint};
use tonic::{Code, Request, Status};

use crate::error::Error;

/// How the extractor talks to the store. Its Debug form hides the token.
#[derive(Clone)]
pub struct LinkOptions {
    /// Bearer token the store asks for, if any.
    pub token: Option<String>,
    /// How long one batch is retried while the store is unavailable.
    pub retry_for: Duration,
    /// Deals per store call.
    pub batch_deals: usize,
    /// Store calls of one Ingest stream in flight at once; reading the
    /// caller's stream pauses while all are busy, so memory stays bounded.
    pub in_flight: usize,
    /// For an `https://` store URL: the PEM certificate to trust instead of
    /// the system's roots.
    pub ca_pem: Option<Vec<u8>>,
    /// For an `https://` store URL: the name to check the certificate
    /// against, when not the URL's host.
    pub tls_domain: Option<String>,
}

impl std::fmt::Debug for LinkOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkOptions")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("retry_for", &self.retry_for)
            .field("batch_deals", &self.batch_deals)
            .field("in_flight", &self.in_flight)
            .field("ca_pem", &self.ca_pem.as_ref().map(Vec::len))
            .field("tls_domain", &self.tls_domain)
            .finish()
    }
}

impl Default for LinkOptions {
    fn default() -> Self {
        LinkOptions {
            token: None,
            retry_for: Duration::from_secs(10),
            batch_deals: 1_000,
            in_flight: 4,
            ca_pem: None,
            tls_domain: None,
        }
    }
}

/// Flags for the link to the store, shared by the binaries.
#[derive(clap::Args, Clone, Debug)]
pub struct LinkArgs {
    /// File holding the bearer token the store asks for; DEALWIRE_STORE_TOKEN
    /// may hold the token itself.
    #[arg(long, env = "DEALWIRE_STORE_TOKEN_FILE")]
    pub store_token_file: Option<std::path::PathBuf>,
    /// Seconds to keep retrying a batch while the store is unavailable
    /// (never past the caller's deadline).
    #[arg(long, env = "DEALWIRE_STORE_RETRY_SECS", default_value_t = 10.0)]
    pub store_retry_secs: f64,
    /// PEM certificate to trust for an https:// store (default: the
    /// system's roots).
    #[arg(long, env = "DEALWIRE_STORE_CA")]
    pub store_ca: Option<std::path::PathBuf>,
    /// Name to check the store's certificate against, when not its host.
    #[arg(long, env = "DEALWIRE_STORE_TLS_DOMAIN")]
    pub store_tls_domain: Option<String>,
}

impl LinkArgs {
    /// The link options these flags describe, with the token file read.
    pub fn options(&self) -> Result<LinkOptions, Error> {
        let token = dealwire_server::settings::read_token_text(
            "DEALWIRE_STORE_TOKEN",
            self.store_token_file.as_deref(),
        )
        .map_err(Error::InvalidArgument)?;
        let secs = self.store_retry_secs;
        if !(0.0..=86_400.0).contains(&secs) {
            return Err(Error::InvalidArgument(format!(
                "--store-retry-secs {secs} must be between 0 and 86400"
            )));
        }
        let ca_pem = match &self.store_ca {
            None => None,
            Some(p) => Some(std::fs::read(p).map_err(|e| {
                Error::InvalidArgument(format!("cannot read --store-ca {}: {e}", p.display()))
            })?),
        };
        Ok(LinkOptions {
            token,
            retry_for: Duration::from_secs_f64(secs),
            ca_pem,
            tls_domain: self.store_tls_domain.clone(),
            ..LinkOptions::default()
        })
    }
}

/// A lazily connected channel to the store; it reconnects by itself after
/// the store restarts.
#[derive(Clone, Debug)]
pub struct StoreLink {
    channel: Channel,
    url: String,
    token: Option<AsciiMetadataValue>,
    pub(crate) options: LinkOptions,
}

impl StoreLink {
    /// A link to the store at `url`; nothing is dialled until the first call.
    pub fn new(url: &str, options: LinkOptions) -> Result<Self, Error> {
        let mut endpoint = Endpoint::from_shared(url.to_string())
            .map_err(|e| Error::InvalidArgument(format!("store URL {url:?}: {e}")))?
            .connect_timeout(Duration::from_secs(2))
            .tcp_nodelay(true);
        if url.starts_with("https://") {
            let mut tls = ClientTlsConfig::new();
            tls = match &options.ca_pem {
                Some(pem) => tls.ca_certificate(Certificate::from_pem(pem)),
                None => tls.with_native_roots(),
            };
            if let Some(d) = &options.tls_domain {
                tls = tls.domain_name(d.clone());
            }
            endpoint = endpoint
                .tls_config(tls)
                .map_err(|e| Error::InvalidArgument(format!("store TLS settings: {e}")))?;
        }
        let token = match &options.token {
            None => None,
            Some(t) => {
                let mut v =
                    AsciiMetadataValue::try_from(format!("Bearer {}", t.trim())).map_err(|_| {
                        Error::InvalidArgument("the store token must be printable ASCII".into())
                    })?;
                v.set_sensitive(true);
                Some(v)
            }
        };
        Ok(StoreLink {
            channel: endpoint.connect_lazy(),
            url: url.to_string(),
            token,
            options,
        })
    }

    /// The store's URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Stores `deals` as one batch, retrying while the store is unavailable.
    /// Answers once the store has committed them.
    pub async fn send(
        &self,
        deals: Vec<pb::Deal>,
        deadline: Option<Instant>,
    ) -> Result<pb::DealStoreServiceIngestResponse, Status> {
        let attempt = || async {
            let mut request =
                Request::new(futures::stream::iter([pb::DealStoreServiceIngestRequest {
                    deals: deals.clone(),
                }]));
            if let Some(d) = deadline {
                request.set_timeout(d.saturating_duration_since(Instant::now()));
            }
            if let Some(t) = &self.token {
                request.metadata_mut().insert("authorization", t.clone());
            }
            DealStoreServiceClient::new(self.channel.clone())
                .ingest(request)
                .await
                .map(tonic::Response::into_inner)
        };
        let backoff = ExponentialBuilder::default()
            .with_min_delay(Duration::from_millis(50))
            .with_max_delay(Duration::from_secs(1))
            .with_jitter()
            .with_total_delay(Some(self.options.retry_for))
            .without_max_times();
        attempt
            .retry(backoff)
            .when(|s: &Status| retryable(s.code()))
            // Never sleep past the caller's deadline: answer while it can
            // still hear how far the stream got.
            .adjust(|_, pause| {
                pause.filter(|p| deadline.is_none_or(|d| Instant::now() + *p + ANSWER_MARGIN < d))
            })
            .notify(|s: &Status, pause: Duration| {
                tracing::warn!(code = ?s.code(), message = s.message(), ?pause, "store call failed; retrying");
            })
            .await
    }
}

/// Time kept before the caller's deadline to send the failure back.
const ANSWER_MARGIN: Duration = Duration::from_millis(250);

/// Codes worth another try: the store is down, restarting, or dropped the
/// connection mid-call. Ingest is idempotent, so a retry cannot duplicate.
fn retryable(code: Code) -> bool {
    matches!(code, Code::Unavailable | Code::Unknown | Code::Aborted)
}

/// The caller's deadline, from the `grpc-timeout` header.
pub fn deadline(metadata: &MetadataMap) -> Option<Instant> {
    let v = metadata.get("grpc-timeout")?.to_str().ok()?;
    let (digits, unit) = v.split_at(v.len().checked_sub(1)?);
    let n: u64 = digits.parse().ok()?;
    let d = match unit {
        "H" => Duration::from_secs(n.saturating_mul(3600)),
        "M" => Duration::from_secs(n.saturating_mul(60)),
        "S" => Duration::from_secs(n),
        "m" => Duration::from_millis(n),
        "u" => Duration::from_micros(n),
        "n" => Duration::from_nanos(n),
        _ => return None,
    };
    Instant::now().checked_add(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timeout(v: &str) -> Option<Duration> {
        let mut m = MetadataMap::new();
        m.insert("grpc-timeout", v.parse().expect("ascii"));
        deadline(&m).map(|d| d.saturating_duration_since(Instant::now()))
    }

    #[test]
    fn the_callers_deadline_is_read_from_grpc_timeout() {
        let d = timeout("1500m").expect("deadline");
        assert!(d <= Duration::from_millis(1500) && d > Duration::from_millis(1000));
        assert!(timeout("2S").expect("deadline") > Duration::from_secs(1));
        assert!(timeout("S").is_none());
        assert!(timeout("12x").is_none());
        assert!(timeout("").is_none());
        assert!(deadline(&MetadataMap::new()).is_none());
    }

    #[tokio::test]
    async fn the_store_token_never_shows_in_debug_output() {
        let o = LinkOptions {
            token: Some("s3cret-token".into()),
            ..LinkOptions::default()
        };
        assert!(!format!("{o:?}").contains("s3cret"));
        let link = StoreLink::new("http://127.0.0.1:1", o).expect("link");
        assert!(!format!("{link:?}").contains("s3cret"));
    }

    #[test]
    fn only_transient_failures_are_retried() {
        assert!(retryable(Code::Unavailable));
        assert!(!retryable(Code::InvalidArgument));
        assert!(!retryable(Code::Unauthenticated));
        assert!(!retryable(Code::DeadlineExceeded));
    }
}
