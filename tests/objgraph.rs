//! `objgraph` compatibility. CPython has no objgraph, so these run minipy alone on small
//! programs and check the exact output (type counts, growth tables, reference chains,
//! the Graphviz text).

use std::process::Command;

/// Runs `source` as `prog.py` in a fresh directory; gives stdout and the directory's
/// `.dot` files (name, text), the directory removed afterwards.
fn run(name: &str, source: &str) -> (String, Vec<(String, String)>) {
    let dir = std::env::temp_dir().join(format!("minipy-og-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("prog.py");
    std::fs::write(&path, source).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .arg("--check-leaks")
        .arg(&path)
        .current_dir(&dir)
        .output()
        .expect("run minipy");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut dots: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "dot"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("read dot");
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            (name.unwrap_or_default(), text)
        })
        .collect();
    dots.sort();
    let _ = std::fs::remove_dir_all(&dir);
    (String::from_utf8_lossy(&out.stdout).into_owned(), dots)
}

const COUNTS: &str = "\
import io
import objgraph

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

class Leaf:
    pass

objgraph.show_growth(limit=None, file=io.StringIO())
nodes = [Node('n%d' % i) for i in range(3)]
leaves = [Leaf() for i in range(12)]
mine = lambda o: type(o).__name__ in ('Node', 'Leaf')
objgraph.show_growth(filter=mine)
objgraph.show_growth(filter=mine)
more = [Node('x')]
objgraph.show_growth(filter=mine)
print(objgraph.count('Node'), objgraph.count('__main__.Leaf'), objgraph.count('Missing'))
print(len(objgraph.by_type('Leaf')), objgraph.by_type('Node', nodes)[0].name)
objgraph.show_most_common_types(filter=mine)
print(objgraph.most_common_types(limit=1, filter=mine))
print(objgraph.typestats(objects=nodes + leaves))
print(objgraph.typestats(objects=nodes[:1], shortnames=False))
print(objgraph.growth(filter=mine))
";

#[test]
fn counts_and_growth() {
    let (out, _) = run("counts", COUNTS);
    assert_eq!(
        out,
        "\
Leaf       12       +12
Node        3        +3
Node        4        +1
4 12 0
12 n0
Leaf 12
Node 4
[('Leaf', 12)]
{'Node': 3, 'Leaf': 12}
{'__main__.Node': 1}
[]
"
    );
}

const CHAINS: &str = "\
import objgraph

class Holder:
    def __init__(self):
        self.items = []

registry = {'holder': Holder()}
target = ['payload']
registry['holder'].items.append(target)
chain = objgraph.find_backref_chain(target, objgraph.is_proper_module)
print([type(x).__name__ for x in chain])
print(chain[0].__name__, chain[-1] is target)
chain = objgraph.find_ref_chain(registry, lambda o: o is target)
print([type(x).__name__ for x in chain])
print(objgraph.find_ref_chain(target, lambda o: False) == [target])
orphan = [[42]]
leaking = objgraph.get_leaking_objects()
print(any(o is orphan for o in leaking), any(o is orphan[0] for o in leaking))
print(objgraph.at(id(target)) is target)
";

#[test]
fn reference_chains() {
    let (out, _) = run("chains", CHAINS);
    assert_eq!(
        out,
        "\
['module', 'dict', 'list']
__main__ True
['dict', 'Holder', 'list', 'list']
True
False False
True
"
    );
}

const GRAPHS: &str = "\
import io
import objgraph

class Pair:
    def __init__(self, left, right):
        self.left = left
        self.right = right

inner = ['leaf']
pair = Pair(inner, (1, 2))
objgraph.show_refs([pair], filename='refs.dot', max_depth=1, filter=lambda o: not isinstance(o, (str, type)))
objgraph.show_backrefs([inner], filename='back.dot', max_depth=1)
objgraph.show_refs(pair, filename='pair.png', max_depth=0)
buf = io.StringIO()
objgraph.show_refs([inner], output=buf, max_depth=1, too_many=0)
text = buf.getvalue()
print(text.startswith('digraph ObjectGraph {'), text.endswith('}\\n'))
print('1 more references' in text)
";

/// Replaces object ids (`o<digits>`) by their order of appearance.
fn normalise_ids(text: &str) -> String {
    let mut seen: Vec<String> = Vec::new();
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('o') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let digits: String = tail.chars().take_while(|c| c.is_ascii_digit()).collect();
        let boundary = i == 0 || !rest[..i].ends_with(|c: char| c.is_alphanumeric());
        if digits.len() >= 6 && boundary {
            let n = match seen.iter().position(|s| *s == digits) {
                Some(n) => n,
                None => {
                    seen.push(digits.clone());
                    seen.len() - 1
                }
            };
            out.push_str(&format!("N{n}"));
            rest = &tail[digits.len()..];
        } else {
            out.push('o');
            rest = tail;
        }
    }
    out.push_str(rest);
    let addr = regex::Regex::new(r"0x[0-9a-f]+").expect("address pattern");
    addr.replace_all(&out, "0xADDR").into_owned()
}

#[test]
fn graphviz_files() {
    let (out, dots) = run("graphs", GRAPHS);
    assert_eq!(
        out,
        "\
Graph written to refs.dot (3 nodes)
Graph written to back.dot (3 nodes)
Graph written to pair.dot (1 nodes)
Image renderer (dot) not found, not doing anything else
True True
True
"
    );
    let names: Vec<&str> = dots.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, vec!["back.dot", "pair.dot", "refs.dot"]);
    let refs = normalise_ids(&dots[2].1);
    assert_eq!(
        refs,
        "\
digraph ObjectGraph {
  node[shape=box, style=filled, fillcolor=white];
  N0[fontcolor=red];
  N0[label=\"Pair\\n<__main__.Pair object at 0xADDR>\"];
  N0[fillcolor=\"0,0,1\"];
  N0 -> N1 [label=\"left\",weight=10];
  N0 -> N2 [label=\"right\",weight=10];
  N1[label=\"list\\n1 items\"];
  N1[fillcolor=\"0,0,0.3\"];
  N1[fontcolor=white];
  N2[label=\"tuple\\n2 items\"];
  N2[fillcolor=\"0,0,0.3\"];
  N2[fontcolor=white];
}
"
    );
    let back = normalise_ids(&dots[0].1);
    assert!(back.starts_with("digraph ObjectGraph {\n"), "{back}");
    assert!(back.contains("N0[label=\"list\\n1 items\"];"), "{back}");
    // The instance keeps its attributes in a dict of its own, which refers to `inner`.
    assert!(back.contains(" -> N0 [label=\"left\",weight=2];"), "{back}");
    assert!(
        back.contains(" -> N0 [label=\"inner\",weight=2];"),
        "{back}"
    );
    assert_eq!(back.matches("[label=").count(), 5, "{back}");
    assert!(back.ends_with("}\n"), "{back}");
}
