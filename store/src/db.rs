//! The database behind the store: SQLite (embedded default) or PostgreSQL,
//! chosen by the URL's scheme, through sqlx's `Any` driver so one set of
//! queries serves both. Each backend has its own migrations, since their
//! column types differ.

use std::fmt::Write as _;
use std::time::Duration;

use sqlx::any::{AnyArguments, AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Arguments, Encode, Executor, Type};

use crate::error::Error;

/// Which database a URL names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// `sqlite://PATH` or `sqlite::memory:`.
    Sqlite,
    /// `postgres://...` or `postgresql://...`.
    Postgres,
}

impl Backend {
    /// The backend a database URL names.
    pub fn of(url: &str) -> Result<Self, Error> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(Error::Config(format!(
                "database URL {:?} is not supported; use sqlite://PATH or postgres://USER@HOST/DB",
                redact(url)
            )))
        }
    }

    /// Most values one statement carries. PostgreSQL takes up to 65,535 and
    /// each statement is a round trip, so its statements are large. SQLite
    /// has no round trip, and a prepared statement's size grows with its
    /// values (about 1 MB for 30,000), kept per connection: at 3,000 the
    /// store's RSS after loading a million deals is 23 MiB lower.
    pub fn max_binds(self) -> usize {
        match self {
            Backend::Sqlite => 3_000,
            Backend::Postgres => 30_000,
        }
    }

    /// Whether the backend takes the anonymous placeholder `?`, bound in
    /// order. Both read `$n`, but SQLite keeps `$n` (and `?n`) in a list of
    /// names that it searches on parsing and that sqlx searches again to
    /// bind each value: quadratic in the values, so a 30,000-value INSERT
    /// took seconds. Statements only ever bind values in text order, so `?`
    /// says the same.
    fn anonymous_placeholders(self) -> bool {
        self == Backend::Sqlite
    }
}

/// The URL without its password, for messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// Opens a pool on `url` and brings the schema up to date.
pub async fn open(url: &str) -> Result<(AnyPool, Backend), Error> {
    sqlx::any::install_default_drivers();
    let backend = Backend::of(url)?;
    let pool = match backend {
        Backend::Sqlite => {
            let memory = url.contains(":memory:");
            let url = if memory || url.contains("mode=") {
                url.to_string()
            } else if url.contains('?') {
                format!("{url}&mode=rwc")
            } else {
                format!("{url}?mode=rwc")
            };
            AnyPoolOptions::new()
                // An in-memory database lives in one connection.
                .max_connections(if memory { 1 } else { 8 })
                .after_connect(|conn, _| {
                    Box::pin(async move {
                        // A new database gets 16 KiB pages (the size
                        // cannot change once it is in WAL mode, so an
                        // existing one keeps its own). A group commit
                        // dirties most pages of the random-key indexes;
                        // with pages four times larger, SQLite reads and
                        // writes them in a quarter of the system calls,
                        // which is most of its time: 1M deals ingested
                        // 19% faster (commit 672a079).
                        //
                        // WAL lets queries read while a batch commits;
                        // synchronous=FULL puts a commit on disk before
                        // Ingest acknowledges it.
                        conn.execute(
                            "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;",
                        )
                        .await?;
                        // Checkpoint every 64 MiB of WAL rather than every
                        // 1,000 pages: a group writes thousands, and a page
                        // rewritten by two groups is then copied into the
                        // database once.
                        let page: i64 = sqlx::query_scalar("PRAGMA page_size")
                            .fetch_one(&mut *conn)
                            .await?;
                        let pages = (64 << 20) / page.max(512);
                        conn.execute(format!("PRAGMA wal_autocheckpoint = {pages};").as_str())
                            .await?;
                        Ok(())
                    })
                })
                .connect(&url)
                .await?
        }
        Backend::Postgres => {
            AnyPoolOptions::new()
                .max_connections(8)
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await?
        }
    };
    match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite").run(&pool).await?,
        Backend::Postgres => sqlx::migrate!("./migrations/postgres").run(&pool).await?,
    }
    Ok((pool, backend))
}

/// A statement under construction with numbered placeholders (`$1`, `$2`),
/// which both SQLite and PostgreSQL read.
pub struct Sql<'q> {
    text: String,
    args: AnyArguments<'q>,
    binds: usize,
    cacheable: bool,
    anonymous: bool,
}

impl<'q> Sql<'q> {
    /// Starts a statement that runs on either backend.
    pub fn new(text: &str) -> Self {
        Sql {
            text: text.to_string(),
            args: AnyArguments::default(),
            binds: 0,
            cacheable: true,
            anonymous: false,
        }
    }

    /// Starts a statement for one backend, in its own placeholder style:
    /// the way to build statements with many values.
    pub fn on(backend: Backend, text: &str) -> Self {
        Sql {
            anonymous: backend.anonymous_placeholders(),
            ..Sql::new(text)
        }
    }

