//! Running a program must leave the heap as it found it. Each program below runs
//! twice in one interpreter: the first run warms up what an interpreter keeps for good
//! (interned names, imported modules, classes made on first use); after each run the
//! `__main__` module is dropped and a full collection runs. The live objects per type
//! after the second run must equal those after the first, object for object: any
//! object a run leaves behind shows up as a difference. Finally the interpreter tears
//! down, and the leak audit must find nothing the interpreter cannot reach.

use minipy::heap::Obj;
use minipy::vm::INTERPRETER_STACK;
use minipy::{Config, Interpreter, Outcome};

/// Programs that exercise what allocates: containers, classes, closures, generators
/// left suspended, exceptions with tracebacks, cycles with finalizers, weak
/// references, the standard library. They print nothing and check themselves.
const PROGRAMS: &[(&str, &str)] = &[
    (
        "containers",
        r#"
data = [i * 1000 for i in range(2000)]
index = {str(i): [i, (i, i + 1)] for i in range(500)}
seen = {i % 97 for i in data}
text = ",".join(str(i) for i in range(300))
assert len(data) == 2000 and len(index) == 500 and len(seen) == 97
assert text.split(",")[-1] == "299"
nested = [[[] for _ in range(3)] for _ in range(50)]
nested[0][0].append(nested)
"#,
    ),
    (
        "classes_and_closures",
        r#"
class Base:
    count = 0
    def __init__(self, n):
        self.n = n
        Base.count += 1
    def __repr__(self):
        return f"Base({self.n})"
class Child(Base):
    __slots__ = ("extra",)
    def __init__(self, n):
        super().__init__(n)
        self.extra = [n]
def counter():
    total = 0
    def add(k):
        nonlocal total
        total += k
        return total
    return add
add = counter()
objs = [Child(i) for i in range(300)]
assert add(5) == 5 and add(6) == 11
assert repr(objs[3]) == "Base(3)"
bound = objs[0].__repr__
"#,
    ),
    (
        "generators_and_exceptions",
        r#"
def gen(n):
    try:
        for i in range(n):
            yield [i]
    finally:
        pass
g = gen(10)
next(g)
left_suspended = gen(5)
next(left_suspended)
def fail(depth):
    if depth == 0:
        raise ValueError("deep " + str(depth))
    return fail(depth - 1)
caught = []
for _ in range(20):
    try:
        fail(10)
    except ValueError as e:
        caught.append(e)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("chained") from e
except RuntimeError as e:
    kept = e
try:
    [0] * (2 ** 62)
except MemoryError as e:
    too_big = e
assert len(caught) == 20 and kept.__cause__ is not None
"#,
    ),
    (
        "cycles_and_weakrefs",
        r#"
import gc
import weakref
class Node:
    def __init__(self, name):
        self.name = name
        self.other = self
    def __del__(self):
        pass
freed = []
ring = [Node(i) for i in range(100)]
for a, b in zip(ring, ring[1:]):
    a.other = b
refs = [weakref.ref(n, lambda r: freed.append(1)) for n in ring]
del ring, a, b
gc.collect()
assert len(freed) == 100
class Holder:
    pass
h = Holder()
kept_ref = weakref.ref(h)
second_ref = weakref.ref(h, lambda r: None)
h.me = h
"#,
    ),
    (
        "standard_library",
        r#"
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
from functools import lru_cache, partial, reduce
import itertools
q = deque(range(1000))
q.rotate(7)
while len(q) > 10:
    q.popleft()
Point = namedtuple("Point", "x y")
p = Point(1, 2)
counts = Counter("mississippi")
groups = defaultdict(list)
for k, v in itertools.groupby(sorted("banana")):
    groups[k].append(len(list(v)))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
assert fib(60) == 1548008755920
assert reduce(partial(max), [3, 9, 2]) == 9
assert counts["s"] == 4 and p.y == 2
ordered = OrderedDict((str(i), i) for i in range(50))
ordered.move_to_end("0")
"#,
    ),
];

/// Live objects per type, sorted by type name.
fn live_by_type(interp: &mut Interpreter) -> Vec<(&'static str, usize)> {
    let mut v = interp.vm().heap.live_by_type();
    v.sort();
    v
}

/// Drops `__main__` and everything only it held, then collects everything collectable.
fn forget_main(interp: &mut Interpreter) {
    let vm = interp.vm();
    let key = vm.new_str("__main__").expect("str");
    let modules = vm.modules.clone();
    let main: Option<Obj> = vm.dict_pop(&modules, &key).expect("sys.modules");
    drop((main, key, modules));
    for _ in 0..3 {
        vm.safe_point_public();
        vm.collect_garbage(2);
    }
}

fn run(interp: &mut Interpreter, name: &str, source: &str) -> Result<(), String> {
    match interp.run_main(source, name) {
        Outcome::Finished => Ok(()),
        other => Err(format!("program {name} failed: {other:?}")),
    }
}

fn check_program(name: &'static str, source: &'static str) -> Result<(), String> {
    let mut interp = Interpreter::new(Config::default()).ok_or("interpreter")?;
    run(&mut interp, name, source)?;
    forget_main(&mut interp);
    let baseline = live_by_type(&mut interp);
    for round in 2..=3 {
        run(&mut interp, name, source)?;
        forget_main(&mut interp);
        let now = live_by_type(&mut interp);
        if now != baseline {
            return Err(format!(
                "{name}: live objects after run {round} differ from after run 1\n\
                 after run 1: {baseline:?}\nafter run {round}: {now:?}"
            ));
        }
    }
    interp.finish();
    let leaks = interp.leaked_objects();
    if !leaks.is_empty() {
        return Err(format!("{name}: objects left after teardown: {leaks:?}"));
    }
    Ok(())
}

#[test]
fn live_objects_return_to_baseline_after_each_run() {
    // The interpreter wants a large stack (nested calls from Rust into Python).
    let handle = std::thread::Builder::new()
        .stack_size(INTERPRETER_STACK)
        .spawn(|| {
            PROGRAMS
                .iter()
                .filter_map(|(name, src)| check_program(name, src).err())
                .collect::<Vec<_>>()
        })
        .expect("spawn interpreter thread");
    let failures = handle.join().expect("interpreter thread");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_leftover_object_is_seen() {
    // The comparison can fail: a program that keeps one more object per run, in a
    // place the interpreter keeps between runs (a module attribute), changes the counts.
    let handle = std::thread::Builder::new()
        .stack_size(INTERPRETER_STACK)
        .spawn(|| {
            let mut interp = Interpreter::new(Config::default()).expect("interpreter");
            let grow = "import sys\nsys.kept = getattr(sys, 'kept', []) + [[0]]\n";
            run(&mut interp, "grow", grow).expect("grow runs");
            forget_main(&mut interp);
            let first = live_by_type(&mut interp);
            run(&mut interp, "grow", grow).expect("grow runs");
            forget_main(&mut interp);
            let second = live_by_type(&mut interp);
            first != second
        })
        .expect("spawn interpreter thread");
    assert!(handle.join().expect("interpreter thread"));
}
