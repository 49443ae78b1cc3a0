//! `extractor tag` as a scorer runs it: CoNLL in, `token<TAB>tag` out, one
//! line per token in order, a blank line between sentences, plain or gzip
//! input, files or standard input.

use std::io::Write;
use std::process::{Command, Stdio};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tag.conll");

/// (token, gold tag) per line of the fixture, `None` for sentence breaks.
fn gold() -> Vec<Option<(String, String)>> {
    let text = std::fs::read_to_string(FIXTURE).expect("fixture");
    let mut out: Vec<Option<(String, String)>> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            l.split_once('\t')
                .map(|(t, g)| (t.to_string(), g.to_string()))
        })
        .collect();
    out.push(None);
    out
}

fn parse(stdout: &[u8]) -> Vec<Option<(String, String)>> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| {
            l.split_once('\t')
                .map(|(t, g)| (t.to_string(), g.to_string()))
        })
        .collect()
}

fn tag(args: &[&str], stdin: Option<&[u8]>) -> Vec<u8> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_extractor"))
        .arg("tag")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("extractor runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("extractor ends");
    assert!(
        out.status.success(),
        "extractor tag failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn tag_prints_one_tag_per_token_in_order_with_blank_lines_between_sentences() {
    let got = parse(&tag(&[FIXTURE], None));
    let want = gold();
    assert_eq!(got.len(), want.len(), "{got:?}");
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g.as_ref().map(|p| &p.0), w.as_ref().map(|p| &p.0));
    }
}

#[test]
fn tag_finds_known_and_unknown_organisations_in_the_fixture() {
    let got = parse(&tag(&[FIXTURE], None));
    let tags: Vec<&str> = got.iter().flatten().map(|(_, t)| t.as_str()).collect();
    let want: Vec<String> = gold().into_iter().flatten().map(|(_, t)| t).collect();
    assert_eq!(tags, want);
}

#[test]
fn tag_reads_gzip_files_and_standard_input_alike() {
    let plain = tag(&[FIXTURE], None);
    let dir = tempfile::tempdir().expect("temp dir");
    let gz_path = dir.path().join("tag.conll.gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&std::fs::read(FIXTURE).expect("fixture"))
        .expect("gzip");
    std::fs::write(&gz_path, gz.finish().expect("gzip")).expect("write gz");
    let gz_path = gz_path.to_string_lossy().into_owned();
    assert_eq!(tag(&[&gz_path], None), plain);
    let stdin = std::fs::read(FIXTURE).expect("fixture");
    assert_eq!(tag(&[], Some(&stdin)), plain);
}
