//! Classes: creating them (`class` statements, `type(name, bases, dict)`), the C3 method
//! resolution order, instantiation (`__new__` / `__init__`), descriptors and `super`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::heap::{Obj, OptObjCell};
use crate::objects::descr::{ClassMethodObj, PropertyObj, StaticMethodObj, SuperObj};
use crate::objects::function::{CellObj, FunctionObj};
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{DictObj, ExceptionObj, InstanceObj, Tag, TypeObj, tag_of};

use super::frame::Frame;
use super::{Args, PyErr, PyResult, Vm};

impl Vm {
    /// CPython 3.11 reports an error from `__set_name__` as a RuntimeError naming the
    /// descriptor, the attribute and the class, caused by the original error.
    fn set_name_failed(&mut self, e: PyErr, value: &Obj, key: &Obj, cls: &Obj) -> PyErr {
        let cause = self.exc_object(e);
        let descr_type = self.type_name(value);
        let key_repr = match self.repr_string(key) {
            Ok(r) => r,
            Err(e) => return e,
        };
        let cls_name = cls
            .downcast::<TypeObj>()
            .map(|t| t.name().to_string())
            .unwrap_or_default();
        let err = self.runtime_error(format!(
            "Error calling __set_name__ on '{descr_type}' instance {key_repr} in '{cls_name}'"
        ));
        let exc = self.exc_object(err);
        if let Some(x) = exc.downcast::<ExceptionObj>() {
            x.set_context(Some(cause.clone()));
            if let Err(e) = x.set_cause(self.alloc(), Some(cause), true) {
                return e.into();
            }
        }
        PyErr::Exc(exc)
    }

    /// The builtin value inside an instance of a subclass of a builtin type.
    pub fn base_value(&self, o: &Obj) -> Option<Obj> {
        self.base_value_cell(o, |c| c.get())?
    }

    /// Runs `f` on the tail cell holding the builtin value an instance extends.
    pub(crate) fn base_value_cell<R>(
        &self,
        o: &Obj,
        f: impl FnOnce(&crate::heap::OptObjCell) -> R,
    ) -> Option<R> {
        let (i, tail) = o.downcast_with_tail::<InstanceObj>()?;
        let extends = i
            .class
            .get()
            .downcast::<TypeObj>()
            .is_some_and(TypeObj::extends_builtin);
        if !extends {
            return None;
        }
        tail.last().map(f)
    }

    /// True when the instance namespace has `name`.
    pub(crate) fn instance_has_attr(&mut self, o: &Obj, name: &Obj) -> bool {
        self.instance_attr_get(o, name).is_some()
    }

