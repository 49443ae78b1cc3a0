//! Protobuf's JSON mapping for contract messages, through the descriptor set
//! the proto crate exports: enum names, camelCase fields, int64 as strings.

use std::sync::OnceLock;

use prost::Message;
use prost_reflect::{DescriptorPool, DynamicMessage, SerializeOptions};

fn pool() -> &'static DescriptorPool {
    static POOL: OnceLock<DescriptorPool> = OnceLock::new();
    POOL.get_or_init(|| {
        // The descriptor set is generated at build time from the same .proto
        // files as the types; a failure here is a build defect.
        DescriptorPool::decode(dealwire_proto::FILE_DESCRIPTOR_SET).unwrap_or_default()
    })
}

/// The JSON value of a contract message, by its full protobuf name.
pub fn to_json<M: Message>(full_name: &str, msg: &M) -> serde_json::Value {
    let Some(desc) = pool().get_message_by_name(full_name) else {
        return serde_json::Value::Null;
    };
    let Ok(dynamic) = DynamicMessage::decode(desc, msg.encode_to_vec().as_slice()) else {
        return serde_json::Value::Null;
    };
    let opts = SerializeOptions::new().skip_default_fields(true);
    // Through text rather than straight into a Value: serde_json's writer
    // prints a `float` field in its shortest f32 form (0.99), where a Value
    // would widen it to f64 first (0.9900000095367432).
    let mut text = Vec::new();
    if dynamic
        .serialize_with_options(&mut serde_json::Serializer::new(&mut text), &opts)
        .is_err()
    {
        return serde_json::Value::Null;
    }
    serde_json::from_slice(&text).unwrap_or(serde_json::Value::Null)
}

/// Whether the pool knows `full_name` (used by tests of the mapping).
pub fn knows(full_name: &str) -> bool {
    pool()
        .get_message_by_name(full_name)
        .is_some_and(|m| m.full_name() == full_name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealwire_proto::v1 as pb;

    #[test]
    fn deals_print_with_enum_names_and_camel_case() {
        let deal = pb::Deal {
            id: "x".into(),
            r#type: pb::DealType::Investment.into(),
            ..Default::default()
        };
        let v = to_json("dealwire.v1.Deal", &deal);
        assert_eq!(v["type"], "DEAL_TYPE_INVESTMENT");
        assert!(knows("dealwire.v1.Deal"));
    }

    #[test]
    fn float_fields_print_as_written_not_widened() {
        let deal = pb::Deal {
            confidence: 0.99,
            ..Default::default()
        };
        let v = to_json("dealwire.v1.Deal", &deal);
        assert_eq!(v["confidence"].to_string(), "0.99");
    }
}
