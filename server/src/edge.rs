//! The edge both servers put in front of their routes: one tower layer that
//! gives every call a request id and a tracing span, checks the bearer token,
//! records Prometheus metrics, and reports an oversized message as
//! RESOURCE_EXHAUSTED.
//!
//! A gRPC status travels either in the response headers (a call that failed
//! before answering) or in the trailers at the end of the body, so the layer
//! wraps the body and reads the code when the trailers go by.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use http::{HeaderMap, HeaderValue, Request, Response};
use http_body::Frame;
use sha2::{Digest, Sha256};
use tonic::body::Body;
use tonic::{Code, Status};
use tracing::Instrument;

/// Header carrying the request id, read from the caller or made up.
pub const REQUEST_ID: &str = "x-request-id";

/// Which calls need the bearer token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AuthScope {
    /// Only writes (the Ingest RPCs).
    Writes,
    /// Every call except the health checks.
    All,
}

/// A bearer token; its Debug form never shows it.
#[derive(Clone)]
pub struct Token {
    digest: [u8; 32],
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

impl Token {
    /// A token from its text, surrounding whitespace trimmed; `None` if empty.
    pub fn new(text: &str) -> Option<Token> {
        let text = text.trim();
        (!text.is_empty()).then(|| Token {
            digest: Sha256::digest(text.as_bytes()).into(),
        })
    }

    /// Whether `given` is this token. Digests are compared, so the time taken
    /// says nothing about how much of the token a guess got right.
    fn matches(&self, given: &str) -> bool {
        let d: [u8; 32] = Sha256::digest(given.as_bytes()).into();
        d.iter()
            .zip(self.digest.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    }
}

/// What the edge enforces.
#[derive(Clone, Debug)]
pub struct Policy {
    /// The token callers must present, if any.
    pub token: Option<Token>,
    /// Which calls need it.
    pub scope: AuthScope,
    /// Full method paths that write (`/package.Service/Method`).
    pub writes: &'static [&'static str],
    /// How an operator raises the message-size limit, for the error message.
    pub size_limit_hint: &'static str,
}

impl Policy {
    /// No token; nothing but the size hint.
    pub fn open(size_limit_hint: &'static str) -> Policy {
        Policy {
            token: None,
            scope: AuthScope::Writes,
            writes: &[],
            size_limit_hint,
        }
    }

    fn authorize(&self, method: &str, headers: &HeaderMap) -> Result<(), Status> {
        let Some(token) = &self.token else {
            return Ok(());
        };
        let needed = if method.starts_with("/grpc.health.v1.") {
            false
        } else {
            match self.scope {
                AuthScope::All => true,
                AuthScope::Writes => self.writes.contains(&method),
            }
        };
        if !needed {
            return Ok(());
        }
        let given = headers
            .get(http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        match given {
            None => Err(Status::unauthenticated(
                "this call needs a bearer token: send the metadata `authorization: Bearer <token>`",
            )),
            Some(t) if token.matches(t.trim()) => Ok(()),
            Some(_) => Err(Status::unauthenticated("the bearer token is not valid")),
        }
    }

    /// tonic answers an oversized message with OUT_OF_RANGE; gRPC's status
    /// guide and callers' retry logic expect RESOURCE_EXHAUSTED.
    fn remap(&self, status: &Status) -> Option<Status> {
        (status.code() == Code::OutOfRange && status.message().contains("message length too large"))
            .then(|| {
                Status::resource_exhausted(format!(
                    "{}; {}",
                    status.message(),
                    self.size_limit_hint
                ))
            })
    }
}

/// The [`tower_layer::Layer`] applying a [`Policy`].
#[derive(Clone, Debug)]
pub struct EdgeLayer {
    policy: Arc<Policy>,
}

impl EdgeLayer {
    /// A layer enforcing `policy`.
    pub fn new(policy: Policy) -> Self {
        EdgeLayer {
            policy: Arc::new(policy),
        }
    }
}

impl<S> tower_layer::Layer<S> for EdgeLayer {
    type Service = Edge<S>;

