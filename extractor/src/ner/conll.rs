//! CoNLL-style files: one token a line (`token<TAB>...`, the token first),
//! a blank line between sentences, `#` lines ignored, gzip when the name
//! ends in `.gz`. Tagged output is written the same way, `token<TAB>tag`.
//!
//! A file is one document, unless it marks where documents start: a
//! `-DOCSTART-` line (CoNLL-2003), a `# newdoc` line (CoNLL-U), or a
//! `# source` line naming another source than the one before it (sentences
//! gathered from many articles). A document is what the recogniser reads
//! as one article.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;

use super::tag::Tag;

/// A sentence: its tokens, as the file gives them.
pub type Sentence = Vec<String>;

/// A document: its sentences.
pub type Document = Vec<Sentence>;

/// Reads the documents of a CoNLL file (gzip when the name ends in `.gz`).
pub fn read_file(path: &Path) -> std::io::Result<Vec<Document>> {
    Ok(tokens_only(read_pairs(open(path)?)?))
}

/// Reads the sentences of an annotated CoNLL file, documents one after the
/// other: each token with its tag (the last column).
pub fn read_tagged_file(path: &Path) -> std::io::Result<Vec<Vec<(String, String)>>> {
    Ok(read_pairs(open(path)?)?.into_iter().flatten().collect())
}

/// Reads the documents of CoNLL text.
pub fn read(input: impl Read) -> std::io::Result<Vec<Document>> {
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

type Pairs = Vec<(String, String)>;

fn tokens_only(documents: Vec<Vec<Pairs>>) -> Vec<Document> {
    documents
        .into_iter()
        .map(|d| {
            d.into_iter()
                .map(|s| s.into_iter().map(|(token, _)| token).collect())
                .collect()
        })
        .collect()
}

/// Each document's sentences of (token, tag) pairs: the first column and
/// the last (the token itself when there is one column). Columns are
/// tab-separated, or, in files that use spaces, separated by spaces.
fn read_pairs(input: impl Read) -> std::io::Result<Vec<Vec<Pairs>>> {
    let mut documents = Vec::new();
    let mut sentences = Vec::new();
    let mut current = Vec::new();
    let mut source: Option<String> = None;
    for line in BufReader::new(input).lines() {
        let line = line?;
        let line = line.trim_end_matches('\r');
        let comment = line.strip_prefix('#').map(str::trim_start);
        let new_doc = match comment {
            Some(c) if c.starts_with("newdoc") => true,
            Some(c) if c.starts_with("source") => {
                let value = c["source".len()..].trim_start_matches([':', '=', ' ']);
                let changed = source.as_deref().is_some_and(|s| s != value);
                source = Some(value.to_string());
                changed
            }
            Some(_) => false,
            None => line.split_whitespace().next() == Some("-DOCSTART-"),
        };
        if new_doc {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            if !sentences.is_empty() {
                documents.push(std::mem::take(&mut sentences));
            }
        }
        if comment.is_some() || new_doc {
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
    if !sentences.is_empty() {
        documents.push(sentences);
    }
    Ok(documents)
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
        assert_eq!(s, [vec![vec!["Acme", "buys"], vec!["Globex", "."]]]);
    }

    #[test]
    fn a_file_of_bare_tokens_reads_too() {
        let s = read("Acme\nbuys\nGlobex".as_bytes()).unwrap_or_default();
        assert_eq!(s, [vec![vec!["Acme", "buys", "Globex"]]]);
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
        assert_eq!(s, [vec![vec!["Acme"], vec!["buys"]]]);
    }

    #[test]
    fn documents_start_at_docstart_newdoc_and_a_new_source() {
        let text = "-DOCSTART- O\n\nAcme\tO\n\n-DOCSTART- O\n\nGlobex\tO\n\n\
                    # newdoc id = 3\nInitech\tO\n\n\
                    # source: a\nOne\tO\n\n# source: a\nTwo\tO\n\n# source: b\nThree\tO\n";
        let docs = read(text.as_bytes()).unwrap_or_default();
        let firsts: Vec<Vec<&str>> = docs
            .iter()
            .map(|d| d.iter().map(|s| s[0].as_str()).collect())
            .collect();
        assert_eq!(
            firsts,
            [
                vec!["Acme"],
                vec!["Globex"],
                vec!["Initech", "One", "Two"],
                vec!["Three"]
            ]
        );
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
