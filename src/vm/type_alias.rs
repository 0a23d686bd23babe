//! `list[int]` (types.GenericAlias) and `int | None` (types.UnionType): the objects that
//! annotations evaluate to. They print, compare and hash as in CPython, a generic alias
//! calls its origin, and a union works with isinstance/issubclass.

use crate::heap::Obj;
use crate::objects::descr::ClassMethodObj;
use crate::objects::function::NativeFn;
use crate::objects::tuple::as_tuple;
use crate::objects::{Tag, TypeObj, tag_of};

use super::{Args, PyResult, Vm};

const GENERIC_ALIAS: &str = "GenericAlias";
const UNION_TYPE: &str = "UnionType";

fn self_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj> {
    match args.pos.first() {
        Some(o) => Ok(o.clone()),
        None => Err(vm.type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

impl Vm {
    fn alias_attr(&mut self, o: &Obj, name: &str) -> PyResult {
        let k = self.intern(name)?;
        match self.instance_attr_get(o, &k) {
            Some(v) => Ok(v),
            None => Ok(self.none()),
        }
    }

    /// Whether `o` is an instance of the lazy class `name` or of a subclass of it
    /// (collections.abc's `Callable[[...], ...]` alias subclasses GenericAlias).
    fn is_lazy_instance(&self, o: &Obj, name: &str) -> bool {
        tag_of(o) == Tag::Instance
            && self
                .lazy_types
                .get(name)
                .is_some_and(|c| self.is_subclass(&self.type_of(o), c))
    }

    pub(crate) fn is_generic_alias(&self, o: &Obj) -> bool {
        self.is_lazy_instance(o, GENERIC_ALIAS)
    }

    /// Whether `cls` is `types.GenericAlias` itself.
    pub(crate) fn is_generic_alias_class(&self, cls: &Obj) -> bool {
        self.lazy_types
            .get(GENERIC_ALIAS)
            .is_some_and(|c| c.ptr_eq(cls))
    }

    pub(crate) fn is_union_type(&self, o: &Obj) -> bool {
        self.is_lazy_instance(o, UNION_TYPE)
    }

    /// `types.GenericAlias`, made on first use.
    fn generic_alias_class(&mut self) -> PyResult {
        if let Some(c) = self.lazy_types.get(GENERIC_ALIAS) {
            return Ok(c.clone());
        }
        let cls = self.lazy_class(GENERIC_ALIAS, "types", GENERIC_ALIAS_METHODS)?;
        self.add_methods(
            &cls,
            GENERIC_ALIAS,
            &[("__new__", alias_new)],
            super::MethodKind::Static,
        )?;
        Ok(cls)
    }

    /// `origin[args]`.
    pub(crate) fn new_generic_alias(&mut self, origin: &Obj, item: &Obj) -> PyResult {
        let cls = self.generic_alias_class()?;
        self.new_generic_alias_of(cls, origin, item)
    }

    /// `origin[args]` as an instance of `cls`, GenericAlias or a subclass of it.
    fn new_generic_alias_of(&mut self, cls: Obj, origin: &Obj, item: &Obj) -> PyResult {
        let args = match as_tuple(item) {
            Some(_) => item.clone(),
            None => self.new_tuple(vec![item.clone()])?,
        };
        let alias = self.new_instance_obj(crate::objects::InstanceObj::new(cls))?;
        let empty = self.new_tuple(vec![])?;
        for (name, v) in [
            ("__origin__", origin.clone()),
            ("__args__", args),
            ("__parameters__", empty),
        ] {
            let k = self.intern(name)?;
            self.instance_attr_set(&alias, &k, v)?;
        }
        Ok(alias)
    }

    /// The members of a union operand (`None` stands for NoneType), or None when `o`
    /// cannot be part of a union.
    fn union_members(&mut self, o: &Obj) -> PyResult<Option<Vec<Obj>>> {
        if o.ptr_eq(&self.s.none) {
            return Ok(Some(vec![self.types.none_type.clone()]));
        }
        if self.is_union_type(o) {
            let args = self.alias_attr(o, "__args__")?;
            return Ok(Some(
                as_tuple(&args).map(<[Obj]>::to_vec).unwrap_or_default(),
            ));
        }
        if tag_of(o) == Tag::Type || self.is_generic_alias(o) {
            return Ok(Some(vec![o.clone()]));
        }
        Ok(None)
    }

    /// `a | b` for types (and None, aliases, unions); None when it does not apply.
    pub(crate) fn type_union(&mut self, a: &Obj, b: &Obj) -> PyResult<Option<Obj>> {
        let interesting = |vm: &Vm, o: &Obj| {
            tag_of(o) == Tag::Type || vm.is_generic_alias(o) || vm.is_union_type(o)
        };
        if !interesting(self, a) && !interesting(self, b) {
            return Ok(None);
        }
        let (Some(xs), Some(ys)) = (self.union_members(a)?, self.union_members(b)?) else {
            return Ok(None);
        };
        let mut members: Vec<Obj> = Vec::new();
        for m in xs.into_iter().chain(ys) {
            let mut dup = false;
            for e in &members {
                if self.eq(e, &m)? {
                    dup = true;
                    break;
                }
            }
            if !dup {
                members.push(m);
            }
        }
        if members.len() == 1 {
            return Ok(members.pop());
        }
        let cls = self.lazy_class(UNION_TYPE, "types", UNION_METHODS)?;
        let u = self.new_instance_obj(crate::objects::InstanceObj::new(cls))?;
        let args = self.new_tuple(members)?;
        let k = self.intern("__args__")?;
        self.instance_attr_set(&u, &k, args)?;
        Ok(Some(u))
    }

    /// The classes of a union used as an isinstance/issubclass spec.
    pub(crate) fn union_as_tuple(&mut self, o: &Obj) -> PyResult<Option<Obj>> {
        if !self.is_union_type(o) {
            return Ok(None);
        }
        self.alias_attr(o, "__args__").map(Some)
    }

    /// How a type appears inside an alias repr: `int`, `collections.deque`, `None`.
    fn alias_item_repr(&mut self, o: &Obj) -> PyResult<String> {
        if o.ptr_eq(&self.s.ellipsis) {
            return Ok("...".into());
        }
        if o.ptr_eq(&self.types.none_type) {
            return Ok("None".into());
        }
        if tag_of(o) == Tag::Type {
            let q = o
                .downcast::<TypeObj>()
                .map(|t| t.qualname.borrow().to_string())
                .unwrap_or_default();
            let module = self
                .lookup_type_attr(o, "__module__")
                .and_then(|m| crate::objects::str::as_str(&m).map(str::to_owned));
            // Types of builtin modules keep their dotted name (`collections.deque`).
            return Ok(match module {
                Some(m) if m != "builtins" && !q.starts_with(&format!("{m}.")) => {
                    format!("{m}.{q}")
                }
                _ => q,
            });
        }
        self.repr_string(o)
    }

    /// `(origin, item)` of a class subscription `cls[item]`.
    pub(crate) fn class_getitem(&mut self, cls: &Obj, item: &Obj) -> PyResult {
        // A metaclass's `__getitem__` comes first (`Color['RED']` on an enum).
        if self.has_user_metaclass(cls) {
            let meta = self.type_of(cls);
            if let Some(f) = self.lookup_user_method(&meta, "__getitem__") {
                return self.call_method_with(&f, cls, std::slice::from_ref(item));
            }
        }
        // `type[int]`: CPython special-cases `type` itself rather than giving it a
        // `__class_getitem__` that every class would then find through its metatype.
        if cls.ptr_eq(&self.types.type_) {
            return self.new_generic_alias(cls, item);
        }
        let Some(f) = self.lookup_type_attr(cls, "__class_getitem__") else {
            let n = self.class_name(cls);
            return Err(self.type_error(format!("type '{n}' is not subscriptable")));
        };
        // `__class_getitem__` is a class method even when written as a plain function.
        let f = match f.downcast::<ClassMethodObj>() {
            Some(c) => c.func.clone(),
            None => f,
        };
        self.call(&f, vec![cls.clone(), item.clone()])
    }
}

fn alias_class_getitem(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__class_getitem__", 2, 2)?;
    vm.new_generic_alias(&args.pos[0], &args.pos[1])
}

/// `__class_getitem__` of the builtin generic types.
pub const CLASS_GETITEM: &[(&str, NativeFn)] = &[("__class_getitem__", alias_class_getitem)];

/// `types.GenericAlias(origin, args)`: what `origin[args]` gives (so a class may say
/// `__class_getitem__ = classmethod(types.GenericAlias)`).
pub(crate) fn alias_new(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    let given = args.pos.len().saturating_sub(1);
    if given != 2 {
        return Err(vm.type_error(format!("GenericAlias expected 2 arguments, got {given}")));
    }
    // `GenericAlias.__new__(cls, ...)` from a subclass's `__new__` makes a `cls`.
    let base = vm.generic_alias_class()?;
    let cls = if vm.is_subclass(&args.pos[0], &base) {
        args.pos[0].clone()
    } else {
        base
    };
    vm.new_generic_alias_of(cls, &args.pos[1], &args.pos[2])
}

fn alias_repr(vm: &mut Vm, args: Args) -> PyResult {
    let a = self_arg(vm, &args, "__repr__")?;
    let origin = vm.alias_attr(&a, "__origin__")?;
    let items = vm.alias_attr(&a, "__args__")?;
    let mut s = vm.alias_item_repr(&origin)?;
    s.push('[');
    let items = as_tuple(&items).map(<[Obj]>::to_vec).unwrap_or_default();
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&vm.alias_item_repr(it)?);
    }
    s.push(']');
    vm.new_str(&s)
}

fn alias_parts(vm: &mut Vm, o: &Obj) -> PyResult<(Obj, Obj)> {
    Ok((
        vm.alias_attr(o, "__origin__")?,
        vm.alias_attr(o, "__args__")?,
    ))
}

fn alias_eq(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__eq__", 2, 2)?;
    let (a, b) = (args.pos[0].clone(), args.pos[1].clone());
    if !vm.is_generic_alias(&b) {
        return Ok(vm.s.not_implemented.clone());
    }
    let (oa, xa) = alias_parts(vm, &a)?;
    let (ob, xb) = alias_parts(vm, &b)?;
    let r = vm.eq(&oa, &ob)? && vm.eq(&xa, &xb)?;
    Ok(vm.new_bool(r))
}

fn alias_hash(vm: &mut Vm, args: Args) -> PyResult {
    let a = self_arg(vm, &args, "__hash__")?;
    let (o, x) = alias_parts(vm, &a)?;
    let h = vm.hash(&o)? ^ vm.hash(&x)?;
    vm.new_int(h)
}

fn alias_call(vm: &mut Vm, args: Args) -> PyResult {
    let a = self_arg(vm, &args, "__call__")?;
    let origin = vm.alias_attr(&a, "__origin__")?;
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw,
    };
    vm.call_args(&origin, rest)
}

