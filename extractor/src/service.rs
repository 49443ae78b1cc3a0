//! ExtractorService handlers: validate the article, run the pipeline, and for
//! Ingest stream the deals on to the store.

use std::pin::Pin;

use dealwire_proto::v1 as pb;
use dealwire_proto::v1::deal_store_service_client::DealStoreServiceClient;
use dealwire_proto::v1::extractor_service_server::ExtractorService;
use futures::Stream;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tonic::transport::{Channel, Endpoint};
use tonic::{Request, Response, Status, Streaming};

use crate::amount::Lang;
use crate::error::Error;
use crate::pipeline::{ArticleInput, Extraction, Extractor};

/// Largest article text accepted, in bytes.
pub const MAX_ARTICLE_BYTES: usize = 4 * 1024 * 1024;

/// The gRPC face of an [`Extractor`].
#[derive(Clone, Debug)]
pub struct ExtractorServer {
    extractor: Extractor,
    store: Option<Endpoint>,
}

impl ExtractorServer {
    /// Serves `extractor`; Ingest forwards to the store at `store_url`.
    pub fn new(extractor: Extractor, store_url: Option<&str>) -> Result<Self, Error> {
        let store = store_url
            .map(|u| {
                Endpoint::from_shared(u.to_string())
                    .map_err(|e| Error::InvalidArgument(format!("store URL {u:?}: {e}")))
            })
            .transpose()?;
        Ok(ExtractorServer { extractor, store })
    }
}

/// Articles above this size are read on the blocking pool: at ~50 us per KB a
/// long one would otherwise hold a runtime worker for milliseconds.
const INLINE_ARTICLE_BYTES: usize = 64 * 1024;

impl ExtractorServer {
    async fn extract_off_runtime(&self, article: ArticleInput) -> Result<Extraction, Status> {
        if article.text.len() <= INLINE_ARTICLE_BYTES {
            return Ok(self.extractor.extract(&article));
        }
        let extractor = self.extractor.clone();
        tokio::task::spawn_blocking(move || extractor.extract(&article))
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "extraction task failed");
                Status::internal("extraction failed")
            })
    }
}

/// Validates an article from the wire.
pub fn article_from_pb(a: Option<pb::Article>) -> Result<ArticleInput, Error> {
    let a = a.ok_or_else(|| Error::InvalidArgument("article is required".into()))?;
    if a.text.len() > MAX_ARTICLE_BYTES {
        return Err(Error::TooLarge(format!(
            "article.text is {} bytes; the limit is {MAX_ARTICLE_BYTES}",
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
        let article = article_from_pb(request.into_inner().article)?;
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
        // Bounded: a client that stops reading stops the extraction too.
        let (tx, rx) = mpsc::channel(16);
        tokio::spawn(async move {
            loop {
                let item = match input.message().await {
                    Ok(Some(req)) => article_from_pb(req.article).map_err(Status::from).map(|a| {
                        let (article_id, deals, language_code, text) =
                            response_parts(extractor.extract(&a));
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
        let endpoint = self.store.clone().ok_or_else(|| {
            Status::failed_precondition(
                "this extractor has no store configured; start it with --store URL",
            )
        })?;
        let channel = endpoint.connect().await.map_err(|source| Error::Connect {
            url: endpoint.uri().to_string(),
            source,
        })?;
        let mut input = request.into_inner();
        let extractor = self.extractor.clone();
        let (tx, rx) = mpsc::channel::<pb::DealStoreServiceIngestRequest>(8);
        let mut summary = pb::ExtractorServiceIngestResponse::default();
        let store_call = tokio::spawn(forward(channel, rx));
        let read = async {
            while let Some(req) = input.message().await? {
                let article = article_from_pb(req.article)?;
                let x = extractor.extract(&article);
                summary.articles_read += 1;
                summary.articles_with_deals += i64::from(!x.deals.is_empty());
                summary.deals_extracted += x.deals.len() as i64;
                if !x.deals.is_empty() {
                    let batch = pb::DealStoreServiceIngestRequest {
                        deals: x.deals.iter().map(pb::Deal::from).collect(),
                    };
                    if tx.send(batch).await.is_err() {
                        break;
                    }
                }
            }
            Ok::<(), Status>(())
        };
        let read_result = read.await;
        drop(tx);
        let stored = store_call
            .await
            .map_err(|e| Status::internal(format!("forwarding task failed: {e}")))?;
        read_result?;
        let stored = stored?;
        summary.deals_created = stored.deals_created;
        summary.deals_merged = stored.deals_merged;
        Ok(Response::new(summary))
    }
}

async fn forward(
    channel: Channel,
    rx: mpsc::Receiver<pb::DealStoreServiceIngestRequest>,
) -> Result<pb::DealStoreServiceIngestResponse, Status> {
    let mut client = DealStoreServiceClient::new(channel);
    let response = client
        .ingest(ReceiverStream::new(rx))
        .await
        .map_err(Error::Store)?;
    Ok(response.into_inner())
}
