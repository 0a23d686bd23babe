//! `memory_profiler` compatibility: `@profile` tables and `--profile-memory`, with the
//! heap's exact figures. CPython has no memory_profiler, so these run minipy alone and
//! check the table's layout and figures computed from `sys.getsizeof` in the program.

use std::path::PathBuf;
use std::process::Command;

/// Writes `source` to a fresh directory as `prog.py` and runs minipy on it there.
fn run(name: &str, source: &str, flags: &[&str]) -> (String, String, i32) {
    let dir = std::env::temp_dir().join(format!("minipy-mp-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path: PathBuf = dir.join("prog.py");
    std::fs::write(&path, source).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(flags)
        .arg(&path)
        .current_dir(&dir)
        .output()
        .expect("run minipy");
    let stdout = String::from_utf8_lossy(&out.stdout).replace(&format!("{}/", dir.display()), "");
    let _ = std::fs::remove_dir_all(&dir);
    (
        stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

const HEADER: &str = "Line #    Mem usage    Increment  Occurrences   Line Contents";

/// The table rows of a profile report: (line number, usage, increment, occurrences, text).
fn rows(table: &str) -> Vec<(u32, String, String, String, String)> {
    table
        .lines()
        .filter_map(|l| {
            let n: u32 = l.get(..6)?.trim().parse().ok()?;
            let usage = l.get(7..19)?.trim().to_owned();
            let inc = l.get(20..32)?.trim().to_owned();
            let occ = l.get(34..44)?.trim().to_owned();
            let text = l.get(47..).unwrap_or("").to_owned();
            Some((n, usage, inc, occ, text))
        })
        .collect()
}

fn mib(bytes: i64) -> String {
    format!("{:.3} MiB", bytes as f64 / 1048576.0)
}

const DECORATED: &str = "\
import sys
from memory_profiler import profile

@profile
def build(n):
    items = [0] * n
    for i in range(3):
        items.append(i)
    del items
    return n

build(100000)
print(sys.getsizeof([0] * 100000))
";

#[test]
fn profile_decorator_prints_the_table() {
    let (out, err, code) = run("decorated", DECORATED, &["--check-leaks"]);
    assert_eq!(code, 0, "stderr: {err}");
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("Filename: prog.py"));
    assert_eq!(lines.next(), Some(""));
    assert_eq!(lines.next(), Some(HEADER));
    assert_eq!(lines.next(), Some("=".repeat(61).as_str()));
    let rows = rows(&out);
    let numbers: Vec<u32> = rows.iter().map(|r| r.0).collect();
    assert_eq!(numbers, vec![4, 5, 6, 7, 8, 9, 10]);
    let size: i64 = out
        .lines()
        .last()
        .and_then(|l| l.parse().ok())
        .expect("size");
    // The decorator line holds the memory at entry, with itself as increment.
    assert_eq!(rows[0].1, rows[0].2);
    assert_eq!(rows[0].3, "1");
    assert_eq!(rows[0].4, "@profile");
    // `def` runs no line of its own: no figures.
    assert_eq!(
        (rows[1].1.as_str(), rows[1].2.as_str(), rows[1].3.as_str()),
        ("", "", "")
    );
    assert_eq!(rows[1].4, "def build(n):");
    // The list of 100000 items is exactly sys.getsizeof of such a list.
    assert_eq!(rows[2].2, mib(size));
    assert_eq!(rows[2].3, "1");
    // The loop header runs once per item and once more to stop; its body once per item.
    assert_eq!(rows[3].3, "4");
    assert_eq!(rows[4].3, "3");
    assert_eq!((rows[5].3.as_str(), rows[6].3.as_str()), ("1", "1"));
    // Deleting the list gives back what the list and its growth took.
    assert_eq!(rows[5].1, rows[0].1);
    // Exact layout of a row (memory_profiler's template).
    let row6 = out
        .lines()
        .find(|l| l.starts_with("     6"))
        .expect("row 6");
    assert_eq!(
        row6,
        format!(
            "     6 {:>12} {:>12}  {:>10}   {}",
            rows[2].1, rows[2].2, 1, "    items = [0] * n"
        )
    );
    // The table ends with two blank lines before the program's own output.
    assert!(out.contains("    return n\n\n\n"), "{out}");
}

const DIRECT: &str = "\
import sys
from memory_profiler import LineProfiler, show_results

def grow():
    a = [0] * 1000
    b = [1] * 2000
    del a
    return b

prof = LineProfiler()
kept = prof(grow)()
(filename, start, end, measures), = prof.results()
print(start, end, sorted(measures))
print(measures[5][0] == sys.getsizeof([0] * 1000))
print(measures[6][0] == sys.getsizeof([1] * 2000))
print(measures[7][0] == -sys.getsizeof([0] * 1000))
print(measures[8][0])
print([measures[line][2] for line in sorted(measures)])
show_results(prof, precision=1)
";

#[test]
fn increments_are_exact_bytes() {
    let (out, err, code) = run("direct", DIRECT, &["--check-leaks"]);
    assert_eq!(code, 0, "stderr: {err}");
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("4 8 [4, 5, 6, 7, 8]"));
    assert_eq!(lines.next(), Some("True"));
    assert_eq!(lines.next(), Some("True"));
    assert_eq!(lines.next(), Some("True"));
    assert_eq!(lines.next(), Some("0"));
    assert_eq!(lines.next(), Some("[1, 1, 1, 1, 1]"));
    // precision=1 gives memory_profiler's default column format.
    let row = out
        .lines()
        .find(|l| l.starts_with("     7"))
        .expect("row 7");
    assert!(row.ends_with(" MiB           1       del a"), "{row}");
    assert!(row.contains("    -0.0 MiB"), "{row}");
}

const WHOLE_FILE: &str = "\
class Box:
    def fill(self, n):
        self.items = [None] * n
        return self

def make(n):
    return [Box().fill(10) for _ in range(n)]

def gen():
    yield 1
    yield 2

boxes = make(3)
total = sum(gen())
print(len(boxes), total)
";

#[test]
fn profile_memory_flag_profiles_every_function() {
    let (out, err, code) = run("whole", WHOLE_FILE, &["--profile-memory", "--check-leaks"]);
    assert_eq!(code, 0, "stderr: {err}");
    assert!(out.starts_with("3 3\n"), "{out}");
    assert_eq!(out.matches("Filename: prog.py\n\n").count(), 3, "{out}");
    let rows = rows(&out);
    let occ = |line: u32| -> Vec<String> {
        rows.iter()
            .filter(|r| r.0 == line)
            .map(|r| r.3.clone())
            .collect()
    };
    // Box.fill ran three times: its lines count every run.
    assert_eq!(occ(2), vec!["3"]);
    assert_eq!(occ(3), vec!["3"]);
    assert_eq!(occ(4), vec!["3"]);
    // The comprehension's steps report to the line of `make` that holds it.
    let make_line: u32 = occ(7).first().and_then(|o| o.parse().ok()).expect("line 7");
    assert!(make_line >= 4, "{out}");
    // A generator: called once, resumed twice, finishing on its last line.
    assert_eq!(occ(9), vec!["1"]);
    assert_eq!(occ(10), vec!["2"]);
    assert_eq!(occ(11), vec!["2"]);
}

#[test]
fn profiled_exceptions_still_report() {
    let src = "\
from memory_profiler import profile

@profile
def fail():
    x = [0] * 10
    raise ValueError('no')

try:
    fail()
except ValueError as e:
    print('caught', e)
";
    let (out, err, code) = run("raises", src, &["--check-leaks"]);
    assert_eq!(code, 0, "stderr: {err}");
    assert!(out.starts_with("caught no\n"), "{out}");
}