fn alias_getattr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__getattr__", 2, 2)?;
    let origin = vm.alias_attr(&args.pos[0], "__origin__")?;
    vm.getattr(&origin, &args.pos[1])
}

fn alias_or(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__or__", 2, 2)?;
    match vm.type_union(&args.pos[0], &args.pos[1])? {
        Some(u) => Ok(u),
        None => Ok(vm.s.not_implemented.clone()),
    }
}

fn alias_ror(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__ror__", 2, 2)?;
    match vm.type_union(&args.pos[1], &args.pos[0])? {
        Some(u) => Ok(u),
        None => Ok(vm.s.not_implemented.clone()),
    }
}

/// `class L(list[int])`: the alias stands for its origin among a class's bases.
fn alias_mro_entries(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__mro_entries__", 2, 2)?;
    let origin = vm.alias_attr(&args.pos[0], "__origin__")?;
    vm.new_tuple(vec![origin])
}

const GENERIC_ALIAS_METHODS: &[(&str, NativeFn)] = &[
    ("__repr__", alias_repr),
    ("__mro_entries__", alias_mro_entries),
    ("__eq__", alias_eq),
    ("__hash__", alias_hash),
    ("__call__", alias_call),
    ("__getattr__", alias_getattr),
    ("__or__", alias_or),
    ("__ror__", alias_ror),
];

