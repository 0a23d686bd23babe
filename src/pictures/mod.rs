//! Pictures of memory, as self-contained SVG files: the allocation flame graph
//! (`--flamegraph`, drawn by `inferno`), the heap timeline (`--mem-timeline`, drawn by
//! `plotters`); objgraph draws its reference graphs itself (`objgraph._svg`). Pure
//! rendering: each takes plain data and returns the file's text.

pub mod flamegraph;
pub mod summary;
pub mod timeline;
mod units;

pub use units::format_bytes;
