//! The extractor server: binds, serves ExtractorService with health and
//! reflection, and stops on a shutdown signal.

use std::future::Future;
use std::net::SocketAddr;

use dealwire_proto::v1::extractor_service_server::ExtractorServiceServer;
use dealwire_server::settings::ServeOptions;
use tokio::net::TcpListener;

use crate::error::Error;
use crate::link::{LinkOptions, StoreLink};
use crate::pipeline::Extractor;
use crate::service::{ExtractorServer, MAX_ARTICLE_BYTES};

/// A bound, ready-to-run extractor server.
pub struct Application {
    listener: TcpListener,
    extractor: Extractor,
    store_url: Option<String>,
    link: LinkOptions,
    serve: ServeOptions,
    max_article_bytes: usize,
}

impl Application {
    /// Binds `listen` (port 0 picks a free port); Ingest forwards to `store_url`.
    pub async fn build(
        listen: &str,
        store_url: Option<&str>,
        extractor: Extractor,
    ) -> Result<Self, Error> {
        if let Some(u) = store_url {
            // Checked now so a bad URL stops start-up, not the first Ingest.
            StoreLink::new(u, LinkOptions::default())?;
        }
        let listener = TcpListener::bind(listen)
            .await
            .map_err(|e| Error::InvalidArgument(format!("cannot listen on {listen}: {e}")))?;
        Ok(Application {
            listener,
            extractor,
            store_url: store_url.map(str::to_string),
            link: LinkOptions::default(),
            serve: ServeOptions::default(),
            max_article_bytes: MAX_ARTICLE_BYTES,
        })
    }

    /// Talks to the store with these retry, batching and token settings.
    pub fn link_options(mut self, link: LinkOptions) -> Self {
        self.link = link;
        self
    }

    /// Serves with these reflection and token settings.
    pub fn serve_options(mut self, serve: ServeOptions) -> Self {
        self.serve = serve;
        self
    }

    /// Refuses articles longer than `bytes`.
    pub fn max_article_bytes(mut self, bytes: usize) -> Self {
        self.max_article_bytes = bytes.max(1024);
        self
    }

    /// The bound address.
    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// The bound port.
    pub fn port(&self) -> u16 {
        self.local_addr().port()
    }

    /// Serves until `shutdown` resolves, then finishes in-flight calls.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), tonic::transport::Error> {
        tracing::info!(addr = %self.local_addr(), "extractor serving");
        // The URL was checked in build().
        let link = self
            .store_url
            .as_deref()
            .and_then(|u| StoreLink::new(u, self.link.clone()).ok());
        let server = ExtractorServer::new(self.extractor, link, self.max_article_bytes);
        // Room for the largest article plus its envelope.
        let service = ExtractorServiceServer::new(server)
            .max_decoding_message_size(self.max_article_bytes + 64 * 1024);
        let guard = dealwire_server::Guard {
            writes: &["/dealwire.v1.ExtractorService/Ingest"],
            size_limit_hint: "the extractor's limit is set by --max-article-bytes (DEALWIRE_MAX_ARTICLE_BYTES)",
        };
        dealwire_server::serve(self.listener, service, &self.serve, guard, shutdown).await
    }
}
