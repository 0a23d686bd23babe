//! What the fuzz targets share: running a program in a sandboxed interpreter, and the
//! structured programs of the `builtins` target.

pub mod program;

use minipy::Interpreter;

/// Heap cap of a fuzzed run: small, so that MemoryError paths are exercised and a
/// runaway allocation ends quickly.
const MAX_HEAP: usize = 16 << 20;
/// Instruction budget of a fuzzed run: every loop must stop within it.
const MAX_INSTRUCTIONS: u64 = 200_000;
/// Recursion limit of a fuzzed run.
const MAX_RECURSION: usize = 60;
/// Captured output kept per stream.
const MAX_OUTPUT: usize = 64 << 10;
/// Rust stack of the thread a fuzzed program runs on (and what the interpreter is told
/// it has). Sanitizer builds use far bigger frames than plain release builds, so this is
/// more than an embedder would need.
const STACK: usize = 16 << 20;

/// Runs `source` in a fresh sandboxed interpreter on a thread of its own, tears it
/// down, and panics if any object outlives the teardown (a reference leak).
/// Python-level failures are fine.
pub fn run_sandboxed(source: &str) {
    let source = source.to_owned();
    let worker = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || run_on_this_thread(&source))
        .expect("spawn the interpreter thread");
    if worker.join().is_err() {
        panic!("the interpreter thread panicked");
    }
}

fn run_on_this_thread(source: &str) {
    let mut py = match Interpreter::builder()
        .sandbox()
        .max_heap(MAX_HEAP)
        .max_instructions(MAX_INSTRUCTIONS)
        .max_recursion(MAX_RECURSION)
        .capture_output()
        .max_output(MAX_OUTPUT)
        .stack_size(STACK)
        .build()
    {
        Ok(py) => py,
        Err(e) => panic!("the interpreter does not start: {e:?}"),
    };
    let _ = py.run(source);
    let _ = py.take_stdout();
    let _ = py.take_stderr();
    py.finish();
    let leaks = py.leaked_objects();
    assert!(leaks.is_empty(), "objects leaked: {leaks:?}");
}
