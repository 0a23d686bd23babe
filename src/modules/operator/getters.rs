//! itemgetter, attrgetter and methodcaller: callables that fetch from their argument.

use crate::heap::Obj;
use crate::vm::params::{check_positional, split_cls};

use crate::objects::native::{NativeObj, NativeState, native_state};
use crate::objects::str::as_str;
use crate::vm::native::NativeTypeSpec;
use crate::vm::{Args, PyResult, Vm};

pub const TYPES: &[&NativeTypeSpec] = &[&ITEMGETTER, &ATTRGETTER, &METHODCALLER];

pub static ITEMGETTER: NativeTypeSpec = NativeTypeSpec {
    new: Some(itemgetter_new),
    methods: &[("__call__", itemgetter_call), ("__repr__", itemgetter_repr)],
    ..NativeTypeSpec::new("operator", "itemgetter")
};

pub static ATTRGETTER: NativeTypeSpec = NativeTypeSpec {
    new: Some(attrgetter_new),
    methods: &[("__call__", attrgetter_call), ("__repr__", attrgetter_repr)],
    ..NativeTypeSpec::new("operator", "attrgetter")
};

pub static METHODCALLER: NativeTypeSpec = NativeTypeSpec {
    new: Some(methodcaller_new),
    methods: &[
        ("__call__", methodcaller_call),
        ("__repr__", methodcaller_repr),
    ],
    ..NativeTypeSpec::new("operator", "methodcaller")
};

struct ItemGetter {
    items: Vec<Obj>,
}

impl NativeState for ItemGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.items.iter().for_each(visit);
    }
}

fn itemgetter_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    if !args.kw.is_empty() {
        return Err(vm.type_error("itemgetter() takes no keyword arguments"));
    }
    if args.pos.is_empty() {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    let cls = match cls {
        Some(c) => c,
        None => vm.native_type(&ITEMGETTER)?,
    };
    let state = ItemGetter {
        items: args.pos.to_vec(),
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}

/// The object a `__call__` was made on, and its single argument.
fn call_target<T: NativeState>(vm: &mut Vm, args: &Args, what: &str) -> PyResult<Obj> {
    if args.pos.is_empty() || native_state::<T>(&args.pos[0]).is_none() {
        return Err(vm.type_error(format!("descriptor '__call__' requires a '{what}' object")));
    }
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{what}() takes no keyword arguments")));
    }
    if args.pos.len() != 2 {
        let short = what.rsplit('.').next().unwrap_or(what);
        return Err(vm.type_error(format!(
            "{short} expected 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    Ok(args.pos[1].clone())
}

fn itemgetter_call(vm: &mut Vm, args: Args) -> PyResult {
    let obj = call_target::<ItemGetter>(vm, &args, "operator.itemgetter")?;
    let items = native_state::<ItemGetter>(&args.pos[0])
        .map(|g| g.items.clone())
        .unwrap_or_default();
    if let [one] = items.as_slice() {
        return vm.getitem(&obj, one);
    }
    let mut out = Vec::with_capacity(items.len());
    for k in &items {
        out.push(vm.getitem(&obj, k)?);
    }
    vm.new_tuple(out)
}

/// `name(arg, arg, ...)` with the reprs of the arguments, as the helpers' reprs read.
fn repr_call(vm: &mut Vm, o: &Obj, name: &str, parts: &[Obj], kw: &[(Obj, Obj)]) -> PyResult {
    if vm.repr_stack.contains(&o.addr()) {
        return vm.new_str(&format!("{name}(...)"));
    }
    vm.repr_stack.push(o.addr());
    let mut out = crate::text::text_buf::TextBuf::from(format!("{name}("));
    let mut r = Ok(());
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if let Err(e) = vm.write_repr(p, &mut out) {
            r = Err(e);
            break;
        }
    }
    if r.is_ok() {
        for (i, (k, v)) in kw.iter().enumerate() {
            if i > 0 || !parts.is_empty() {
                out.push_str(", ");
            }
            if !crate::objects::str::push_text(&mut out, k) {
                out.push('?');
            }
            out.push('=');
            if let Err(e) = vm.write_repr(v, &mut out) {
                r = Err(e);
                break;
            }
        }
    }
    vm.repr_stack.pop();
    r?;
    out.push(')');
    vm.new_str_buf(&out)
}

fn itemgetter_repr(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "__repr__", 1, 1)?;
    let o = args.pos[0].clone();
    let items = native_state::<ItemGetter>(&o)
        .map(|g| g.items.clone())
        .unwrap_or_default();
    repr_call(vm, &o, "operator.itemgetter", &items, &[])
}

/// attrgetter: each attribute is a dotted path, kept as its names.
struct AttrGetter {
    attrs: Vec<Obj>,
    paths: Vec<Vec<Obj>>,
}

impl NativeState for AttrGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.attrs.iter().for_each(&mut *visit);
        for p in &self.paths {
            p.iter().for_each(&mut *visit);
        }
    }
}

