//! Marks the end-to-end tests' PostgreSQL runs as ignored when no server is
//! named: `cargo test` then reports them as ignored rather than as passes.
//! With DEALWIRE_TEST_DATABASE_URL set when the tests are built (as `.ci/run`
//! sets it), they run like every other test.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(dealwire_postgres)");
    println!("cargo::rerun-if-env-changed=DEALWIRE_TEST_DATABASE_URL");
    if std::env::var_os("DEALWIRE_TEST_DATABASE_URL").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=dealwire_postgres");
    }
}
