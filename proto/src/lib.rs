//! The dealwire contract, compiled from `dealwire/v1/*.proto`.
//!
//! [`v1`] holds the messages, the `ExtractorService` and `DealStoreService`
//! clients and servers; [`FILE_DESCRIPTOR_SET`] is the encoded descriptor set
//! that both servers hand to gRPC server reflection, and that tools use to
//! print messages in protobuf's JSON mapping. [`health_and_reflection`] is
//! what both servers add beside their own service, and [`serve`] runs either
//! on its listener behind the [`edge`] layer (request ids, bearer tokens,
//! metrics). [`settings`] holds the serving flags both binaries share;
//! [`codec`] is the prost codec the generated code uses.

pub mod codec;
pub mod edge;
pub mod settings;

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

/// What a server guards beyond the shared [`settings::ServeOptions`].
#[derive(Clone, Copy, Debug)]
pub struct Guard {
    /// Full method paths that write, for the bearer-token scope `writes`.
    pub writes: &'static [&'static str],
    /// How an operator raises the message-size limit, for the error message.
    pub size_limit_hint: &'static str,
}

/// Serves `service` beside health and (unless turned off) reflection on
/// `listener`, behind the [`edge`] layer and over TLS as `options` say,
/// until `shutdown` resolves, then finishes in-flight calls.
pub async fn serve<S>(
    listener: tokio::net::TcpListener,
    service: S,
    options: &settings::ServeOptions,
    guard: Guard,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), tonic::transport::Error>
where
    S: tower_service::Service<
            http::Request<tonic::body::Body>,
            Response = http::Response<tonic::body::Body>,
            Error = std::convert::Infallible,
        > + tonic::server::NamedService
        + Clone
        + Send
        + Sync
        + 'static,
    S::Future: Send + 'static,
{
    let routes = health_and_reflection::<S>(options.reflection)
        .await
        .add_service(service);
    let policy = edge::Policy {
        token: options.token.clone(),
        scope: options.scope,
        writes: guard.writes,
        size_limit_hint: guard.size_limit_hint,
    };
    let mut builder = tonic::transport::Server::builder();
    if let Some(id) = &options.tls {
        builder = builder.tls_config(tonic::transport::ServerTlsConfig::new().identity(
            tonic::transport::Identity::from_pem(&id.cert_pem, &id.key_pem),
        ))?;
    }
    builder
        .layer(edge::EdgeLayer::new(policy))
        .add_routes(routes)
        .serve_with_incoming_shutdown(
            // Without TCP_NODELAY, small unary replies wait on Nagle's
            // algorithm (tens of milliseconds per call).
            tonic::transport::server::TcpIncoming::from(listener).with_nodelay(Some(true)),
            shutdown,
        )
        .await
}

/// Asks the server at `url` whether `service` is serving, through
/// `grpc.health.v1.Health/Check`. For container health checks.
pub async fn check_health(url: &str, service: &str) -> Result<(), String> {
    use tonic_health::pb::health_check_response::ServingStatus;
    let channel = tonic::transport::Endpoint::from_shared(url.to_string())
        .map_err(|e| format!("{url:?} is not a URL: {e}"))?
        .connect_timeout(std::time::Duration::from_secs(2))
        .timeout(std::time::Duration::from_secs(2))
        .connect()
        .await
        .map_err(|e| format!("cannot connect to {url}: {e}"))?;
    let status = tonic_health::pb::health_client::HealthClient::new(channel)
        .check(tonic_health::pb::HealthCheckRequest {
            service: service.to_string(),
        })
        .await
        .map_err(|e| format!("{url}: {}", e.message()))?
        .into_inner()
        .status();
    if status == ServingStatus::Serving {
        Ok(())
    } else {
        Err(format!("{url}: {service} is {}", status.as_str_name()))
    }
}
