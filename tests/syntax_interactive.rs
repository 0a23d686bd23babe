//! Interactive (REPL) and eval modes. In interactive mode the source is the lines typed
//! so far, each ending with `\n`; `incomplete` tells the REPL to ask for another line
//! (CPython's `codeop.compile_command` idea: input that ended inside brackets, a
//! triple-quoted string, after a backslash, or in an open block).

use minipy::syntax::ast::{ExprKind, StmtKind};
use minipy::syntax::{Mode, SyntaxError, parse};

fn interactive(src: &str) -> Result<usize, SyntaxError> {
    let arena = bumpalo::Bump::new();
    parse(src, Mode::Interactive, &arena).map(|m| m.body.len())
}

#[track_caller]
fn assert_incomplete(src: &str) {
    match interactive(src) {
        Err(e) => assert!(e.incomplete, "{src:?}: error {e:?} should be incomplete"),
        Ok(_) => panic!("{src:?} parsed as complete"),
    }
}

#[track_caller]
fn assert_error(src: &str, msg: &str) {
    match interactive(src) {
        Err(e) => {
            assert!(!e.incomplete, "{src:?}: {e:?} should not be incomplete");
            assert_eq!(e.msg, msg, "{src:?}");
        }
        Ok(_) => panic!("{src:?} parsed"),
    }
}

#[track_caller]
fn assert_complete(src: &str, statements: usize) {
    match interactive(src) {
        Ok(n) => assert_eq!(n, statements, "{src:?}"),
        Err(e) => panic!("{src:?}: unexpected error {e:?}"),
    }
}

#[test]
fn open_blocks_are_incomplete() {
    assert_incomplete("if x:");
    assert_incomplete("if x:\n");
    assert_incomplete("if x:\n\n");
    assert_incomplete("if x:\n    pass\n");
    assert_incomplete("if x:\n    pass");
    assert_incomplete("if x:\n    pass\nelse:\n");
    assert_incomplete("for x in y:\n    if x:\n        pass\n");
    assert_incomplete("def f():\n");
    assert_incomplete("class A:\n    def f(self):\n        pass\n");
    assert_incomplete("@decorator\n");
    assert_incomplete("try:\n    pass\n");
    assert_incomplete("try:\n    pass\n\n");
    assert_incomplete("if x: pass\n");
    assert_incomplete("while x:\n    x -= 1\n");
}

#[test]
fn open_brackets_strings_and_continuations_are_incomplete() {
    assert_incomplete("x = (1,");
    assert_incomplete("x = (1,\n");
    assert_incomplete("x = [1,\n2");
    assert_incomplete("f(");
    assert_incomplete("d = {\n");
    assert_incomplete("\"\"\"abc");
    assert_incomplete("x = '''abc\n");
    assert_incomplete("x = \\");
    assert_incomplete("x = 1 + \\\n");
    assert_incomplete("if 1:\n    x = (1,\n");
}

#[test]
fn finished_entries_are_complete() {
    assert_complete("x = 1", 1);
    assert_complete("x = 1\n", 1);
    assert_complete("x = 1; y = 2\n", 2);
    assert_complete("x = 1;\n", 1);
    assert_complete("", 0);
    assert_complete("\n", 0);
    assert_complete("# just a comment\n", 0);
    assert_complete("if x:\n    pass\n\n", 1);
    assert_complete("if x:\n    pass\n    \n", 1);
    assert_complete("if x: pass\n\n", 1);
    assert_complete("if x:\n    pass\nelse:\n    pass\n\n", 1);
    assert_complete("for x in y:\n    pass\n\n", 1);
    assert_complete("def f():\n    return 1\n\n", 1);
    assert_complete("class A:\n    def f(self):\n        pass\n\n", 1);
    assert_complete("@decorator\ndef f():\n    pass\n\n", 1);
    assert_complete("x = (1,\n     2)\n", 1);
    assert_complete("'''a\nb'''\n", 1);
}

#[test]
fn errors_are_not_incomplete() {
    assert_error("x = 1)", "unmatched ')'");
    assert_error("\"abc", "unterminated string literal (detected at line 1)");
    assert_error("x =", "invalid syntax");
    assert_error("x = \n", "invalid syntax");
    assert_error("lambda:", "invalid syntax");
    assert_error("a b", "invalid syntax");
    assert_error(
        "x = 1\ny = 2\n",
        "multiple statements found while compiling a single statement",
    );
    assert_error("if x:\n    pass\ny = 2\n", "invalid syntax");
    assert_error(
        "x = [1)",
        "closing parenthesis ')' does not match opening parenthesis '['",
    );
    assert_error("1abc", "invalid decimal literal");
}

#[test]
fn multiple_statements_error_points_at_first_line_end() {
    let err = interactive("x = 1\ny = 2\n").unwrap_err();
    assert_eq!((err.line, err.col), (1, 6));
}

#[test]
fn eval_mode_yields_one_expression_statement() {
    let arena = bumpalo::Bump::new();
    let m = parse("1 + 2", Mode::Eval, &arena).unwrap();
    assert_eq!(m.body.len(), 1);
    let StmtKind::Expr(e) = m.body[0].kind else {
        panic!("not an expression statement")
    };
    assert!(matches!(e.kind, ExprKind::BinOp { .. }));

    let m = parse("a, b\n\n", Mode::Eval, &arena).unwrap();
    let StmtKind::Expr(e) = m.body[0].kind else {
        panic!("not an expression statement")
    };
    assert!(matches!(e.kind, ExprKind::Tuple(_)));

    assert!(parse("x = 1", Mode::Eval, &arena).is_err());
    assert!(parse("pass", Mode::Eval, &arena).is_err());
    assert!(parse("1; 2", Mode::Eval, &arena).is_err());
    assert!(parse("*a", Mode::Eval, &arena).is_err());
    assert!(parse("", Mode::Eval, &arena).is_err());
}

#[test]
fn eval_mode_errors_match_cpython() {
    // (source, message, line, offset) from `ast.parse(source, mode="eval")`.
    let cases = [
        ("x = 1", "invalid syntax", 1, 3),
        ("f() = 1", "invalid syntax", 1, 5),
        ("1: int", "invalid syntax", 1, 2),
        ("x y", "invalid syntax", 1, 3),
        ("pass", "invalid syntax", 1, 1),
        ("x;", "invalid syntax", 1, 2),
        ("(1,", "'(' was never closed", 1, 1),
        ("if x: pass", "invalid syntax", 1, 1),
        ("a if b", "expected 'else' after 'if' expression", 1, 1),
        (
            "[x = 1]",
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            1,
            2,
        ),
        (
            "f(a b)",
            "invalid syntax. Perhaps you forgot a comma?",
            1,
            3,
        ),
    ];
    for (src, msg, line, col) in cases {
        let arena = bumpalo::Bump::new();
        let err = parse(src, Mode::Eval, &arena).unwrap_err();
        assert_eq!(
            (err.msg.as_str(), err.line, err.col),
            (msg, line, col),
            "{src:?}"
        );
    }
}
