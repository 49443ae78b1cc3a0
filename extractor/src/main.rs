use std::path::PathBuf;

use clap::{Parser, Subcommand};
use dealwire_extractor::amount::Lang;
use dealwire_extractor::json::to_json;
use dealwire_extractor::pipeline::{ArticleInput, Extractor};
use dealwire_proto::v1 as pb;

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Extract { files: Vec<PathBuf> },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let Command::Extract { files } = cli.command;
    let ex = Extractor::default();
    for f in files {
        let text = std::fs::read_to_string(&f)?;
        let id = f
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let out = ex.extract(&ArticleInput {
            id: id.clone(),
            text,
            lang: None::<Lang>,
            ..Default::default()
        });
        let deals: Vec<serde_json::Value> = out
            .deals
            .iter()
            .map(|d| to_json("dealwire.v1.Deal", &pb::Deal::from(d)))
            .collect();
        println!("{}", serde_json::json!({"id": id, "deals": deals}));
    }
    Ok(())
}
