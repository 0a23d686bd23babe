//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): the checks their `__new__`
//! makes, `message` / `exceptions`, `str()`, and `derive` / `split` / `subgroup`, whose
//! parts carry the original group's traceback, cause, context and notes.

use std::collections::HashSet;

use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{ExceptionObj, Tag, tag_of};

use super::{Args, MethodKind, PyResult, Vm};

/// How `split` / `subgroup` decide which leaves match.
enum Matcher {
    /// An exception class or a tuple of them (`isinstance` without `__instancecheck__`).
    Type(Obj),
    /// A callable other than a class, called with each exception (and each group).
    Predicate(Obj),
    /// The leaves whose addresses are listed (the parts an `except*` re-raised).
    Ids(HashSet<usize>),
}

impl Vm {
    /// Whether `cls` is BaseExceptionGroup or derives from it.
    pub(crate) fn is_group_class(&self, cls: &Obj) -> bool {
        self.is_subclass(cls, &self.exc.base_exception_group)
    }

    /// Whether `o` is an exception group.
    pub(crate) fn is_exception_group(&self, o: &Obj) -> bool {
        o.is::<ExceptionObj>() && self.is_group_class(&self.type_of(o))
    }

    /// `(message, exceptions)` of a group (exceptions a tuple).
    fn group_parts(&mut self, o: &Obj) -> PyResult<(Obj, Obj)> {
        let parts = o.downcast::<ExceptionObj>().and_then(ExceptionObj::group);
        match parts.as_ref().and_then(|p| as_tuple(p)) {
            Some([msg, excs]) => Ok((msg.clone(), excs.clone())),
            _ => Err(self.type_error("exception group has no exceptions")),
        }
    }

    /// The sub-exceptions of a group, in order.
    pub(crate) fn group_exceptions(&mut self, o: &Obj) -> PyResult<Vec<Obj>> {
        let (_, excs) = self.group_parts(o)?;
        Ok(as_tuple(&excs).map(<[Obj]>::to_vec).unwrap_or_default())
    }

