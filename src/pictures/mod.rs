//! Pictures of memory, as self-contained SVG files: the allocation flame graph
//! (`--flamegraph`, drawn by `inferno`), the heap timeline (`--mem-timeline`, drawn by
//! `plotters`), and objgraph's reference graphs (a layered layout of our own). Pure
//! rendering: each takes plain data and returns the file's text.

pub mod flamegraph;
pub mod object_graph;
pub mod timeline;
mod units;

pub use units::format_bytes;
