//! The exact `sys.getsizeof` figures of minipy's own layouts, where they differ from
//! CPython's (the figures that match CPython are checked by the test programs against
//! CPython itself). Each figure is what the heap hands out: the object's block (the
//! collector's 16-byte head included for containers) plus the buffers it owns. A
//! layout change that makes an object larger fails here.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_minipy");

/// Python expressions and the size minipy must report for each.
const SIZES: &[(&str, usize)] = &[
    // A dict: 64-byte object; its one table block holds an 8-byte head, the index
    // array and 24-byte entries (CPython's str-keyed tables drop the hash: 184, 272).
    ("{}", 64),
    ("{'a': 1}", 64 + 8 + 8 + 5 * 24),
    ("{1: 1}", 64 + 8 + 8 + 5 * 24),
    ("dict.fromkeys(range(10))", 64 + 8 + 16 + 10 * 24),
    ("dict.fromkeys(map(str, range(10)))", 64 + 8 + 16 + 10 * 24),
    // 256 index slots take two bytes each; 170 entries.
    ("dict.fromkeys(range(100))", 64 + 8 + 256 * 2 + 170 * 24),
    // str: 16-byte header, hash, byte length, code points with the interned flag, then
    // the UTF-8 text, in 8-byte size classes (CPython: 49, 52, 149, 74).
    ("''", 40),
    ("'abc'", 48),
    ("'a' * 100", 144),
    ("'\\u00e9'", 48),
    // A list: 56-byte object (its borrow flag in the capacity word) plus its slots.
    ("[]", 56),
    ("[1, 2]", 56 + 16),
    // A property: four references and the name `__set_name__` gives (CPython: 80).
    ("property()", 72),
    // A function: twelve one-pointer fields (CPython: 152).
    ("(lambda: 0)", 32 + 12 * 8),
    // A str iterator is no container: the header, the str and the index (CPython: 48).
    ("iter('abc')", 32),
    // Dict iterators: the dict, the index, the size and the items left (CPython: 72);
    // reversed() of a dict walks a list of the entries backwards (CPython: 72).
    ("iter({})", 64),
    ("iter({}.items())", 64),
    ("reversed({'a': 1})", 48),
    // enumerate: the iterator, the count and the boxed count past i64::MAX (CPython: 72,
    // with a cached result tuple).
    ("enumerate([])", 56),
    // StopIteration keeps its value in args, as every exception (CPython: 96).
    ("StopIteration(1)", 88),
];

#[test]
fn object_sizes_are_the_heap_blocks() {
    let program: String = SIZES
        .iter()
        .map(|(expr, _)| format!("print(sys.getsizeof({expr}))\n"))
        .collect();
    let out = Command::new(BIN)
        .args(["-c", &format!("import sys\n{program}")])
        .output()
        .expect("run minipy");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let got: Vec<&str> = stdout.lines().collect();
    assert_eq!(got.len(), SIZES.len(), "{stdout}");
    for ((expr, want), got) in SIZES.iter().zip(got) {
        assert_eq!(got, want.to_string(), "sys.getsizeof({expr})");
    }
}

/// Runs `program` under minipy and returns its output lines.
fn run_lines(program: &str) -> Vec<String> {
    let out = Command::new(BIN)
        .args(["-c", program])
        .output()
        .expect("run minipy");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// An exception is 88 bytes until `__cause__` or `__suppress_context__` is set; then it
/// also owns the 24-byte block that holds them (CPython keeps them inline: 88).
#[test]
fn exception_links_are_a_block_of_their_own() {
    let lines = run_lines(
        "import sys
try:
    raise ValueError('v') from KeyError('k')
except ValueError as e:
    print(sys.getsizeof(e), type(e.__cause__).__name__, e.__suppress_context__)
e = ValueError()
e.__suppress_context__ = False
print(sys.getsizeof(e))
e.__suppress_context__ = True
print(sys.getsizeof(e), e.__cause__)
",
    );
    assert_eq!(lines, ["112 KeyError True", "88", "112 None"]);
}

/// `sys.getsizeof` of each kind of object this checks is exactly what the heap handed
/// out to make it (tracemalloc's traced bytes before and after, the cost of reading
/// them subtracted; the last of three tries, so that tables filled on first use are
/// not counted).
#[test]
fn getsizeof_is_what_the_heap_handed_out() {
    let lines = run_lines(
        "import sys, tracemalloc
l = [1, 2]
t = (1, 2)
d = {'a': 1}
makers = [
    lambda: (lambda: 0),
    lambda: l.append,
    lambda: iter(l),
    lambda: iter(t),
    lambda: reversed(l),
    lambda: iter(d),
    lambda: iter('abc'),
    lambda: iter(len, 0),
    lambda: ValueError(),
    lambda: StopIteration(),
]
tracemalloc.start()
# Traced bytes kept above 256, so that every reading is a new int (a smaller one is a
# cached small int, and a reading that crosses 256 would skew the difference).
ballast = [0] * 64
for make in makers:
    for _ in range(3):
        t0 = tracemalloc.get_traced_memory()[0]
        t1 = tracemalloc.get_traced_memory()[0]
        o = make()
        t2 = tracemalloc.get_traced_memory()[0]
        same = sys.getsizeof(o) == (t2 - t1) - (t1 - t0)
        del o
    print(same, make())
",
    );
    assert_eq!(lines.len(), 10);
    for line in &lines {
        assert!(line.starts_with("True "), "{lines:?}");
    }
}
