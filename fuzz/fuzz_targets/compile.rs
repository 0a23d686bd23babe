//! Source through the parser, the symbol table and the bytecode compiler (module, eval
//! and interactive modes), then the disassembler. Any SyntaxError is fine; a panic is
//! not.
#![no_main]

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;
use minipy::compile::CompileMode;
use minipy::{Config, Interpreter};

thread_local! {
    // The compiler needs a VM (it interns names and builds constants), but runs no
    // code, so one interpreter serves every input.
    static INTERP: RefCell<Interpreter> =
        RefCell::new(Interpreter::new(Config::default()).expect("interpreter starts"));
}

const MODES: [CompileMode; 3] = [
    CompileMode::Module,
    CompileMode::Eval,
    CompileMode::Interactive,
];

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    INTERP.with(|interp| {
        let mut interp = interp.borrow_mut();
        for mode in MODES {
            let _ = interp.vm().compile_source(source, "<fuzz>", mode);
        }
        let _ = interp.disassemble(source, "<fuzz>");
    });
});
