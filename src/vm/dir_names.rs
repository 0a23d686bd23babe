//! The names `dir()` lists that minipy serves as special attributes rather than keeps
//! in a type's namespace (`__class__`, `__dict__`, `__weakref__`, an exception's
//! `args`, an int's `real`, a class's slots, ...), so `dir(x)` matches CPython's; and
//! the small `object` methods that go with them (`__dir__`, `__getstate__`); and
//! `dir(o)` itself, which `dir()` and the name suggestions of error messages share.

use crate::heap::Obj;
use crate::objects::function::NativeFn;
use crate::objects::str::as_text;
use crate::objects::tuple::as_tuple;
use crate::objects::{DictObj, ModuleObj, Tag, TypeObj, tag_of};

use super::{Args, PyResult, Vm};

const OBJECT_NAMES: &[&str] = &[
    "__class__",
    "__dir__",
    "__doc__",
    "__getstate__",
    "__reduce__",
    "__reduce_ex__",
];

const EXCEPTION_NAMES: &[&str] = &[
    "__cause__",
    "__context__",
    "__dict__",
    "__setstate__",
    "__suppress_context__",
    "__traceback__",
    "args",
];

const INT_NAMES: &[&str] = &["__getnewargs__", "denominator", "imag", "numerator", "real"];

const FLOAT_NAMES: &[&str] = &["__getformat__", "__getnewargs__", "imag", "real"];

/// The `co_*` attributes of code objects (CPython 3.11's, less `co_stacksize`: minipy
/// does not compute a stack depth).
const CODE_NAMES: &[&str] = &[
    "co_argcount",
    "co_cellvars",
    "co_code",
    "co_consts",
    "co_exceptiontable",
    "co_filename",
    "co_firstlineno",
    "co_flags",
    "co_freevars",
    "co_kwonlyargcount",
    "co_linetable",
    "co_lnotab",
    "co_name",
    "co_names",
    "co_nlocals",
    "co_posonlyargcount",
    "co_qualname",
    "co_varnames",
];

const GENERATOR_NAMES: &[&str] = &[
    "gi_code",
    "gi_frame",
    "gi_running",
    "gi_suspended",
    "gi_yieldfrom",
];

const COROUTINE_NAMES: &[&str] = &[
    "cr_await",
    "cr_code",
    "cr_frame",
    "cr_origin",
    "cr_running",
    "cr_suspended",
];

const ASYNC_GENERATOR_NAMES: &[&str] = &["ag_await", "ag_code", "ag_frame", "ag_running"];

impl Vm {
    /// The names CPython's `c.__dict__` holds that minipy's does not.
    pub(crate) fn implicit_type_names(&self, c: &Obj) -> Vec<String> {
        let fixed: &[&str] = if c.ptr_eq(&self.types.object) {
            OBJECT_NAMES
        } else if c.ptr_eq(&self.exc.base_exception) {
            EXCEPTION_NAMES
        } else if c.ptr_eq(&self.types.int) {
            INT_NAMES
        } else if c.ptr_eq(&self.types.float) {
            FLOAT_NAMES
        } else if c.ptr_eq(self.types.by_tag(Tag::Code)) {
            CODE_NAMES
        } else if c.ptr_eq(&self.types.generator) {
            GENERATOR_NAMES
        } else if c.ptr_eq(&self.types.coroutine) {
            COROUTINE_NAMES
        } else if c.ptr_eq(&self.types.async_generator) {
            ASYNC_GENERATOR_NAMES
        } else {
            &[]
        };
        let mut names: Vec<String> = fixed.iter().map(|s| (*s).to_owned()).collect();
        let Some(t) = c.downcast::<TypeObj>() else {
            return names;
        };
        if t.builtin {
            return names;
        }
        names.push("__doc__".to_owned());
        match &t.slot_names {
            // The member descriptors of the slots are in the namespace already;
            // `__dict__` and `__weakref__` are descriptors CPython adds.
            Some(slots) => names.extend(
                slots
                    .iter()
                    .filter(|s| matches!(&***s, "__dict__" | "__weakref__"))
                    .map(|s| s.to_string()),
            ),
            None => {
                names.push("__dict__".to_owned());
                if self.subclass_gets_weakref_slot(c) {
                    names.push("__weakref__".to_owned());
                }
            }
        }
        names
    }

    /// Whether a class without `__slots__` gets a `__weakref__` descriptor: not when its
    /// builtin base is variable-sized (int, tuple, bytes) or already weakly
    /// referenceable (set, frozenset).
    fn subclass_gets_weakref_slot(&self, c: &Obj) -> bool {
        let Some(t) = c.downcast::<TypeObj>() else {
            return false;
        };
        let mro = t.mro.borrow().clone();
        let items = crate::objects::tuple::as_tuple(&mro)
            .map(<[Obj]>::to_vec)
            .unwrap_or_default();
        let no_weakref = [
            &self.types.int,
            &self.types.tuple,
            &self.types.bytes,
            &self.types.set,
            &self.types.frozenset,
        ];
        !items.iter().any(|b| no_weakref.iter().any(|n| b.ptr_eq(n)))
    }
}

/// `object.__dir__(self)`: what `dir()` lists without a user `__dir__`.
fn object_dir(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__dir__", 1, 1)?;
    let names = default_dir_names(vm, &args.pos[0])?;
    name_list(vm, names)
}

