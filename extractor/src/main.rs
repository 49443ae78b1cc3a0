//! `extractor`: extract deals from files, ingest them into a store, or serve.

// Text extraction allocates per token; mimalloc is markedly faster here than
// the system allocator (see extractor/benches/throughput.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use dealwire_core::names::Aliases;
use dealwire_extractor::app::Application;
use dealwire_extractor::cli;
use dealwire_extractor::link::LinkArgs;
use dealwire_extractor::ner::{self, conll};
use dealwire_extractor::pipeline::Extractor;
use dealwire_extractor::service::MAX_ARTICLE_BYTES;
use dealwire_extractor::triggers::Predicates;
use dealwire_server::settings::ServeArgs;
use dealwire_server::telemetry;

#[derive(Parser)]
#[command(name = "extractor", version, about = "The dealwire deal extractor")]
struct Cli {
    /// Extra organisation aliases (`Name = alias, alias` lines).
    #[arg(long, global = true, env = "DEALWIRE_ALIASES")]
    aliases: Option<PathBuf>,
    /// Extra deal predicates and role maps (`frame = predicate, predicate`
    /// and `roles ...` lines, see docs/extraction.md), read before the
    /// shipped lexicon's rules and on top of its predicates.
    #[arg(long, global = true, env = "DEALWIRE_PREDICATES")]
    predicates: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Jsonl,
}

#[derive(Subcommand)]
enum Command {
    /// Prints the deals of each file as one JSON line.
    Extract {
        /// Output format.
        #[arg(long, value_enum, default_value = "jsonl")]
        format: Format,
        /// Article files (.txt, or .html for HTML).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Tags the names in CoNLL files (`token<TAB>...` lines, a blank line
    /// between sentences, `#` lines ignored, `.gz` read as gzip) and prints
    /// `token<TAB>tag` in IOB2 over ORG, PER and LOC. Each file is one
    /// document, unless `-DOCSTART-`, `# newdoc` or a change of `# source`
    /// lines mark where documents start; with no file, standard input is.
    Tag {
        /// CoNLL files.
        files: Vec<PathBuf>,
    },
    /// Streams files or directories through an in-process extractor into a store.
    Ingest {
        /// The store's URL.
        #[arg(
            long,
            env = "DEALWIRE_STORE_URL",
            default_value = "http://127.0.0.1:50052"
        )]
        store: String,
        #[command(flatten)]
        link: LinkArgs,
        /// Files or directories of articles.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Serves ExtractorService over gRPC.
    Serve {
        /// Address to listen on.
        #[arg(
            long,
            env = "DEALWIRE_EXTRACTOR_LISTEN",
            default_value = "127.0.0.1:50051"
        )]
        listen: String,
        /// The store Ingest forwards to.
        #[arg(
            long,
            env = "DEALWIRE_STORE_URL",
            default_value = "http://127.0.0.1:50052"
        )]
        store: String,
        #[command(flatten)]
        link: LinkArgs,
        #[command(flatten)]
        serve: Box<ServeArgs>,
        /// Largest article text accepted, in bytes.
        #[arg(long, env = "DEALWIRE_MAX_ARTICLE_BYTES", default_value_t = MAX_ARTICLE_BYTES)]
        max_article_bytes: usize,
        /// Log as JSON lines.
        #[arg(long, env = "DEALWIRE_LOG_JSON")]
        log_json: bool,
    },
    /// Asks a running extractor whether it is serving (grpc.health.v1);
    /// exits non-zero if not. For container health checks.
    Health {
        /// The extractor's URL.
        #[arg(long, default_value = "http://127.0.0.1:50051")]
        url: String,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let aliases = Aliases::load(cli.aliases.as_deref())?;
    let predicates = Predicates::load(cli.predicates.as_deref())?;
    let extractor = Extractor::new(aliases).with_predicates(predicates);
    match cli.command {
        Command::Extract {
            format: Format::Jsonl,
            files,
        } => {
            telemetry::init(false);
            let mut out = std::io::stdout().lock();
            for f in files {
                let article =
                    cli::read_article(&f).with_context(|| format!("reading {}", f.display()))?;
                // One line an article, written as soon as it is read, so
                // that a pipe sees each article's deals without waiting.
                let written = writeln!(out, "{}", cli::extract_line(&extractor, &article))
                    .and_then(|()| out.flush());
                if reader_gone(written)? {
                    return Ok(());
                }
            }
        }
        Command::Tag { files } => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let tag = |out: &mut std::io::BufWriter<_>, docs: Vec<conll::Document>| {
                for doc in docs {
                    let tags = ner::tag::tag_document(&doc, extractor.aliases());
                    conll::write(out, &doc, &tags)?;
                }
                std::io::Result::Ok(())
            };
            if files.is_empty() {
                let docs =
                    conll::read(std::io::stdin().lock()).context("reading standard input")?;
                if reader_gone(tag(&mut out, docs))? {
                    return Ok(());
                }
            }
            for f in files {
                let docs =
                    conll::read_file(&f).with_context(|| format!("reading {}", f.display()))?;
                if reader_gone(tag(&mut out, docs))? {
                    return Ok(());
                }
            }
            reader_gone(out.flush())?;
        }
        Command::Ingest { store, link, paths } => {
            telemetry::init(false);
            let files = cli::collect_files(&paths)?;
            let app = Application::build("127.0.0.1:0", Some(&store), extractor)
                .await?
                .link_options(link.options()?);
            let url = format!("http://{}", app.local_addr());
            let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
            let server = tokio::spawn(app.run_until_stopped(async {
                let _ = stopped.await;
            }));
            let summary = cli::ingest(&url, files).await.context("ingesting")?;
            let _ = stop.send(());
            server.await??;
            println!(
                "articles read {}, with deals {}; deals extracted {}, new in the store {}, merged {}",
                summary.articles_read,
                summary.articles_with_deals,
                summary.deals_extracted,
                summary.deals_created,
                summary.deals_merged
            );
        }
        Command::Serve {
            listen,
            store,
            link,
            serve,
            max_article_bytes,
            log_json,
        } => {
            telemetry::init(log_json);
            serve.install_metrics().map_err(anyhow::Error::msg)?;
            let app = Application::build(&listen, Some(&store), extractor)
                .await
                .context("starting the extractor")?
                .link_options(link.options()?)
                .serve_options(serve.options().map_err(anyhow::Error::msg)?)
                .max_article_bytes(max_article_bytes);
            app.run_until_stopped(telemetry::shutdown_signal()).await?;
        }
        Command::Health { url } => {
            dealwire_server::check_health(&url, "dealwire.v1.ExtractorService")
                .await
                .map_err(anyhow::Error::msg)?;
        }
    }
    Ok(())
}

/// Whether a write failed because the reader of standard output went away
/// (`extractor extract ... | head`): the command then stops quietly, as
/// command-line tools do, instead of failing. Any other write error is
/// returned.
fn reader_gone(written: std::io::Result<()>) -> std::io::Result<bool> {
    match written {
        Ok(()) => Ok(false),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(true),
        Err(e) => Err(e),
    }
}
