//! Whole programs run in a fresh sandboxed interpreter with a small heap, an
//! instruction budget and a low recursion limit. Any Python outcome (an exception,
//! MemoryError, TimeoutError, RecursionError) is fine; a panic, an abort, a stack
//! overflow, a run the budget does not stop, or an object left alive after teardown
//! is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minipy_fuzz::run_sandboxed;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        run_sandboxed(source);
    }
});
