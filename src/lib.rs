//! minipy: a small Python-subset interpreter whose memory management is real and visible.
#![deny(unsafe_code)]

pub mod format;
pub mod syntax;
pub mod text;
