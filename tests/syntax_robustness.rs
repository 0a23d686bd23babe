//! The parser must return (Ok or a SyntaxError) on any input: no panic, no endless loop,
//! no deep recursion. These tests feed it hostile inputs: deep nesting, long chains,
//! random bytes, random token soup, and every prefix and many mutations of the corpus.

use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::time::{Duration, Instant};

use minipy::syntax::{Mode, SyntaxError, parse};

const MODES: [Mode; 3] = [Mode::File, Mode::Interactive, Mode::Eval];

/// Parses in every mode; fails the test (showing the input) if the parser panics.
fn parse_all_modes(source: &str) {
    for mode in MODES {
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let arena = bumpalo::Bump::new();
            let _ = parse(source, mode, &arena);
        }));
        if outcome.is_err() {
            panic!("parser panicked in {mode:?} mode on input {source:?}");
        }
    }
}

fn parse_file(source: &str) -> Result<(), SyntaxError> {
    let arena = bumpalo::Bump::new();
    parse(source, Mode::File, &arena).map(|_| ())
}

/// xorshift64*: a small deterministic generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn deep_unary_chains_parse_without_recursion() {
    let minus = format!("x = {}1\n", "-".repeat(100_000));
    assert!(parse_file(&minus).is_ok());
    let not = format!("x = {}y\n", "not ".repeat(100_000));
    assert!(parse_file(&not).is_ok());
    let invert = format!("{}y\n", "~".repeat(100_000));
    assert!(parse_file(&invert).is_ok());
}

#[test]
fn long_operator_chains_parse() {
    let sum = format!("x = a{}\n", "+a".repeat(100_000));
    assert!(parse_file(&sum).is_ok());
    let power = format!("x = a{}\n", "**a".repeat(100_000));
    assert!(parse_file(&power).is_ok());
    let attrs = format!("x = a{}\n", ".b".repeat(100_000));
    assert!(parse_file(&attrs).is_ok());
    let calls = format!("x = f{}\n", "()".repeat(100_000));
    assert!(parse_file(&calls).is_ok());
    let compare = format!("x = a{}\n", " < a".repeat(100_000));
    assert!(parse_file(&compare).is_ok());
    let ternary = format!("x = {}c\n", "a if b else ".repeat(50_000));
    assert!(parse_file(&ternary).is_ok());
    let lambdas = format!("x = {}0\n", "lambda: ".repeat(50_000));
    assert!(parse_file(&lambdas).is_ok());
    let strings = format!("x = {}\n", "'a' ".repeat(100_000));
    assert!(parse_file(&strings).is_ok());
    let fstrings = format!("x = {}\n", "f'{a}' ".repeat(20_000));
    assert!(parse_file(&fstrings).is_ok());
}

#[test]
fn deep_brackets_are_rejected_like_cpython() {
    let ok = format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199));
    assert!(parse_file(&ok).is_ok());
    for open in ["(", "[", "{"] {
        let deep = format!("x = {}\n", open.repeat(100_000));
        let err = parse_file(&deep).unwrap_err();
        assert_eq!(err.msg, "too many nested parentheses");
    }
    let deep_fstring = format!("x = f'{{{}}}'\n", "(".repeat(300));
    assert!(parse_file(&deep_fstring).is_err());
}

#[test]
fn deep_blocks_are_rejected_like_cpython() {
    let mut src = String::new();
    for depth in 0..150 {
        src.push_str(&" ".repeat(depth));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(150));
    src.push_str("pass\n");
    let err = parse_file(&src).unwrap_err();
    assert_eq!(err.msg, "too many levels of indentation");
}

#[test]
fn big_input_is_fast() {
    let line = "result = some_function(alpha, beta[1:2], {'k': [1, 2, 3]}, *rest) + 3.5 ** 2\n";
    let src = line.repeat(20_000);
    let start = Instant::now();
    assert!(parse_file(&src).is_ok());
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn null_bytes_are_rejected() {
    let err = parse_file("x = 1\ny = \0\n").unwrap_err();
    assert_eq!(err.msg, "source code cannot contain null bytes");
    parse_all_modes("\0");
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        parse_all_modes(&String::from_utf8_lossy(&bytes));
        let ascii: String = (0..len)
            .map(|_| (rng.below(95) as u8 + 32) as char)
            .collect();
        parse_all_modes(&ascii);
    }
}