fn union_repr(vm: &mut Vm, args: Args) -> PyResult {
    let u = self_arg(vm, &args, "__repr__")?;
    let items = vm.alias_attr(&u, "__args__")?;
    let items = as_tuple(&items).map(<[Obj]>::to_vec).unwrap_or_default();
    let mut parts = Vec::with_capacity(items.len());
    for it in &items {
        parts.push(vm.alias_item_repr(it)?);
    }
    vm.new_str(&parts.join(" | "))
}

fn union_eq(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__eq__", 2, 2)?;
    let (a, b) = (args.pos[0].clone(), args.pos[1].clone());
    if !vm.is_union_type(&b) {
        return Ok(vm.s.not_implemented.clone());
    }
    let xa = vm.alias_attr(&a, "__args__")?;
    let xb = vm.alias_attr(&b, "__args__")?;
    let sa = vm.set_from_iterable(&xa, true)?;
    let sb = vm.set_from_iterable(&xb, true)?;
    let r = vm.eq(&sa, &sb)?;
    Ok(vm.new_bool(r))
}

fn union_hash(vm: &mut Vm, args: Args) -> PyResult {
    let u = self_arg(vm, &args, "__hash__")?;
    let xs = vm.alias_attr(&u, "__args__")?;
    let s = vm.set_from_iterable(&xs, true)?;
    let h = vm.hash(&s)?;
    vm.new_int(h)
}

const UNION_METHODS: &[(&str, NativeFn)] = &[
    ("__repr__", union_repr),
    ("__eq__", union_eq),
    ("__hash__", union_hash),
    ("__or__", alias_or),
    ("__ror__", alias_ror),
];
