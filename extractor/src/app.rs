//! The extractor server: binds, serves ExtractorService with health and
//! reflection, and stops on a shutdown signal.

use std::future::Future;
use std::net::SocketAddr;

use dealwire_proto::v1::extractor_service_server::ExtractorServiceServer;
use tokio::net::TcpListener;

use crate::error::Error;
use crate::pipeline::Extractor;
use crate::service::{ExtractorServer, MAX_ARTICLE_BYTES};

/// A bound, ready-to-run extractor server.
pub struct Application {
    listener: TcpListener,
    server: ExtractorServer,
}

impl Application {
    /// Binds `listen` (port 0 picks a free port); Ingest forwards to `store_url`.
    pub async fn build(
        listen: &str,
        store_url: Option<&str>,
        extractor: Extractor,
    ) -> Result<Self, Error> {
        let server = ExtractorServer::new(extractor, store_url)?;
        let listener = TcpListener::bind(listen)
            .await
            .map_err(|e| Error::InvalidArgument(format!("cannot listen on {listen}: {e}")))?;
        Ok(Application { listener, server })
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
        // Room for the largest article plus its envelope.
        let service = ExtractorServiceServer::new(self.server)
            .max_decoding_message_size(MAX_ARTICLE_BYTES + 64 * 1024);
        let routes =
            dealwire_proto::health_and_reflection::<ExtractorServiceServer<ExtractorServer>>()
                .await
                .add_service(service);
        dealwire_proto::serve(self.listener, routes, shutdown).await
    }
}