    /// `BaseExceptionGroup.__new__(cls, message, exceptions)`'s checks: returns the class
    /// the group is made as (BaseExceptionGroup of Exceptions only is an ExceptionGroup)
    /// and the `(message, exceptions)` tuple it keeps.
    pub(crate) fn exception_group_new(&mut self, cls: &Obj, pos: &[Obj]) -> PyResult<(Obj, Obj)> {
        let [msg, excs] = pos else {
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                pos.len()
            )));
        };
        let is_str =
            tag_of(msg) == Tag::Str || self.base_value(msg).is_some_and(|b| tag_of(&b) == Tag::Str);
        if !is_str {
            let t = self.type_name(msg);
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {t}"
            )));
        }
        if !self.is_sequence(excs) {
            return Err(self.type_error("second argument (exceptions) must be a sequence"));
        }
        let items = self.iterate_to_vec(excs)?;
        if items.is_empty() {
            return Err(
                self.value_error("second argument (exceptions) must be a non-empty sequence")
            );
        }
        let exception = self.exc.exception.clone();
        let mut nested_base = false;
        for (i, item) in items.iter().enumerate() {
            if !item.is::<ExceptionObj>() {
                return Err(self.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )));
            }
            if !self.isinstance(item, &exception) {
                nested_base = true;
            }
        }
        let mut cls = cls.clone();
        if cls.ptr_eq(&self.exc.exception_group) {
            if nested_base {
                return Err(self.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
            }
        } else if cls.ptr_eq(&self.exc.base_exception_group) {
            if !nested_base {
                cls = self.exc.exception_group.clone();
            }
        } else if nested_base && self.is_subclass(&cls, &exception) {
            let n = self.class_name(&cls);
            return Err(self.type_error(format!("Cannot nest BaseExceptions in '{n}'")));
        }
        let excs = self.new_tuple(items)?;
        let parts = self.new_tuple(vec![msg.clone(), excs])?;
        Ok((cls, parts))
    }

    /// BaseExceptionGroup's `__init__`: no keywords; `args` are the arguments.
    pub(crate) fn init_group_args(&mut self, o: &Obj, args: &Args) -> PyResult<()> {
        if !args.kw.is_empty() {
            let n = self.type_name(o);
            return Err(self.type_error(format!("{n}() takes no keyword arguments")));
        }
        if let Some(e) = o.downcast::<ExceptionObj>() {
            let t = self.new_tuple(args.pos.to_vec())?;
            e.set_args(t);
        }
        Ok(())
    }

    /// PySequence_Check: indexable by position (not a mapping).
    fn is_sequence(&mut self, o: &Obj) -> bool {
        let value = self.base_value(o).unwrap_or_else(|| o.clone());
        match tag_of(&value) {
            Tag::List | Tag::Tuple | Tag::Str | Tag::Bytes | Tag::ByteArray | Tag::Range => true,
            Tag::Dict | Tag::Set | Tag::FrozenSet => false,
            _ => {
                let cls = self.type_of(o);
                self.lookup_type_attr(&cls, "__getitem__").is_some()
            }
        }
    }

    /// `BaseExceptionGroup(message, excs)` for `derive` and the groups `except*` makes.
    /// `excs` a list or tuple (it becomes the group's `args[1]`).
    pub(crate) fn new_exception_group(&mut self, msg: &str, excs: Obj) -> PyResult {
        let cls = self.exc.base_exception_group.clone();
        let msg = self.new_str(msg)?;
        self.call(&cls, vec![msg, excs])
    }

    /// `orig.derive(excs)` with orig's traceback, context, cause and (a copy of its)
    /// notes; None when `excs` is empty.
    fn group_subset(&mut self, orig: &Obj, excs: Vec<Obj>) -> PyResult<Option<Obj>> {
        if excs.is_empty() {
            return Ok(None);
        }
        let derive = self.getattr_str(orig, "derive")?;
        let list = self.new_list(excs)?;
        let eg = self.call(&derive, vec![list])?;
        if !self.is_exception_group(&eg) {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        if let (Some(o), Some(e)) = (
            orig.downcast::<ExceptionObj>(),
            eg.downcast::<ExceptionObj>(),
        ) {
            if o.has_traceback() {
                e.set_traceback(self.alloc(), o.traceback());
            }
            e.set_context(o.context());
            e.set_cause(self.alloc(), o.cause(), true)?;
        }
        let k = self.intern("__notes__")?;
        // Each part gets a list of its own (notes that are not a sequence are dropped).
        if let Some(notes) = self.getattr_opt(orig, &k)?
            && self.is_sequence(&notes)
        {
            let items = self.iterate_to_vec(&notes)?;
            let copy = self.new_list(items)?;
            self.setattr(&eg, &k, copy)?;
        }
        Ok(Some(eg))
    }

    fn matcher_of(&mut self, value: &Obj) -> PyResult<Matcher> {
        let base = self.exc.base_exception.clone();
        let is_exc_class = |vm: &Vm, t: &Obj| tag_of(t) == Tag::Type && vm.is_subclass(t, &base);
        if tag_of(value) != Tag::Type && self.callable(value) {
            return Ok(Matcher::Predicate(value.clone()));
        }
        if is_exc_class(self, value) {
            return Ok(Matcher::Type(value.clone()));
        }
        if tag_of(value) == Tag::Tuple
            && let Some(items) = as_tuple(value)
            && items.iter().all(|t| is_exc_class(self, t))
        {
            return Ok(Matcher::Type(value.clone()));
        }
        Err(self.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&mut self, exc: &Obj, m: &Matcher) -> PyResult<bool> {
        match m {
            Matcher::Type(t) => {
                let cls = self.type_of(exc);
                Ok(match as_tuple(t) {
                    Some(items) => items.iter().any(|c| self.is_subclass(&cls, c)),
                    None => self.is_subclass(&cls, t),
                })
            }
            Matcher::Predicate(f) => {
                let r = self.call(f, vec![exc.clone()])?;
                self.truthy(&r)
            }
            Matcher::Ids(ids) => Ok(ids.contains(&exc.addr())),
        }
    }

    /// The matching part of `exc` and (with `with_rest`) the rest, each None when empty.
    fn split_recursive(
        &mut self,
        exc: &Obj,
        m: &Matcher,
        with_rest: bool,
        level: usize,
    ) -> PyResult<(Option<Obj>, Option<Obj>)> {
        self.check_recursion(level, "exceptiongroup_split_recursive")?;
        if self.matches(exc, m)? {
            return Ok((Some(exc.clone()), None));
        }
        if !self.is_exception_group(exc) {
            return Ok((None, with_rest.then(|| exc.clone())));
        }
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in self.group_exceptions(exc)? {
            let (mt, rs) = self.split_recursive(&e, m, with_rest, level + 1)?;
            matched.extend(mt);
            rest.extend(rs);
        }
        let matched = self.group_subset(exc, matched)?;
        let rest = if with_rest {
            self.group_subset(exc, rest)?
        } else {
            None
        };
        Ok((matched, rest))
    }

    /// RecursionError when the frames and `level` nested groups together pass the
    /// recursion limit (CPython counts its C recursion with its Python calls), or the
    /// Rust stack nears its end.
    fn check_recursion(&mut self, level: usize, place: &str) -> PyResult<()> {
        if self.frames.len() + level > self.recursion_limit {
            return Err(
                self.recursion_error(format!("maximum recursion depth exceeded in {place}"))
            );
        }
        self.native_stack_guard()
    }

    /// `eg.split(cond)` through the method (a subclass may override it): `(match,
    /// rest)`.
    pub(crate) fn call_split(&mut self, eg: &Obj, cond: &Obj) -> PyResult<(Obj, Obj)> {
        let split = self.getattr_str(eg, "split")?;
        let pair = self.call(&split, vec![cond.clone()])?;
        match as_tuple(&pair) {
            Some([m, r]) => Ok((m.clone(), r.clone())),
            _ => Err(self.type_error(format!(
                "{}.split must return a 2-tuple, got {}",
                self.type_name(eg),
                self.type_name(&pair)
            ))),
        }
    }

    /// The part of group `eg` made of the leaves of `keep` (None if there is none).
    pub(crate) fn group_projection(&mut self, eg: &Obj, keep: &[Obj]) -> PyResult<Option<Obj>> {
        let mut ids = HashSet::new();
        for e in keep {
            self.collect_leaf_ids(e, &mut ids, 1)?;
        }
        let (m, _) = self.split_recursive(eg, &Matcher::Ids(ids), false, 1)?;
        Ok(m)
    }

    fn collect_leaf_ids(
        &mut self,
        e: &Obj,
        ids: &mut HashSet<usize>,
        level: usize,
    ) -> PyResult<()> {
        self.check_recursion(level, "collect_exception_group_leaf_ids")?;
        if e.ptr_eq(&self.s.none) {
            return Ok(());
        }
        if !self.is_exception_group(e) {
            ids.insert(e.addr());
            return Ok(());
        }
        for sub in self.group_exceptions(e)? {
            self.collect_leaf_ids(&sub, ids, level + 1)?;
        }
        Ok(())
    }
}

fn group_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj> {
    match args.pos.first() {
        Some(o) if vm.is_exception_group(o) => Ok(o.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'BaseExceptionGroup' object"
        ))),
    }
}