    fn layer(&self, inner: S) -> Edge<S> {
        Edge {
            inner,
            policy: self.policy.clone(),
        }
    }
}

/// The service [`EdgeLayer`] wraps around the routes.
#[derive(Clone, Debug)]
pub struct Edge<S> {
    inner: S,
    policy: Arc<Policy>,
}

/// The method label for metrics: unknown paths share one label, so a
/// scanner cannot grow the metrics without bound.
fn method_label(path: &str) -> &str {
    const KNOWN: [&str; 3] = ["/dealwire.v1.", "/grpc.health.v1.", "/grpc.reflection."];
    if path.len() <= 128 && KNOWN.iter().any(|k| path.starts_with(k)) {
        path
    } else {
        "unknown"
    }
}

fn record(method: &str, code: Code, start: Instant) {
    let method = method.to_string();
    metrics::counter!("dealwire_rpc_requests_total", "method" => method.clone(), "code" => format!("{code:?}"))
        .increment(1);
    metrics::histogram!("dealwire_rpc_duration_seconds", "method" => method)
        .record(start.elapsed().as_secs_f64());
}

fn request_id(headers: &HeaderMap) -> String {
    headers
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 128)
        .map(str::to_string)
        .unwrap_or_else(|| format!("{:016x}", fastrand::u64(..)))
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl<S> tower_service::Service<Request<Body>> for Edge<S>
where
    S: tower_service::Service<Request<Body>, Response = Response<Body>> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response<Body>;
    type Error = S::Error;
    type Future = BoxFuture<Result<Response<Body>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request<Body>) -> Self::Future {
        // The clone is the one that is ready; keep it for this call.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let policy = self.policy.clone();
        let method = method_label(req.uri().path()).to_string();
        let id = request_id(req.headers());
        let span = tracing::info_span!("rpc", method = %method, request_id = %id);
        let id = HeaderValue::from_str(&id).ok();
        Box::pin(
            async move {
                let start = Instant::now();
                let finish = |mut parts: http::response::Parts, body: Body, code: Code| {
                    if let Some(id) = id.clone() {
                        parts.headers.insert(REQUEST_ID, id);
                    }
                    record(&method, code, start);
                    Response::from_parts(parts, body)
                };
                if let Err(status) = policy.authorize(&method, req.headers()) {
                    tracing::info!(code = ?status.code(), "refused");
                    let (parts, body) = status.into_http::<Body>().into_parts();
                    return Ok(finish(parts, body, Code::Unauthenticated));
                }
                let (mut parts, body) = inner.call(req).await?.into_parts();
                if let Some(status) = Status::from_header_map(&parts.headers) {
                    // Trailers-only: the call failed (or finished) before a body.
                    let status = match policy.remap(&status) {
                        Some(s) => {
                            parts.headers.remove("grpc-status");
                            parts.headers.remove("grpc-message");
                            let _ = s.add_header(&mut parts.headers);
                            s
                        }
                        None => status,
                    };
                    if status.code() != Code::Ok {
                        tracing::info!(code = ?status.code(), message = status.message(), "failed");
                    }
                    return Ok(finish(parts, body, status.code()));
                }
                if let Some(id) = id.clone() {
                    parts.headers.insert(REQUEST_ID, id);
                }
                let body = Body::new(Watched {
                    inner: body,
                    method: Some(method),
                    start,
                    policy,
                    span: tracing::Span::current(),
                });
                Ok(Response::from_parts(parts, body))
            }
            .instrument(span),
        )
    }
}

/// A response body that records the call's code and duration when its
/// trailers pass, or CANCELLED if the caller goes away first.
struct Watched {
    inner: Body,
    method: Option<String>,
    start: Instant,
    policy: Arc<Policy>,
    span: tracing::Span,
}

