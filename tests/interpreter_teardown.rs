//! Dropping an interpreter gives its whole heap back, even the objects of its own that
//! hold one another in cycles (types, their dicts, the builtins): a host that makes one
//! interpreter per request must not grow with every request.

use minipy::Interpreter;

/// Resident set size of this process (Linux `/proc/self/statm`, in 4 KiB pages).
fn resident_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("read /proc/self/statm");
    let pages: usize = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .expect("resident pages");
    pages * 4096
}

/// One interpreter's life: start, run a program that leaves cycles and classes
/// behind, and drop.
fn one_interpreter() {
    let mut py = Interpreter::builder()
        .sandbox()
        .capture_output()
        .build()
        .unwrap();
    py.run("class A:\n    pass\nxs = [A() for _ in range(100)]\nxs.append(xs)\nprint(len(xs))\n")
        .unwrap();
    assert_eq!(py.take_stdout(), "101\n");
}

#[cfg(target_os = "linux")]
#[test]
fn dropped_interpreters_free_their_heaps() {
    for _ in 0..20 {
        one_interpreter();
    }
    let before = resident_bytes();
    for _ in 0..200 {
        one_interpreter();
    }
    let grown = resident_bytes().saturating_sub(before);
    assert!(
        grown < 40 << 20,
        "200 dropped interpreters left {grown} bytes behind"
    );
}
