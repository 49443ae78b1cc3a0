//! The dealwire contract, compiled from `dealwire/v1/*.proto`.
//!
//! [`v1`] holds the messages, the `ExtractorService` and `DealStoreService`
//! clients and servers; [`FILE_DESCRIPTOR_SET`] is the encoded descriptor set
//! that both servers hand to gRPC server reflection, and that tools use to
//! print messages in protobuf's JSON mapping; [`codec`] is the prost codec the
//! generated code uses. How the services are served (authentication, request
//! ids, metrics, health and reflection) lives in the `dealwire-server` crate.

pub mod codec;

/// Version 1 of the contract (`dealwire.v1`).
#[allow(missing_docs, clippy::all, clippy::pedantic, clippy::unwrap_used)]
pub mod v1 {
    tonic::include_proto!("dealwire.v1");
}

/// Encoded `google.protobuf.FileDescriptorSet` of the whole contract,
/// including the well-known types it imports.
pub const FILE_DESCRIPTOR_SET: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/dealwire_descriptor.bin"));
