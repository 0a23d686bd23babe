//! minipy: a small Python-subset interpreter whose memory management is real and visible.
#![deny(unsafe_code)]

pub mod compile;
pub mod embed;
pub mod format;
#[allow(unsafe_code)]
pub mod heap;
mod interpreter;
pub mod modules;
pub mod objects;
pub mod pictures;
pub mod repl;
pub mod syntax;
pub mod text;
pub mod vm;

pub use interpreter::{Interpreter, Outcome, format_syntax_error};
pub use vm::Config;
