//! functools.partial: a callable holding a function and leading arguments.

use crate::text::text_buf::TextBuf;
use std::cell::RefCell;

use crate::heap::Obj;
use crate::objects::DictObj;
use crate::objects::native::{NativeObj, NativeState, native_state};
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::{check_positional, split_cls};
use crate::vm::{Args, PyResult, Vm};

pub static PARTIAL: NativeTypeSpec = NativeTypeSpec {
    new: Some(partial_new),
    methods: &[
        ("__call__", partial_call),
        ("__repr__", partial_repr),
        ("__reduce__", partial_reduce),
        ("__setstate__", partial_setstate),
    ],
    getters: &[
        ("func", partial_func),
        ("args", partial_args),
        ("keywords", partial_keywords),
    ],
    ..NativeTypeSpec::new("functools", "partial")
};

/// The function, the leading arguments (a tuple) and the keywords (a dict, shared
/// with `p.keywords` as in CPython); replaced as a whole by `__setstate__`.
#[derive(Clone)]
struct Parts {
    func: Obj,
    args: Obj,
    keywords: Obj,
}

struct Partial(RefCell<Parts>);

impl Partial {
    fn parts(&self) -> Option<Parts> {
        self.0.try_borrow().ok().map(|p| p.clone())
    }
}

impl NativeState for Partial {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(p) = self.0.try_borrow() {
            visit(&p.func);
            visit(&p.args);
            visit(&p.keywords);
        }
    }
}

fn dict_items(d: &Obj) -> Vec<(Obj, Obj)> {
    d.downcast::<DictObj>()
        .map(|d| {
            d.table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect()
        })
        .unwrap_or_default()
}

fn partial_new(vm: &mut Vm, args: Args) -> PyResult {
    let (mut args, cls) = split_cls(args);
    if args.pos.is_empty() {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    }
    let mut func = args.pos.remove(0);
    if !vm.callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let mut pos: Vec<Obj> = Vec::new();
    let keywords = vm.new_dict()?;
    // A partial of a partial (without attributes of its own) is flattened.
    let inner = native_state::<Partial>(&func)
        .filter(|_| {
            func.downcast::<NativeObj>()
                .is_some_and(|n| n.dict.borrow().is_none())
        })
        .and_then(Partial::parts)
        .map(|p| (p.func, p.args, p.keywords));
    if let Some((f, a, k)) = inner {
        pos.extend(as_tuple(&a).map(<[Obj]>::to_vec).unwrap_or_default());
        for (key, v) in dict_items(&k) {
            vm.dict_set(&keywords, key, v)?;
        }
        func = f;
    }
    pos.extend(args.pos);
    for (k, v) in args.kw {
        vm.dict_set(&keywords, k, v)?;
    }
    let cls = match cls {
        Some(c) => c,
        None => vm.native_type(&PARTIAL)?,
    };
    let state = Partial(RefCell::new(Parts {
        func,
        args: vm.new_tuple(pos)?,
        keywords,
    }));
    Ok(vm.heap.alloc(NativeObj::with_dict(cls, state))?)
}

fn this(vm: &mut Vm, args: &Args, what: &str) -> PyResult<Parts> {
    match args
        .pos
        .first()
        .and_then(native_state::<Partial>)
        .and_then(Partial::parts)
    {
        Some(p) => Ok(p),
        None => Err(vm.type_error(format!(
            "descriptor '{what}' requires a 'functools.partial' object"
        ))),
    }
}

fn partial_call(vm: &mut Vm, args: Args) -> PyResult {
    let Parts {
        func,
        args: stored,
        keywords,
    } = this(vm, &args, "__call__")?;
    let mut pos: smallvec::SmallVec<[Obj; 6]> = as_tuple(&stored)
        .map(|t| t.iter().cloned().collect())
        .unwrap_or_default();
    pos.extend(args.pos.iter().skip(1).cloned());
    let mut kw = dict_items(&keywords);
    for (k, v) in args.kw {
        match kw.iter_mut().find(|(x, _)| as_str(x) == as_str(&k)) {
            Some(slot) => slot.1 = v,
            None => kw.push((k, v)),
        }
    }
    vm.call_args(&func, Args { pos, kw })
}

