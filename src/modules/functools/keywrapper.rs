//! functools.cmp_to_key: key objects that order themselves with a comparison function.

use crate::compile::bytecode::CmpOpCode;
use crate::heap::Obj;
use crate::objects::native::{NativeObj, NativeState, native_state};
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::{Sig, bind};
use crate::vm::{Args, PyResult, Vm};

pub static KEY_WRAPPER: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("__call__", key_call),
        ("__lt__", key_lt),
        ("__le__", key_le),
        ("__eq__", key_eq),
        ("__ne__", key_ne),
        ("__gt__", key_gt),
        ("__ge__", key_ge),
    ],
    getters: &[("obj", key_obj)],
    unhashable: true,
    ..NativeTypeSpec::new("functools", "KeyWrapper")
};

/// The comparison function and (once called with one) the wrapped object.
struct KeyWrapper {
    cmp: Obj,
    obj: Option<Obj>,
}

impl NativeState for KeyWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.cmp);
        if let Some(o) = &self.obj {
            visit(o);
        }
    }
}

fn new_key(vm: &mut Vm, cmp: Obj, obj: Option<Obj>) -> PyResult {
    let cls = vm.native_type(&KEY_WRAPPER)?;
    Ok(vm
        .heap
        .alloc(NativeObj::new(cls, KeyWrapper { cmp, obj }))?)
}

/// `cmp_to_key(mycmp)`.
pub fn cmp_to_key(vm: &mut Vm, args: Args) -> PyResult {
    let a = bind(vm, args, &Sig::c("cmp_to_key", &["mycmp"], 1))?;
    let cmp = a[0].clone().unwrap_or_else(|| vm.none());
    new_key(vm, cmp, None)
}

fn key_call(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    }
    let this = args.pos.remove(0);
    let Some(k) = native_state::<KeyWrapper>(&this) else {
        return Err(vm.bad_payload());
    };
    let cmp = k.cmp.clone();
    let a = bind(vm, args, &Sig::c("K", &["obj"], 1))?;
    let obj = a[0].clone();
    new_key(vm, cmp, obj)
}

fn key_obj(vm: &mut Vm, args: Args) -> PyResult {
    match args.pos.first().and_then(native_state::<KeyWrapper>) {
        Some(k) => match &k.obj {
            Some(o) => Ok(o.clone()),
            None => Err(vm.attribute_error("obj")),
        },
        None => Err(vm.bad_payload()),
    }
}

fn compare(vm: &mut Vm, args: Args, op: CmpOpCode) -> PyResult {
    if args.pos.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let (a, b) = (args.pos[0].clone(), args.pos[1].clone());
    let (Some(x), Some(y)) = (
        native_state::<KeyWrapper>(&a),
        native_state::<KeyWrapper>(&b),
    ) else {
        return Err(vm.type_error("other argument must be K instance"));
    };
    let none = vm.none();
    let (cmp, xo, yo) = (
        x.cmp.clone(),
        x.obj.clone().unwrap_or_else(|| none.clone()),
        y.obj.clone().unwrap_or(none),
    );
    let r = vm.call(&cmp, vec![xo, yo])?;
    let zero = vm.new_int(0)?;
    vm.compare(op, &r, &zero)
}

fn key_lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Lt)
}
fn key_le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Le)
}
fn key_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Eq)
}
fn key_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Ne)
}
fn key_gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Gt)
}
fn key_ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Ge)
}
