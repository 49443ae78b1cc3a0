//! The store server: binds, serves DealStoreService with health and
//! reflection, and stops on a shutdown signal.

use std::future::Future;
use std::net::SocketAddr;

use dealwire_proto::v1::deal_store_service_server::DealStoreServiceServer;
use tokio::net::TcpListener;

use crate::error::Error;
use crate::repo::Store;
use crate::service::StoreService;

/// Largest message the store accepts (64 MiB: a batch of 10,000 deals).
pub const MAX_MESSAGE: usize = 64 * 1024 * 1024;

/// A bound, ready-to-run store server.
pub struct Application {
    listener: TcpListener,
    store: Store,
}

impl Application {
    /// Binds `listen` (port 0 picks a free port) to serve an opened store.
    pub async fn build(listen: &str, store: Store) -> Result<Self, Error> {
        let listener = TcpListener::bind(listen)
            .await
            .map_err(|e| Error::Config(format!("cannot listen on {listen}: {e}")))?;
        Ok(Application { listener, store })
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
        let service = DealStoreServiceServer::new(StoreService::new(self.store))
            .max_decoding_message_size(MAX_MESSAGE);
        let routes =
            dealwire_proto::health_and_reflection::<DealStoreServiceServer<StoreService>>()
                .await
                .add_service(service);
        dealwire_proto::serve(self.listener, routes, shutdown).await
    }
}
