//! `--predicates FILE`: a user adds deal predicates to the shipped lexicon
//! without rebuilding, and a malformed file is refused with the line to fix.

use std::process::Command;

fn temp(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dealwire-predicates-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("temp file");
    path
}

fn extract(args: &[&str], article: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_extractor"))
        .args(args)
        .arg("extract")
        .arg(article)
        .output()
        .expect("extractor runs")
}

#[test]
fn a_predicate_added_by_a_user_file_reads_deals_the_shipped_lexicon_misses() {
    let article = temp(
        "snap.txt",
        "Vantora Corp hoovered up Kelmix Inc for $40 million.",
    );
    let plain = extract(&[], &article);
    assert!(plain.status.success());
    assert!(
        String::from_utf8_lossy(&plain.stdout).contains("\"deals\":[]"),
        "the shipped lexicon has no 'hoovered up'"
    );
    let lexicon = temp(
        "mine.txt",
        "# my phrasings\nacquire = hoover up, hoovers up, hoovered up\n",
    );
    let lexicon = lexicon.to_string_lossy().to_string();
    let out = extract(&["--predicates", &lexicon], &article);
    assert!(out.status.success());
    let line = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(line.contains("DEAL_TYPE_ACQUISITION"), "{line}");
    assert!(
        line.contains("\"Kelmix\"") && line.contains("PARTY_ROLE_TARGET"),
        "{line}"
    );
}

#[test]
fn a_malformed_predicate_file_is_refused_naming_the_line_and_the_frames() {
    let article = temp("any.txt", "Vantora Corp bought Kelmix Inc.");
    let lexicon = temp("bad.txt", "acquire = snap up\nscoop = scooped up\n");
    let out = extract(&["--predicates", &lexicon.to_string_lossy()], &article);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.txt, line 2"), "{err}");
    assert!(err.contains("unknown frame \"scoop\""), "{err}");
}

#[test]
fn a_role_map_line_in_a_user_file_is_tried_before_the_shipped_ones() {
    let article = temp(
        "seller.txt",
        "Vantora Corp bought Kelmix Inc from Orbis Holdings.",
    );
    let plain = extract(&[], &article);
    let line = String::from_utf8_lossy(&plain.stdout).to_string();
    assert!(line.contains("PARTY_ROLE_SELLER"), "{line}");
    let roles = temp(
        "no-sellers.txt",
        "roles acquire any = subject:acquirer, possessor:acquirer, object:target, of:target, on:target\n",
    );
    let out = extract(&["--predicates", &roles.to_string_lossy()], &article);
    assert!(out.status.success());
    let line = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        line.contains("PARTY_ROLE_TARGET") && !line.contains("PARTY_ROLE_SELLER"),
        "{line}"
    );
}

#[test]
fn a_malformed_role_map_line_is_refused_naming_what_is_allowed() {
    let article = temp("any2.txt", "Vantora Corp bought Kelmix Inc.");
    let roles = temp("bad-roles.txt", "roles acquire any = into:acquirer\n");
    let out = extract(&["--predicates", &roles.to_string_lossy()], &article);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad-roles.txt, line 1"), "{err}");
    assert!(err.contains("unknown argument \"into\""), "{err}");
    assert!(err.contains("subject, possessor, object"), "{err}");
}
