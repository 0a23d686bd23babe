//! `_minipy_testing`: hooks that let minipy's own tests reach failure paths no correct
//! program reaches. Compiled only with debug assertions (the builds `cargo test` runs),
//! so a release build has no such module.
//!
//! - `leak(obj)`: drops a reference to `obj` on the floor, so that `--check-leaks` has a
//!   leak to report.
//! - `panic()`: a Rust panic inside a running statement, to prove that the interactive
//!   prompt survives one.

use crate::vm::{Args, PyResult, Vm};

fn leak(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "leak", 1, 1)?;
    std::mem::forget(args.pos[0].clone());
    Ok(vm.none())
}

fn panic(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "panic", 0, 0)?;
    panic!("_minipy_testing.panic() called");
}

pub(crate) fn create(vm: &mut Vm) -> PyResult<crate::heap::Obj> {
    super::module_with_functions(vm, "_minipy_testing", &[("leak", leak), ("panic", panic)])
}
