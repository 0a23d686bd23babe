//! compress, dropwhile, takewhile, filterfalse and islice.

use std::cell::Cell;

use crate::heap::Obj;
use crate::objects::native::{NativeObj, NativeState};
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::{Sig, bind, check_positional};
use crate::vm::{Args, PyResult, Vm};

use super::{Source, split_cls, ssize};

pub static COMPRESS: NativeTypeSpec = NativeTypeSpec {
    new: Some(compress_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "compress")
};

pub static DROPWHILE: NativeTypeSpec = NativeTypeSpec {
    new: Some(dropwhile_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "dropwhile")
};

pub static TAKEWHILE: NativeTypeSpec = NativeTypeSpec {
    new: Some(takewhile_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "takewhile")
};

pub static FILTERFALSE: NativeTypeSpec = NativeTypeSpec {
    new: Some(filterfalse_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "filterfalse")
};

pub static ISLICE: NativeTypeSpec = NativeTypeSpec {
    new: Some(islice_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "islice")
};

/// `compress(data, selectors)`.
struct Compress {
    data: Source,
    selectors: Source,
}

impl NativeState for Compress {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.data.traverse(visit);
        self.selectors.traverse(visit);
    }
    fn clear(&self) {
        self.data.clear();
        self.selectors.clear();
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        loop {
            let Some(datum) = self.data.next(vm)? else {
                return Ok(None);
            };
            let Some(sel) = self.selectors.next(vm)? else {
                return Ok(None);
            };
            if vm.truthy(&sel)? {
                return Ok(Some(datum));
            }
        }
    }
}

fn compress_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    let a = bind(vm, args, &Sig::c("compress", &["data", "selectors"], 2))?;
    let none = vm.none();
    let data = vm.get_iter(a[0].as_ref().unwrap_or(&none))?;
    let selectors = vm.get_iter(a[1].as_ref().unwrap_or(&none))?;
    let cls = cls.unwrap_or(vm.native_type(&COMPRESS)?);
    let state = Compress {
        data: Source::new(data),
        selectors: Source::new(selectors),
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}

/// dropwhile, takewhile and filterfalse: a predicate over an iterator.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    DropWhile,
    TakeWhile,
    FilterFalse,
}

struct Predicated {
    kind: Kind,
    pred: Option<Obj>,
    it: Source,
    /// dropwhile: the dropping is over; takewhile: the taking is over.
    done: Cell<bool>,
}

impl Predicated {
    fn test(&self, vm: &mut Vm, item: &Obj) -> PyResult<bool> {
        match &self.pred {
            Some(p) => {
                let r = vm.call(p, vec![item.clone()])?;
                vm.truthy(&r)
            }
            None => vm.truthy(item),
        }
    }
}

impl NativeState for Predicated {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(p) = &self.pred {
            visit(p);
        }
        self.it.traverse(visit);
    }
    fn clear(&self) {
        self.it.clear();
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        match self.kind {
            Kind::DropWhile => loop {
                let Some(item) = self.it.next(vm)? else {
                    return Ok(None);
                };
                if self.done.get() {
                    return Ok(Some(item));
                }
                if !self.test(vm, &item)? {
                    self.done.set(true);
                    return Ok(Some(item));
                }
            },
            Kind::TakeWhile => {
                if self.done.get() {
                    return Ok(None);
                }
                let Some(item) = self.it.next(vm)? else {
                    return Ok(None);
                };
                if self.test(vm, &item)? {
                    return Ok(Some(item));
                }
                self.done.set(true);
                Ok(None)
            }
            Kind::FilterFalse => loop {
                let Some(item) = self.it.next(vm)? else {
                    return Ok(None);
                };
                if !self.test(vm, &item)? {
                    return Ok(Some(item));
                }
            },
        }
    }
}

fn predicated(
    vm: &mut Vm,
    args: Args,
    kind: Kind,
    name: &str,
    spec: &'static NativeTypeSpec,
) -> PyResult {
    let (args, cls) = split_cls(args);
    check_positional(vm, &args, name, 2, 2)?;
    let pred = args.pos[0].clone();
    let pred = if kind == Kind::FilterFalse && pred.ptr_eq(&vm.s.none) {
        None
    } else {
        Some(pred)
    };
    let it = vm.get_iter(&args.pos[1])?;
    let cls = cls.unwrap_or(vm.native_type(spec)?);
    let state = Predicated {
        kind,
        pred,
        it: Source::new(it),
        done: Cell::new(false),
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}

fn dropwhile_new(vm: &mut Vm, args: Args) -> PyResult {
    predicated(vm, args, Kind::DropWhile, "dropwhile", &DROPWHILE)
}

fn takewhile_new(vm: &mut Vm, args: Args) -> PyResult {
    predicated(vm, args, Kind::TakeWhile, "takewhile", &TAKEWHILE)
}

fn filterfalse_new(vm: &mut Vm, args: Args) -> PyResult {
    predicated(vm, args, Kind::FilterFalse, "filterfalse", &FILTERFALSE)
}

/// `islice(iterable, [start,] stop [, step])`: `next` is the index of the next item
/// to yield, `count` how many items were read; `stop` None means no end.
struct Islice {
    it: Source,
    next: Cell<i64>,
    stop: Option<i64>,
    step: i64,
    count: Cell<i64>,
}

impl NativeState for Islice {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.it.traverse(visit);
    }
    fn clear(&self) {
        self.it.clear();
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        if self.it.get().is_none() {
            return Ok(None);
        }
        while self.count.get() < self.next.get() {
            if self.it.next(vm)?.is_none() {
                return Ok(None);
            }
            self.count.set(self.count.get() + 1);
        }
        if let Some(stop) = self.stop
            && self.count.get() >= stop
        {
            self.it.set(None);
            return Ok(None);
        }
        let Some(item) = self.it.next(vm)? else {
            return Ok(None);
        };
        self.count.set(self.count.get() + 1);
        let old = self.next.get();
        let mut next = old.saturating_add(self.step);
        if let Some(stop) = self.stop
            && next > stop
        {
            next = stop;
        }
        self.next.set(next);
        Ok(Some(item))
    }
}

const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDEX_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

fn islice_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    if !args.kw.is_empty() {
        return Err(vm.type_error("islice() takes no keyword arguments"));
    }
    check_positional(vm, &args, "islice", 2, 4)?;
    let none = vm.none();
    let is_none = |o: &Obj| o.ptr_eq(&none);
    let mut start = 0i64;
    let mut stop: i64 = -1;
    if args.pos.len() == 2 {
        let a1 = &args.pos[1];
        if !is_none(a1) {
            stop = ssize(vm, a1).unwrap_or(-1);
            if stop == -1 {
                return Err(vm.value_error(STOP_MSG));
            }
        }
    } else {
        let a1 = &args.pos[1];
        if !is_none(a1) {
            start = ssize(vm, a1).unwrap_or(-1);
        }
        let a2 = &args.pos[2];
        if !is_none(a2) {
            stop = ssize(vm, a2).unwrap_or(-1);
            if stop == -1 {
                return Err(vm.value_error(STOP_MSG));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.value_error(INDEX_MSG));
    }
    let mut step = 1i64;
    if let Some(a3) = args.pos.get(3)
        && !is_none(a3)
    {
        step = ssize(vm, a3).unwrap_or(-1);
    }
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.get_iter(&args.pos[0])?;
    let cls = cls.unwrap_or(vm.native_type(&ISLICE)?);
    let state = Islice {
        it: Source::new(it),
        next: Cell::new(start),
        stop: if stop == -1 { None } else { Some(stop) },
        step,
        count: Cell::new(0),
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}
