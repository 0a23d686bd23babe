//! The embedding API: values in and out, results, errors, output sinks, globals.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use minipy::Interpreter;
use minipy::embed::{BigInt, Output, Value};

fn interp() -> Interpreter {
    Interpreter::builder().capture_output().build().unwrap()
}

#[test]
fn values_round_trip() {
    let samples = vec![
        Value::None,
        Value::Bool(true),
        Value::Int(-7),
        Value::BigInt(BigInt::from(1u64 << 63) * BigInt::from(1000)),
        Value::Float(2.5),
        Value::Complex(1.0, -2.0),
        Value::Str("héllo".into()),
        Value::Bytes(vec![0, 255, 10]),
        Value::List(vec![Value::Int(1), Value::Str("a".into())]),
        Value::Tuple(vec![Value::None, Value::Tuple(vec![])]),
        Value::Dict(vec![
            (Value::Str("k".into()), Value::List(vec![])),
            (Value::Int(3), Value::Float(0.5)),
        ]),
        Value::Set(vec![Value::Int(1)]),
        Value::FrozenSet(vec![Value::Str("x".into())]),
    ];
    for v in samples {
        let mut py = Interpreter::builder()
            .global("x", v.clone())
            .build()
            .unwrap();
        assert_eq!(py.run("result = x").unwrap(), v);
        assert_eq!(py.get_global("x"), Some(v));
    }
}

#[test]
fn result_global_and_eval() {
    let mut py = interp();
    assert_eq!(py.run("x = 1").unwrap(), Value::None);
    assert_eq!(py.run("result = x + 41").unwrap(), Value::Int(42));
    // Globals persist between runs.
    assert_eq!(py.eval("x * 10").unwrap(), Value::Int(10));
    assert_eq!(
        py.eval("2 ** 100").unwrap(),
        Value::BigInt(BigInt::from(2).pow(100))
    );
    let v = py.eval("[str, object()]").unwrap();
    let Value::List(items) = v else { panic!() };
    assert!(
        matches!(&items[0], Value::Other { type_name, repr } if type_name == "type" && repr == "<class 'str'>")
    );
    assert!(matches!(&items[1], Value::Other { type_name, .. } if type_name == "object"));
    py.set_global("y", &Value::Str("z".into())).unwrap();
    assert_eq!(py.eval("y * 3").unwrap(), Value::Str("zzz".into()));
}

#[test]
fn exceptions_become_errors() {
    let mut py = interp();
    let e = py.run("def f():\n    return 1 / 0\nf()\n").unwrap_err();
    assert_eq!(e.type_name, "ZeroDivisionError");
    assert_eq!(e.message, "division by zero");
    assert_eq!(
        e.traceback,
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(e.limit, None);
    assert_eq!(e.to_string(), "ZeroDivisionError: division by zero");
    let e = py.run("x = (").unwrap_err();
    assert_eq!(e.type_name, "SyntaxError");
    let e = py
        .run("class MyError(Exception): pass\nraise MyError('bad', 2)")
        .unwrap_err();
    assert_eq!(e.type_name, "MyError");
    assert_eq!(e.message, "('bad', 2)");
    let e = py.run("raise SystemExit(3)").unwrap_err();
    assert_eq!(e.exit_code, Some(3));
    let e = py.run("exit()").unwrap_err();
    assert_eq!(e.exit_code, Some(0));
    // The interpreter is still usable.
    assert_eq!(py.eval("1").unwrap(), Value::Int(1));
}

#[test]
fn unconvertible_globals_are_refused() {
    let e = Interpreter::builder()
        .global(
            "x",
            Value::Other {
                type_name: "thing".into(),
                repr: "<thing>".into(),
            },
        )
        .build()
        .err()
        .unwrap();
    assert_eq!(e.type_name, "TypeError");
    let mut py = interp();
    let e = py
        .set_global("d", &Value::Dict(vec![(Value::List(vec![]), Value::None)]))
        .unwrap_err();
    assert_eq!(e.type_name, "TypeError");
}

#[derive(Clone, Default)]
struct Sink(Rc<RefCell<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn output_goes_where_the_host_says() {
    let out = Sink::default();
    let err = Sink::default();
    let mut py = Interpreter::builder()
        .allow_module("sys")
        .stdout(Output::Writer(Box::new(out.clone())))
        .stderr(Output::Writer(Box::new(err.clone())))
        .build()
        .unwrap();
    py.run("import sys\nprint('to out')\nsys.stderr.write('to err\\n')\nprint('more', end='')")
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.0.borrow()), "to out\nmore");
    assert_eq!(String::from_utf8_lossy(&err.0.borrow()), "to err\n");
    let mut py = Interpreter::builder()
        .capture_output()
        .max_output(10)
        .build()
        .unwrap();
    py.run("for i in range(100): print(i)").unwrap();
    assert_eq!(py.take_stdout(), "0\n1\n2\n3\n4\n");
    assert_eq!(py.take_stdout(), "");
}

#[test]
fn unrestricted_by_default() {
    let mut py = interp();
    assert_eq!(
        py.run("import os, time\nresult = time.time() > 0").unwrap(),
        Value::Bool(true)
    );
}

#[test]
fn sandbox_grants_what_the_host_allows() {
    let mut py = Interpreter::builder()
        .sandbox()
        .allow(minipy::embed::Capability::Clock)
        .allow_module("time")
        .build()
        .unwrap();
    assert_eq!(
        py.run("import time\nresult = time.time() > 0").unwrap(),
        Value::Bool(true)
    );
    let e = py.run("import os").unwrap_err();
    assert_eq!(e.type_name, "ImportError");
    assert_eq!(e.message, "import of 'os' is not allowed in the sandbox");
}

#[test]
fn each_run_gets_the_whole_budget() {
    let mut py = Interpreter::builder()
        .max_instructions(100_000)
        .build()
        .unwrap();
    for _ in 0..5 {
        assert_eq!(
            py.run("t = 0\nfor i in range(10000): t += i\nresult = t")
                .unwrap(),
            Value::Int(49995000)
        );
        let used = py.instructions_used();
        assert!(used > 10_000 && used < 100_000, "{used}");
    }
}

#[test]
fn native_nesting_stays_within_the_stack_the_host_gave() {
    // A `map` of a `map` of ... nests Rust calls without Python frames; on the default
    // 2 MiB thread it must end in RecursionError, not overflow the stack.
    let worker = std::thread::spawn(|| {
        let mut py = Interpreter::builder().capture_output().build().unwrap();
        let err = py
            .run("x = [1]\nfor i in range(200000):\n    x = map(abs, x)\nlist(x)\n")
            .unwrap_err();
        assert_eq!(err.type_name, "RecursionError");
    });
    worker.join().unwrap();
}
