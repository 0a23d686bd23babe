//! AST to bytecode: scopes (symtable) and code generation.

pub mod bytecode;
