//! The memory pictures, read back as XML: the flame graph's frames and bytes, the
//! timeline's peak (equal to the allocator's own peak in `--mem-report`) and its
//! collection ticks, and objgraph's SVG reference graphs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PROGRAM: &str = "\
import gc, sys
def make_rows(n):
    return [[i] * 10 for i in range(n)]
def build_index(rows):
    return {i: str(r) for i, r in enumerate(rows)}
rows = make_rows(2000)
index = build_index(rows)
print(sum(sys.getsizeof(r) for r in rows))
print(sum(sys.getsizeof(v) for v in index.values()))
del rows
gc.collect()
gc.collect()
";

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("minipy-pictures-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create scratch directory");
    dir
}

fn minipy(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run minipy");
    assert!(
        out.status.success(),
        "minipy {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Parses a picture (inferno's SVG declares its DTD).
fn parse(text: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(text, options).expect("the picture is XML")
}

/// The `key=value` fields of the picture's `<desc>`.
fn desc_fields(doc: &roxmltree::Document) -> Vec<(String, String)> {
    let desc = doc
        .descendants()
        .find(|n| n.has_tag_name("desc"))
        .and_then(|n| n.text())
        .expect("a <desc> summary");
    desc.split_whitespace()
        .filter_map(|f| f.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

fn field<'a>(fields: &'a [(String, String)], key: &str) -> &'a str {
    &fields
        .iter()
        .find(|(k, _)| k == key)
        .unwrap_or_else(|| panic!("no {key} in {fields:?}"))
        .1
}

/// The bytes a flame graph frame's tooltip gives for the frame named `name`.
fn frame_bytes(doc: &roxmltree::Document, name: &str) -> usize {
    let prefix = format!("{name} (");
    let title = doc
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .filter_map(|n| n.text())
        .find(|t| t.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no frame {name}"));
    // `name (file:line) (1,234 bytes, 5.6%)`
    let counts = title.rsplit(" (").next().unwrap_or("");
    let digits: String = counts
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().expect("bytes in the frame's title")
}

fn allocator_peak(stderr: &str) -> usize {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("bytes:"))
        .expect("--mem-report's bytes line");
    line.rsplit("peak ")
        .next()
        .unwrap_or("")
        .trim()
        .parse()
        .expect("peak bytes")
}

#[test]
fn flame_graph_and_timeline_show_the_programs_memory() {
    let dir = scratch("run");
    std::fs::write(dir.join("prog.py"), PROGRAM).expect("write program");
    let out = minipy(
        &dir,
        &[
            "--flamegraph",
            "flame.svg",
            "--mem-timeline",
            "timeline.svg",
            "--mem-report",
            "prog.py",
        ],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let sizes: Vec<usize> = stdout.lines().map(|l| l.parse().expect("a size")).collect();
    let peak = allocator_peak(&String::from_utf8_lossy(&out.stderr));

    let flame_text = std::fs::read_to_string(dir.join("flame.svg")).expect("flame graph");
    let flame = parse(&flame_text);
    let fields = desc_fields(&flame);
    assert_eq!(
        field(&fields, "peak_bytes").parse::<usize>().ok(),
        Some(peak)
    );
    // The rows are live at the peak, under the comprehension that made them; the
    // index's strings under the other.
    let rows = frame_bytes(&flame, "make_rows.<locals>.<listcomp>");
    assert!(rows >= sizes[0], "rows {rows} < {}", sizes[0]);
    assert_eq!(frame_bytes(&flame, "make_rows"), rows);
    let strings = frame_bytes(&flame, "build_index.<locals>.<dictcomp>");
    assert!(strings >= sizes[1], "strings {strings} < {}", sizes[1]);
    let shown: usize = field(&fields, "shown_bytes").parse().expect("shown bytes");
    assert!(shown <= peak && shown >= rows + strings);
    // inferno's search and zoom scripts are in the file.
    assert!(flame_text.contains("function search("));

    let timeline_text = std::fs::read_to_string(dir.join("timeline.svg")).expect("timeline");
    let timeline = parse(&timeline_text);
    let fields = desc_fields(&timeline);
    assert_eq!(
        field(&fields, "peak_bytes").parse::<usize>().ok(),
        Some(peak)
    );
    // Two explicit full collections and no other: two ticks in the oldest lane.
    assert!(field(&fields, "collections").ends_with(",gen2:2"));
    let gen2_ticks = timeline
        .descendants()
        .filter(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some("#D62728"))
        .count();
    assert_eq!(gen2_ticks, 2);
    let texts: Vec<&str> = timeline
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .map(str::trim)
        .collect();
    assert!(texts.iter().any(|t| t.starts_with("peak ")), "{texts:?}");
    assert!(
        texts
            .iter()
            .any(|t| t.contains("make_rows.<locals>.<listcomp> (prog.py:3)")),
        "{texts:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn total_flame_graph_and_html_timeline() {
    let dir = scratch("total");
    std::fs::write(dir.join("prog.py"), PROGRAM).expect("write program");
    minipy(
        &dir,
        &[
            "--flamegraph",
            "all.svg",
            "--flamegraph-total",
            "--mem-timeline",
            "timeline.html",
            "prog.py",
        ],
    );
    let text = std::fs::read_to_string(dir.join("all.svg")).expect("flame graph");
    let doc = parse(&text);
    let fields = desc_fields(&doc);
    let shown: usize = field(&fields, "shown_bytes").parse().expect("shown bytes");
    let peak: usize = field(&fields, "peak_bytes").parse().expect("peak");
    // Everything allocated, freed or not, is more than what was live at the peak.
    assert!(shown > peak / 2);
    assert!(text.contains("Memory allocated by prog.py"));
    let page = std::fs::read_to_string(dir.join("timeline.html")).expect("page");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<svg") && page.contains("make_rows.&lt;locals&gt;.&lt;listcomp&gt;"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn objgraph_draws_svg_without_graphviz() {
    let dir = scratch("objgraph");
    let program = "\
import objgraph
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
root = Node('root')
for i in range(3):
    child = Node('c%d' % i)
    child.parent = root
    root.children.append(child)
objgraph.show_refs([root], filename='refs.svg', max_depth=2)
objgraph.show_backrefs([root.children], filename='backrefs.svg', max_depth=2)
";
    std::fs::write(dir.join("prog.py"), program).expect("write program");
    let out = minipy(&dir, &["prog.py"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("Graph written to refs.svg ("),
        "{stdout}"
    );
    for (file, edge_label) in [("refs.svg", "children"), ("backrefs.svg", "children")] {
        let text = std::fs::read_to_string(dir.join(file)).expect("graph");
        let doc = parse(&text);
        let fields = desc_fields(&doc);
        let nodes = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("node"))
            .count();
        assert_eq!(field(&fields, "nodes").parse::<usize>().ok(), Some(nodes));
        let edges = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("edge"))
            .count();
        assert_eq!(field(&fields, "edges").parse::<usize>().ok(), Some(edges));
        assert!(edges > 0 && nodes > 1);
        let labels: Vec<&str> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("edge-label"))
            .filter_map(|n| n.text())
            .collect();
        assert!(labels.contains(&edge_label), "{file}: {labels:?}");
        // Every edge joins two drawn nodes.
        for e in doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("edge"))
        {
            for end in ["data-from", "data-to"] {
                let id = e.attribute(end).expect("edge end");
                assert!(doc.descendants().any(|n| n.attribute("id") == Some(id)));
            }
        }
    }
    let refs = std::fs::read_to_string(dir.join("refs.svg")).expect("graph");
    assert!(refs.contains("&lt;__main__.Node object at"));
    let _ = std::fs::remove_dir_all(&dir);
}
