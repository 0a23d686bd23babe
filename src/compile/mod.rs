//! AST to bytecode: scopes (symtable), constant folding and code generation.

pub mod bytecode;
pub mod codegen;
mod fold;
pub mod symtable;

pub use codegen::{CompileError, CompileMode, compile_module};
