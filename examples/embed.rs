//! Running untrusted Python from Rust: a sandbox with limits, a global passed in, the
//! `result` global and the captured output handed back.
use minipy::Interpreter;
use minipy::embed::Value;

fn main() {
    let mut py = Interpreter::builder()
        .sandbox()
        .max_heap(16 << 20)
        .max_instructions(1_000_000)
        .capture_output()
        .global("n", Value::Int(5))
        .build()
        .expect("interpreter");
    let result = py.run("print('squares')\nresult = [i * i for i in range(n)]");
    println!("{result:?} / output: {:?}", py.take_stdout());
    match py.run("import os") {
        Ok(v) => println!("unexpected: {v:?}"),
        Err(e) => println!("{e} (limit: {:?})", e.limit),
    }
}