fn eg_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = group_self(vm, &args, "__str__")?;
    let (msg, excs) = vm.group_parts(&o)?;
    let n = as_tuple(&excs).map_or(0, <[Obj]>::len);
    let msg = vm.str_of(&msg)?;
    let s = format!(
        "{} ({n} sub-exception{})",
        as_str(&msg).unwrap_or(""),
        if n > 1 { "s" } else { "" }
    );
    vm.new_str(&s)
}

fn eg_message(vm: &mut Vm, o: &Obj, _: &str) -> PyResult {
    Ok(vm.group_parts(o)?.0)
}

fn eg_exceptions(vm: &mut Vm, o: &Obj, _: &str) -> PyResult {
    Ok(vm.group_parts(o)?.1)
}

fn eg_derive(vm: &mut Vm, args: Args) -> PyResult {
    let o = group_self(vm, &args, "derive")?;
    if args.pos.len() != 2 || !args.kw.is_empty() {
        let n = args.pos.len() - 1 + args.kw.len();
        return Err(vm.type_error(format!("function takes exactly 1 argument ({n} given)")));
    }
    let (msg, _) = vm.group_parts(&o)?;
    let cls = vm.exc.base_exception_group.clone();
    vm.call(&cls, vec![msg, args.pos[1].clone()])
}

fn one_condition(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 2 {
        let n = args.pos.len() - 1;
        return Err(vm.type_error(format!("{name} expected 1 argument, got {n}")));
    }
    Ok(args.pos[1].clone())
}

fn eg_split(vm: &mut Vm, args: Args) -> PyResult {
    let o = group_self(vm, &args, "split")?;
    let cond = one_condition(vm, &args, "split")?;
    let m = vm.matcher_of(&cond)?;
    let (matched, rest) = vm.split_recursive(&o, &m, true, 1)?;
    let none = vm.none();
    vm.new_tuple(vec![
        matched.unwrap_or_else(|| none.clone()),
        rest.unwrap_or(none),
    ])
}

fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult {
    let o = group_self(vm, &args, "subgroup")?;
    let cond = one_condition(vm, &args, "subgroup")?;
    let m = vm.matcher_of(&cond)?;
    let (matched, _) = vm.split_recursive(&o, &m, false, 1)?;
    Ok(matched.unwrap_or_else(|| vm.none()))
}

fn eg_class_getitem(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__class_getitem__", 2, 2)?;
    vm.new_generic_alias(&args.pos[0], &args.pos[1])
}

const METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("__str__", eg_str),
    ("derive", eg_derive),
    ("split", eg_split),
    ("subgroup", eg_subgroup),
];

impl Vm {
    /// Puts the methods and the read-only members `message` / `exceptions` on
    /// BaseExceptionGroup.
    pub(crate) fn init_exception_groups(&mut self) -> PyResult<()> {
        let beg = self.exc.base_exception_group.clone();
        self.add_methods(&beg, "BaseExceptionGroup", METHODS, MethodKind::Instance)?;
        self.add_methods(
            &beg,
            "BaseExceptionGroup",
            &[("__class_getitem__", eg_class_getitem)],
            MethodKind::Class,
        )?;
        let d = beg
            .downcast::<crate::objects::TypeObj>()
            .map(|t| t.dict.clone());
        let Some(d) = d else {
            return Ok(());
        };
        let readers: [(&str, super::member_descr::MemberReader); 2] =
            [("message", eg_message), ("exceptions", eg_exceptions)];
        for (name, read) in readers {
            let m = self.new_readonly_member(&beg, name, read, None)?;
            let k = self.intern(name)?;
            self.dict_set(&d, k, m)?;
        }
        let doc = self.new_str("A combination of multiple unrelated exceptions.")?;
        let k = self.intern("__doc__")?;
        self.dict_set(&d, k, doc)?;
        self.update_slot_flags(&beg);
        Ok(())
    }
}