fn partial_repr(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "__repr__", 1, 1)?;
    let o = args.pos[0].clone();
    let Parts {
        func,
        args: stored,
        keywords,
    } = this(vm, &args, "__repr__")?;
    let cls = vm.type_of(&o);
    let qualname = vm.getattr_str(&cls, "__qualname__")?;
    let module = vm.getattr_str(&cls, "__module__")?;
    let qualname = vm.str_string(&qualname)?;
    let module = vm.str_string(&module)?;
    if vm.repr_stack.contains(&o.addr()) {
        return vm.new_str("...");
    }
    vm.repr_stack.push(o.addr());
    let r = (|| -> PyResult<TextBuf> {
        let mut out = TextBuf::from(format!("{module}.{qualname}("));
        vm.write_repr(&func, &mut out)?;
        for a in as_tuple(&stored).map(<[Obj]>::to_vec).unwrap_or_default() {
            out.push_str(", ");
            vm.write_repr(&a, &mut out)?;
        }
        for (k, v) in dict_items(&keywords) {
            out.push_str(", ");
            let k = vm.str_of(&k)?;
            crate::objects::str::push_text(&mut out, &k);
            out.push('=');
            vm.write_repr(&v, &mut out)?;
        }
        out.push(')');
        Ok(out)
    })();
    vm.repr_stack.pop();
    vm.new_str_buf(&r?)
}

fn partial_func(vm: &mut Vm, args: Args) -> PyResult {
    Ok(this(vm, &args, "func")?.func)
}

fn partial_args(vm: &mut Vm, args: Args) -> PyResult {
    Ok(this(vm, &args, "args")?.args)
}

fn partial_keywords(vm: &mut Vm, args: Args) -> PyResult {
    Ok(this(vm, &args, "keywords")?.keywords)
}

/// `(type(p), (func,), (func, args, keywords, __dict__ or None))`, as CPython's.
fn partial_reduce(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "__reduce__", 1, 1)?;
    let p = this(vm, &args, "__reduce__")?;
    let o = args.pos[0].clone();
    let cls = vm.type_of(&o);
    let dict = o
        .downcast::<NativeObj>()
        .and_then(|n| n.dict.borrow().clone())
        .unwrap_or_else(|| vm.none());
    let fargs = vm.new_tuple(vec![p.func.clone()])?;
    let state = vm.new_tuple(vec![p.func, p.args, p.keywords, dict])?;
    vm.new_tuple(vec![cls, fargs, state])
}

fn partial_setstate(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "__setstate__", 2, 2)?;
    let o = args.pos[0].clone();
    let invalid = |vm: &mut Vm| vm.type_error("invalid partial state");
    let Some(items) = as_tuple(&args.pos[1]).map(<[Obj]>::to_vec) else {
        return Err(invalid(vm));
    };
    let [func, fargs, kw, dict] = items.as_slice() else {
        return Err(invalid(vm));
    };
    let none = vm.none();
    if !vm.callable(func) || as_tuple(fargs).is_none() || (!kw.ptr_eq(&none) && !kw.is::<DictObj>())
    {
        return Err(invalid(vm));
    }
    let fargs = vm.new_tuple(as_tuple(fargs).map(<[Obj]>::to_vec).unwrap_or_default())?;
    let keywords = if kw.ptr_eq(&none) {
        vm.new_dict()?
    } else {
        kw.clone()
    };
    let Some(p) = native_state::<Partial>(&o) else {
        return Err(invalid(vm));
    };
    let old = p.0.try_borrow_mut().map(|mut parts| {
        std::mem::replace(
            &mut *parts,
            Parts {
                func: func.clone(),
                args: fargs,
                keywords,
            },
        )
    });
    drop(old);
    if let Some(n) = o.downcast::<NativeObj>() {
        let d = Some(dict.clone()).filter(|d| !d.ptr_eq(&none));
        let old = n.dict.borrow_mut().take();
        *n.dict.borrow_mut() = d;
        drop(old);
    }
    Ok(vm.none())
}
