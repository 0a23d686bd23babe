//! AST to bytecode: scopes (symtable), constant folding and code generation.

pub mod bytecode;
pub mod codegen;
pub mod disassemble;
mod fold;
mod fuse;
pub mod future;
pub mod locations;
pub mod symtable;
mod unparse;

pub use codegen::{CompileError, CompileMode, compile_module};