impl Watched {
    fn done(&mut self, code: Code) {
        if let Some(m) = self.method.take() {
            if code != Code::Ok {
                self.span
                    .in_scope(|| tracing::info!(code = ?code, "failed"));
            }
            record(&m, code, self.start);
        }
    }
}

impl http_body::Body for Watched {
    type Data = bytes::Bytes;
    type Error = Status;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<bytes::Bytes>, Status>>> {
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        match polled {
            Poll::Ready(Some(Ok(frame))) if frame.is_trailers() => {
                let mut trailers = frame.into_trailers().unwrap_or_default();
                let status = Status::from_header_map(&trailers);
                let code = match status.as_ref().and_then(|s| self.policy.remap(s)) {
                    Some(s) => {
                        trailers.remove("grpc-status");
                        trailers.remove("grpc-message");
                        let _ = s.add_header(&mut trailers);
                        s.code()
                    }
                    None => status.map_or(Code::Ok, |s| s.code()),
                };
                self.done(code);
                Poll::Ready(Some(Ok(Frame::trailers(trailers))))
            }
            Poll::Ready(Some(Err(e))) => {
                self.done(e.code());
                Poll::Ready(Some(Err(e)))
            }
            Poll::Ready(None) => {
                self.done(Code::Ok);
                Poll::Ready(None)
            }
            other => other,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

impl Drop for Watched {
    fn drop(&mut self) {
        self.done(Code::Cancelled);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(scope: AuthScope) -> Policy {
        Policy {
            token: Token::new("s3cret"),
            scope,
            writes: &["/dealwire.v1.DealStoreService/Ingest"],
            size_limit_hint: "raise --max-message-bytes",
        }
    }

    fn bearer(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            http::header::AUTHORIZATION,
            HeaderValue::from_str(v).expect("header"),
        );
        h
    }

    #[test]
    fn writes_need_the_token_and_reads_do_not_unless_asked() {
        let p = policy(AuthScope::Writes);
        let ingest = "/dealwire.v1.DealStoreService/Ingest";
        let read = "/dealwire.v1.DealStoreService/GetDeal";
        assert_eq!(
            p.authorize(ingest, &HeaderMap::new()).map_err(|s| s.code()),
            Err(Code::Unauthenticated)
        );
        assert!(p.authorize(ingest, &bearer("Bearer s3cret")).is_ok());
        assert!(p.authorize(ingest, &bearer("Bearer s3cre")).is_err());
        assert!(p.authorize(ingest, &bearer("s3cret")).is_err());
        assert!(p.authorize(read, &HeaderMap::new()).is_ok());
        let all = policy(AuthScope::All);
        assert!(all.authorize(read, &HeaderMap::new()).is_err());
        assert!(
            all.authorize("/grpc.health.v1.Health/Check", &HeaderMap::new())
                .is_ok()
        );
    }

    #[test]
    fn a_token_never_shows_in_debug_output() {
        let t = Token::new(" s3cret\n").expect("token");
        assert!(!format!("{t:?}").contains("s3cret"));
        assert!(t.matches("s3cret"));
        assert!(Token::new("  ").is_none());
    }

    #[test]
    fn only_an_oversized_message_becomes_resource_exhausted() {
        let p = policy(AuthScope::Writes);
        let big = Status::out_of_range(
            "Error, decoded message length too large: found 9 bytes, the limit is: 4 bytes",
        );
        let s = p.remap(&big).expect("remapped");
        assert_eq!(s.code(), Code::ResourceExhausted);
        assert!(s.message().contains("--max-message-bytes"));
        assert!(p.remap(&Status::out_of_range("page 9")).is_none());
    }

    #[test]
    fn unknown_paths_share_one_metrics_label() {
        assert_eq!(method_label("/x.Y/Z"), "unknown");
        assert_eq!(
            method_label("/dealwire.v1.DealStoreService/GetDeal"),
            "/dealwire.v1.DealStoreService/GetDeal"
        );
    }
}
