//! Reduces HTML to plain text: markup removed, script and style bodies
//! dropped, entities decoded, block elements turned into line breaks. A
//! single pass with no recursion, so nesting depth costs nothing.

/// Block-level elements that end a line of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "ul",
    "ol",
    "table",
    "title",
    "figcaption",
    "hr",
];

/// Converts HTML to plain text.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skip_until: Option<&'static str> = None;
    while !rest.is_empty() {
        if let Some(close) = skip_until {
            match find_ci(rest, close) {
                Some(k) => {
                    rest = &rest[k..];
                    skip_until = None;
                }
                None => break,
            }
            continue;
        }
        let Some(lt) = rest.find('<') else {
            decode_into(rest, &mut out);
            break;
        };
        decode_into(&rest[..lt], &mut out);
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |k| &rest[k + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            // A lone '<' is text.
            out.push('<');
            rest = &rest[1..];
            continue;
        };
        let tag = &rest[1..gt];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !tag.starts_with('/') && (name == "script" || name == "style") {
            skip_until = Some(if name == "script" {
                "</script"
            } else {
                "</style"
            });
        }
        if BLOCKS.contains(&name.as_str()) && !out.ends_with('\n') {
            out.push('\n');
        }
        // A list item is a bulleted line, as a plain-text list writes it, so
        // that "Investors include:" and its items stay one sentence.
        // (The source's own line breaks between the tags go: a blank line
        // would end the list.)
        if name == "li" && !tag.starts_with('/') {
            let kept = out.trim_end_matches([' ', '\t', '\n', '\r']).len();
            out.truncate(kept);
            out.push_str("\n- ");
        }
        rest = &rest[gt + 1..];
    }
    out
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let lower = hay.to_ascii_lowercase();
    lower.find(needle)
}

fn decode_into(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|k| k + 1);
        let decoded = end
            .filter(|&e| rest[e..].starts_with(';'))
            .and_then(|e| entity(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace());
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "rsquo" | "lsquo" => '\'',
        "rdquo" | "ldquo" => '"',
        "laquo" => '«',
        "raquo" => '»',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "agrave" => 'à',
        "acirc" => 'â',
        "ccedil" => 'ç',
        "ocirc" => 'ô',
        "icirc" => 'î',
        "ucirc" => 'û',
        "ugrave" => 'ù',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn markup_goes_and_blocks_break_lines() {
        let t = to_text(
            "<html><head><style>p{}</style><script>var x = '<p>';</script></head><body><h1>Titre</h1><p>SoftBank &amp; OpenAI&nbsp;: 25&#160;milliards</p></body></html>",
        );
        assert_eq!(t.trim(), "Titre\nSoftBank & OpenAI : 25\u{a0}milliards");
    }

    #[test]
    fn list_items_become_bulleted_lines() {
        let t =
            to_text("<p>Investors include:</p>\n<ul>\n  <li>Orvane</li>\n  <li>Tessel</li></ul>");
        assert_eq!(t.trim(), "Investors include:\n- Orvane\n- Tessel");
    }

    #[test]
    fn unknown_entities_and_lone_brackets_stay_as_text() {
        assert_eq!(to_text("a &bogus; b < c"), "a &bogus; b < c");
    }

    #[test]
    fn deep_nesting_is_flat_work() {
        let html = format!(
            "{}deal{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        assert_eq!(to_text(&html).trim(), "deal");
    }

    proptest! {
        #[test]
        fn any_input_converts(s in "\\PC{0,300}") {
            let _ = to_text(&s);
        }
    }
}
