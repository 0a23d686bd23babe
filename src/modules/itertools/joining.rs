//! chain, accumulate, pairwise, starmap and zip_longest.

use std::cell::Cell;

use crate::compile::bytecode::BinOpCode;
use crate::heap::Obj;
use crate::objects::native::{NativeObj, NativeState};
use crate::objects::tuple::as_tuple;
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::{Sig, bind, check_positional};
use crate::vm::{Args, PyResult, Vm};

use super::{Slot, Source, split_cls};

pub static CHAIN: NativeTypeSpec = NativeTypeSpec {
    new: Some(chain_new),
    class_methods: &[("from_iterable", chain_from_iterable)],
    iterator: true,
    ..NativeTypeSpec::new("itertools", "chain")
};

pub static ACCUMULATE: NativeTypeSpec = NativeTypeSpec {
    new: Some(accumulate_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "accumulate")
};

pub static PAIRWISE: NativeTypeSpec = NativeTypeSpec {
    new: Some(pairwise_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "pairwise")
};

pub static STARMAP: NativeTypeSpec = NativeTypeSpec {
    new: Some(starmap_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "starmap")
};

pub static ZIP_LONGEST: NativeTypeSpec = NativeTypeSpec {
    new: Some(zip_longest_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "zip_longest")
};

/// `chain(*iterables)`: `source` yields the iterables, `active` is the current one.
struct Chain {
    source: Source,
    active: Source,
}

impl NativeState for Chain {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.source.traverse(visit);
        self.active.traverse(visit);
    }
    fn clear(&self) {
        self.source.clear();
        self.active.clear();
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        while self.source.get().is_some() {
            if self.active.get().is_none() {
                let Some(iterable) = self.source.next(vm)? else {
                    return Ok(None);
                };
                match vm.get_iter(&iterable) {
                    Ok(it) => self.active.set(Some(it)),
                    Err(e) => {
                        self.source.set(None);
                        return Err(e);
                    }
                }
            }
            if let Some(v) = self.active.next(vm)? {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
}

fn make_chain(vm: &mut Vm, cls: Obj, source: Obj) -> PyResult {
    let state = Chain {
        source: Source::new(source),
        active: Source::empty(),
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}

fn chain_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    if !args.kw.is_empty() {
        return Err(vm.type_error("chain() takes no keyword arguments"));
    }
    let t = vm.new_tuple(args.pos.to_vec())?;
    let source = vm.get_iter(&t)?;
    let cls = cls.unwrap_or(vm.native_type(&CHAIN)?);
    make_chain(vm, cls, source)
}

fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    if args.pos.len() != 1 || !args.kw.is_empty() {
        if !args.kw.is_empty() {
            return Err(vm.type_error("chain.from_iterable() takes no keyword arguments"));
        }
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let source = vm.get_iter(&args.pos[0])?;
    let cls = cls.unwrap_or(vm.native_type(&CHAIN)?);
    make_chain(vm, cls, source)
}

/// `accumulate(iterable, func=None, *, initial=None)`.
struct Accumulate {
    it: Source,
    func: Option<Obj>,
    total: Slot,
    initial: Slot,
}

impl NativeState for Accumulate {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.it.traverse(visit);
        if let Some(f) = &self.func {
            visit(f);
        }
        self.total.traverse(visit);
        self.initial.traverse(visit);
    }
    fn clear(&self) {
        self.it.clear();
        self.total.set(None);
        self.initial.set(None);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        if let Some(init) = self.initial.get() {
            self.initial.set(None);
            self.total.set(Some(init.clone()));
            return Ok(Some(init));
        }
        let Some(v) = self.it.next(vm)? else {
            return Ok(None);
        };
        let Some(total) = self.total.get() else {
            self.total.set(Some(v.clone()));
            return Ok(Some(v));
        };
        let new = match &self.func {
            None => vm.binary_op(BinOpCode::Add, &total, &v)?,
            Some(f) => vm.call(f, vec![total, v])?,
        };
        self.total.set(Some(new.clone()));
        Ok(Some(new))
    }
}

fn accumulate_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    let sig = Sig::c("accumulate", &["iterable", "func", "initial"], 1).kwonly_from(2);
    let a = bind(vm, args, &sig)?;
    let none = vm.none();
    let iterable = a[0].clone().unwrap_or_else(|| none.clone());
    let it = vm.get_iter(&iterable)?;
    let func = a[1].clone().filter(|f| !f.ptr_eq(&none));
    let initial = a[2].clone().filter(|f| !f.ptr_eq(&none));
    let cls = cls.unwrap_or(vm.native_type(&ACCUMULATE)?);
    let state = Accumulate {
        it: Source::new(it),
        func,
        total: Slot::new(None),
        initial: Slot::new(initial),
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}

/// `pairwise(iterable)`: `old` is the previous item.
struct Pairwise {
    it: Source,
    old: Slot,
}

impl NativeState for Pairwise {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.it.traverse(visit);
        self.old.traverse(visit);
    }
    fn clear(&self) {
        self.it.clear();
        self.old.set(None);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        if self.it.get().is_none() {
            return Ok(None);
        }
        let old = match self.old.get() {
            Some(o) => o,
            None => {
                let Some(o) = self.it.next(vm)? else {
                    return Ok(None);
                };
                self.old.set(Some(o.clone()));
                o
            }
        };
        let Some(new) = self.it.next(vm)? else {
            self.old.set(None);
            return Ok(None);
        };
        self.old.set(Some(new.clone()));
        Ok(Some(vm.new_pair(old, new)?))
    }
}

