//! product, permutations, combinations and combinations_with_replacement: index
//! arithmetic over tuples of the input items, in CPython's (lexicographic) order.

use std::cell::{Cell, RefCell};

use crate::heap::Obj;
use crate::objects::native::{NativeObj, NativeState};
use crate::objects::{BigIntObj, BoolObj, IntObj};
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::{Sig, bind};
use crate::vm::{Args, PyResult, Vm};

use super::{pool, split_cls};

pub static PRODUCT: NativeTypeSpec = NativeTypeSpec {
    new: Some(product_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "product")
};

pub static PERMUTATIONS: NativeTypeSpec = NativeTypeSpec {
    new: Some(permutations_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "permutations")
};

pub static COMBINATIONS: NativeTypeSpec = NativeTypeSpec {
    new: Some(combinations_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "combinations")
};

pub static COMBINATIONS_WITH_REPLACEMENT: NativeTypeSpec = NativeTypeSpec {
    new: Some(cwr_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "combinations_with_replacement")
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

/// The shared state: the input pools, the current indices, and (for permutations) the
/// cycle counters. `first` is true until the first tuple is produced.
struct Combinatoric {
    kind: Kind,
    /// One pool per position for product; a single pool otherwise.
    pools: Vec<Vec<Obj>>,
    r: usize,
    indices: RefCell<Vec<usize>>,
    cycles: RefCell<Vec<usize>>,
    first: Cell<bool>,
    stopped: Cell<bool>,
}

impl Combinatoric {
    fn pool_item(&self, position: usize, index: usize) -> Option<Obj> {
        let pool = match self.kind {
            Kind::Product => self.pools.get(position)?,
            _ => self.pools.first()?,
        };
        pool.get(index).cloned()
    }

    fn current(&self, vm: &mut Vm) -> PyResult<Obj> {
        // Gathered on the Rust stack for the usual short tuples: one result per step.
        let items: smallvec::SmallVec<[Obj; 8]> = {
            let idx = self.indices.borrow();
            idx.iter()
                .take(self.r)
                .enumerate()
                .filter_map(|(pos, &i)| self.pool_item(pos, i))
                .collect()
        };
        vm.new_tuple_from(items.len(), items)
    }

    /// Advances the indices; false when the sequence is over.
    fn advance(&self) -> bool {
        let mut idx = self.indices.borrow_mut();
        let n = self.pools.first().map_or(0, Vec::len);
        let r = self.r;
        match self.kind {
            Kind::Product => {
                for i in (0..idx.len()).rev() {
                    let len = self.pools.get(i).map_or(0, Vec::len);
                    idx[i] += 1;
                    if idx[i] < len {
                        return true;
                    }
                    idx[i] = 0;
                }
                false
            }
            Kind::Combinations => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
                    return false;
                };
                idx[i] += 1;
                for j in i + 1..r {
                    idx[j] = idx[j - 1] + 1;
                }
                true
            }
            Kind::WithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
                    return false;
                };
                let v = idx[i] + 1;
                for x in idx.iter_mut().skip(i) {
                    *x = v;
                }
                true
            }
            Kind::Permutations => {
                let mut cycles = self.cycles.borrow_mut();
                if n == 0 {
                    return false;
                }
                for i in (0..r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        // Move index i to the end, shifting the rest down.
                        let v = idx.remove(i);
                        idx.push(v);
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        let len = idx.len();
                        idx.swap(i, len - j);
                        return true;
                    }
                }
                false
            }
        }
    }
}

impl NativeState for Combinatoric {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        for p in &self.pools {
            p.iter().for_each(&mut *visit);
        }
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        if self.stopped.get() {
            return Ok(None);
        }
        if self.first.get() {
            self.first.set(false);
        } else if !self.advance() {
            self.stopped.set(true);
            return Ok(None);
        }
        self.current(vm).map(Some)
    }
}