    /// Appends SQL text.
    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Appends a placeholder bound to `value`.
    pub fn bind<T>(&mut self, value: T) -> &mut Self
    where
        T: 'q + Encode<'q, Any> + Type<Any>,
    {
        self.binds += 1;
        if self.anonymous {
            self.text.push('?');
        } else {
            let _ = write!(self.text, "${}", self.binds);
        }
        // Encoding into the Any buffer only records the value; it cannot fail
        // for the plain types the store binds.
        let _ = self.args.add(value);
        self
    }

    /// Appends a placeholder for a number that may be missing.
    ///
    /// sqlx's `Any` driver sends a missing float as PostgreSQL `float4` and
    /// a present one as `float8`; a statement PostgreSQL prepared with one
    /// then refuses the other. Statements with a missing float are therefore
    /// not kept prepared (SQLite, which types values itself, is spared).
    pub fn bind_opt_f64(&mut self, value: Option<f64>) -> &mut Self {
        if value.is_none() && !self.anonymous {
            self.cacheable = false;
        }
        self.bind(value)
    }

    /// Keeps the statement from the connection's cache of prepared
    /// statements: for one-off texts, such as a multi-row INSERT's last,
    /// shorter chunk. A prepared statement with thousands of values is large
    /// (hundreds of KB in SQLite), and a cache of one-offs grew the store by
    /// hundreds of MB while bringing nothing.
    pub fn once(&mut self) -> &mut Self {
        self.cacheable = false;
        self
    }

    /// Appends `(v1, v2, ...)`; an empty list gives `(NULL)`, which matches
    /// nothing (PostgreSQL refuses `IN ()`). Lists vary in length, so such
    /// statements are not cached.
    pub fn bind_list<T, I>(&mut self, values: I) -> &mut Self
    where
        T: 'q + Encode<'q, Any> + Type<Any>,
        I: IntoIterator<Item = T>,
    {
        self.once();
        self.push("(");
        let mut empty = true;
        for (i, v) in values.into_iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.bind(v);
            empty = false;
        }
        if empty {
            self.push("NULL");
        }
        self.push(")")
    }

    /// Placeholders bound so far.
    pub fn binds(&self) -> usize {
        self.binds
    }

    /// The text, the values and whether to keep the statement prepared.
    fn into_parts(self) -> (String, AnyArguments<'q>, bool) {
        (self.text, self.args, self.cacheable)
    }

    /// Runs the statement; returns the rows it changed.
    pub async fn execute<'e, E>(self, ex: E) -> Result<u64, Error>
    where
        E: Executor<'e, Database = Any>,
    {
        let (text, args, keep) = self.into_parts();
        let query = sqlx::query_with(&text, args).persistent(keep);
        Ok(query.execute(ex).await?.rows_affected())
    }

    /// Runs the query and returns every row.
    pub async fn fetch_all<'e, E>(self, ex: E) -> Result<Vec<AnyRow>, Error>
    where
        E: Executor<'e, Database = Any>,
    {
        let (text, args, keep) = self.into_parts();
        let query = sqlx::query_with(&text, args).persistent(keep);
        Ok(query.fetch_all(ex).await?)
    }

    /// Runs the query and returns its first row, if any.
    pub async fn fetch_optional<'e, E>(self, ex: E) -> Result<Option<AnyRow>, Error>
    where
        E: Executor<'e, Database = Any>,
    {
        let (text, args, keep) = self.into_parts();
        let query = sqlx::query_with(&text, args).persistent(keep);
        Ok(query.fetch_optional(ex).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn pragma(pool: &AnyPool, name: &str) -> i64 {
        sqlx::query_scalar(&format!("PRAGMA {name}"))
            .fetch_one(pool)
            .await
            .expect("pragma")
    }

    #[tokio::test]
    async fn a_new_sqlite_database_gets_large_pages_and_a_64_mib_checkpoint() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("new.db").display());
        let (pool, _) = open(&url).await.expect("open");
        assert_eq!(pragma(&pool, "page_size").await, 16384);
        assert_eq!(pragma(&pool, "wal_autocheckpoint").await, 4096);
    }

    #[tokio::test]
    async fn an_existing_sqlite_database_keeps_its_pages_and_checkpoints_every_64_mib() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("old.db").display());
        {
            sqlx::any::install_default_drivers();
            let old = AnyPoolOptions::new()
                .max_connections(1)
                .connect(&format!("{url}?mode=rwc"))
                .await
                .expect("create");
            sqlx::raw_sql(
                "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER);",
            )
            .execute(&old)
            .await
            .expect("old schema");
            old.close().await;
        }
        let (pool, _) = open(&url).await.expect("open");
        assert_eq!(pragma(&pool, "page_size").await, 4096);
        assert_eq!(pragma(&pool, "wal_autocheckpoint").await, 16384);
    }
}