fn pairwise_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    check_positional(vm, &args, "pairwise", 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    let cls = cls.unwrap_or(vm.native_type(&PAIRWISE)?);
    let state = Pairwise {
        it: Source::new(it),
        old: Slot::new(None),
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}

/// `starmap(function, iterable)`.
struct Starmap {
    func: Obj,
    it: Source,
}

impl NativeState for Starmap {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
        self.it.traverse(visit);
    }
    fn clear(&self) {
        self.it.clear();
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        let Some(item) = self.it.next(vm)? else {
            return Ok(None);
        };
        let items = match as_tuple(&item) {
            Some(t) => t.to_vec(),
            None => {
                if vm.get_iter(&item).is_err() {
                    let n = vm.type_name(&item);
                    return Err(vm.type_error(format!("'{n}' object is not iterable")));
                }
                vm.iterate_to_vec(&item)?
            }
        };
        let f = self.func.clone();
        vm.call(&f, items).map(Some)
    }
}

fn starmap_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    check_positional(vm, &args, "starmap", 2, 2)?;
    let it = vm.get_iter(&args.pos[1])?;
    let cls = cls.unwrap_or(vm.native_type(&STARMAP)?);
    let state = Starmap {
        func: args.pos[0].clone(),
        it: Source::new(it),
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}

/// `zip_longest(*iterables, fillvalue=None)`: exhausted inputs give the fill value
/// until every input is exhausted.
struct ZipLongest {
    iters: Vec<Source>,
    active: Cell<usize>,
    fill: Obj,
}

impl NativeState for ZipLongest {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.iters.iter().for_each(|s| s.traverse(visit));
        visit(&self.fill);
    }
    fn clear(&self) {
        self.iters.iter().for_each(Source::clear);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        if self.iters.is_empty() || self.active.get() == 0 {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(self.iters.len());
        for src in &self.iters {
            if src.get().is_none() {
                items.push(self.fill.clone());
                continue;
            }
            match src.next(vm) {
                Ok(Some(v)) => items.push(v),
                Ok(None) => {
                    let n = self.active.get() - 1;
                    self.active.set(n);
                    if n == 0 {
                        return Ok(None);
                    }
                    items.push(self.fill.clone());
                }
                Err(e) => {
                    self.active.set(0);
                    return Err(e);
                }
            }
        }
        Ok(Some(vm.new_tuple(items)?))
    }
}

fn zip_longest_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let fill = args.take_kw("fillvalue");
    let (args, cls) = split_cls(args);
    if !args.kw.is_empty() {
        return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
    }
    let mut iters = Vec::with_capacity(args.pos.len());
    for a in &args.pos {
        iters.push(Source::new(vm.get_iter(a)?));
    }
    let cls = cls.unwrap_or(vm.native_type(&ZIP_LONGEST)?);
    let state = ZipLongest {
        active: Cell::new(iters.len()),
        iters,
        fill: fill.unwrap_or_else(|| vm.none()),
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}
