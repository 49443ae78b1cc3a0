//! The routes every dealwire server adds beside its own service: health and
//! server reflection.

use dealwire_proto::FILE_DESCRIPTOR_SET;

/// The routes every dealwire server serves beside its own service:
/// `grpc.health.v1` reporting `S` as serving, and server reflection (v1 and
/// v1alpha), so `grpcurl` and `buf curl` work with no .proto files at hand.
/// Reflection lists only what this server serves: `S`, health and
/// reflection itself, though the descriptor set it draws on describes both
/// dealwire services. With `reflection` false only health is added.
pub async fn health_and_reflection<S: tonic::server::NamedService>(
    serve_reflection: bool,
) -> tonic::service::Routes {
    let (reporter, health) = tonic_health::server::health_reporter();
    reporter.set_serving::<S>().await;
    let mut routes = tonic::service::Routes::new(health);
    if !serve_reflection {
        return routes;
    }
    let reflection = |itself: &str| {
        tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
            .with_service_name(S::NAME)
            .with_service_name(HEALTH)
            .with_service_name(itself)
    };
    // Building fails only on a malformed descriptor set; both are compiled in.
    if let Ok(v1) = reflection(REFLECTION_V1).build_v1() {
        routes = routes.add_service(v1);
    }
    if let Ok(v1alpha) = reflection(REFLECTION_V1ALPHA).build_v1alpha() {
        routes = routes.add_service(v1alpha);
    }
    routes
}

/// The health service's full name.
const HEALTH: &str = "grpc.health.v1.Health";
/// The reflection services' full names, one per version.
const REFLECTION_V1: &str = "grpc.reflection.v1.ServerReflection";
const REFLECTION_V1ALPHA: &str = "grpc.reflection.v1alpha.ServerReflection";