const SOUP: &[&str] = &[
    "x",
    "y",
    "f",
    "1",
    "0x1f",
    "1.5",
    "3j",
    "'s'",
    "\"t\"",
    "'''u'''",
    "f'{x}'",
    "f'{x!r:>{y}}'",
    "b'b'",
    "rb'\\d'",
    "f'{",
    "'",
    "\"\"\"",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ";",
    ".",
    "...",
    "=",
    "==",
    "+=",
    "**=",
    ":=",
    "->",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "|",
    "&",
    "^",
    "~",
    "<<",
    ">>",
    "<",
    ">",
    "<=",
    "!=",
    "!",
    "\\",
    "\\\n",
    "\n",
    "\n    ",
    "\n  ",
    "\n\t",
    " ",
    "#c\n",
    "if",
    "elif",
    "else",
    "while",
    "for",
    "in",
    "not",
    "is",
    "and",
    "or",
    "def",
    "class",
    "return",
    "yield",
    "from",
    "import",
    "as",
    "lambda",
    "try",
    "except",
    "finally",
    "with",
    "pass",
    "break",
    "continue",
    "del",
    "global",
    "nonlocal",
    "assert",
    "raise",
    "None",
    "True",
    "False",
    "async",
    "await",
    "é",
    "€",
    "\u{a0}",
    "$",
    "?",
    "`",
    "0777",
    "1_",
    "1e",
];

#[test]
fn random_token_soup_never_panics() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for _ in 0..20_000 {
        let n = rng.below(24);
        let mut src = String::new();
        for _ in 0..n {
            src.push_str(SOUP[rng.below(SOUP.len())]);
            if rng.below(3) == 0 {
                src.push(' ');
            }
        }
        parse_all_modes(&src);
    }
}

fn corpus_sources() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax");
    let mut out = Vec::new();
    for sub in ["ok", "err"] {
        let Ok(entries) = fs::read_dir(dir.join(sub)) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if path.extension().is_some_and(|x| x == "py")
                && let Ok(text) = fs::read_to_string(&path)
            {
                out.push(text);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn corpus_prefixes_never_panic() {
    for text in corpus_sources() {
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        // Every prefix of small files; a spread of prefixes of large ones.
        let step = (boundaries.len() / 400).max(1);
        for &cut in boundaries.iter().step_by(step) {
            parse_all_modes(&text[..cut]);
        }
    }
}

#[test]
fn corpus_mutations_never_panic() {
    let mut rng = Rng(0xA076_1D64_78BD_642F);
    for text in corpus_sources() {
        let chars: Vec<char> = text.chars().collect();
        if chars.is_empty() {
            continue;
        }
        for _ in 0..60 {
            let mut mutated = chars.clone();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(mutated.len().max(1));
                match rng.below(3) {
                    0 if !mutated.is_empty() => {
                        mutated.remove(at.min(mutated.len() - 1));
                    }
                    1 => {
                        let piece = SOUP[rng.below(SOUP.len())];
                        for (k, c) in piece.chars().enumerate() {
                            mutated.insert((at + k).min(mutated.len()), c);
                        }
                    }
                    _ => {
                        let other = chars[rng.below(chars.len())];
                        if at < mutated.len() {
                            mutated[at] = other;
                        }
                    }
                }
            }
            parse_all_modes(&mutated.into_iter().collect::<String>());
        }
    }
}

#[test]
fn dumping_a_deep_tree_is_bounded() {
    let src = format!("x = {}1\n", "-".repeat(100_000));
    let arena = bumpalo::Bump::new();
    let module = parse(&src, Mode::File, &arena).expect("parses");
    let dump = minipy::syntax::dump::dump_module(&module, true);
    assert!(dump.contains("..."));
}
