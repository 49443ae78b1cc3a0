//! Compiles the contract with protox (pure Rust, so no protoc is needed) and
//! exports the descriptor set that server reflection serves.

use std::{env, fs, path::PathBuf};

use prost::Message;

const PROTOS: &[&str] = &[
    "dealwire/v1/deal.proto",
    "dealwire/v1/extractor_service.proto",
    "dealwire/v1/deal_store_service.proto",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?);
    for proto in PROTOS {
        println!("cargo:rerun-if-changed={}", root.join(proto).display());
    }
    let files = protox::compile(PROTOS, [&root])?;
    let out = PathBuf::from(env::var("OUT_DIR")?);
    fs::write(out.join("dealwire_descriptor.bin"), files.encode_to_vec())?;
    // Undecodable requests are the caller's mistake: see src/codec.rs.
    tonic_prost_build::configure()
        .codec_path("crate::codec::StrictCodec")
        .compile_fds(files)?;
    Ok(())
}
