//! AST to bytecode: scopes (symtable), constant folding and code generation.

pub mod bytecode;
pub mod codegen;
mod fold;
mod fuse;
pub mod future;
pub(crate) mod image_io;
pub mod locations;
pub mod object_maker;
pub(crate) mod op_codec;
pub(crate) use op_codec::{encode_instructions, encode_varints};
pub mod symtable;
mod unparse;

pub use codegen::{CompileError, CompileMode, ErrorStage, compile_module};
