//! groupby and its `_grouper` sub-iterators. As in CPython, only the newest grouper is
//! live: advancing the groupby ends the previous group.

use std::cell::Cell;

use crate::heap::Obj;
use crate::objects::native::{NativeObj, NativeState, native_state};
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::{Sig, bind};
use crate::vm::{Args, PyResult, Vm};

use super::{Slot, Source, split_cls};

pub static GROUPBY: NativeTypeSpec = NativeTypeSpec {
    new: Some(groupby_new),
    iterator: true,
    ..NativeTypeSpec::new("itertools", "groupby")
};

pub static GROUPER: NativeTypeSpec = NativeTypeSpec {
    iterator: true,
    ..NativeTypeSpec::new("itertools", "_grouper")
};

struct GroupBy {
    it: Source,
    keyfunc: Option<Obj>,
    /// The key of the group being produced.
    tgtkey: Slot,
    /// The last item read and its key (empty once a grouper consumed it).
    currkey: Slot,
    currvalue: Slot,
    /// Id of the live grouper (0: none); ids come from `next_id`.
    current: Cell<u64>,
    next_id: Cell<u64>,
}

impl GroupBy {
    /// Reads the next item and its key; false at the end.
    fn step(&self, vm: &mut Vm) -> PyResult<bool> {
        let Some(v) = self.it.next(vm)? else {
            return Ok(false);
        };
        let key = match &self.keyfunc {
            Some(f) => vm.call(f, vec![v.clone()])?,
            None => v.clone(),
        };
        self.currvalue.set(Some(v));
        self.currkey.set(Some(key));
        Ok(true)
    }
}

impl NativeState for GroupBy {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.it.traverse(visit);
        if let Some(k) = &self.keyfunc {
            visit(k);
        }
        self.tgtkey.traverse(visit);
        self.currkey.traverse(visit);
        self.currvalue.traverse(visit);
    }
    fn clear(&self) {
        self.it.clear();
        self.tgtkey.set(None);
        self.currkey.set(None);
        self.currvalue.set(None);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, this: &Obj) -> PyResult<Option<Obj>> {
        self.current.set(0);
        // Skip to the first item whose key differs from the current group's.
        loop {
            if let Some(curr) = self.currkey.get() {
                match self.tgtkey.get() {
                    None => break,
                    Some(tgt) => {
                        if !vm.eq(&tgt, &curr)? {
                            break;
                        }
                    }
                }
            }
            if !self.step(vm)? {
                return Ok(None);
            }
        }
        let Some(key) = self.currkey.get() else {
            return Ok(None);
        };
        self.tgtkey.set(Some(key.clone()));
        let id = self.next_id.get() + 1;
        self.next_id.set(id);
        self.current.set(id);
        let grouper = vm.new_native(
            &GROUPER,
            Grouper {
                parent: this.clone(),
                tgtkey: key.clone(),
                id,
            },
        )?;
        Ok(Some(vm.new_pair(key, grouper)?))
    }
}

struct Grouper {
    parent: Obj,
    tgtkey: Obj,
    id: u64,
}

impl NativeState for Grouper {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.parent);
        visit(&self.tgtkey);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        let parent = self.parent.clone();
        let Some(g) = native_state::<GroupBy>(&parent) else {
            return Ok(None);
        };
        if g.current.get() != self.id {
            return Ok(None);
        }
        if g.currvalue.get().is_none() && !g.step(vm)? {
            return Ok(None);
        }
        let Some(curr) = g.currkey.get() else {
            return Ok(None);
        };
        if !vm.eq(&self.tgtkey, &curr)? {
            return Ok(None);
        }
        let v = g.currvalue.get();
        g.currvalue.set(None);
        g.currkey.set(None);
        Ok(v)
    }
}

fn groupby_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    let a = bind(vm, args, &Sig::c("groupby", &["iterable", "key"], 1))?;
    let none = vm.none();
    let it = vm.get_iter(a[0].as_ref().unwrap_or(&none))?;
    let keyfunc = a[1].clone().filter(|k| !k.ptr_eq(&none));
    let cls = match cls {
        Some(c) => c,
        None => vm.native_type(&GROUPBY)?,
    };
    let state = GroupBy {
        it: Source::new(it),
        keyfunc,
        tgtkey: Slot::new(None),
        currkey: Slot::new(None),
        currvalue: Slot::new(None),
        current: Cell::new(0),
        next_id: Cell::new(0),
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}
