//! `extractor extract` as a shell pipeline runs it: one JSON line per
//! article, written as each is read, and a quiet stop when the reader of
//! its output goes away (`extractor extract *.txt | head`).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

/// An article of one deal, written for this test.
const ARTICLE: &str = "Orvane a racheté Kestane pour 40 millions d'euros.\n";

fn article_file(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dealwire-extract-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    let path = dir.join(name);
    std::fs::write(&path, ARTICLE).expect("article written");
    path
}

#[test]
fn extract_prints_one_line_per_article_in_order() {
    let a = article_file("first.txt");
    let b = article_file("second.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_extractor"))
        .args(["extract", "--format", "jsonl"])
        .arg(&a)
        .arg(&b)
        .output()
        .expect("extractor runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].contains(r#""id":"first""#), "{}", lines[0]);
    assert!(lines[1].contains(r#""id":"second""#), "{}", lines[1]);
    assert!(lines[0].contains("Kestane"), "{}", lines[0]);
}

#[test]
fn extract_stops_quietly_when_its_reader_goes_away() {
    let a = article_file("many.txt");
    // Far more lines than a pipe holds, so that the extractor is still
    // writing when the reader leaves.
    let mut child = Command::new(env!("CARGO_BIN_EXE_extractor"))
        .args(["extract", "--format", "jsonl"])
        .args(std::iter::repeat_n(&a, 5_000))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("extractor runs");
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    reader.read_line(&mut first).expect("a first line");
    assert!(first.contains("Kestane"), "{first}");
    drop(reader);
    let out = child.wait_with_output().expect("extractor ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}: {stderr}", out.status);
    assert!(!stderr.contains("panicked"), "{stderr}");
}