fn attrgetter_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    if !args.kw.is_empty() {
        return Err(vm.type_error("attrgetter() takes no keyword arguments"));
    }
    if args.pos.is_empty() {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::with_capacity(args.pos.len());
    for a in &args.pos {
        let Some(s) = as_str(a) else {
            return Err(vm.type_error("attribute name must be a string"));
        };
        let mut path = Vec::new();
        for part in s.split('.') {
            path.push(vm.intern(part)?);
        }
        paths.push(path);
    }
    let cls = match cls {
        Some(c) => c,
        None => vm.native_type(&ATTRGETTER)?,
    };
    let state = AttrGetter {
        attrs: args.pos.to_vec(),
        paths,
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}

fn attrgetter_call(vm: &mut Vm, args: Args) -> PyResult {
    let obj = call_target::<AttrGetter>(vm, &args, "operator.attrgetter")?;
    let paths = native_state::<AttrGetter>(&args.pos[0])
        .map(|g| g.paths.clone())
        .unwrap_or_default();
    let mut out = Vec::with_capacity(paths.len());
    for path in &paths {
        let mut v = obj.clone();
        for name in path {
            v = vm.getattr(&v, name)?;
        }
        out.push(v);
    }
    if out.len() == 1
        && let Some(v) = out.pop()
    {
        return Ok(v);
    }
    vm.new_tuple(out)
}

fn attrgetter_repr(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "__repr__", 1, 1)?;
    let o = args.pos[0].clone();
    let attrs = native_state::<AttrGetter>(&o)
        .map(|g| g.attrs.clone())
        .unwrap_or_default();
    repr_call(vm, &o, "operator.attrgetter", &attrs, &[])
}

struct MethodCaller {
    name: Obj,
    args: Vec<Obj>,
    kwargs: Vec<(Obj, Obj)>,
}

impl NativeState for MethodCaller {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.name);
        self.args.iter().for_each(&mut *visit);
        for (k, v) in &self.kwargs {
            visit(k);
            visit(v);
        }
    }
}

fn methodcaller_new(vm: &mut Vm, args: Args) -> PyResult {
    let (mut args, cls) = split_cls(args);
    if args.pos.is_empty() {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    }
    let name = args.pos.remove(0);
    if as_str(&name).is_none() {
        return Err(vm.type_error("method name must be a string"));
    }
    let name = vm.intern_obj(name)?;
    let cls = match cls {
        Some(c) => c,
        None => vm.native_type(&METHODCALLER)?,
    };
    let state = MethodCaller {
        name,
        args: args.pos.to_vec(),
        kwargs: args.kw,
    };
    Ok(vm.heap.alloc(NativeObj::new(cls, state))?)
}

fn methodcaller_call(vm: &mut Vm, args: Args) -> PyResult {
    let obj = call_target::<MethodCaller>(vm, &args, "operator.methodcaller")?;
    let Some(mc) = native_state::<MethodCaller>(&args.pos[0]) else {
        return Err(vm.bad_payload());
    };
    let (name, pos, kw) = (mc.name.clone(), mc.args.clone(), mc.kwargs.clone());
    let m = vm.getattr(&obj, &name)?;
    vm.call_args(
        &m,
        Args {
            pos: pos.into_iter().collect(),
            kw,
        },
    )
}

fn methodcaller_repr(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "__repr__", 1, 1)?;
    let o = args.pos[0].clone();
    let Some(mc) = native_state::<MethodCaller>(&o) else {
        return Err(vm.bad_payload());
    };
    let mut parts = vec![mc.name.clone()];
    parts.extend(mc.args.iter().cloned());
    let kw = mc.kwargs.clone();
    repr_call(vm, &o, "operator.methodcaller", &parts, &kw)
}
