//! Structured programs that call builtin functions and methods of builtin types with
//! arbitrary arguments (see `program.rs`), run like the `run` target.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minipy_fuzz::program::Program;
use minipy_fuzz::run_sandboxed;

fuzz_target!(|program: Program| {
    run_sandboxed(&program.source());
});
