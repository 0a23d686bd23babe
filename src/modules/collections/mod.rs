//! The `collections` module: deque is native (`objects::deque`, `deque.rs`); Counter,
//! namedtuple, OrderedDict and defaultdict are Python (`collections.py`, as CPython
//! writes Counter and namedtuple) over native helpers for their hot or low-level parts.

mod deque;
mod deque_methods;

pub use deque_methods::FAST_METHODS as DEQUE_FAST_METHODS;

use crate::compile::CompileMode;
use crate::heap::Obj;
use crate::objects::descr::PropertyObj;
use crate::objects::{BuiltinFunctionObj, DictObj, Tag, tag_of};
use crate::vm::params::check_positional;
use crate::vm::{Args, PyResult, Vm};

/// The dict that holds the items of `o` (a dict or an instance of a subclass).
fn dict_value(vm: &Vm, o: &Obj) -> Option<Obj> {
    if o.is::<DictObj>() {
        return Some(o.clone());
    }
    vm.base_value(o).filter(|b| b.is::<DictObj>())
}

/// True when the class of `o` uses dict's own `get` and `__setitem__`.
fn plain_dict_access(vm: &mut Vm, o: &Obj) -> bool {
    if tag_of(o) == Tag::Dict {
        return true;
    }
    let cls = vm.type_of(o);
    let dict = vm.types.dict.clone();
    // A subclass finds dict's own methods through its MRO: the fast path applies when
    // both lookups land on those very objects (as CPython's C helper checks).
    ["get", "__setitem__"].iter().all(|name| {
        match (
            vm.lookup_type_attr(&cls, name),
            vm.lookup_type_attr(&dict, name),
        ) {
            (Some(a), Some(b)) => a.ptr_eq(&b),
            (None, None) => true,
            _ => false,
        }
    })
}

/// `_count_elements(mapping, iterable)`: `mapping[elem] = mapping.get(elem, 0) + 1`
/// for each element, straight on the dict when the mapping does not override access.
fn count_elements(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "_count_elements", 2, 2)?;
    let (mapping, iterable) = (args.pos[0].clone(), args.pos[1].clone());
    let it = vm.get_iter(&iterable)?;
    let one = vm.new_int(1)?;
    let fast = match dict_value(vm, &mapping) {
        Some(d) if plain_dict_access(vm, &mapping) => Some(d),
        _ => None,
    };
    if let Some(d) = fast {
        while let Some(elem) = vm.next(&it)? {
            let hash = vm.hash(&elem)?;
            let new = match vm.dict_lookup(&d, &elem)? {
                Some(old) => vm.binary_op(crate::compile::bytecode::BinOpCode::Add, &old, &one)?,
                None => one.clone(),
            };
            vm.dict_set_hashed(&d, elem, hash, new)?;
        }
        return Ok(vm.none());
    }
    let get = vm.getattr_str(&mapping, "get")?;
    let zero = vm.new_int(0)?;
    while let Some(elem) = vm.next(&it)? {
        let old = vm.call(&get, vec![elem.clone(), zero.clone()])?;
        let new = vm.binary_op(crate::compile::bytecode::BinOpCode::Add, &old, &one)?;
        vm.setitem(&mapping, elem, new)?;
    }
    Ok(vm.none())
}

/// The getter behind a `_tuplegetter` property: called as `(index, instance)`.
fn tuplegetter_get(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 2 {
        return Err(vm.type_error("_tuplegetter expected 1 argument"));
    }
    let (index, obj) = (args.pos[0].clone(), args.pos[1].clone());
    let base = vm.base_value(&obj).unwrap_or_else(|| obj.clone());
    if tag_of(&base) != Tag::Tuple {
        let i = vm.repr_string(&index)?;
        let n = vm.type_name(&obj);
        return Err(vm.type_error(format!(
            "descriptor for index '{i}' for tuple subclasses doesn't apply to '{n}' object"
        )));
    }
    match vm.getitem(&base, &index) {
        Ok(v) => Ok(v),
        Err(_) => Err(vm.index_error("tuple index out of range")),
    }
}

