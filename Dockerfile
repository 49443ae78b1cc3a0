# Multi-stage build: compile the three binaries, ship them on a slim image.
FROM rust:1.95-slim AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bins

FROM debian:bookworm-slim
RUN useradd --system --home /data dealwire && mkdir -p /data && chown dealwire /data
COPY --from=build /src/target/release/store /src/target/release/extractor /src/target/release/dealwire /usr/local/bin/
USER dealwire
WORKDIR /data
EXPOSE 50051 50052
CMD ["dealwire"]
