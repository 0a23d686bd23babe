//! Snapshots of the bytecode the compiler emits (`minipy --dis`), so that a change to
//! code generation — constant folding, fused compare-and-jump, local slots, exception
//! tables — shows up as a reviewed diff.

use std::io::Write;
use std::process::{Command, Stdio};

fn disassemble(source: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(["--dis", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start minipy");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(source.as_bytes())
        .expect("write source");
    let out = child.wait_with_output().expect("run minipy");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

#[test]
fn constants_are_folded() {
    insta::assert_snapshot!(disassemble(
        "x = 10 ** 3\ny = 999 + 1\nz = -(2 * 3)\ns = 'ab' * 2\n"
    ));
}

#[test]
fn function_locals_use_fast_slots() {
    insta::assert_snapshot!(disassemble(
        "def f(a, b=2):\n    c = a + b\n    for i in range(3):\n        c += i\n    return c\nprint(f(1))\n"
    ));
}

#[test]
fn comparisons_fuse_with_jumps() {
    insta::assert_snapshot!(disassemble(
        "def f(n):\n    while n < 10:\n        n += 1\n    if n == 10:\n        return 'ten'\n    return n\n"
    ));
}

#[test]
fn closures_use_cells() {
    insta::assert_snapshot!(disassemble(
        "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n"
    ));
}

#[test]
fn try_blocks_have_exception_tables() {
    insta::assert_snapshot!(disassemble(
        "try:\n    x = 1 / 0\nexcept ZeroDivisionError as e:\n    print(e)\nfinally:\n    print('done')\n"
    ));
}

#[test]
fn plain_slices_are_not_built_as_objects() {
    // Loads and stores of `a[i:j]`/`a[i:j:k]` take the bounds straight from the stack;
    // `del`, augmented assignment and tuple keys still build a slice object.
    insta::assert_snapshot!(disassemble(
        "def f(a, i):\n    b = a[i:]\n    a[:i] = b[::-1]\n    a[i:] += b\n    del a[:1]\n    return a[1:2, ::3]\n"
    ));
}
