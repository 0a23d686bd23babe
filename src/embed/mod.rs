//! Embedding minipy in a Rust program, and running code you did not write.
//!
//! ```
//! use minipy::Interpreter;
//! use minipy::embed::Value;
//!
//! let mut py = Interpreter::builder()
//!     .sandbox()                          // no files, environment, clock; few modules
//!     .max_heap(32 << 20)                 // MemoryError past 32 MiB
//!     .max_instructions(1_000_000)        // TimeoutError past ~1M instructions
//!     .max_recursion(200)                 // RecursionError past 200 frames
//!     .capture_output()                   // print() goes to a buffer
//!     .global("n", Value::Int(10))
//!     .build()
//!     .unwrap();
//! let v = py.run("result = [i * i for i in range(n)]\nprint('done')").unwrap();
//! assert_eq!(v, Value::List((0..10).map(|i| Value::Int(i * i)).collect()));
//! assert_eq!(py.take_stdout(), "done\n");
//! let err = py.run("while True: pass").unwrap_err();
//! assert_eq!(err.type_name, "TimeoutError");
//! ```
//!
//! A run returns the value the program left in the global `result`
//! ([`Interpreter::run`]), or the value of one expression ([`Interpreter::eval`]);
//! values cross the boundary as [`Value`]. A failed run returns an [`Error`]: the
//! exception's type name, message and CPython-style traceback, and the [`Limit`] that
//! stopped the program if one did. The sandbox's rules are the [`Policy`]; what it
//! blocks is listed in the README ("Embedding and sandbox").
//!
//! The interpreter is not `Send`: create and use it on one thread. It needs room on
//! that thread's stack for nested calls from Rust into Python; tell it how much with
//! [`Builder::stack_size`] when the thread's stack is not the default 2 MiB.
#![warn(missing_docs)]

mod builder;
mod error;
mod output;
mod run;
mod value;

pub use crate::Interpreter;
pub use crate::vm::{BudgetKind, Capability, Policy, SANDBOX_MODULES};
pub use builder::Builder;
pub use error::{Error, Limit};
pub use num_bigint::BigInt;
pub(crate) use output::Captured;
pub use output::Output;
pub use run::RESULT_GLOBAL;
pub use value::Value;
