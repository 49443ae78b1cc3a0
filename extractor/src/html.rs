//! Reduces HTML to plain text: markup removed, script and style bodies
//! dropped, page furniture (menus, related links, footers: see
//! `data/words/html_furniture.txt`) dropped, entities decoded, block
//! elements turned into line breaks. A single pass with no recursion, so
//! nesting depth costs nothing.

use std::sync::OnceLock;

/// The furniture list: element names dropped whole, and the words of a
/// class or id that drop their element.
struct Furniture {
    tags: Vec<&'static str>,
    marks: Vec<&'static str>,
}

fn furniture() -> &'static Furniture {
    static FURNITURE: OnceLock<Furniture> = OnceLock::new();
    FURNITURE.get_or_init(|| {
        let mut f = Furniture {
            tags: Vec::new(),
            marks: Vec::new(),
        };
        let text = include_str!("../data/words/html_furniture.txt");
        for line in text.lines().map(str::trim) {
            match line.split_once(' ') {
                Some(("tag", name)) => f.tags.push(name.trim()),
                Some(("mark", word)) => f.marks.push(word.trim()),
                _ => {}
            }
        }
        f
    })
}

/// Elements that never hold content: never furniture to skip to a close.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Elements a class or id may drop: containers HTML always closes.
const CLOSED_CONTAINERS: &[&str] = &[
    "div", "section", "ul", "ol", "span", "table", "figure", "header", "dl",
];

/// Elements whose close ends any furniture still open: a furniture
/// element left unclosed drops no more than its part of the page.
const PAGE_ENDS: &[&str] = &["article", "main", "body", "html"];

/// Whether the opening tag `tag` (its text between `<` and `>`), of element
/// `name`, starts page furniture: a listed element, or one whose class or id
/// holds a listed word.
fn is_furniture(name: &str, tag: &str) -> bool {
    let f = furniture();
    if VOID.contains(&name) || tag.ends_with('/') {
        return false;
    }
    if f.tags.contains(&name) {
        return true;
    }
    // (Only containers always closed are dropped by their class: the
    // page's and the story's own never, whatever state their classes tell
    // ("<body class=\"has-sidebar\">"), nor a paragraph or list item,
    // whose close HTML may leave out.)
    if !CLOSED_CONTAINERS.contains(&name) {
        return false;
    }
    let lower = tag.to_ascii_lowercase();
    ["class=", "id="].iter().any(|attr| {
        let Some(at) = lower.find(attr) else {
            return false;
        };
        // Only as a whole attribute name ("data-id=" is another).
        if at > 0 && !lower[..at].ends_with([' ', '\t', '\n', '\r']) {
            return false;
        }
        let value = &lower[at + attr.len()..];
        let value = match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
            _ => value.split([' ', '>']).next().unwrap_or(""),
        };
        value
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|part| {
                f.marks
                    .iter()
                    .any(|m| part == *m || (m.len() >= 6 && part.contains(m)))
            })
    })
}

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
    // The furniture element being dropped and how deep in its own kind.
    let mut furniture_open: Option<(String, usize)> = None;
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
            if furniture_open.is_none() {
                decode_into(rest, &mut out);
            }
            break;
        };
        if furniture_open.is_none() {
            decode_into(&rest[..lt], &mut out);
        }
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
        // Inside furniture: only its own kind's tags count, to find its close.
        if let Some((open, depth)) = furniture_open.as_mut() {
            if *open == name && !tag.ends_with('/') {
                if tag.starts_with('/') {
                    *depth -= 1;
                } else {
                    *depth += 1;
                }
            }
            if *depth == 0 || (tag.starts_with('/') && PAGE_ENDS.contains(&name.as_str())) {
                furniture_open = None;
                if !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            rest = &rest[gt + 1..];
            continue;
        }
        if !tag.starts_with('/') && is_furniture(&name, tag) {
            furniture_open = Some((name, 1));
            rest = &rest[gt + 1..];
            continue;
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
    fn menus_related_links_and_footers_are_dropped_whole() {
        let t = to_text(
            "<nav><ul><li>Deals</li></ul></nav><h1>Orvane buys Kelmix</h1>\
             <div class=\"story\"><p>Orvane agreed to buy Kelmix.</p>\
             <div class=\"related-coverage\"><div><a>Tessel to acquire Pivane</a></div></div>\
             <p>The deal closes in May.</p></div><footer>© 2026</footer>",
        );
        assert_eq!(
            t.split_whitespace().collect::<Vec<_>>().join(" "),
            "Orvane buys Kelmix Orvane agreed to buy Kelmix. The deal closes in May."
        );
    }

    #[test]
    fn the_page_and_story_containers_are_kept_whatever_their_classes() {
        let t = to_text(
            "<body class=\"has-sidebar\"><article class=\"menu-open\"><p>Orvane buys Kelmix</p></article></body>",
        );
        assert_eq!(t.trim(), "Orvane buys Kelmix");
    }

    #[test]
    fn an_unclosed_furniture_element_drops_no_more_than_its_part_of_the_page() {
        let t = to_text(
            "<article><aside>More deals<div>Tessel buys Pivane</div></article><p>Orvane buys Kelmix</p>",
        );
        assert_eq!(t.trim(), "Orvane buys Kelmix");
        let t = to_text("<p class=\"byline\">By A. Writer<p>Orvane buys Kelmix");
        assert!(t.contains("Orvane buys Kelmix"));
    }

    #[test]
    fn a_class_word_inside_another_word_keeps_its_element() {
        // "header" holds "ad", "shared" holds no listed word whole.
        let t = to_text("<div class=\"header shared\"><p>Orvane buys Kelmix</p></div>");
        assert_eq!(t.trim(), "Orvane buys Kelmix");
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
