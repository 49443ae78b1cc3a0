//! The dealwire contract, compiled from `dealwire/v1/*.proto`.
//!
//! [`v1`] holds the messages, the `ExtractorService` and `DealStoreService`
//! clients and servers; [`FILE_DESCRIPTOR_SET`] is the encoded descriptor set
//! that both servers hand to gRPC server reflection, and that tools use to
//! print messages in protobuf's JSON mapping. [`health_and_reflection`] is
//! what both servers add beside their own service, and [`serve`] runs either
//! on its listener.

/// Version 1 of the contract (`dealwire.v1`).
#[allow(missing_docs, clippy::all, clippy::pedantic, clippy::unwrap_used)]
pub mod v1 {
    tonic::include_proto!("dealwire.v1");
}

/// Encoded `google.protobuf.FileDescriptorSet` of the whole contract,
/// including the well-known types it imports.
pub const FILE_DESCRIPTOR_SET: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/dealwire_descriptor.bin"));

/// The routes every dealwire server serves beside its own service:
/// `grpc.health.v1` reporting `S` as serving, and server reflection (v1 and
/// v1alpha) describing the dealwire contract and the health service, so
/// `grpcurl` and `buf curl` work with no .proto files at hand.
pub async fn health_and_reflection<S: tonic::server::NamedService>() -> tonic::service::Routes {
    let (reporter, health) = tonic_health::server::health_reporter();
    reporter.set_serving::<S>().await;
    let reflection = || {
        tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
    };
    let mut routes = tonic::service::Routes::new(health);
    // Building fails only on a malformed descriptor set; both are compiled in.
    if let Ok(v1) = reflection().build_v1() {
        routes = routes.add_service(v1);
    }
    if let Ok(v1alpha) = reflection().build_v1alpha() {
        routes = routes.add_service(v1alpha);
    }
    routes
}

/// Serves `routes` on `listener` until `shutdown` resolves, then finishes
/// in-flight calls.
pub async fn serve(
    listener: tokio::net::TcpListener,
    routes: tonic::service::Routes,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), tonic::transport::Error> {
    tonic::transport::Server::builder()
        .add_routes(routes)
        .serve_with_incoming_shutdown(
            // Without TCP_NODELAY, small unary replies wait on Nagle's
            // algorithm (tens of milliseconds per call).
            tonic::transport::server::TcpIncoming::from(listener).with_nodelay(Some(true)),
            shutdown,
        )
        .await
}