/// `object.__getstate__(self)`: the instance `__dict__` (None when empty), paired with
/// the set slots' values when the class has `__slots__`.
fn object_getstate(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__getstate__", 1, 1)?;
    vm.default_getstate(&args.pos[0])
}

impl Vm {
    /// What `object.__getstate__` returns for `o` (copy and pickle use it too).
    pub(crate) fn default_getstate(&mut self, o: &Obj) -> PyResult {
        let o = o.clone();
        let mut state = self.none();
        if matches!(tag_of(&o), Tag::Instance | Tag::Exception)
            && let Some(d) = self.getattr_opt_str(&o, "__dict__")?
            && self.len(&d)? > 0
        {
            state = d;
        }
        let cls = self.type_of(&o);
        let mro = cls.downcast::<TypeObj>().map(|t| t.mro.borrow().clone());
        let classes = mro
            .as_ref()
            .and_then(crate::objects::tuple::as_tuple)
            .map(<[Obj]>::to_vec)
            .unwrap_or_default();
        // The slot names as their member descriptors know them (private names mangled).
        let mut slot_names = Vec::new();
        for c in &classes {
            if let Some(t) = c.downcast::<TypeObj>()
                && let Some(slots) = t.slot_names.clone()
            {
                slot_names.extend(super::slots::member_names(&t.name(), &slots));
            }
        }
        if slot_names.is_empty() {
            return Ok(state);
        }
        let slots = self.new_dict()?;
        for name in slot_names {
            if let Some(v) = self.getattr_opt_str(&o, &name)? {
                let k = self.new_str(&name)?;
                self.dict_set(&slots, k, v)?;
            }
        }
        if self.len(&slots)? == 0 {
            return Ok(state);
        }
        self.new_tuple(vec![state, slots])
    }
}

/// `int.__getnewargs__()` / `float.__getnewargs__()`: the plain number in a tuple.
fn number_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__getnewargs__", 1, 1)?;
    let o = args.pos[0].clone();
    let v = vm.base_value(&o).unwrap_or(o);
    let plain = match tag_of(&v) {
        Tag::Float => v,
        _ => {
            let int = vm.types.int.clone();
            vm.call(&int, vec![v])?
        }
    };
    vm.new_tuple(vec![plain])
}

pub const OBJECT_INTROSPECTION: &[(&str, NativeFn)] =
    &[("__dir__", object_dir), ("__getstate__", object_getstate)];

pub const NUMBER_GETNEWARGS: &[(&str, NativeFn)] = &[("__getnewargs__", number_getnewargs)];

/// The str keys of dict `d` as text bytes (WTF-8 when a name holds lone surrogates,
/// so that byte order is code-point order, as CPython sorts).
pub(crate) fn dict_key_names(d: &Obj) -> Vec<Vec<u8>> {
    d.downcast::<DictObj>()
        .map(|dd| {
            dd.table
                .borrow()
                .iter()
                .filter_map(|e| as_text(&e.key).map(<[u8]>::to_vec))
                .collect()
        })
        .unwrap_or_default()
}

/// The str objects for names from `dir_names` / `dict_key_names`.
pub(crate) fn name_list(vm: &mut Vm, names: Vec<Vec<u8>>) -> PyResult {
    let mut items = Vec::with_capacity(names.len());
    for n in names {
        items.push(vm.new_str_wtf8(&n)?);
    }
    vm.new_list(items)
}

/// `dir(o)`: `__dir__` when a class defines one, else the module namespace, or the
/// instance namespace and the names along the class's MRO; sorted.
pub(crate) fn dir_names(vm: &mut Vm, o: &Obj) -> PyResult<Vec<Vec<u8>>> {
    let Some(r) = vm.call_special_user(o, "__dir__")? else {
        return default_dir_names(vm, o);
    };
    let mut names: Vec<Vec<u8>> = Vec::new();
    for it in vm.iterate_to_vec(&r)? {
        if let Some(s) = as_text(&it) {
            names.push(s.to_vec());
        }
    }
    names.sort();
    names.dedup();
    Ok(names)
}

/// `dir(o)` without a user `__dir__` (`object.__dir__`): the module namespace, or the
/// instance namespace and the names along the class's MRO; sorted.
pub(crate) fn default_dir_names(vm: &mut Vm, o: &Obj) -> PyResult<Vec<Vec<u8>>> {
    let mut names: Vec<Vec<u8>> = Vec::new();
    if let Some(m) = o.downcast::<ModuleObj>() {
        names = dict_key_names(&m.dict);
    } else {
        // As CPython's object.__dir__: whatever `__dict__` gives (a function's, an
        // instance's), any failure to get it counting as no namespace.
        if tag_of(o) != Tag::Type
            && let Ok(Some(d)) = vm.getattr_opt_str(o, "__dict__")
        {
            names.extend(dict_key_names(&d));
        }
        let cls = if tag_of(o) == Tag::Type {
            o.clone()
        } else {
            vm.type_of(o)
        };
        let mro = cls.downcast::<TypeObj>().map(|t| t.mro.borrow().clone());
        if let Some(mro) = mro {
            for c in as_tuple(&mro).map(<[Obj]>::to_vec).unwrap_or_default() {
                if let Some(t) = c.downcast::<TypeObj>() {
                    names.extend(dict_key_names(&t.dict));
                }
                names.extend(
                    vm.implicit_type_names(&c)
                        .into_iter()
                        .map(String::into_bytes),
                );
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(names)
}
