//! AST to bytecode: scopes (symtable), constant folding and code generation.

pub mod bytecode;
pub mod code_image;
pub mod codegen;
pub mod disassemble;
mod fold;
mod fuse;
pub mod future;
mod image_io;
pub mod locations;
mod op_codec;
pub(crate) use op_codec::{encode_instructions, encode_varints};
pub mod symtable;
mod unparse;

pub use codegen::{CompileError, CompileMode, compile_module};
