//! The store's request decoding on arbitrary bytes: protobuf decoding, then
//! the same validation the handlers run (deals, filters, page tokens). Bad
//! input must come back as an error, never a panic.
#![no_main]

use dealwire_core::names::Aliases;
use dealwire_core::model::Deal;
use dealwire_proto::v1 as pb;
use dealwire_store::filter::{self, DealFilter};
use libfuzzer_sys::fuzz_target;
use prost::Message;

fuzz_target!(|data: &[u8]| {
    let aliases = Aliases::default();
    if let Ok(batch) = pb::DealStoreServiceIngestRequest::decode(data) {
        for d in batch.deals {
            let _ = Deal::try_from(d);
        }
    }
    if let Ok(req) = pb::ListDealsRequest::decode(data) {
        if let Ok(f) = DealFilter::from_pb(req.filter.as_ref(), &aliases) {
            let fp = f.fingerprint("list");
            let _ = filter::decode_token(&req.page_token, &fp);
            let _ = filter::decode_key(&req.page_token, &fp);
        }
    }
    if let Ok(req) = pb::TopInvestorsRequest::decode(data) {
        let _ = DealFilter::from_pb(req.filter.as_ref(), &aliases);
    }
});
