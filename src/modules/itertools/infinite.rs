//! count, cycle and repeat.

use std::cell::{Cell, RefCell};

use crate::compile::bytecode::BinOpCode;
use crate::heap::Obj;
use crate::objects::native::{NativeObj, NativeState, native_state};
use crate::objects::{BigIntObj, BoolObj, IntObj, Tag, tag_of};
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::{Sig, bind, check_positional};
use crate::vm::{Args, PyResult, Vm};

use super::{Slot, Source, split_cls};

pub static COUNT: NativeTypeSpec = NativeTypeSpec {
    new: Some(count_new),
    methods: &[("__repr__", count_repr)],
    iterator: true,
    ..NativeTypeSpec::new("itertools", "count")
};

pub static CYCLE: NativeTypeSpec = NativeTypeSpec {
    new: Some(cycle_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "cycle")
};

pub static REPEAT: NativeTypeSpec = NativeTypeSpec {
    new: Some(repeat_new),
    methods: &[
        ("__repr__", repeat_repr),
        ("__length_hint__", repeat_length_hint),
    ],
    iterator: true,
    ..NativeTypeSpec::new("itertools", "repeat")
};

/// `count(start, step)`: `cnt` is the next value.
struct Count {
    cnt: Slot,
    step: Obj,
}

impl NativeState for Count {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.cnt.traverse(visit);
        visit(&self.step);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        let Some(v) = self.cnt.get() else {
            return Ok(None);
        };
        let next = vm.binary_op(BinOpCode::Add, &v, &self.step)?;
        self.cnt.set(Some(next));
        Ok(Some(v))
    }
}

/// True for what `PyNumber_Check` accepts: ints, floats, complex, `__index__`,
/// `__int__` or `__float__`.
fn is_number(vm: &mut Vm, o: &Obj) -> bool {
    if matches!(
        tag_of(o),
        Tag::Int | Tag::BigInt | Tag::Bool | Tag::Float | Tag::Complex
    ) {
        return true;
    }
    let cls = vm.type_of(o);
    ["__index__", "__int__", "__float__", "__complex__"]
        .iter()
        .any(|n| vm.lookup_type_attr(&cls, n).is_some())
}

fn is_int(o: &Obj) -> bool {
    o.is::<IntObj>() || o.is::<BigIntObj>() || o.is::<BoolObj>()
}

fn is_one(o: &Obj) -> bool {
    IntObj::value(o) == Some(1) || o.downcast::<BoolObj>().is_some_and(|b| b.0)
}

fn count_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    let a = bind(vm, args, &Sig::c("count", &["start", "step"], 0))?;
    let start = match &a[0] {
        Some(s) => s.clone(),
        None => vm.new_int(0)?,
    };
    let step = match &a[1] {
        Some(s) => s.clone(),
        None => vm.new_int(1)?,
    };
    if !is_number(vm, &start) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    // CPython counts in a C integer while the step is 1, so a bool start counts as int.
    let start = match start.downcast::<BoolObj>() {
        Some(b) if is_int(&step) && is_one(&step) => vm.new_int(b.0 as i64)?,
        _ => start,
    };
    let cls = cls.unwrap_or(vm.native_type(&COUNT)?);
    let state = Count {
        cnt: Slot::new(Some(start)),
        step,
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}

fn count_repr(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "__repr__", 1, 1)?;
    let Some(c) = native_state::<Count>(&args.pos[0]) else {
        return Err(vm.type_error("count.__repr__ needs a count object"));
    };
    let cnt = c.cnt.get().unwrap_or_else(|| vm.none());
    let step = c.step.clone();
    let cr = vm.repr_string(&cnt)?;
    if is_int(&step) && is_one(&step) {
        return vm.new_str(&format!("count({cr})"));
    }
    let sr = vm.repr_string(&step)?;
    vm.new_str(&format!("count({cr}, {sr})"))
}

/// `cycle(iterable)`: the first pass saves the items, later passes replay them.
struct Cycle {
    it: Source,
    saved: RefCell<Vec<Obj>>,
    index: Cell<usize>,
}

impl NativeState for Cycle {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.it.traverse(visit);
        if let Ok(s) = self.saved.try_borrow() {
            s.iter().for_each(visit);
        }
    }
    fn clear(&self) {
        self.it.clear();
        let old = self
            .saved
            .try_borrow_mut()
            .map(|mut s| std::mem::take(&mut *s));
        drop(old);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        if let Some(v) = self.it.next(vm)? {
            if let Ok(mut s) = self.saved.try_borrow_mut() {
                s.push(v.clone());
            }
            return Ok(Some(v));
        }
        let saved = self.saved.borrow();
        if saved.is_empty() {
            return Ok(None);
        }
        let i = self.index.get();
        let v = saved.get(i).cloned();
        self.index.set(if i + 1 >= saved.len() { 0 } else { i + 1 });
        Ok(v)
    }
}

fn cycle_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    check_positional(vm, &args, "cycle", 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    let cls = cls.unwrap_or(vm.native_type(&CYCLE)?);
    let state = Cycle {
        it: Source::new(it),
        saved: RefCell::new(Vec::new()),
        index: Cell::new(0),
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}

/// `repeat(object, times=None)`: `remaining` is None for an endless repeat.
struct Repeat {
    object: Obj,
    remaining: Cell<Option<i64>>,
}

impl NativeState for Repeat {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.object);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, _vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        match self.remaining.get() {
            None => Ok(Some(self.object.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                self.remaining.set(Some(n - 1));
                Ok(Some(self.object.clone()))
            }
        }
    }
}

fn repeat_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    let a = bind(vm, args, &Sig::c("repeat", &["object", "times"], 1))?;
    let object = a[0].clone().unwrap_or_else(|| vm.none());
    let remaining = match &a[1] {
        Some(t) => Some(crate::vm::params::ssize_arg(vm, t)?.max(0)),
        None => None,
    };
    let cls = cls.unwrap_or(vm.native_type(&REPEAT)?);
    Ok(vm.heap.alloc(NativeObj::new(
        cls,
        Repeat {
            object,
            remaining: Cell::new(remaining),
        },
    ))?)
}

fn repeat_state<'a>(vm: &mut Vm, o: &'a Obj) -> PyResult<&'a Repeat> {
    native_state::<Repeat>(o).ok_or_else(|| vm.type_error("a repeat object is required"))
}

fn repeat_repr(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "__repr__", 1, 1)?;
    let r = repeat_state(vm, &args.pos[0])?;
    let (object, remaining) = (r.object.clone(), r.remaining.get());
    let or = vm.repr_string(&object)?;
    match remaining {
        None => vm.new_str(&format!("repeat({or})")),
        Some(n) => vm.new_str(&format!("repeat({or}, {n})")),
    }
}

fn repeat_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "__length_hint__", 1, 1)?;
    let r = repeat_state(vm, &args.pos[0])?;
    match r.remaining.get() {
        Some(n) => vm.new_int(n),
        None => Err(vm.type_error("len() of unsized object")),
    }
}
