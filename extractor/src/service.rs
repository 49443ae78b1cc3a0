//! ExtractorService handlers: validate the article, run the pipeline, and for
//! Ingest stream the deals on to the store.

use std::pin::Pin;
use std::time::Instant;

use dealwire_proto::v1 as pb;
use dealwire_proto::v1::extractor_service_server::ExtractorService;
use futures::{Stream, StreamExt};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status, Streaming};

use crate::amount::Lang;
use crate::error::Error;
use crate::link::StoreLink;
use crate::pipeline::{ArticleInput, Extraction, Extractor};

/// Default for the largest article text accepted, in bytes.
pub const MAX_ARTICLE_BYTES: usize = 4 * 1024 * 1024;

/// Trailer metadata on a failed Ingest: how many articles, from the start of
/// the stream, have all their deals committed in the store.
pub const ARTICLES_COMMITTED: &str = "dealwire-articles-committed";

/// The gRPC face of an [`Extractor`].
#[derive(Clone, Debug)]
pub struct ExtractorServer {
    extractor: Extractor,
    store: Option<StoreLink>,
    max_article_bytes: usize,
}

impl ExtractorServer {
    /// Serves `extractor`; Ingest forwards through `store`. Articles longer
    /// than `max_article_bytes` are refused.
    pub fn new(extractor: Extractor, store: Option<StoreLink>, max_article_bytes: usize) -> Self {
        ExtractorServer {
            extractor,
            store,
            max_article_bytes,
        }
    }
}

fn count(x: &Extraction) {
    metrics::counter!("dealwire_articles_processed_total").increment(1);
    metrics::counter!("dealwire_deals_extracted_total").increment(x.deals.len() as u64);
}

/// Articles above this size are read on the blocking pool: at ~50 us per KB a
/// long one would otherwise hold a runtime worker for milliseconds.
const INLINE_ARTICLE_BYTES: usize = 64 * 1024;

impl ExtractorServer {
    async fn extract_off_runtime(&self, article: ArticleInput) -> Result<Extraction, Status> {
        let x = if article.text.len() <= INLINE_ARTICLE_BYTES {
            self.extractor.extract(&article)
        } else {
            let extractor = self.extractor.clone();
            tokio::task::spawn_blocking(move || extractor.extract(&article))
                .await
                .map_err(|e| {
                    tracing::error!(error = %e, "extraction task failed");
                    Status::internal("extraction failed")
                })?
        };
        count(&x);
        Ok(x)
    }
}

/// Validates an article from the wire.
pub fn article_from_pb(a: Option<pb::Article>, max_bytes: usize) -> Result<ArticleInput, Error> {
    let a = a.ok_or_else(|| Error::InvalidArgument("article is required".into()))?;
    if a.text.len() > max_bytes {
        return Err(Error::TooLarge(format!(
            "article.text is {} bytes; the limit is {max_bytes} (the extractor's --max-article-bytes)",
            a.text.len()
        )));
    }
    if a.text.trim().is_empty() && a.title.trim().is_empty() {
        return Err(Error::InvalidArgument(
            "article.text is empty; send the article's body".into(),
        ));
    }
    let lang = match a.language_code.trim().to_ascii_lowercase().as_str() {
        "" => None,
        "fr" => Some(Lang::Fr),
        "en" => Some(Lang::En),
        other => {
            return Err(Error::InvalidArgument(format!(
                "article.language_code {other:?} is not supported; use \"fr\", \"en\" or leave it empty"
            )));
        }
    };
    let html = match pb::ContentType::try_from(a.content_type) {
        Ok(pb::ContentType::Html) => true,
        Ok(_) => false,
        Err(_) => {
            return Err(Error::InvalidArgument(format!(
                "article.content_type {} is not a known CONTENT_TYPE_* value",
                a.content_type
            )));
        }
    };
    Ok(ArticleInput {
        id: a.id,
        text: a.text,
        title: a.title,
        url: a.url,
        publish_time: a.publish_time.map(|t| t.seconds),
        lang,
        html,
    })
}

fn lang_code(l: Lang) -> String {
    match l {
        Lang::Fr => "fr".into(),
        Lang::En => "en".into(),
    }
}

fn response_parts(x: Extraction) -> (String, Vec<pb::Deal>, String, String) {
    let deals = x.deals.iter().map(pb::Deal::from).collect();
    let text = if x.text_rewritten {
        x.text
    } else {
        String::new()
    };
    (x.article_id, deals, lang_code(x.lang), text)
}

type ExtractStream = Pin<Box<dyn Stream<Item = Result<pb::ExtractStreamResponse, Status>> + Send>>;

#[tonic::async_trait]
impl ExtractorService for ExtractorServer {
    async fn extract(
        &self,
        request: Request<pb::ExtractRequest>,
    ) -> Result<Response<pb::ExtractResponse>, Status> {
        let article = article_from_pb(request.into_inner().article, self.max_article_bytes)?;
        let (article_id, deals, language_code, text) =
            response_parts(self.extract_off_runtime(article).await?);
        Ok(Response::new(pb::ExtractResponse {
            article_id,
            deals,
            language_code,
            text,
        }))
    }

    type ExtractStreamStream = ExtractStream;

