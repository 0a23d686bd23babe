//! `mappingproxy` (`types.MappingProxyType`): a read-only view of a mapping. A class's
//! `__dict__` is one over the class namespace, as in CPython, so that code cannot
//! change a class behind its attribute caches; `MappingProxyType(m)` makes one over
//! any mapping. Every read goes to the mapping itself.

use crate::compile::bytecode::{BinOpCode, CmpOpCode};
use crate::heap::Obj;
use crate::objects::native::{NativeState, native_state};
use crate::objects::{Tag, tag_of};

use super::native::NativeTypeSpec;
use super::{Args, PyResult, Vm};

pub static MAPPINGPROXY: NativeTypeSpec = NativeTypeSpec {
    new: Some(proxy_new),
    methods: &[
        ("__getitem__", proxy_getitem),
        ("__contains__", proxy_contains),
        ("__iter__", proxy_iter),
        ("__len__", proxy_len),
        ("__reversed__", proxy_reversed),
        ("get", proxy_get),
        ("keys", proxy_keys),
        ("values", proxy_values),
        ("items", proxy_items),
        ("copy", proxy_copy),
        ("__eq__", proxy_eq),
        ("__ne__", proxy_ne),
        ("__lt__", proxy_lt),
        ("__le__", proxy_le),
        ("__gt__", proxy_gt),
        ("__ge__", proxy_ge),
        ("__or__", proxy_or),
        ("__ror__", proxy_ror),
        ("__ior__", proxy_ior),
        ("__repr__", proxy_repr),
        ("__str__", proxy_str),
    ],
    class_methods: super::type_alias::CLASS_GETITEM,
    c_type: false,
    unhashable: true,
    ..NativeTypeSpec::new("builtins", "mappingproxy")
};

struct Proxy {
    mapping: Obj,
}

impl NativeState for Proxy {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.mapping);
    }
}

impl Vm {
    /// A read-only view of `mapping`.
    pub(crate) fn new_mappingproxy(&mut self, mapping: Obj) -> PyResult {
        self.new_native(&MAPPINGPROXY, Proxy { mapping })
    }
}

/// `mappingproxy(mapping)`: anything indexable except a list or tuple is a mapping.
fn proxy_new(vm: &mut Vm, args: Args) -> PyResult {
    let given = args.pos.len() - 1 + args.kw.len();
    if given > 1 {
        return Err(vm.type_error(format!(
            "mappingproxy() takes at most 1 argument ({given} given)"
        )));
    }
    let mapping = match (args.pos.get(1), args.kw.first()) {
        (Some(m), _) => m.clone(),
        (None, Some((k, v))) if crate::objects::str::as_str(k) == Some("mapping") => v.clone(),
        (None, _) => {
            return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
        }
    };
    let cls = vm.type_of(&mapping);
    let sequence = matches!(tag_of(&mapping), Tag::List | Tag::Tuple);
    if sequence || vm.lookup_type_attr(&cls, "__getitem__").is_none() {
        let n = vm.type_name(&mapping);
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {n}"
        )));
    }
    vm.new_mappingproxy(mapping)
}

/// The mapping behind `args.pos[0]`, checked to be a mappingproxy.
fn mapping_of(vm: &mut Vm, args: &Args, what: &str) -> PyResult<Obj> {
    match args.pos.first().and_then(native_state::<Proxy>) {
        Some(p) => Ok(p.mapping.clone()),
        None => {
            let n = args
                .pos
                .first()
                .map_or_else(|| "nothing".into(), |o| vm.type_name(o));
            Err(vm.type_error(format!(
                "descriptor '{what}' for 'mappingproxy' objects doesn't apply to a '{n}' object"
            )))
        }
    }
}

/// Calls the mapping's own method `name` with the arguments after self.
fn forward(vm: &mut Vm, args: Args, name: &str, min: usize, max: usize) -> PyResult {
    let mapping = mapping_of(vm, &args, name)?;
    args.check_method(vm, &format!("mappingproxy.{name}"), min, max)?;
    let f = vm.getattr_str(&mapping, name)?;
    vm.call(&f, args.pos[1..].to_vec())
}

