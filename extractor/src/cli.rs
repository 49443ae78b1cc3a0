//! The `extractor` command line: extract files to JSON Lines, ingest files
//! into a store, or serve.

use std::path::{Path, PathBuf};

use dealwire_proto::v1 as pb;
use dealwire_proto::v1::extractor_service_client::ExtractorServiceClient;

use crate::json::to_json;
use crate::pipeline::{ArticleInput, Extractor};

/// Articles named on the command line: files, and the `.txt`/`.html` files of
/// directories, in a stable order.
pub fn collect_files(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut inner: Vec<PathBuf> = std::fs::read_dir(p)?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|f| {
                    f.is_file()
                        && matches!(
                            f.extension().and_then(|e| e.to_str()),
                            Some("txt" | "html" | "htm")
                        )
                })
                .collect();
            inner.sort();
            out.extend(inner);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// Reads one article file: its id is the file name without extension; HTML by
/// extension.
pub fn read_article(path: &Path) -> std::io::Result<ArticleInput> {
    let bytes = std::fs::read(path)?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let html = matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("html" | "htm")
    );
    Ok(ArticleInput {
        id,
        text,
        html,
        ..Default::default()
    })
}

/// One JSON line per file: `{"id": ..., "deals": [...]}`.
pub fn extract_line(extractor: &Extractor, article: &ArticleInput) -> String {
    let x = extractor.extract(article);
    let deals: Vec<serde_json::Value> = x
        .deals
        .iter()
        .map(|d| to_json("dealwire.v1.Deal", &pb::Deal::from(d)))
        .collect();
    serde_json::json!({ "id": x.article_id, "deals": deals }).to_string()
}

/// Streams files to an extractor's Ingest and returns its summary.
pub async fn ingest(
    extractor_url: &str,
    files: Vec<PathBuf>,
) -> anyhow::Result<pb::ExtractorServiceIngestResponse> {
    let mut client = ExtractorServiceClient::connect(extractor_url.to_string()).await?;
    let (tx, rx) = tokio::sync::mpsc::channel(16);
    let reader = tokio::spawn(async move {
        for f in files {
            let a = read_article(&f)?;
            let article = pb::Article {
                id: a.id,
                text: a.text,
                content_type: if a.html {
                    pb::ContentType::Html.into()
                } else {
                    pb::ContentType::PlainText.into()
                },
                ..Default::default()
            };
            if tx
                .send(pb::ExtractorServiceIngestRequest {
                    article: Some(article),
                })
                .await
                .is_err()
            {
                break;
            }
        }
        Ok::<(), std::io::Error>(())
    });
    let response = client
        .ingest(tokio_stream::wrappers::ReceiverStream::new(rx))
        .await;
    reader.await??;
    Ok(response?.into_inner())
}