fn make(
    vm: &mut Vm,
    cls: Option<Obj>,
    spec: &'static NativeTypeSpec,
    state: Combinatoric,
) -> PyResult {
    let cls = match cls {
        Some(c) => c,
        None => vm.native_type(spec)?,
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}

fn product_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let repeat = args.take_kw("repeat");
    let (args, cls) = split_cls(args);
    if let Some((k, _)) = args.kw.first() {
        let k = crate::objects::str::as_str(k).unwrap_or("?").to_owned();
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for product()"
        )));
    }
    let repeat = match repeat {
        Some(r) => crate::vm::params::ssize_arg(vm, &r)?,
        None => 1,
    };
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::with_capacity(args.pos.len());
    for a in &args.pos {
        base.push(pool(vm, a)?);
    }
    if (base.len() as u128) * (repeat as u128) > MAX_INDICES as u128 {
        return Err(crate::vm::PyErr::NoMemory);
    }
    let mut pools = Vec::new();
    if !base.is_empty() {
        for _ in 0..repeat {
            pools.extend(base.iter().cloned());
        }
    }
    let empty = pools.iter().any(Vec::is_empty);
    let r = pools.len();
    let state = Combinatoric {
        kind: Kind::Product,
        r,
        indices: RefCell::new(vec![0; r]),
        cycles: RefCell::new(Vec::new()),
        first: Cell::new(true),
        stopped: Cell::new(empty),
        pools,
    };
    make(vm, cls, &PRODUCT, state)
}

fn r_value(vm: &mut Vm, o: &Obj, int_message: bool) -> PyResult<i64> {
    if int_message && !(o.is::<IntObj>() || o.is::<BigIntObj>() || o.is::<BoolObj>()) {
        return Err(vm.type_error("Expected int as r"));
    }
    let r = crate::vm::params::ssize_arg(vm, o)?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(r)
}

/// More index slots than this cannot be allocated (CPython raises MemoryError).
const MAX_INDICES: usize = 1 << 28;

/// `count` index slots, or MemoryError.
fn index_space(count: usize) -> PyResult<usize> {
    if count > MAX_INDICES {
        return Err(crate::vm::PyErr::NoMemory);
    }
    Ok(count)
}

fn permutations_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    let a = bind(vm, args, &Sig::c("permutations", &["iterable", "r"], 1))?;
    let none = vm.none();
    let items = pool(vm, a[0].as_ref().unwrap_or(&none))?;
    let n = items.len();
    let r = match a[1].as_ref().filter(|r| !r.ptr_eq(&none)) {
        Some(r) => index_space(r_value(vm, r, true)? as usize)?,
        None => n,
    };
    let state = Combinatoric {
        kind: Kind::Permutations,
        r,
        indices: RefCell::new((0..n).collect()),
        cycles: RefCell::new((0..r.min(n)).map(|i| n - i).collect()),
        first: Cell::new(true),
        stopped: Cell::new(r > n),
        pools: vec![items],
    };
    make(vm, cls, &PERMUTATIONS, state)
}

fn combinations_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    let a = bind(vm, args, &Sig::c("combinations", &["iterable", "r"], 2))?;
    let none = vm.none();
    let items = pool(vm, a[0].as_ref().unwrap_or(&none))?;
    let r = index_space(r_value(vm, a[1].as_ref().unwrap_or(&none), false)? as usize)?;
    let n = items.len();
    let slots = if r > n { 0 } else { r };
    let state = Combinatoric {
        kind: Kind::Combinations,
        r,
        indices: RefCell::new((0..slots).collect()),
        cycles: RefCell::new(Vec::new()),
        first: Cell::new(true),
        stopped: Cell::new(r > n),
        pools: vec![items],
    };
    make(vm, cls, &COMBINATIONS, state)
}

fn cwr_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    let sig = Sig::c("combinations_with_replacement", &["iterable", "r"], 2);
    let a = bind(vm, args, &sig)?;
    let none = vm.none();
    let items = pool(vm, a[0].as_ref().unwrap_or(&none))?;
    let r = r_value(vm, a[1].as_ref().unwrap_or(&none), false)? as usize;
    let n = items.len();
    let slots = if n == 0 { 0 } else { index_space(r)? };
    let state = Combinatoric {
        kind: Kind::WithReplacement,
        r,
        indices: RefCell::new(vec![0; slots]),
        cycles: RefCell::new(Vec::new()),
        first: Cell::new(true),
        stopped: Cell::new(n == 0 && r > 0),
        pools: vec![items],
    };
    make(vm, cls, &COMBINATIONS_WITH_REPLACEMENT, state)
}