    /// C3 linearisation of a new class with the given bases.
    pub(super) fn compute_mro(&mut self, cls: &Obj, bases: &[Obj]) -> PyResult<Vec<Obj>> {
        let mut seqs: Vec<Vec<Obj>> = Vec::new();
        for b in bases {
            let m = b
                .downcast::<TypeObj>()
                .and_then(|t| as_tuple(&t.mro.borrow()).map(<[Obj]>::to_vec))
                .unwrap_or_default();
            seqs.push(m);
        }
        seqs.push(bases.to_vec());
        let mut out = vec![cls.clone()];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut chosen = None;
            for s in &seqs {
                let cand = &s[0];
                if !seqs.iter().any(|t| t[1..].iter().any(|x| x.ptr_eq(cand))) {
                    chosen = Some(cand.clone());
                    break;
                }
            }
            let Some(c) = chosen else {
                let names: Vec<String> = bases
                    .iter()
                    .map(|b| self.class_name(b).to_string())
                    .collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            for s in &mut seqs {
                if s[0].ptr_eq(&c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }

    /// `type(name, bases, namespace)`.
    pub fn new_class(&mut self, name: &str, bases: Vec<Obj>, ns: &Obj) -> PyResult {
        self.new_class_kw(name, bases, ns, Vec::new())
    }

    /// `type(name, bases, namespace, **kw)`: the keywords (those of the `class`
    /// statement other than `metaclass`) go to `__init_subclass__`.
    pub fn new_class_kw(
        &mut self,
        name: &str,
        bases: Vec<Obj>,
        ns: &Obj,
        kw: Vec<(Obj, Obj)>,
    ) -> PyResult {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|o| o.ptr_eq(b)) {
                let n = self.class_name(b);
                return Err(self.type_error(format!("duplicate base class {n}")));
            }
        }
        let mut layout = Tag::Instance;
        for b in &bases {
            let Some(bt) = b.downcast::<TypeObj>() else {
                let n = self.type_name(b);
                return Err(self.type_error(format!("bases must be types, not {n}")));
            };
            if !bt.base_ok {
                let n = bt.name();
                return Err(self.type_error(format!("type '{n}' is not an acceptable base type")));
            }
            if bt.layout != Tag::Instance {
                if layout != Tag::Instance && layout != bt.layout {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                layout = bt.layout;
            }
        }
        let dict = self.dict_copy(ns)?;
        let qual_key = self.intern("__qualname__")?;
        let qualname: Rc<str> = match self.dict_get_str(&dict, &qual_key) {
            Some(q) => {
                let q = as_str(&q).unwrap_or(name).to_owned();
                self.dict_del_str(&dict, &qual_key)?;
                Rc::from(q.as_str())
            }
            None => Rc::from(name),
        };
        let module = {
            let k = self.intern("__module__")?;
            match self.dict_get_str(&dict, &k) {
                Some(m) => Some(m),
                // `type(name, bases, ns)` without `__module__`: the caller's module.
                None => {
                    let caller = match self.frames_globals() {
                        Some(g) => {
                            let nk = self.intern("__name__")?;
                            self.dict_get_str(&g, &nk)
                        }
                        None => None,
                    };
                    if let Some(m) = &caller {
                        self.dict_set(&dict, k, m.clone())?;
                    }
                    caller
                }
            }
        };
        // A class that defines __eq__ without __hash__ is unhashable.
        let eq_key = self.intern("__eq__")?;
        let hash_key = self.intern("__hash__")?;
        if self.dict_get_str(&dict, &eq_key).is_some()
            && self.dict_get_str(&dict, &hash_key).is_none()
        {
            let none = self.none();
            self.dict_set(&dict, hash_key, none)?;
        }
        // `__init_subclass__` and `__class_getitem__` are implicitly class methods.
        for special in ["__init_subclass__", "__class_getitem__"] {
            let k = self.intern(special)?;
            if let Some(f) = self.dict_get_str(&dict, &k)
                && f.is::<FunctionObj>()
            {
                let cm = self.heap.alloc(ClassMethodObj::new(f))?;
                self.dict_set(&dict, k, cm)?;
            }
        }
        let slot_names = self.declared_slot_names(&dict)?;
        let declared = slot_names.clone();
        let members = slot_names
            .as_deref()
            .map(|names| super::slots::member_names(name, names))
            .unwrap_or_default();
        // Exception instances keep slot values in their namespace: no tail positions.
        let tail_members = if layout == Tag::Exception {
            0
        } else {
            members.len()
        };
        let first_slot = self.inherited_slot_count(&bases, layout, tail_members)?;
        let bases_t = self.new_tuple(bases.clone())?;
        let placeholder = self.new_tuple(vec![])?;
        let cls = self.heap.alloc(TypeObj {
            name: RefCell::new(Rc::from(name)),
            qualname: RefCell::new(qualname),
            module: RefCell::new(module),
            bases: RefCell::new(bases_t),
            mro: RefCell::new(placeholder),
            dict: dict.clone(),
            layout,
            builtin: false,
            slot_flags: Cell::new(0),
            version: Cell::new(0),
            init: RefCell::new(None),
            base_ok: true,
            metaclass: RefCell::new(None),
            slot_names,
            nslots: first_slot + tail_members,
            version_tag: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            instance_keys: RefCell::new(crate::heap::HeapVec::new()),
        })?;
        let mro = self.compute_mro(&cls, &bases)?;
        let mro_t = self.new_tuple(mro)?;
        if let Some(t) = cls.downcast::<TypeObj>() {
            *t.mro.borrow_mut() = mro_t;
        }
        self.install_member_descrs(&cls, &dict, &members, first_slot)?;
        self.add_instance_layout_descrs(&cls, &dict, &bases, declared.as_deref().map(|v| &v[..]))?;
        // Every class has a `__doc__`, None without a docstring (CPython's `type_new`),
        // so that its instances have one too; a `__doc__` slot takes its place.
        let doc_key = self.intern("__doc__")?;
        let doc_is_slot = declared
            .as_deref()
            .is_some_and(|names| names.iter().any(|n| &**n == "__doc__"));
        if !doc_is_slot && self.dict_get_str(&dict, &doc_key).is_none() {
            let none = self.none();
            self.dict_set(&dict, doc_key, none)?;
        }
        self.update_slot_flags(&cls);
        self.method_cache_epoch += 1;
        self.register_subclass(&cls, &bases);
        // __set_name__ on descriptors defined in the body.
        let entries: Vec<(Obj, Obj)> = dict
            .downcast::<DictObj>()
            .map(|d| {
                d.table
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect()
            })
            .unwrap_or_default();
        for (k, v) in entries {
            if let Some(p) = v.downcast::<PropertyObj>() {
                let old = p.name.replace(Some(k));
                drop(old);
                continue;
            }
            if matches!(tag_of(&v), Tag::Instance) {
                let vt = self.type_of(&v);
                if let Some(f) = self.lookup_type_attr(&vt, "__set_name__")
                    && let Err(e) = self.call_method_with(&f, &v, &[cls.clone(), k.clone()])
                {
                    return Err(self.set_name_failed(e, &v, &k, &cls));
                }
            }
        }
        // __init_subclass__ of the nearest base that defines it.
        if let Some(parent_mro) = cls.downcast::<TypeObj>().map(|t| t.mro.borrow().clone())
            && let Some(items) = as_tuple(&parent_mro)
        {
            let key = self.intern("__init_subclass__")?;
            for c in items.iter().skip(1) {
                if let Some(t) = c.downcast::<TypeObj>()
                    && let Some(f) = self.dict_get_str(&t.dict, &key)
                {
                    let f = match f.downcast::<ClassMethodObj>() {
                        Some(cm) => cm.func.clone(),
                        None => f,
                    };
                    let args = Args {
                        pos: smallvec::smallvec![cls.clone()],
                        kw,
                    };
                    self.call_args(&f, args)?;
                    break;
                }
            }
        }
        Ok(cls)
    }

    /// `__build_class__(body, name, *bases, **kw)`: runs the class body in a new
    /// namespace and creates the class.
    pub(crate) fn build_class(&mut self, mut args: Args) -> PyResult {
        let metaclass = args.take_kw("metaclass");
        if args.pos.len() < 2 {
            return Err(self.type_error("__build_class__: not enough arguments"));
        }
        let body = args.pos[0].clone();
        let name_obj = args.pos[1].clone();
        let name = as_str(&name_obj).unwrap_or("?").to_owned();
        let orig_bases: Vec<Obj> = args.pos[2..].to_vec();
        let bases = self.resolve_mro_entries(&orig_bases)?;
        let Some(f) = body.downcast::<FunctionObj>() else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        // The explicit metaclass (when it is a class, reconciled with the bases'), else
        // the most derived metaclass of the bases.
        let metaclass = match metaclass {
            Some(m) if tag_of(&m) == Tag::Type => Some(self.calculate_metaclass(&m, &bases)?),
            Some(m) => Some(m),
            None => self.derived_metaclass(&bases)?,
        };
        let ns = self.prepare_namespace(metaclass.as_ref(), &name_obj, &bases, &args.kw)?;
        let code = f.code.clone();
        let globals = f.globals.clone();
        let modname = {
            let k = self.intern("__name__")?;
            self.dict_get_str(&globals, &k)
        };
        if let Some(m) = modname {
            let k = self.intern("__module__")?;
            self.mapping_set(&ns, k, m)?;
        }
        let qual = self.intern("__qualname__")?;
        let qv = self.new_str(&code.qualname)?;
        self.mapping_set(&ns, qual, qv)?;
        if bases.len() != orig_bases.len()
            || bases.iter().zip(&orig_bases).any(|(a, b)| !a.ptr_eq(b))
        {
            let k = self.intern("__orig_bases__")?;
            let t = self.new_tuple(orig_bases)?;
            self.mapping_set(&ns, k, t)?;
        }
        // Run the body with the namespace as its locals.
        let locals_base = self.stack.len();
        for _ in 0..code.frame_slots() {
            self.stack.push(self.s.null.clone());
        }
        let nlocals = code.nlocals();
        for i in 0..code.cellvars.len() {
            let cell = self.heap.alloc(CellObj {
                value: OptObjCell::new(None),
            })?;
            self.stack[locals_base + nlocals + i] = cell;
        }
        if let Some(closure) = f.closure.as_ref().and_then(as_tuple) {
            for (i, c) in closure.iter().enumerate() {
                self.stack[locals_base + nlocals + code.cellvars.len() + i] = c.clone();
            }
        }
        self.frames.push(Frame::body(
            code.clone(),
            globals,
            ns.clone(),
            Some(body.clone()),
            locals_base,
        ));
        // The body's return value (None) is not wanted: the namespace is the result.
        self.run_pushed_frame()?;
        let cls = match metaclass {
            Some(meta) if !meta.ptr_eq(&self.types.type_) => {
                let pos = smallvec::smallvec![name_obj, self.new_tuple(bases)?, ns.clone()];
                self.call_args(&meta, Args { pos, kw: args.kw })?
            }
            _ => self.new_class_kw(&name, bases, &ns, args.kw)?,
        };
        let cell_key = self.intern("__classcell__")?;
        if let Some(cell) = self.mapping_get(&ns, &cell_key)? {
            if let Some(c) = cell.downcast::<CellObj>() {
                drop(c.value.replace(Some(cls.clone())));
            }
            if let Some(t) = cls.downcast::<TypeObj>() {
                let d = t.dict.clone();
                self.dict_del_str(&d, &cell_key)?;
            }
        }
        Ok(cls)
    }

    /// Instantiates a user class: `__new__` then `__init__`.
    pub(crate) fn construct_instance(&mut self, cls: &Obj, args: Args) -> PyResult {
        let new_key = self.names.__new__.clone();
        let init_key = self.names.__init__.clone();
        // Builtin `__new__`s (object's, tuple's, ... wrapped in staticmethod) are not
        // user code: the builtin layouts are allocated below.
        let user_new = self.lookup_type_attr_obj(cls, &new_key).filter(|f| {
            let inner = f.downcast::<StaticMethodObj>().map_or(f, |s| &s.func);
            !inner.is::<crate::objects::BuiltinFunctionObj>()
        });
        let user_init = self
            .lookup_type_attr_obj(cls, &init_key)
            .filter(|f| !f.is::<crate::objects::BuiltinFunctionObj>());
        let obj = match &user_new {
            Some(new) => {
                let mut a = Args {
                    pos: args.pos.clone(),
                    kw: args.kw.clone(),
                };
                a.pos.insert(0, cls.clone());
                let o = self.call_args(new, a)?;
                if !self.isinstance(&o, cls) {
                    return Ok(o);
                }
                o
            }
            None => {
                if user_init.is_none() && (!args.pos.is_empty() || !args.kw.is_empty()) {
                    let layout = cls.downcast::<TypeObj>().map(|t| t.layout);
                    if layout == Some(Tag::Instance) {
                        let n = self.class_name(cls);
                        return Err(self.type_error(format!("{n}() takes no arguments")));
                    }
                }
                self.alloc_instance(cls, &args)?
            }
        };
        match user_init {
            Some(init) => {
                let mut a = args;
                a.pos.insert(0, obj.clone());
                let r = self.call_args(&init, a)?;
                if !r.ptr_eq(&self.s.none) {
                    let n = self.type_name(&r);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{n}'"))
                    );
                }
            }
            None => {
                // BaseException's `__init__`: a Unicode error checks its arguments.
                if obj.is::<ExceptionObj>() {
                    self.init_unicode_error(&obj, &args.pos)?;
                    // BaseExceptionGroup's `__init__` after a class's own `__new__`:
                    // `args` become the constructor's arguments.
                    if user_new.is_some() && self.is_exception_group(&obj) {
                        self.init_group_args(&obj, &args)?;
                    }
                }
                // Subclasses of mutable builtins take their contents from the arguments
                // (the inherited `list.__init__` & co. run after any `__new__`).
                if (user_new.is_none() || !args.pos.is_empty() || !args.kw.is_empty())
                    && let Some(base) = self.base_value(&obj)
                    && matches!(
                        tag_of(&base),
                        Tag::List
                            | Tag::Dict
                            | Tag::Set
                            | Tag::Deque
                            | Tag::StringIO
                            | Tag::BytesIO
                    )
                {
                    let cls_b = self.type_of(&base);
                    let filled = self.construct_builtin(&cls_b, args)?;
                    let old = self.base_value_cell(&obj, |c| c.replace(Some(filled)));
                    drop(old);
                }
            }
        }
        Ok(obj)
    }

    /// `object.__new__(cls)` for a user class: an empty instance of the right layout.
    pub(crate) fn alloc_instance(&mut self, cls: &Obj, args: &Args) -> PyResult {
        if self.type_flags(cls) & crate::objects::class::slots::ABSTRACT != 0 {
            return Err(self.abstract_instantiation_error(cls));
        }
        let layout = cls
            .downcast::<TypeObj>()
            .map_or(Tag::Instance, |t| t.layout);
        match layout {
            Tag::Exception => {
                let mut cls = self.exception_class_for(cls, &args.pos);
                let mut group = None;
                if self.is_group_class(&cls) {
                    let (c, parts) = self.exception_group_new(&cls, &args.pos)?;
                    cls = c;
                    group = Some(parts);
                }
                let a = self.new_tuple(args.pos.to_vec())?;
                // A class with its own `__init__` takes the keyword arguments there
                // (BaseException's `__new__` ignores them, as in CPython).
                let init_key = self.names.__init__.clone();
                let own_init = self
                    .lookup_type_attr_obj(&cls, &init_key)
                    .is_some_and(|f| f.is::<crate::objects::FunctionObj>());
                let e = self.heap.alloc(ExceptionObj::new(cls, a))?;
                if let Some(eo) = e.downcast::<ExceptionObj>() {
                    eo.set_group(self.alloc(), group)?;
                }
                self.init_exception_fields(&e, if own_init { &[] } else { &args.kw })?;
                Ok(e)
            }
            Tag::Instance if cls.ptr_eq(&self.types.object) => {
                Ok(self.heap.alloc(crate::objects::BareObject)?)
            }
            Tag::Instance => self.new_instance_obj(InstanceObj::new(cls.clone())),
            // Instances of a metaclass are classes.
            Tag::Type => self.type_new(cls, args),
            builtin => {
                let base_type = self.types.by_tag(builtin).clone();
                let value = match builtin {
                    // Mutable builtins start empty: `__init__` fills them.
                    Tag::List
                    | Tag::Dict
                    | Tag::Set
                    | Tag::Deque
                    | Tag::StringIO
                    | Tag::BytesIO => self.construct_builtin(&base_type, Args::default())?,
                    // A class defined by a builtin module: its own constructor makes
                    // the value; the subclass's __init__ sets it up.
                    Tag::Native => self.native_base_value(cls)?,
                    _ => self.construct_builtin(
                        &base_type,
                        Args {
                            pos: args.pos.clone(),
                            kw: args.kw.clone(),
                        },
                    )?,
                };
                self.new_instance_with_base(InstanceObj::new(cls.clone()), Some(value))
            }
        }
    }

    /// `__get__` of the builtin descriptors.
    pub(crate) fn builtin_descr_get(&mut self, d: &Obj, obj: Option<&Obj>, cls: &Obj) -> PyResult {
        if let Some(s) = d.downcast::<StaticMethodObj>() {
            return Ok(s.func.clone());
        }
        if let Some(c) = d.downcast::<ClassMethodObj>() {
            let owner = match obj {
                Some(o) if tag_of(o) != Tag::Type => self.type_of(o),
                Some(o) => o.clone(),
                None => cls.clone(),
            };
            let func = c.func.clone();
            // CPython 3.9 to 3.12 bind a wrapped descriptor through its own
            // `__get__(owner, owner)`: a classmethod over a property is a class property.
            match tag_of(&func) {
                Tag::Property | Tag::StaticMethod | Tag::ClassMethod => {
                    return self.builtin_descr_get(&func, Some(&owner), &owner);
                }
                Tag::Instance => {
                    let ft = self.type_of(&func);
                    if self.lookup_type_attr(&ft, "__get__").is_some() {
                        return self.user_descr_get(func, Some(&owner), &owner);
                    }
                }
                _ => {}
            }
            return Ok(self
                .heap
                .alloc(crate::objects::BoundMethodObj { func, this: owner })?);
        }
        if let Some(p) = d.downcast::<PropertyObj>() {
            let Some(o) = obj else {
                return Ok(d.clone());
            };
            return match &p.fget {
                Some(g) => {
                    let g = g.clone();
                    self.call(&g, vec![o.clone()])
                }
                None => {
                    // CPython names the property by the name `__set_name__` gave it,
                    // and the instance's class by its qualified name.
                    let name = match p.name.get() {
                        Some(n) => format!(" {}", self.repr_string(&n)?),
                        None => String::new(),
                    };
                    let cls = self.type_of(o);
                    let q = self.getattr_str(&cls, "__qualname__")?;
                    let q = self.repr_string(&q)?;
                    Err(self.attribute_error(format!("property{name} of {q} object has no getter")))
                }
            };
        }
        Ok(d.clone())
    }

    /// `__get__` of a user-defined descriptor (an instance whose class has `__get__`).
    pub(crate) fn user_descr_get(&mut self, d: Obj, obj: Option<&Obj>, cls: &Obj) -> PyResult {
        let dt = self.type_of(&d);
        match self.lookup_type_attr(&dt, "__get__") {
            Some(get) => {
                let o = obj.cloned().unwrap_or_else(|| self.none());
                self.call_method_with(&get, &d, &[o, cls.clone()])
            }
            None => Ok(d),
        }
    }

    /// `__set__`/`__delete__` of a data descriptor.
    pub(crate) fn descr_set(&mut self, d: &Obj, obj: &Obj, value: Option<Obj>) -> PyResult<()> {
        if let Some(p) = d.downcast::<PropertyObj>() {
            let f = if value.is_some() {
                p.fset.clone()
            } else {
                p.fdel.clone()
            };
            let prop_name = p.name.get();
            // namedtuple fields (a `_tuplegetter` getter) keep CPython's older message.
            let tuple_field = p
                .fget
                .as_ref()
                .and_then(|g| g.downcast::<crate::objects::BuiltinFunctionObj>())
                .is_some_and(|b| b.name() == "_tuplegetter");
            return match (f, value) {
                (Some(f), Some(v)) => self.call(&f, vec![obj.clone(), v]).map(|_| ()),
                (Some(f), None) => self.call(&f, vec![obj.clone()]).map(|_| ()),
                (None, v) => {
                    // CPython names the property by the name `__set_name__` gave it.
                    let name = match &prop_name {
                        Some(n) => Some(format!(" {}", self.repr_string(n)?)),
                        None => None,
                    }
                    .unwrap_or_default();
                    if tuple_field {
                        let what = if v.is_some() { "set" } else { "delete" };
                        return Err(self.attribute_error(format!("can't {what} attribute")));
                    }
                    let n = self.type_name(obj);
                    let what = if v.is_some() { "setter" } else { "deleter" };
                    Err(self
                        .attribute_error(format!("property{name} of '{n}' object has no {what}")))
                }
            };
        }
        let dt = self.type_of(d);
        let (name, args) = match value {
            Some(v) => ("__set__", vec![obj.clone(), v]),
            None => ("__delete__", vec![obj.clone()]),
        };
        match self.lookup_type_attr(&dt, name) {
            Some(f) => self.call_bound(&f, d, args).map(|_| ()),
            None => Err(self.attribute_error(format!("__{}__", name.trim_matches('_')))),
        }
    }

    /// Attribute lookup through a `super` object.
    pub(crate) fn super_getattr(&mut self, s: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
        let Some(sp) = s.downcast::<SuperObj>() else {
            return Ok(None);
        };
        let (this_type, obj, obj_type) =
            (sp.this_type.clone(), sp.obj.clone(), sp.obj_type.clone());
        let mro = obj_type
            .downcast::<TypeObj>()
            .map(|t| t.mro.borrow().clone());
        let Some(mro) = mro else { return Ok(None) };
        // The MRO tuple is held by `mro`: a class body run meanwhile cannot free it.
        let items = as_tuple(&mro).unwrap_or_default();
        let start = items
            .iter()
            .position(|c| c.ptr_eq(&this_type))
            .map_or(items.len(), |i| i + 1);
        for c in &items[start..] {
            let Some(t) = c.downcast::<TypeObj>() else {
                continue;
            };
            if let Some(v) = self.dict_get_str(&t.dict, name) {
                return match &obj {
                    None => Ok(Some(v)),
                    Some(o) => {
                        if o.ptr_eq(&obj_type) && !matches!(tag_of(&v), Tag::ClassMethod) {
                            // super() in a classmethod (the object is the start type
                            // itself): plain functions stay unbound.
                            if let Some(sm) = v.downcast::<StaticMethodObj>() {
                                return Ok(Some(sm.func.clone()));
                            }
                            return Ok(Some(v));
                        }
                        self.bind_descriptor(v, o, &obj_type).map(Some)
                    }
                };
            }
        }
        Ok(None)
    }

    /// `super()` with no arguments: the `__class__` cell and first argument of the
    /// calling frame.
    pub(crate) fn super_from_frame(&mut self) -> PyResult {
        let Some(frame) = self.frames.last() else {
            return Err(self.runtime_error("super(): no current frame"));
        };
        let code = frame.code.clone();
        let lb = frame.locals_base;
        if code.argcount == 0 && code.flags & crate::compile::bytecode::code_flags::VARARGS == 0 {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let first = match self
            .stack
            .get(lb)
            .cloned()
            .filter(|v| !v.ptr_eq(&self.s.null))
        {
            Some(v) => v,
            None => {
                // The first argument may live in a cell.
                let mut found = None;
                for (i, p) in code.cell_params.iter().enumerate() {
                    if *p == Some(0)
                        && let Some(c) = self.stack.get(lb + code.nlocals() + i)
                    {
                        found = c.downcast::<CellObj>().and_then(|c| c.value.get());
                    }
                }
                match found {
                    Some(v) => v,
                    None => return Err(self.runtime_error("super(): arg[0] deleted")),
                }
            }
        };
        let ncell = code.cellvars.len();
        let idx = code
            .freevars
            .iter()
            .position(|n| as_str(n) == Some("__class__"));
        let Some(idx) = idx else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        let cell = self.stack.get(lb + code.nlocals() + ncell + idx).cloned();
        let cls = cell
            .as_ref()
            .and_then(|c| c.downcast::<CellObj>())
            .and_then(|c| c.value.get());
        let Some(cls) = cls else {
            return Err(self.runtime_error("super(): empty __class__ cell"));
        };
        self.new_super(cls, Some(first))
    }

    pub(crate) fn new_super(&mut self, this_type: Obj, obj: Option<Obj>) -> PyResult {
        let obj_type = match &obj {
            Some(o) if tag_of(o) == Tag::Type && self.is_subclass(o, &this_type) => o.clone(),
            Some(o) => {
                let t = self.type_of(o);
                if !self.is_subclass(&t, &this_type) {
                    return Err(self.type_error(
                        "super(type, obj): obj must be an instance or subtype of type",
                    ));
                }
                t
            }
            None => this_type.clone(),
        };
        Ok(self.heap.alloc(SuperObj {
            this_type,
            obj,
            obj_type,
        })?)
    }
}

impl Vm {
    /// The class's own non-empty `__abstractmethods__` (CPython keeps a type flag, set
    /// when the attribute is assigned; a subclass has its own).
    pub(crate) fn own_abstract_methods(&mut self, cls: &Obj) -> Option<Obj> {
        let d = cls.downcast::<TypeObj>()?.dict.clone();
        let key = self.intern("__abstractmethods__").ok()?;
        let v = self.dict_get_str(&d, &key)?;
        let empty = match tag_of(&v) {
            Tag::Set | Tag::FrozenSet | Tag::Tuple | Tag::List | Tag::Dict => {
                self.len(&v).is_ok_and(|n| n == 0)
            }
            _ => false,
        };
        (!empty).then_some(v)
    }

    /// CPython's "Can't instantiate abstract class C with abstract methods f, g".
    fn abstract_instantiation_error(&mut self, cls: &Obj) -> crate::vm::PyErr {
        let name = self.class_name(cls);
        let mut names: Vec<String> = match self.own_abstract_methods(cls) {
            Some(v) => self
                .iterate_to_vec(&v)
                .unwrap_or_default()
                .iter()
                .map(|n| crate::objects::str::as_str(n).unwrap_or("?").to_owned())
                .collect(),
            None => Vec::new(),
        };
        names.sort();
        let plural = if names.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "Can't instantiate abstract class {name} with abstract method{plural} {}",
            names.join(", ")
        ))
    }
}