fn proxy_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let mapping = mapping_of(vm, &args, "__getitem__")?;
    args.check_method(vm, "mappingproxy.__getitem__", 1, 1)?;
    vm.getitem(&mapping, &args.pos[1])
}

fn proxy_contains(vm: &mut Vm, args: Args) -> PyResult {
    let mapping = mapping_of(vm, &args, "__contains__")?;
    args.check_method(vm, "mappingproxy.__contains__", 1, 1)?;
    let found = vm.contains(&mapping, &args.pos[1])?;
    Ok(vm.new_bool(found))
}

fn proxy_iter(vm: &mut Vm, args: Args) -> PyResult {
    let mapping = mapping_of(vm, &args, "__iter__")?;
    args.check_method(vm, "mappingproxy.__iter__", 0, 0)?;
    vm.get_iter(&mapping)
}

fn proxy_len(vm: &mut Vm, args: Args) -> PyResult {
    let mapping = mapping_of(vm, &args, "__len__")?;
    args.check_method(vm, "mappingproxy.__len__", 0, 0)?;
    let n = vm.len(&mapping)?;
    vm.new_int(n as i64)
}

fn proxy_reversed(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "__reversed__", 0, 0)
}

fn proxy_get(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "get", 1, 2)
}

fn proxy_keys(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "keys", 0, 0)
}

fn proxy_values(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "values", 0, 0)
}

fn proxy_items(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "items", 0, 0)
}

fn proxy_copy(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "copy", 0, 0)
}

/// Comparisons compare the mapping itself with the other operand.
fn compare(vm: &mut Vm, args: Args, op: CmpOpCode, name: &str) -> PyResult {
    let mapping = mapping_of(vm, &args, name)?;
    args.check_method(vm, &format!("mappingproxy.{name}"), 1, 1)?;
    vm.compare(op, &mapping, &args.pos[1])
}

fn proxy_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Eq, "__eq__")
}

fn proxy_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Ne, "__ne__")
}

fn proxy_lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Lt, "__lt__")
}

fn proxy_le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Le, "__le__")
}

fn proxy_gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Gt, "__gt__")
}

fn proxy_ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Ge, "__ge__")
}

/// A view takes part in `|` through the mapping it shows.
fn unwrapped(o: &Obj) -> Obj {
    native_state::<Proxy>(o).map_or_else(|| o.clone(), |p| p.mapping.clone())
}

fn proxy_or(vm: &mut Vm, args: Args) -> PyResult {
    let mapping = mapping_of(vm, &args, "__or__")?;
    args.check_method(vm, "mappingproxy.__or__", 1, 1)?;
    let other = unwrapped(&args.pos[1]);
    vm.binary_op(BinOpCode::Or, &mapping, &other)
}

fn proxy_ror(vm: &mut Vm, args: Args) -> PyResult {
    let mapping = mapping_of(vm, &args, "__ror__")?;
    args.check_method(vm, "mappingproxy.__ror__", 1, 1)?;
    let other = unwrapped(&args.pos[1]);
    vm.binary_op(BinOpCode::Or, &other, &mapping)
}

fn proxy_ior(vm: &mut Vm, args: Args) -> PyResult {
    mapping_of(vm, &args, "__ior__")?;
    Err(vm.type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}

fn proxy_repr(vm: &mut Vm, args: Args) -> PyResult {
    let mapping = mapping_of(vm, &args, "__repr__")?;
    args.check_method(vm, "mappingproxy.__repr__", 0, 0)?;
    let r = vm.repr(&mapping)?;
    let text = crate::objects::str::as_str(&r).unwrap_or("").to_owned();
    vm.new_str(&format!("mappingproxy({text})"))
}

fn proxy_str(vm: &mut Vm, args: Args) -> PyResult {
    let mapping = mapping_of(vm, &args, "__str__")?;
    args.check_method(vm, "mappingproxy.__str__", 0, 0)?;
    vm.str_of(&mapping)
}
