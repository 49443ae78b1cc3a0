//! The routes every dealwire server adds beside its own service: health and
//! server reflection.

use dealwire_proto::FILE_DESCRIPTOR_SET;

/// The routes every dealwire server serves beside its own service:
/// `grpc.health.v1` reporting `S` as serving, and server reflection (v1 and
/// v1alpha) describing the dealwire contract and the health service, so
/// `grpcurl` and `buf curl` work with no .proto files at hand.
/// With `reflection` false only health is added.
pub async fn health_and_reflection<S: tonic::server::NamedService>(
    serve_reflection: bool,
) -> tonic::service::Routes {
    let (reporter, health) = tonic_health::server::health_reporter();
    reporter.set_serving::<S>().await;
    let reflection = || {
        tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
    };
    let mut routes = tonic::service::Routes::new(health);
    if !serve_reflection {
        return routes;
    }
    // Building fails only on a malformed descriptor set; both are compiled in.
    if let Ok(v1) = reflection().build_v1() {
        routes = routes.add_service(v1);
    }
    if let Ok(v1alpha) = reflection().build_v1alpha() {
        routes = routes.add_service(v1alpha);
    }
    routes
}
