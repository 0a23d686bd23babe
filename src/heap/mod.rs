//! The heap: the only part of minipy that touches raw memory.
//!
//! - `pool`: the pymalloc-style allocator (arenas, pools, size classes, large blocks).
//! - `buffer`: `HeapVec`, growable storage for object buffers, served by the allocator.
//! - `stats`: allocator figures and the `sys._debugmallocstats()`-style report.
//!
//! Every `unsafe` block in the project lives under this module and carries a `SAFETY:`
//! comment stating why it holds. The invariants are collected in `docs/memory.md`.
#![allow(unsafe_code)]
#![deny(clippy::undocumented_unsafe_blocks)]

mod arena;
pub mod buffer;
mod large;
pub mod pool;
pub mod stats;
#[cfg(test)]
mod test_support;

pub use buffer::{AllocError, HeapVec};
pub use pool::Allocator;
pub use stats::{AllocStats, SizeClassStats};
