//! Modules written in Python and compiled into the interpreter: they build on the Rust
//! primitives (e.g. `weakref` on `_weakref`) and are compiled when first imported.
//! Every `py/NAME.py` file is the module `NAME` (build.rs lists them, sorted by name).

const MODULES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/frozen_modules.rs"));

/// The source of the frozen module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    MODULES
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| MODULES[i].1)
}

/// Modules that are packages in CPython although minipy has none of their submodules
/// (or keeps them inside the one module): programs test `__path__` or import through
/// the package (`concurrent.futures`, `asyncio`).
const PACKAGES_WITHOUT_SUBMODULES: &[&str] = &[
    "asyncio",
    "concurrent.futures",
    "http",
    "importlib",
    "sqlite3",
    "tomllib",
    "zoneinfo",
];

/// Whether frozen module `name` is a package: other frozen modules live inside it
/// (`json` holds `json.decoder`), or CPython's is one; it gets a `__path__` as a
/// package does.
pub fn is_package(name: &str) -> bool {
    if PACKAGES_WITHOUT_SUBMODULES.contains(&name) {
        return true;
    }
    let first_inside = MODULES.partition_point(|(n, _)| *n <= name);
    MODULES.get(first_inside).is_some_and(|(n, _)| {
        n.strip_prefix(name)
            .is_some_and(|rest| rest.starts_with('.'))
    })
}