/// `_tuplegetter(index, doc)`: a read-only property returning `self[index]`.
fn tuplegetter(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "_tuplegetter", 2, 2)?;
    let fget = vm.heap.alloc(BuiltinFunctionObj::bound_to(
        &"_tuplegetter",
        tuplegetter_get,
        args.pos[0].clone(),
        None,
    ))?;
    Ok(vm.heap.alloc(PropertyObj {
        fget: Some(fget),
        fset: None,
        fdel: None,
        doc: crate::heap::OptObjCell::new(Some(args.pos[1].clone())),
        name: crate::heap::OptObjCell::new(None),
    })?)
}

/// `_eval(expression, namespace)`: evaluates Python source (namedtuple's `__new__`).
fn eval_in(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "_eval", 2, 2)?;
    let src = vm
        .expect_str(&args.pos[0], "_eval() argument 1")?
        .to_owned();
    let ns = args.pos[1].clone();
    vm.ensure_builtins_in(&ns)?;
    let code = match vm.compile_source(&src, "<string>", CompileMode::Eval) {
        Ok(c) => c,
        Err(f) => return Err(vm.compile_failure_to_exception(f, "<string>")),
    };
    vm.run_code(code, &ns)
}

/// `_caller_module()`: `__name__` of the module whose code called the Python function
/// that calls this (namedtuple's `sys._getframe(1).f_globals['__name__']`).
fn caller_module(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "_caller_module", 0, 0)?;
    let n = vm.frames.len();
    let globals = match n.checked_sub(2).and_then(|i| vm.frames.get(i)) {
        Some(f) => f.globals.clone(),
        None => return Ok(vm.none()),
    };
    let k = vm.intern("__name__")?;
    match vm.dict_get_str(&globals, &k) {
        Some(v) => Ok(v),
        None => vm.new_str("__main__"),
    }
}

/// `_dict_repr(d)`: the repr of the dict value of `d` (dict's own `__repr__`).
fn dict_repr(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "_dict_repr", 1, 1)?;
    match dict_value(vm, &args.pos[0]) {
        Some(d) => vm.repr(&d),
        None => Err(vm.type_error("_dict_repr() needs a dict")),
    }
}

/// `_odict_prepend(d, key, value)`: puts a key (known to be absent) first.
fn odict_prepend(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "_odict_prepend", 3, 3)?;
    let Some(d) = dict_value(vm, &args.pos[0]) else {
        return Err(vm.type_error("_odict_prepend() needs a dict"));
    };
    let Some(dd) = d.downcast::<DictObj>() else {
        return Err(vm.bad_payload());
    };
    let old = dd.table.borrow_mut().take();
    let entries: Vec<(Obj, i64, Obj)> = old
        .iter()
        .map(|e| (e.key.clone(), e.hash, e.value.clone()))
        .collect();
    drop(old);
    let key = args.pos[1].clone();
    let hash = vm.hash(&key)?;
    vm.dict_set_hashed(&d, key, hash, args.pos[2].clone())?;
    for (k, h, v) in entries {
        vm.dict_set_hashed(&d, k, h, v)?;
    }
    Ok(vm.none())
}

/// `_name_as_c_type(cls)`: names a class like CPython's C type of the same name
/// (`collections.OrderedDict`), which is how error messages show its instances.
fn name_as_c_type(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "_name_as_c_type", 1, 1)?;
    let cls = args.pos[0].clone();
    let Some(tp) = cls.downcast::<crate::objects::TypeObj>() else {
        return Err(vm.type_error("_name_as_c_type() needs a class"));
    };
    let module = tp.module.borrow().clone();
    if let Some(m) = module.as_ref().and_then(crate::objects::str::as_str) {
        let full = format!("{m}.{}", tp.name());
        *tp.name.borrow_mut() = std::rc::Rc::from(full.as_str());
    }
    Ok(cls)
}

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(
        vm,
        "collections",
        &[
            ("_count_elements", count_elements),
            ("_tuplegetter", tuplegetter),
            ("_eval", eval_in),
            ("_caller_module", caller_module),
            ("_dict_repr", dict_repr),
            ("_odict_prepend", odict_prepend),
            ("_name_as_c_type", name_as_c_type),
        ],
    )?;
    let dq = deque_methods::deque_type(vm)?;
    super::set_attr(vm, &m, "deque", dq)?;
    super::exec_python(vm, &m, include_str!("collections.py"), "<collections>")?;
    Ok(m)
}
