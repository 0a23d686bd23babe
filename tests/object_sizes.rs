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