    async fn extract_stream(
        &self,
        request: Request<Streaming<pb::ExtractStreamRequest>>,
    ) -> Result<Response<Self::ExtractStreamStream>, Status> {
        let mut input = request.into_inner();
        let extractor = self.extractor.clone();
        let max_bytes = self.max_article_bytes;
        // Bounded: a client that stops reading stops the extraction too.
        let (tx, rx) = mpsc::channel(16);
        tokio::spawn(async move {
            loop {
                let item = match input.message().await {
                    Ok(Some(req)) => article_from_pb(req.article, max_bytes)
                        .map_err(Status::from)
                        .map(|a| {
                            let x = extractor.extract(&a);
                            count(&x);
                            let (article_id, deals, language_code, text) = response_parts(x);
                            pb::ExtractStreamResponse {
                                article_id,
                                deals,
                                language_code,
                                text,
                            }
                        }),
                    Ok(None) => break,
                    Err(e) => Err(e),
                };
                let stop = item.is_err();
                if tx.send(item).await.is_err() || stop {
                    break;
                }
            }
        });
        Ok(Response::new(Box::pin(ReceiverStream::new(rx))))
    }

    async fn ingest(
        &self,
        request: Request<Streaming<pb::ExtractorServiceIngestRequest>>,
    ) -> Result<Response<pb::ExtractorServiceIngestResponse>, Status> {
        let link = self.store.clone().ok_or_else(|| {
            Status::failed_precondition(
                "this extractor has no store configured; start it with --store URL",
            )
        })?;
        let deadline = crate::link::deadline(request.metadata());
        let input = request.into_inner();
        Ingest::new(self, link, deadline).run(input).await
    }
}

/// One ExtractorService.Ingest stream: articles in, batches of deals out to
/// the store, a few batches in flight, acknowledged in order.
struct Ingest<'a> {
    server: &'a ExtractorServer,
    link: StoreLink,
    deadline: Option<Instant>,
    summary: pb::ExtractorServiceIngestResponse,
    /// Articles whose deals are all committed, counted from the stream's start.
    committed: i64,
}

type Acked = (Result<pb::DealStoreServiceIngestResponse, Status>, i64);

impl<'a> Ingest<'a> {
    fn new(server: &'a ExtractorServer, link: StoreLink, deadline: Option<Instant>) -> Self {
        Ingest {
            server,
            link,
            deadline,
            summary: pb::ExtractorServiceIngestResponse::default(),
            committed: 0,
        }
    }

    async fn run(
        mut self,
        mut input: Streaming<pb::ExtractorServiceIngestRequest>,
    ) -> Result<Response<pb::ExtractorServiceIngestResponse>, Status> {
        let mut in_flight = futures::stream::FuturesOrdered::new();
        let mut batch = Vec::new();
        loop {
            let article = match input.message().await {
                Ok(Some(req)) => req.article,
                Ok(None) => break,
                Err(e) => return Err(self.failed(in_flight, e, true).await),
            };
            let article = match article_from_pb(article, self.server.max_article_bytes) {
                Ok(a) => a,
                Err(e) => {
                    let n = self.summary.articles_read + 1;
                    let e = Status::from(e);
                    let e = Status::new(e.code(), format!("article {n}: {}", e.message()));
                    return Err(self.failed(in_flight, e, true).await);
                }
            };
            let x = self.server.extract_off_runtime(article).await?;
            self.summary.articles_read += 1;
            self.summary.articles_with_deals += i64::from(!x.deals.is_empty());
            self.summary.deals_extracted += x.deals.len() as i64;
            batch.extend(x.deals.iter().map(pb::Deal::from));
            if batch.len() >= self.link.options.batch_deals {
                in_flight.push_back(self.send(std::mem::take(&mut batch)));
                if in_flight.len() >= self.link.options.in_flight.max(1)
                    && let Some(acked) = in_flight.next().await
                    && let Err(e) = self.acked(acked)
                {
                    return Err(self.failed(in_flight, e, false).await);
                }
            }
        }
        if !batch.is_empty() {
            in_flight.push_back(self.send(batch));
        }
        while let Some(acked) = in_flight.next().await {
            if let Err(e) = self.acked(acked) {
                return Err(self.failed(in_flight, e, false).await);
            }
        }
        self.committed = self.summary.articles_read;
        Ok(Response::new(self.summary))
    }

    /// The store call for `deals`, tagged with the articles read so far: once
    /// it and every batch before it are acknowledged, those are committed.
    fn send(
        &self,
        deals: Vec<pb::Deal>,
    ) -> impl std::future::Future<Output = Acked> + Send + 'static {
        let link = self.link.clone();
        let deadline = self.deadline;
        let upto = self.summary.articles_read;
        async move { (link.send(deals, deadline).await, upto) }
    }

    fn acked(&mut self, (result, upto): Acked) -> Result<(), Status> {
        let r = result.map_err(|s| Status::from(Error::Store(s)))?;
        self.summary.deals_created += r.deals_created;
        self.summary.deals_merged += r.deals_merged;
        self.committed = upto;
        Ok(())
    }

    /// The status for a stream that stops at `e`, saying how far it got.
    /// With `drain`, the batches already sent are answered first (each is
    /// bounded by the retry budget), so the count is as high as it can be;
    /// after a batch failed, the count stops before it whatever later
    /// batches did.
    async fn failed(
        mut self,
        mut in_flight: futures::stream::FuturesOrdered<impl std::future::Future<Output = Acked>>,
        e: Status,
        drain: bool,
    ) -> Status {
        while drain && let Some(acked) = in_flight.next().await {
            if self.acked(acked).is_err() {
                break;
            }
        }
        let n = self.committed;
        let mut status = Status::new(
            e.code(),
            format!(
                "{}; the first {n} articles of this stream are committed: resend from article {} (re-sending committed articles is harmless, ingest is idempotent)",
                e.message(),
                n + 1
            ),
        );
        if let Ok(v) = n.to_string().parse() {
            status.metadata_mut().insert(ARTICLES_COMMITTED, v);
        }
        status
    }
}
