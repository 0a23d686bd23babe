//! Modules written in Python and compiled into the interpreter: they build on the Rust
//! primitives (e.g. `weakref` on `_weakref`) and are compiled when first imported.

/// The source of the frozen module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "weakref" => include_str!("py/weakref.py"),
        "_weakrefset" => include_str!("py/_weakrefset.py"),
        "atexit" => include_str!("py/atexit.py"),
        "tracemalloc" => include_str!("py/tracemalloc.py"),
        "memory_profiler" => include_str!("py/memory_profiler.py"),
        "objgraph" => include_str!("py/objgraph.py"),
        _ => return None,
    })
}
