//! The client side of health checking, for the binaries' `--check-health`
//! mode and container health checks.

/// Asks the server at `url` whether `service` is serving, through
/// `grpc.health.v1.Health/Check`. For container health checks.
pub async fn check_health(url: &str, service: &str) -> Result<(), String> {
    use tonic_health::pb::health_check_response::ServingStatus;
    let channel = tonic::transport::Endpoint::from_shared(url.to_string())
        .map_err(|e| format!("{url:?} is not a URL: {e}"))?
        .connect_timeout(std::time::Duration::from_secs(2))
        .timeout(std::time::Duration::from_secs(2))
        .connect()
        .await
        .map_err(|e| format!("cannot connect to {url}: {e}"))?;
    let status = tonic_health::pb::health_client::HealthClient::new(channel)
        .check(tonic_health::pb::HealthCheckRequest {
            service: service.to_string(),
        })
        .await
        .map_err(|e| format!("{url}: {}", e.message()))?
        .into_inner()
        .status();
    if status == ServingStatus::Serving {
        Ok(())
    } else {
        Err(format!("{url}: {service} is {}", status.as_str_name()))
    }
}
