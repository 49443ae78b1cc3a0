//! CoNLL-style files: one token a line (`token<TAB>...`, the token first),
//! a blank line between sentences, `#` lines ignored, gzip when the name
//! ends in `.gz`. Tagged output is written the same way, `token<TAB>tag`.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;

use super::tag::Tag;

/// A sentence: its tokens, as the file gives them.
pub type Sentence = Vec<String>;

/// Reads the sentences of a CoNLL file (gzip when the name ends in `.gz`).
pub fn read_file(path: &Path) -> std::io::Result<Vec<Sentence>> {
    Ok(tokens_only(read_pairs(open(path)?)?))
}

/// Reads the sentences of an annotated CoNLL file: each token with its tag
/// (the last column).
pub fn read_tagged_file(path: &Path) -> std::io::Result<Vec<Vec<(String, String)>>> {
    read_pairs(open(path)?)
}

/// Reads the sentences of CoNLL text.
pub fn read(input: impl Read) -> std::io::Result<Vec<Sentence>> {
    Ok(tokens_only(read_pairs(input)?))
}

fn open(path: &Path) -> std::io::Result<Box<dyn Read>> {
    let file = std::fs::File::open(path)?;
    Ok(if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    })
}

fn tokens_only(sentences: Vec<Vec<(String, String)>>) -> Vec<Sentence> {
    sentences
        .into_iter()
        .map(|s| s.into_iter().map(|(token, _)| token).collect())
        .collect()
}

/// Each sentence's (token, tag) pairs: the first column and the last (the
/// token itself when there is one column). Columns are tab-separated, or,
/// in files that use spaces, separated by spaces.
fn read_pairs(input: impl Read) -> std::io::Result<Vec<Vec<(String, String)>>> {
    let mut sentences = Vec::new();
    let mut current = Vec::new();
    for line in BufReader::new(input).lines() {
        let line = line?;
        let line = line.trim_end_matches('\r');
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        let cols: Vec<&str> = if line.contains('\t') {
            line.split('\t').collect()
        } else {
            line.split_whitespace().collect()
        };
        if let (Some(token), Some(tag)) = (cols.first(), cols.last()) {
            current.push((token.to_string(), tag.to_string()));
        }
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}

/// Writes `token<TAB>tag` lines, a blank line after each sentence.
pub fn write(
    out: &mut impl Write,
    sentences: &[Sentence],
    tags: &[Vec<Tag>],
) -> std::io::Result<()> {
    for (tokens, tags) in sentences.iter().zip(tags) {
        for (token, tag) in tokens.iter().zip(tags) {
            writeln!(out, "{token}\t{tag}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_split_on_blank_lines_and_comments_are_skipped() {
        let text = "# doc\nAcme\tB-ORG\tx\nbuys\tO\n\n\nGlobex\tB-ORG\r\n.\tO\n";
        let s = read(text.as_bytes()).unwrap_or_default();
        assert_eq!(s, [vec!["Acme", "buys"], vec!["Globex", "."]]);
    }

    #[test]
    fn a_file_of_bare_tokens_reads_too() {
        let s = read("Acme\nbuys\nGlobex".as_bytes()).unwrap_or_default();
        assert_eq!(s, [vec!["Acme", "buys", "Globex"]]);
    }

    #[test]
    fn gzip_files_are_read_by_their_name() {
        let dir = std::env::temp_dir().join(format!("dealwire-conll-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_default();
        let path = dir.join("t.conll.gz");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"Acme\tB-ORG\n\nbuys\tO\n")
            .unwrap_or_default();
        std::fs::write(&path, gz.finish().unwrap_or_default()).unwrap_or_default();
        let s = read_file(&path).unwrap_or_default();
        std::fs::remove_dir_all(&dir).unwrap_or_default();
        assert_eq!(s, [vec!["Acme"], vec!["buys"]]);
    }

    #[test]
    fn output_has_one_line_per_token_and_a_blank_line_per_sentence() {
        let sentences = vec![vec!["Acme".to_string(), "rises".to_string()]];
        let tags = vec![vec![Tag::Begin(super::super::Kind::Org), Tag::Outside]];
        let mut out = Vec::new();
        write(&mut out, &sentences, &tags).unwrap_or_default();
        assert_eq!(String::from_utf8_lossy(&out), "Acme\tB-ORG\nrises\tO\n\n");
    }
}
