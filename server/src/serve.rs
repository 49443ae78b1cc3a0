//! Runs one dealwire service on its listener: behind the [`edge`]
//! layer, beside health and reflection, over TLS when configured, until shut
//! down.

use crate::edge;
use crate::routes::health_and_reflection;
use crate::settings;

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
