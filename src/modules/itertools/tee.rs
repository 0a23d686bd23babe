//! tee: independent iterators over one input. As in CPython, the items read are kept
//! in a chain of blocks of 57 shared by the tee objects; a block is freed as soon as
//! no tee object still needs it.

use std::cell::{Cell, RefCell};

use crate::heap::Obj;
use crate::objects::native::{NativeState, native_state};
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::check_positional;
use crate::vm::{Args, PyResult, Vm};

use super::{Slot, split_cls};

/// Items per block (CPython's LINKCELLS).
const LINK_CELLS: usize = 57;

pub static TEE: NativeTypeSpec = NativeTypeSpec {
    new: Some(tee_new),
    methods: &[("__copy__", tee_copy)],
    iterator: true,
    ..NativeTypeSpec::new("itertools", "_tee")
};

pub static TEE_DATA: NativeTypeSpec = NativeTypeSpec::new("itertools", "_tee_dataobject");

/// One block of items read from the shared input.
struct TeeData {
    it: Obj,
    values: RefCell<Vec<Obj>>,
    next: Slot,
    running: Cell<bool>,
}

impl NativeState for TeeData {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.it);
        if let Ok(v) = self.values.try_borrow() {
            v.iter().for_each(&mut *visit);
        }
        self.next.traverse(visit);
    }
    fn clear(&self) {
        let old = self
            .values
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        drop(old);
        self.next.set(None);
    }
}

fn new_data(vm: &mut Vm, it: Obj) -> PyResult {
    vm.new_native(
        &TEE_DATA,
        TeeData {
            it,
            values: RefCell::new(Vec::new()),
            next: Slot::new(None),
            running: Cell::new(false),
        },
    )
}

/// A reader: the block it is in and its position there.
struct Tee {
    data: Slot,
    index: Cell<usize>,
}

impl NativeState for Tee {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.data.traverse(visit);
    }
    fn clear(&self) {
        self.data.set(None);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        let Some(mut data) = self.data.get() else {
            return Ok(None);
        };
        if self.index.get() >= LINK_CELLS {
            let Some(d) = native_state::<TeeData>(&data) else {
                return Ok(None);
            };
            let next = match d.next.get() {
                Some(n) => n,
                None => {
                    let n = new_data(vm, d.it.clone())?;
                    d.next.set(Some(n.clone()));
                    n
                }
            };
            self.data.set(Some(next.clone()));
            self.index.set(0);
            data = next;
        }
        let Some(d) = native_state::<TeeData>(&data) else {
            return Ok(None);
        };
        let i = self.index.get();
        let have = d.values.borrow().get(i).cloned();
        let v = match have {
            Some(v) => v,
            None => {
                // This reader is in front: fetch the next item from the input.
                if d.running.get() {
                    return Err(vm.runtime_error("cannot re-enter the tee iterator"));
                }
                d.running.set(true);
                let r = vm.next(&d.it);
                d.running.set(false);
                let Some(v) = r? else {
                    return Ok(None);
                };
                d.values.borrow_mut().push(v.clone());
                v
            }
        };
        self.index.set(i + 1);
        Ok(Some(v))
    }
}

fn new_tee(vm: &mut Vm, data: Obj, index: usize) -> PyResult {
    vm.new_native(
        &TEE,
        Tee {
            data: Slot::new(Some(data)),
            index: Cell::new(index),
        },
    )
}

/// A tee object over `iterable` (one that is already a tee is copied).
fn tee_from_iterable(vm: &mut Vm, iterable: &Obj) -> PyResult {
    let it = vm.get_iter(iterable)?;
    if let Some(t) = native_state::<Tee>(&it) {
        let data = t.data.get();
        return match data {
            Some(d) => new_tee(vm, d, t.index.get()),
            None => Ok(it.clone()),
        };
    }
    let data = new_data(vm, it)?;
    new_tee(vm, data, 0)
}

fn tee_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, _cls) = split_cls(args);
    check_positional(vm, &args, "_tee", 1, 1)?;
    tee_from_iterable(vm, &args.pos[0])
}

fn tee_copy(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "__copy__", 1, 1)?;
    let Some(t) = native_state::<Tee>(&args.pos[0]) else {
        return Err(vm.type_error("__copy__ needs a _tee object"));
    };
    match t.data.get() {
        Some(d) => new_tee(vm, d, t.index.get()),
        None => Ok(args.pos[0].clone()),
    }
}

/// `tee(iterable, n=2)`: n independent iterators.
pub fn tee(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "tee", 1, 2)?;
    let n = match args.pos.get(1) {
        Some(n) => crate::vm::params::ssize_arg(vm, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n > 1 << 28 {
        // CPython cannot allocate the result tuple either.
        return Err(crate::vm::PyErr::NoMemory);
    }
    if n == 0 {
        return vm.new_tuple(Vec::new());
    }
    let it = vm.get_iter(&args.pos[0])?;
    let copy = vm.getattr_opt_str(&it, "__copy__")?;
    let first = match &copy {
        Some(_) => it.clone(),
        None => tee_from_iterable(vm, &it)?,
    };
    let mut out = vec![first.clone()];
    let copier = match copy {
        Some(c) => c,
        None => vm.getattr_str(&first, "__copy__")?,
    };
    for _ in 1..n {
        out.push(vm.call(&copier, vec![])?);
    }
    vm.new_tuple(out)
}
