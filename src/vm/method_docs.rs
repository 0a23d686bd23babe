//! The text signatures and docstrings of the builtin types' methods (what
//! `inspect.signature(str.join)` and `help(list.append)` read), kept as CPython 3.11
//! gives them in `method_docs.txt` and indexed on first use.

use std::collections::HashMap;
use std::sync::OnceLock;

const TEXT: &str = include_str!("method_docs.txt");

type Index = HashMap<(&'static str, &'static str), (&'static str, &'static str)>;

/// Reads the records: a header `== owner.name signature`, then the doc's lines up
/// to the next header (the line break before a header is no part of the doc).
fn parse() -> Index {
    let mut index = Index::new();
    let mut rest = TEXT;
    // Comment lines come first.
    while rest.starts_with('#') {
        rest = rest.split_once('\n').map_or("", |(_, r)| r);
    }
    while let Some(body) = rest.strip_prefix("== ") {
        let (header, after) = body.split_once('\n').unwrap_or((body, ""));
        // A record without a doc is followed at once by the next header.
        let end = if after.starts_with("== ") {
            0
        } else {
            after.find("\n== ").map_or(after.len(), |i| i + 1)
        };
        let doc = after[..end].strip_suffix('\n').unwrap_or(&after[..end]);
        rest = &after[end..];
        let (qualified, sig) = header.split_once(' ').unwrap_or((header, ""));
        if let Some((owner, name)) = qualified.split_once('.') {
            index.insert((owner, name), (sig, doc));
        }
    }
    index
}

/// The `(text signature, doc)` of method `name` of the builtin type `owner`; either
/// may be "" when CPython gives None.
pub fn method_doc(owner: &str, name: &str) -> Option<(&'static str, &'static str)> {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(parse).get(&(owner, name)).copied()
}
