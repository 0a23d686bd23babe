//! `pympler` and `minipy` (the heap-inspection module). CPython has neither, so these
//! run minipy alone and check each figure against minipy's own exact counters
//! (sys.getsizeof of the objects involved) and the output formats against fixed text.

use std::process::Command;

/// Runs `source` under minipy (default and stressed collection, leaks checked) and
/// gives its stdout; both runs must print the same.
fn run(name: &str, source: &str) -> String {
    let dir = std::env::temp_dir().join(format!("minipy-pym-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("prog.py");
    std::fs::write(&path, source).expect("write program");
    let mut outputs = Vec::new();
    for flags in [&["--check-leaks"][..], &["--gc-stress"][..]] {
        let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
            .args(flags)
            .arg(&path)
            .output()
            .expect("run minipy");
        assert_eq!(
            out.status.code(),
            Some(0),
            "stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        outputs.push(String::from_utf8_lossy(&out.stdout).into_owned());
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(outputs[0], outputs[1], "output changed under --gc-stress");
    outputs.swap_remove(0)
}

#[test]
fn asizeof_counts_each_reachable_object_once() {
    let out = run(
        "asizeof",
        "\
import sys
from pympler import asizeof
import minipy
s = 'shared text'
t = (3000, 4000)
obj = [s, s, t, 'other']
expected = sum(map(sys.getsizeof, (obj, s, t, 3000, 4000, 'other')))
print(asizeof.asizeof(obj) == expected == minipy.deep_size(obj))
print(asizeof.asizeof(obj, t) == expected, asizeof.asizeof([]) == sys.getsizeof([]))
print(asizeof.asizesof(obj, t) == (expected - asizeof.asizeof(t), asizeof.asizeof(t)))
print(asizeof.asizesof(t, t)[1])
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1000.5, 2000.5)
# The class is not counted, nor the attribute names (the class's key list owns them).
print(minipy.deep_size(p) == sum(map(sys.getsizeof, (p, p.x, p.y))))
print(minipy.deep_size(None) == sys.getsizeof(None), minipy.deep_size([None]) == sys.getsizeof([None]))
a = asizeof.asized(obj, detail=1)
print(a.size == expected, a.flat == sys.getsizeof(obj), len(a.refs))
print(a.format(format='%(name)s', depth=1))
print(asizeof.asized({'k': 'v'}, detail=1).format(format='%(name)s'))
print(str(asizeof.asized(t)) == 'size %d, flat %d, refs[0], name %r' % (asizeof.asizeof(t), sys.getsizeof(t), repr(t)))
",
    );
    assert_eq!(
        out,
        "True\nTrue True\nTrue\n0\nTrue\nTrue True\nTrue True 4\n\
         ['shared text', 'shared text', (3000, 4000), 'other']\n    \
         (3000, 4000)\n    'shared text'\n    'other'\n    'shared text'\n\
         {'k': 'v'}\n    [K] 'k'\n    [V] 'k': 'v'\nTrue\n"
    );
}

#[test]
fn asized_format_prints_exact_sizes() {
    let out = run(
        "asized",
        "\
import sys
from pympler import asizeof
obj = [1000, (3000, 4000), 'text']
text = asizeof.asized(obj, detail=1).format()
want = ['%r size=%d flat=%d' % (obj, asizeof.asizeof(obj), sys.getsizeof(obj))]
for item in sorted(obj, key=asizeof.asizeof, reverse=True):
    want.append('    %r size=%d flat=%d' % (item, asizeof.asizeof(item), sys.getsizeof(item)))
print(text == '\\n'.join(want))
print(text.splitlines()[1].startswith('    (3000, 4000) size='))
",
    );
    assert_eq!(out, "True\nTrue\n");
}

#[test]
fn summary_table_has_pymplers_layout() {
    let out = run(
        "summary",
        "\
import sys
from pympler import summary
objs = [[], [1], 'abc', 'de', 5000, {}]
rows = summary.summarize(objs)
print(sorted(rows) == sorted([['list', 2, sys.getsizeof([]) + sys.getsizeof([1])],
      ['str', 2, sys.getsizeof('abc') + sys.getsizeof('de')],
      ['int', 1, sys.getsizeof(5000)], ['dict', 1, sys.getsizeof({})]]))
summary.print_([['list', 3, 2048], ['str', 10, 530], ['int', 1, 28],
                ['__main__.Point', 2, 5 * 1024 * 1024]])
summary.print_(summary.get_diff([['str', 2, 100]], [['str', 1, 50], ['int', 1, 28]]))
",
    );
    assert_eq!(
        out,
        "True\n\
         \x20          types |   # objects |   total size\n\
         ================ | =========== | ============\n\
         \x20 __main__.Point |           2 |      5.00 MB\n\
         \x20           list |           3 |      2.00 KB\n\
         \x20            str |          10 |    530     B\n\
         \x20            int |           1 |     28     B\n\
         \x20 types |   # objects |   total size\n\
         ======= | =========== | ============\n\
         \x20   int |           1 |     28     B\n\
         \x20   str |          -1 |    -50     B\n"
    );
}

#[test]
fn tracker_reports_what_appeared() {
    let out = run(
        "tracker",
        "\
import sys
from pympler import tracker, muppy
tr = tracker.SummaryTracker()
keep = [[i] for i in range(1000, 1050)]
rows = {r[0]: r for r in tr.diff()}
lists = rows['list']
print(lists[1], lists[2] == sys.getsizeof(keep) + sum(map(sys.getsizeof, keep)))
print(rows['int'][1], rows['int'][2] == 50 * sys.getsizeof(1000))
del keep, rows, lists
rows = {r[0]: r for r in tr.diff()}
print(rows['list'][1], rows['int'][1])
objs = muppy.get_objects()
print(len(objs) == len(set(map(id, objs))), muppy.get_size([[], 'ab']) == sys.getsizeof([]) + sys.getsizeof('ab'))
print(len(muppy.filter([1, 'a', [], 'bc'], Type=str)))
",
    );
    assert_eq!(out, "51 True\n50 True\n-51 -50\nTrue True\n2\n");
}

#[test]
fn heap_partition_and_allocation_sites() {
    let out = run(
        "heap",
        "\
import sys, tracemalloc
import minipy
class Blob:
    def __init__(self, n):
        self.n = n
blobs = [Blob(i) for i in range(40)]
h = minipy.heap()
row = [r for r in h if r[0] == '__main__.Blob'][0]
print(row[1], row[2] == 40 * sys.getsizeof(blobs[0]))
print(h.count == sum(r[1] for r in h), h.size == sum(r[2] for r in h))
lines = str(h).splitlines()
print(lines[0] == 'Partition of a set of %d objects. Total size = %d bytes.' % (h.count, h.size))
print(lines[1])
print(minipy.where(blobs))
tracemalloc.start()
made = [Blob(0) for _ in range(3)]
print(minipy.where(made), minipy.where(made[0]) == minipy.where(made))
by_line = minipy.heap().by_line()
print([r[1] for r in by_line if r[0].endswith('prog.py:16')])
tracemalloc.stop()
holder = {'blob': blobs[0]}
print(any(r is holder for r in minipy.referrers(blobs[0])))
del h, by_line
",
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "40 True");
    assert_eq!(lines[1], "True True");
    assert_eq!(lines[2], "True");
    assert_eq!(
        lines[3],
        " Index  Count   %     Size   % Cumulative  % Kind (class)"
    );
    assert_eq!(lines[4], "None");
    assert!(lines[5].ends_with("prog.py:16 True"), "{}", lines[5]);
    // What line 16 made and still holds: the list and its three instances.
    assert_eq!(lines[6], "[4]");
    assert_eq!(lines[7], "True");
}
