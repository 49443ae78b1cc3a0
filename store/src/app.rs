//! The store server: binds, serves DealStoreService with health and
//! reflection, and stops on a shutdown signal.

use std::future::Future;
use std::net::SocketAddr;

use dealwire_proto::v1::deal_store_service_server::DealStoreServiceServer;
use dealwire_server::settings::ServeOptions;
use tokio::net::TcpListener;

use crate::config::Limits;

use crate::error::Error;
use crate::repo::Store;
use crate::service::StoreService;

/// A bound, ready-to-run store server.
pub struct Application {
    listener: TcpListener,
    store: Store,
    serve: ServeOptions,
    limits: Limits,
}

impl Application {
    /// Binds `listen` (port 0 picks a free port) to serve an opened store.
    pub async fn build(listen: &str, store: Store) -> Result<Self, Error> {
        let listener = TcpListener::bind(listen)
            .await
            .map_err(|e| Error::Config(format!("cannot listen on {listen}: {e}")))?;
        Ok(Application {
            listener,
            store,
            serve: ServeOptions::default(),
            limits: Limits::default(),
        })
    }

    /// Serves with these reflection and token settings.
    pub fn serve_options(mut self, serve: ServeOptions) -> Self {
        self.serve = serve;
        self
    }

    /// Enforces these request limits.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
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
        tracing::info!(addr = %self.local_addr(), "store serving");
        metrics::gauge!("dealwire_store_deals").set(self.store.deal_count() as f64);
        let service = DealStoreServiceServer::new(StoreService::new(self.store, self.limits))
            .max_decoding_message_size(self.limits.max_message_bytes);
        let guard = dealwire_server::Guard {
            writes: &["/dealwire.v1.DealStoreService/Ingest"],
            size_limit_hint: "the store's limit is set by --max-message-bytes (DEALWIRE_MAX_MESSAGE_BYTES)",
        };
        dealwire_server::serve(self.listener, service, &self.serve, guard, shutdown).await
    }
}
