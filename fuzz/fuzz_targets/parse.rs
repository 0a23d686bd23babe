//! Arbitrary bytes as a source file: decoding (coding declarations, BOM), the lexer and
//! the parser in every mode, and `ast.dump` of whatever parses. Each must return a tree
//! or a SyntaxError; a panic, an abort or a stack overflow is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minipy::syntax::{Mode, decode_source, dump, parse};

const MODES: [Mode; 4] = [Mode::File, Mode::Interactive, Mode::Eval, Mode::Single];

fuzz_target!(|data: &[u8]| {
    let Ok(source) = decode_source(data) else {
        return;
    };
    for mode in MODES {
        let arena = bumpalo::Bump::new();
        match parse(&source, mode, &arena) {
            Ok(module) => {
                let _ = dump::dump_module(&module, true);
            }
            Err(e) => {
                let _ = minipy::format_syntax_error(&e, "<fuzz>", &source);
            }
        }
    }
});
