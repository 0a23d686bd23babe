//! Attribute access: the generic lookup through the type's MRO and the instance
//! namespace, descriptors (functions, properties, static and class methods), and the
//! special attributes of builtin objects.

use crate::heap::Obj;
use crate::objects::class::slots;
use crate::objects::dict_table::DictTable;
use crate::objects::function::{BoundMethodObj, BuiltinFunctionObj, FunctionObj};
use crate::objects::str::{as_str, as_str_obj, as_text, as_text_obj};
use crate::objects::tuple::as_tuple;
use crate::objects::{
    Attrs, DictObj, ExceptionObj, InstanceObj, ModuleObj, StrObj, Tag, TypeObj, tag_of,
};

use super::{PyErr, PyResult, Vm};

/// Looks up a str key in a table whose keys are all strings.
fn table_get(t: &DictTable, name: &Obj) -> Option<Obj> {
    let (so, s) = as_text_obj(name)?;
    let h = so.hash(s);
    let idx = t.lookup_pure(h, name, |a, b| as_text(a) == as_text(b))?;
    t.entry(idx).map(|e| e.value.clone())
}

impl Vm {
    /// The entry index of a str key in a dict object (namespaces).
    pub(crate) fn dict_entry_index(&self, dict: &Obj, name: &Obj) -> Option<usize> {
        let d = dict.downcast::<DictObj>()?;
        let t = d.table.try_borrow().ok()?;
        let (so, s) = as_text_obj(name)?;
        t.lookup_pure(so.hash(s), name, |a, b| as_text(a) == as_text(b))
    }

    /// Looks `name` up in a dict object whose keys are strings (namespaces).
    pub fn dict_get_str(&self, dict: &Obj, name: &Obj) -> Option<Obj> {
        let d = dict.downcast::<DictObj>()?;
        let t = d.table.borrow();
        table_get(&t, name)
    }

    /// Finds `name` in the namespaces of `cls` and its bases, in MRO order.
    pub fn lookup_type_attr_obj(&self, cls: &Obj, name: &Obj) -> Option<Obj> {
        let tp = cls.downcast::<TypeObj>()?;
        if let Some(found) = self.lookup_type_attr_cached(cls, tp, name) {
            return found;
        }
        let mro = tp.mro.borrow();
        for c in as_tuple(&mro)? {
            if let Some(t) = c.downcast::<TypeObj>()
                && let Some(v) = self.dict_get_str(&t.dict, name)
            {
                return Some(v);
            }
        }
        None
    }

    /// Like `lookup_type_attr_obj` with a Rust name.
    pub fn lookup_type_attr(&mut self, cls: &Obj, name: &str) -> Option<Obj> {
        if let Some(key) = self.interned.get(name) {
            return self.lookup_type_attr_obj(cls, key);
        }
        let key = self.intern(name).ok()?;
        self.lookup_type_attr_obj(cls, &key)
    }

    /// True for the builtin implementations that `object` provides (so that "the class
    /// defines `__repr__`" can be told apart from "it inherits object's").
    pub fn is_object_slot(&self, f: &Obj) -> bool {
        f.downcast::<BuiltinFunctionObj>()
            .is_some_and(|b| b.owner().is_some_and(|t| t.ptr_eq(&self.types.object)))
    }

    /// The namespace of an instance or exception, with its class.
    #[inline]
    fn attrs_of<'o>(&self, o: &'o Obj) -> Option<(&'o Attrs, Obj)> {
        match tag_of(o) {
            Tag::Instance => o
                .downcast::<InstanceObj>()
                .map(|i| (&i.attrs, i.class.get())),
            Tag::Exception => o
                .downcast::<ExceptionObj>()
                .map(|e| (&e.attrs, e.class.get())),
            _ => None,
        }
    }

    /// The interned str with the text of `name`, without interning anything: instance
    /// key lists hold interned names only, so a name with no interned twin is in none.
    #[inline]
    fn interned_twin(&self, name: &Obj) -> Option<Obj> {
        let (so, text) = as_str_obj(name)?;
        if so.interned.get() {
            return Some(name.clone());
        }
        self.interned.get(text).cloned()
    }

    pub(crate) fn instance_attr_get(&self, o: &Obj, name: &Obj) -> Option<Obj> {
        let (attrs, cls) = self.attrs_of(o)?;
        if let Some(d) = attrs.dict() {
            return self.dict_get_str(&d, name);
        }
        let key = self.interned_twin(name)?;
        let index = cls.downcast::<TypeObj>()?.key_index(&key)?;
        attrs.value(index)
    }

    /// Sets an attribute in an instance namespace (no descriptors, no `__setattr__`).
    pub fn instance_attr_set(&mut self, o: &Obj, name: &Obj, value: Obj) -> PyResult<()> {
        let Some((name_obj, _)) = crate::objects::str::as_text_obj(name) else {
            let n = self.type_name(name);
            return Err(self.type_error(format!("attribute name must be string, not '{n}'")));
        };
        // Key lists hold interned names only, and a name holding lone surrogates is never
        // interned: such a name makes the namespace a dict.
        let keyable = !name_obj.is_wtf8();
        let Some((attrs, cls)) = self.attrs_of(o) else {
            return Err(self.attribute_error_for(o, name));
        };
        let value = if attrs.has_values() && keyable {
            // Names are interned on store, as CPython's `PyObject_SetAttr` does.
            let key = self.intern_obj(name.clone())?;
            let tp = cls.downcast::<TypeObj>();
            let alloc = self.heap.allocator();
            let index = match tp {
                Some(tp) => tp.key_index_or_add(alloc, &key)?,
                None => None,
            };
            match index {
                Some(index) => {
                    if let Some(tp) = tp {
                        attrs.reserve(alloc, tp.key_count())?;
                    }
                    match attrs.store(alloc, index, value) {
                        Ok(old) => {
                            drop(old?);
                            return Ok(());
                        }
                        Err(value) => value,
                    }
                }
                None => value,
            }
        } else {
            value
        };
        // Dict mode (or values that cannot take this store in order).
        let d = self.instance_dict(o)?;
        match d {
            Some(d) => self.dict_set(&d, name.clone(), value),
            None => Err(self.attribute_error_for(o, name)),
        }
    }

    /// Removes an attribute from an instance namespace; false if it was not there.
    pub(crate) fn instance_attr_del(&mut self, o: &Obj, name: &Obj) -> PyResult<bool> {
        let Some((attrs, cls)) = self.attrs_of(o) else {
            return Ok(false);
        };
        if let Some(d) = attrs.dict() {
            return self.dict_del_str(&d, name);
        }
        let removed = self
            .interned_twin(name)
            .and_then(|key| cls.downcast::<TypeObj>()?.key_index(&key))
            .and_then(|index| attrs.remove(index));
        Ok(removed.is_some())
    }

    /// `o.__dict__` of an instance: makes the namespace a real dict object on first use.
    pub fn instance_dict(&mut self, o: &Obj) -> PyResult<Option<Obj>> {
        let Some((attrs, cls)) = self.attrs_of(o) else {
            return Ok(None);
        };
        if let Some(d) = attrs.dict() {
            return Ok(Some(d));
        }
        let items = cls
            .downcast::<TypeObj>()
            .map(|tp| attrs.items(tp))
            .unwrap_or_default();
        let d = self.new_dict()?;
        for (k, v) in items {
            self.dict_set(&d, k, v)?;
        }
        self.dict_refresh_tracking(&d);
        // The namespace may have changed while the dict was filled (a collection can
        // run finalizers); it is only replaced if it is still in values mode.
        let Some((attrs, _)) = self.attrs_of(o) else {
            return Ok(None);
        };
        if let Some(existing) = attrs.dict() {
            return Ok(Some(existing));
        }
        let old = attrs.install_dict(d.clone());
        drop(old);
        Ok(Some(d))
    }

    /// `o.__dict__ = d`: the instance's namespace becomes `d` itself, shared with every
    /// other holder of `d` (the Borg idiom relies on it).
    pub(crate) fn set_instance_dict(&mut self, o: &Obj, value: Obj) -> PyResult<()> {
        if !value.is::<DictObj>() {
            let vt = self.type_name(&value);
            return Err(self.type_error(format!(
                "__dict__ must be set to a dictionary, not a '{vt}'"
            )));
        }
        self.dict_refresh_tracking(&value);
        if let Some((attrs, _)) = self.attrs_of(o) {
            let old = attrs.install_dict(value);
            drop(old);
        }
        Ok(())
    }

    pub(crate) fn attribute_error_for(&mut self, o: &Obj, name: &Obj) -> PyErr {
        if as_str(name).is_none()
            && let Some(text) = as_text(name)
        {
            return self.attribute_error_for_wtf8(o, name, text.to_vec());
        }
        let n = as_str(name).unwrap_or("?").to_owned();
        let err = if let Some(m) = o.downcast::<ModuleObj>() {
            let mn = m.name.clone();
            if self.is_initializing(o) {
                self.attribute_error(format!(
                    "partially initialized module '{mn}' has no attribute '{n}' \
                     (most likely due to a circular import)"
                ))
            } else {
                self.attribute_error(format!("module '{mn}' has no attribute '{n}'"))
            }
        } else if tag_of(o) == Tag::Type {
            let tn = self.class_name(o);
            self.attribute_error(format!("type object '{tn}' has no attribute '{n}'"))
        } else {
            let tn = self.type_name(o);
            self.attribute_error(format!("'{tn}' object has no attribute '{n}'"))
        };
        self.attach_attribute_error_info(err, o, name)
    }

    /// `attribute_error_for` a name holding lone surrogates: the message is a str
    /// holding them too, as CPython's is.
    fn attribute_error_for_wtf8(&mut self, o: &Obj, name: &Obj, text: Vec<u8>) -> PyErr {
        let head = if let Some(m) = o.downcast::<ModuleObj>() {
            format!("module '{}' has no attribute '", m.name)
        } else if tag_of(o) == Tag::Type {
            format!("type object '{}' has no attribute '", self.class_name(o))
        } else {
            format!("'{}' object has no attribute '", self.type_name(o))
        };
        let mut msg = head.into_bytes();
        msg.extend_from_slice(&text);
        msg.push(b'\'');
        let cls = self.exc.attribute_error.clone();
        let err = match self.new_str_wtf8(&msg) {
            Ok(m) => self.new_exception(&cls, vec![m]),
            Err(e) => return e,
        };
        self.attach_attribute_error_info(err, o, name)
    }

    /// Binds a class attribute found on the type to the instance `o` (the descriptor
    /// protocol for the builtin descriptor kinds).
    pub fn bind_descriptor(&mut self, attr: Obj, o: &Obj, cls: &Obj) -> PyResult {
        match tag_of(&attr) {
            Tag::Function => Ok(self.heap.alloc(BoundMethodObj {
                func: attr,
                this: o.clone(),
            })?),
            Tag::BuiltinFunction => {
                let b = attr.downcast::<BuiltinFunctionObj>();
                match b {
                    Some(b) if b.is_unbound_method() => Ok(self.heap.alloc(b.bind(o.clone()))?),
                    _ => Ok(attr),
                }
            }
            Tag::StaticMethod | Tag::ClassMethod | Tag::Property => {
                self.builtin_descr_get(&attr, Some(o), cls)
            }
            Tag::Native if super::getset_descr::is_getset_descr(&attr) => {
                self.getset_read(&attr, o)
            }
            Tag::Instance | Tag::Native => self.user_descr_get(attr, Some(o), cls),
            _ => Ok(attr),
        }
    }

    /// `getattr(o, name)`.
    pub fn getattr(&mut self, o: &Obj, name: &Obj) -> PyResult {
        // An AttributeError raised by a property or `__getattr__` propagates as it is.
        match self.getattr_inner(o, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error_for(o, name)),
        }
    }

    /// `getattr(o, "name")` with a Rust name.
    pub fn getattr_str(&mut self, o: &Obj, name: &str) -> PyResult {
        let key = self.intern(name)?;
        self.getattr(o, &key)
    }

    /// Attribute lookup that reports "not found" as None instead of AttributeError
    /// (AttributeErrors raised by properties or `__getattr__` are turned into None too).
    pub fn getattr_opt(&mut self, o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
        let r = self.getattr_inner(o, name);
        match r {
            Ok(v) => Ok(v),
            Err(e) => {
                let ae = self.exc.attribute_error.clone();
                if self.err_matches(&e, &ae) {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    fn getattr_inner(&mut self, o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
        match tag_of(o) {
            Tag::Module => {
                if let Some(m) = o.downcast::<ModuleObj>() {
                    let d = m.dict.clone();
                    if let Some(v) = self.dict_get_str(&d, name) {
                        return Ok(Some(v));
                    }
                    if as_str(name) == Some("__dict__") {
                        return Ok(Some(d));
                    }
                    // PEP 562: a module-level `__getattr__` answers for missing names.
                    let hook = self.intern("__getattr__")?;
                    if let Some(f) = self.dict_get_str(&d, &hook) {
                        return self.call(&f, vec![name.clone()]).map(Some);
                    }
                }
                return Ok(None);
            }
            Tag::Type => {
                // A metaclass's own `__getattribute__` decides for its classes.
                let meta = self.type_of(o);
                if !meta.ptr_eq(&self.types.type_)
                    && self.type_flags(&meta) & slots::GETATTRIBUTE != 0
                    && let Some(ga) = self.lookup_user_method(&meta, "__getattribute__")
                {
                    let found = self.call_method_with(&ga, o, std::slice::from_ref(name));
                    if let Err(e) = &found {
                        let ae = self.exc.attribute_error.clone();
                        if self.err_matches(e, &ae)
                            && let Some(hook) = self.lookup_user_method(&meta, "__getattr__")
                        {
                            return self
                                .call_method_with(&hook, o, std::slice::from_ref(name))
                                .map(Some);
                        }
                    }
                    return found.map(Some);
                }
                return self.type_getattr(o, name);
            }
            _ => {}
        }
        let cls = self.type_of(o);
        let is_user = matches!(tag_of(o), Tag::Instance | Tag::Exception);
        let flags = self.type_flags(&cls);
        let found = if is_user && flags & slots::GETATTRIBUTE != 0 {
            self.user_getattribute(o, name, &cls, flags)
        } else {
            self.generic_getattr(o, name, &cls, is_user, flags)
        };
        // `__getattr__` answers when the normal lookup finds nothing or raises
        // AttributeError (from a property, say), as CPython's slot_tp_getattr_hook.
        if is_user && flags & slots::GETATTR != 0 {
            let missing = match &found {
                Ok(v) => v.is_none(),
                Err(e) => {
                    let ae = self.exc.attribute_error.clone();
                    self.err_matches(e, &ae)
                }
            };
            if missing && let Some(ga) = self.lookup_type_attr(&cls, "__getattr__") {
                return self
                    .call_method_with(&ga, o, std::slice::from_ref(name))
                    .map(Some);
            }
        }
        found
    }

    /// A class's own `__getattribute__` answers every attribute lookup.
    fn user_getattribute(
        &mut self,
        o: &Obj,
        name: &Obj,
        cls: &Obj,
        flags: u32,
    ) -> PyResult<Option<Obj>> {
        match self.lookup_type_attr(cls, "__getattribute__") {
            Some(ga) if !self.is_object_slot(&ga) => self
                .call_method_with(&ga, o, std::slice::from_ref(name))
                .map(Some),
            _ => self.generic_getattr(o, name, cls, true, flags),
        }
    }

    /// `object.__getattribute__(o, name)`: the generic lookup, without the class's own
    /// `__getattribute__` or `__getattr__`.
    pub fn object_getattribute(&mut self, o: &Obj, name: &Obj) -> PyResult {
        if tag_of(o) == Tag::Type {
            // `type.__getattribute__`: the class lookup, without a metaclass's hook.
            return match self.type_getattr(o, name)? {
                Some(v) => Ok(v),
                None => Err(self.attribute_error_for(o, name)),
            };
        }
        let cls = self.type_of(o);
        let is_user = matches!(tag_of(o), Tag::Instance | Tag::Exception);
        if !is_user {
            return self.getattr(o, name);
        }
        let flags = self.type_flags(&cls);
        match self.generic_getattr(o, name, &cls, true, flags)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error_for(o, name)),
        }
    }

    /// `object.__getattribute__`: data descriptors, the instance namespace, then
    /// the other class attributes.
    fn generic_getattr(
        &mut self,
        o: &Obj,
        name: &Obj,
        cls: &Obj,
        is_user: bool,
        flags: u32,
    ) -> PyResult<Option<Obj>> {
        // Without data descriptors anywhere in the MRO, the instance namespace decides
        // first and the MRO need not be searched for attributes it holds.
        if is_user
            && flags & slots::DESCRIPTORS == 0
            && let Some(v) = self.instance_attr_get(o, name)
        {
            return Ok(Some(v));
        }
        let descr = self.lookup_type_attr_obj(cls, name);
        // A data descriptor without `__get__` (only `__set__` or `__delete__`) lets the
        // instance namespace answer first, as in CPython.
        if let Some(d) = &descr
            && self.is_data_descriptor(d)
            && self.has_descr_get(d)
        {
            return self.bind_descriptor(d.clone(), o, cls).map(Some);
        }
        if is_user
            && flags & slots::DESCRIPTORS != 0
            && let Some(v) = self.instance_attr_get(o, name)
        {
            return Ok(Some(v));
        }
        if let Some(v) = self.special_attr(o, name)? {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return self.bind_descriptor(d, o, cls).map(Some);
        }
        Ok(None)
    }

    /// True for descriptors that take precedence over the instance namespace.
    pub(crate) fn is_data_descriptor(&mut self, d: &Obj) -> bool {
        match tag_of(d) {
            Tag::Property => true,
            Tag::Native if super::getset_descr::is_getset_descr(d) => true,
            Tag::Instance | Tag::Native => {
                let c = self.type_of(d);
                self.lookup_type_attr(&c, "__set__").is_some()
                    || self.lookup_type_attr(&c, "__delete__").is_some()
            }
            _ => false,
        }
    }

    /// Whether a data descriptor also reads (has `__get__`).
    fn has_descr_get(&mut self, d: &Obj) -> bool {
        match tag_of(d) {
            Tag::Instance | Tag::Native if !super::getset_descr::is_getset_descr(d) => {
                let c = self.type_of(d);
                self.lookup_type_attr(&c, "__get__").is_some()
            }
            _ => true,
        }
    }

    /// Attribute lookup on a class object: its MRO, then the metatype.
    fn type_getattr(&mut self, t: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
        if let Some(v) = self.type_special_attr(t, name)? {
            return Ok(Some(v));
        }
        if let Some(v) = self.lookup_type_attr_obj(t, name) {
            return match tag_of(&v) {
                Tag::StaticMethod | Tag::ClassMethod | Tag::Property => {
                    self.builtin_descr_get(&v, None, t).map(Some)
                }
                Tag::Instance | Tag::Native => self.user_descr_get(v, None, t).map(Some),
                _ => Ok(Some(v)),
            };
        }
        let meta = self.type_of(t);
        if let Some(v) = self.lookup_type_attr_obj(&meta, name) {
            return self.bind_descriptor(v, t, &meta).map(Some);
        }
        // A metaclass `__getattr__` answers for attributes its classes lack.
        if !meta.ptr_eq(&self.types.type_)
            && let Some(ga) = self.lookup_user_method(&meta, "__getattr__")
        {
            return self
                .call_method_with(&ga, t, std::slice::from_ref(name))
                .map(Some);
        }
        Ok(None)
    }

    /// `o.name = value`.
    pub fn setattr(&mut self, o: &Obj, name: &Obj, value: Obj) -> PyResult<()> {
        match tag_of(o) {
            Tag::Instance | Tag::Exception => {
                let cls = self.type_of(o);
                let flags = self.type_flags(&cls);
                if flags & slots::SETATTR != 0
                    && let Some(f) = self.lookup_type_attr(&cls, "__setattr__")
                    && !self.is_object_slot(&f)
                {
                    self.call_method_with(&f, o, &[name.clone(), value])?;
                    return Ok(());
                }
                if let Some(r) = self.exception_setattr(o, name, &value) {
                    return r;
                }
                if cls.ptr_eq(&self.types.object) {
                    // Plain `object()` instances have no namespace.
                    let n = as_str(name).unwrap_or("?").to_owned();
                    return Err(
                        self.attribute_error(format!("'object' object has no attribute '{n}'"))
                    );
                }
                if flags & (slots::DESCRIPTORS | slots::NO_DICT) == 0
                    && !matches!(as_str(name), Some("__class__" | "__dict__"))
                {
                    return self.instance_attr_set(o, name, value);
                }
                self.generic_setattr(o, name, value)
            }
            Tag::Type => {
                if let Some(f) = self.metaclass_attr_hook(o, "__setattr__") {
                    self.call_method_with(&f, o, &[name.clone(), value])?;
                    return Ok(());
                }
                self.type_setattr(o, name, Some(value))
            }
            Tag::Module => {
                let d = o.downcast::<ModuleObj>().map(|m| m.dict.clone());
                match d {
                    Some(d) => self.dict_set(&d, name.clone(), value),
                    None => Ok(()),
                }
            }
            Tag::Function => self.function_setattr(o, name, Some(value)),
            Tag::Native => self.native_setattr(o, name, Some(value)),
            // A property's `__doc__` is a writable member, as in CPython.
            Tag::Property if as_str(name) == Some("__doc__") => {
                if let Some(p) = o.downcast::<crate::objects::descr::PropertyObj>() {
                    drop(p.doc.replace(Some(value)));
                }
                Ok(())
            }
            _ => {
                if as_str(name) == Some("__class__") {
                    return self.set_class(o, value);
                }
                let cls = self.type_of(o);
                let found = self.lookup_type_attr_obj(&cls, name);
                // A builtin type's getset or member descriptor says why it refuses.
                if let Some(d) = &found
                    && tag_of(d) == Tag::Native
                    && self.is_data_descriptor(d)
                {
                    return self.descr_set(d, o, Some(value));
                }
                if let Some(d) = self.method_wrapper_dict(o)? {
                    return self.dict_set(&d, name.clone(), value);
                }
                let tn = self.type_name(o);
                let n = as_str(name).unwrap_or("?").to_owned();
                if found.is_some() {
                    Err(self.attribute_error(format!("'{tn}' object attribute '{n}' is read-only")))
                } else {
                    Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
                }
            }
        }
    }

    /// `object.__setattr__`: data descriptors, else the instance namespace.
    pub fn generic_setattr(&mut self, o: &Obj, name: &Obj, value: Obj) -> PyResult<()> {
        let cls = self.type_of(o);
        if self.type_flags(&cls) & slots::DESCRIPTORS != 0
            && let Some(d) = self.lookup_type_attr_obj(&cls, name)
            && self.is_data_descriptor(&d)
        {
            return self.descr_set(&d, o, Some(value));
        }
        match as_str(name) {
            Some("__class__") => return self.set_class(o, value),
            Some("__dict__") if !self.lacks_dict(o) => return self.set_instance_dict(o, value),
            _ => {}
        }
        self.check_slot_assignment(o, name)?;
        self.instance_attr_set(o, name, value)
    }

    /// `del o.name`.
    pub fn delattr(&mut self, o: &Obj, name: &Obj) -> PyResult<()> {
        match tag_of(o) {
            Tag::Instance | Tag::Exception => {
                let cls = self.type_of(o);
                let has = self.type_flags(&cls) & slots::DELATTR != 0;
                if has
                    && let Some(f) = self.lookup_type_attr(&cls, "__delattr__")
                    && !self.is_object_slot(&f)
                {
                    self.call_method_with(&f, o, std::slice::from_ref(name))?;
                    return Ok(());
                }
                self.generic_delattr(o, name)
            }
            Tag::Type => {
                if let Some(f) = self.metaclass_attr_hook(o, "__delattr__") {
                    self.call_method_with(&f, o, std::slice::from_ref(name))?;
                    return Ok(());
                }
                self.type_setattr(o, name, None)
            }
            Tag::Module => {
                let d = o.downcast::<ModuleObj>().map(|m| m.dict.clone());
                if let Some(d) = d
                    && self.dict_del_str(&d, name)?
                {
                    return Ok(());
                }
                Err(self.attribute_error_for(o, name))
            }
            Tag::Function => self.function_setattr(o, name, None),
            Tag::Native => self.native_setattr(o, name, None),
            _ if as_str(name) == Some("__class__") => {
                Err(self.type_error("can't delete __class__ attribute"))
            }
            Tag::StaticMethod | Tag::ClassMethod => match self.method_wrapper_dict(o)? {
                Some(d) if self.dict_del_str(&d, name)? => Ok(()),
                _ => Err(self.attribute_error_for(o, name)),
            },
            _ => Err(self.attribute_error_for(o, name)),
        }
    }

    /// `object.__delattr__`.
    pub fn generic_delattr(&mut self, o: &Obj, name: &Obj) -> PyResult<()> {
        let cls = self.type_of(o);
        if let Some(d) = self.lookup_type_attr_obj(&cls, name)
            && self.is_data_descriptor(&d)
        {
            return self.descr_set(&d, o, None);
        }
        if as_str(name) == Some("__class__") {
            return Err(self.type_error("can't delete __class__ attribute"));
        }
        if self.instance_attr_del(o, name)? {
            Ok(())
        } else {
            Err(self.attribute_error_for(o, name))
        }
    }

    /// Assigns or deletes a class attribute, keeping the cached special-method flags and
    /// the method cache up to date.
    /// A user metaclass's own `__setattr__` / `__delattr__` for class `t`.
    fn metaclass_attr_hook(&mut self, t: &Obj, hook: &str) -> Option<Obj> {
        if !self.has_user_metaclass(t) {
            return None;
        }
        let meta = self.type_of(t);
        self.lookup_user_method(&meta, hook)
            .filter(|f| !self.is_object_slot(f))
    }

    /// `type.__setattr__(cls, name, value)` (value None: `type.__delattr__`): sets the
    /// class attribute without consulting the metaclass.
    pub(crate) fn type_setattr(&mut self, t: &Obj, name: &Obj, value: Option<Obj>) -> PyResult<()> {
        let Some(tp) = t.downcast::<TypeObj>() else {
            return Ok(());
        };
        if tp.builtin {
            let tn = tp.name();
            let n = as_str(name).unwrap_or("?").to_owned();
            return Err(self.type_error(format!(
                "cannot set '{n}' attribute of immutable type '{tn}'"
            )));
        }
        if let Some(n) = as_str(name)
            && self.type_special_setattr(t, n, value.as_ref())?
        {
            self.type_modified(t);
            return Ok(());
        }
        if as_str(name) == Some("__module__") {
            // The repr names the module from here; the namespace keeps it too.
            *tp.module.borrow_mut() = value.clone();
        }
        let d = tp.dict.clone();
        match value {
            Some(v) => self.dict_set(&d, name.clone(), v)?,
            None => {
                if !self.dict_del_str(&d, name)? {
                    return Err(self.attribute_error_for(t, name));
                }
            }
        }
        self.type_modified(t);
        Ok(())
    }

    /// Invalidates every class's cached flags after a class namespace changed.
    pub fn type_modified(&mut self, t: &Obj) {
        self.method_cache_epoch += 1;
        self.invalidate_type_versions(t);
        self.update_slot_flags(t);
    }

    /// The cached special-method flags of a class, recomputed when any class namespace
    /// changed since they were computed (a base class may have gained a method).
    #[inline]
    pub fn type_flags(&mut self, t: &Obj) -> u32 {
        let Some(tp) = t.downcast::<TypeObj>() else {
            return 0;
        };
        if tp.version.get() != self.method_cache_epoch {
            self.update_slot_flags(t);
        }
        t.downcast::<TypeObj>().map_or(0, |tp| tp.slot_flags.get())
    }

    /// Computes which special methods a class (through its MRO) defines, and whether any
    /// class in its MRO holds a data descriptor.
    pub fn update_slot_flags(&mut self, t: &Obj) {
        let names: [(&str, u32); 7] = [
            ("__del__", slots::DEL),
            ("__getattr__", slots::GETATTR),
            ("__getattribute__", slots::GETATTRIBUTE),
            ("__setattr__", slots::SETATTR),
            ("__delattr__", slots::DELATTR),
            ("__eq__", slots::EQ),
            ("__hash__", slots::HASH),
        ];
        let mut flags = 0;
        for (n, bit) in names {
            if let Some(f) = self.lookup_type_attr(t, n)
                && !self.is_object_slot(&f)
            {
                flags |= bit;
            }
        }
        if self.mro_has_data_descriptor(t) {
            flags |= slots::DESCRIPTORS;
        }
        let new_key = self.names.__new__.clone();
        let custom_new = self
            .lookup_type_attr_obj(t, &new_key)
            .map(
                |f| match f.downcast::<crate::objects::descr::StaticMethodObj>() {
                    Some(s) => s.func.clone(),
                    None => f,
                },
            )
            .is_some_and(|f| !f.is::<BuiltinFunctionObj>());
        if custom_new {
            flags |= slots::CUSTOM_NEW;
        }
        let init_key = self.names.__init__.clone();
        let init = self
            .lookup_type_attr_obj(t, &init_key)
            .filter(|f| !f.is::<BuiltinFunctionObj>());
        if self.computes_no_dict(t) {
            flags |= slots::NO_DICT;
        }
        if self.own_abstract_methods(t).is_some() {
            flags |= slots::ABSTRACT;
        }
        if let Some(tp) = t.downcast::<TypeObj>() {
            tp.slot_flags.set(flags);
            tp.version.set(self.method_cache_epoch);
            *tp.init.borrow_mut() = init;
        }
    }

    fn mro_has_data_descriptor(&mut self, t: &Obj) -> bool {
        let Some(mro) = t.downcast::<TypeObj>().map(|tp| tp.mro.borrow().clone()) else {
            return false;
        };
        let classes = as_tuple(&mro).map(<[Obj]>::to_vec).unwrap_or_default();
        for c in classes {
            let Some(d) = c.downcast::<TypeObj>().map(|tp| tp.dict.clone()) else {
                continue;
            };
            // Only a property or an object of a class can be a data descriptor (see
            // `is_data_descriptor`): the functions and plain values that fill most class
            // namespaces are passed over without being copied out.
            let candidates: Vec<Obj> = d
                .downcast::<DictObj>()
                .map(|dd| {
                    dd.table
                        .borrow()
                        .iter()
                        .filter(|e| {
                            matches!(
                                tag_of(&e.value),
                                Tag::Property | Tag::Instance | Tag::Native
                            )
                        })
                        .map(|e| e.value.clone())
                        .collect()
                })
                .unwrap_or_default();
            for v in candidates {
                if self.is_data_descriptor(&v) && !super::getset_descr::is_instance_layout_descr(&v)
                {
                    return true;
                }
            }
        }
        false
    }

    /// Sets an item in a dict object.
    pub fn dict_set(&mut self, d: &Obj, key: Obj, value: Obj) -> PyResult<()> {
        let hash = self.hash(&key)?;
        self.dict_set_hashed(d, key, hash, value)
    }

    /// Removes a str key from a dict object; false if absent.
    pub fn dict_del_str(&mut self, d: &Obj, name: &Obj) -> PyResult<bool> {
        let Some(dd) = d.downcast::<DictObj>() else {
            return Ok(false);
        };
        let Some((so, s)) = as_text_obj(name) else {
            return Ok(false);
        };
        let h = so.hash(s);
        let removed = {
            let mut t = dd.table.borrow_mut();
            match t.lookup_pure(h, name, |a, b| as_text(a) == as_text(b)) {
                Some(idx) => t.remove_at(idx),
                None => None,
            }
        };
        Ok(removed.is_some())
    }

    /// Special attributes of builtin objects that are not in their type's namespace.
    fn special_attr(&mut self, o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
        let Some(n) = as_str(name) else {
            return Ok(None);
        };
        if n == "__class__" {
            return Ok(Some(self.type_of(o)));
        }
        match tag_of(o) {
            Tag::Function => self.function_attr(o, n),
            // The MRO after `__thisclass__` first, with the name object as it is (no
            // interning of its text again).
            Tag::Super => match self.super_getattr(o, name)? {
                Some(v) => Ok(Some(v)),
                None => Ok(self.super_own_attr(o, n)),
            },
            Tag::Instance => match n {
                "__dict__" if self.lacks_dict(o) => Ok(None),
                "__dict__" => self.instance_dict(o),
                "__weakref__" => self.weakref_attr(o),
                // The builtin value's own attributes (`real` of an int subclass's value,
                // `fget` of a property subclass's, `closed` of a StringIO subclass's
                // file, ...).
                _ => match self.base_value(o) {
                    Some(b) => match self.memory_io_attr(&b, n)? {
                        Some(v) => Ok(Some(v)),
                        None if n == "__doc__" => Ok(None),
                        // A name the subclass (or a class between) defines wins, as
                        // `__isabstractmethod__ = True` of `abc.abstractproperty`.
                        None => {
                            let cls = self.type_of(o);
                            if self.lookup_type_attr(&cls, n).is_some() {
                                Ok(None)
                            } else {
                                self.builtin_special_attr(&b, n)
                            }
                        }
                    },
                    None => Ok(None),
                },
            },
            Tag::Exception => match self.exception_attr(o, n)? {
                None if n == "__doc__" => self.builtin_type_doc(o),
                found => Ok(found),
            },
            Tag::BoundMethod => {
                let Some(m) = o.downcast::<BoundMethodObj>() else {
                    return Ok(None);
                };
                match n {
                    "__self__" => Ok(Some(m.this.clone())),
                    "__func__" => Ok(Some(m.func.clone())),
                    // The method type's own `__call__` calls the bound method, not
                    // the function behind it.
                    "__call__" => Ok(None),
                    _ => {
                        let f = m.func.clone();
                        self.getattr_opt(&f, name)
                    }
                }
            }
            Tag::BuiltinFunction => {
                let Some(b) = o.downcast::<BuiltinFunctionObj>() else {
                    return Ok(None);
                };
                match n {
                    "__name__" => self.new_str(b.name()).map(Some),
                    "__qualname__" => {
                        let q = self.qualname_of(o);
                        self.new_str(&q).map(Some)
                    }
                    "__self__" => Ok(Some(b.bound.clone().unwrap_or_else(|| self.none()))),
                    "__objclass__" => Ok(self.native_objclass(b)),
                    "__doc__" | "__text_signature__" => {
                        let doc = builtin_fn_doc(b);
                        match doc {
                            Some((sig, doc)) => {
                                let text = if n == "__doc__" { doc } else { sig };
                                if text.is_empty() {
                                    Ok(Some(self.none()))
                                } else {
                                    self.new_str(text).map(Some)
                                }
                            }
                            None => Ok(Some(self.none())),
                        }
                    }
                    // A module's function names its module (what `inspect.getmodule` and
                    // doctest's finder read); a method bound to an object has None.
                    "__module__" => Ok(Some(b.module().cloned().unwrap_or_else(|| self.none()))),
                    _ => Ok(None),
                }
            }
            _ => match self.builtin_special_attr(o, n)? {
                None if n == "__doc__" => self.builtin_type_doc(o),
                found => Ok(found),
            },
        }
    }

    /// `o.__doc__` of an instance of a builtin type: the type's docstring.
    fn builtin_type_doc(&mut self, o: &Obj) -> PyResult<Option<Obj>> {
        let cls = self.type_of(o);
        if !cls.downcast::<TypeObj>().is_some_and(|t| t.builtin) {
            return Ok(None);
        }
        let key = self.intern("__doc__")?;
        self.type_special_attr(&cls, &key)
    }

    /// Attributes every class object has.
    pub(crate) fn type_special_attr(&mut self, t: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
        let Some(tp) = t.downcast::<TypeObj>() else {
            return Ok(None);
        };
        let v = match as_str(name) {
            // Builtin types are named like CPython's C types (`collections.deque`),
            // and so are classes named after their own module (what CPython writes
            // in C but a builtin module defines in Python, `collections.OrderedDict`):
            // their `__name__` is the part after the module.
            Some("__name__") => {
                let n = tp.name();
                let module = tp.module.borrow().clone();
                let own_module = module
                    .as_ref()
                    .and_then(as_str)
                    .is_some_and(|m| n.strip_prefix(m).is_some_and(|r| r.starts_with('.')));
                let n = if tp.builtin || own_module {
                    unqualified(&n)
                } else {
                    &n
                };
                self.new_str(n)?
            }
            Some("__qualname__") => {
                let n = tp.qualname.borrow().clone();
                let n = if tp.builtin { unqualified(&n) } else { &n };
                self.new_str(n)?
            }
            Some("__mro__") => tp.mro.borrow().clone(),
            Some("__bases__") => tp.bases.borrow().clone(),
            Some("__base__") => {
                let b = tp.bases.borrow().clone();
                as_tuple(&b)
                    .and_then(|b| b.first().cloned())
                    .unwrap_or_else(|| self.none())
            }
            // A read-only view: a class's namespace changes only through setattr,
            // which keeps the attribute caches right.
            Some("__dict__") => {
                let d = tp.dict.clone();
                let shown = if tp.builtin {
                    let view = self.dict_copy(&d)?;
                    self.builtin_namespace_view(t, &view)?;
                    view
                } else {
                    d
                };
                self.new_mappingproxy(shown)?
            }
            Some("__module__") => {
                // `type`'s own entry is the descriptor that serves this attribute.
                if let Some(m) = self
                    .dict_get_str(&tp.dict, name)
                    .filter(|m| !(tp.builtin && super::getset_descr::is_getset_descr(m)))
                {
                    m
                } else {
                    let n = tp.name();
                    match n.rsplit_once('.').filter(|_| tp.builtin) {
                        Some((module, _)) => self.new_str(module)?,
                        None => self.new_str("builtins")?,
                    }
                }
            }
            Some("__doc__") => match self.dict_get_str(&tp.dict, name) {
                Some(d) if !(tp.builtin && d.ptr_eq(&self.s.none)) => d,
                // A builtin type's docstring as CPython has it (`int.__doc__`).
                _ => match crate::vm::method_docs::method_doc(unqualified(&tp.name()), "__doc__")
                    .filter(|_| tp.builtin)
                {
                    Some((_, doc)) => self.new_str(doc)?,
                    None => self.none(),
                },
            },
            Some("__class__") => self.type_of(t),
            // A class's own annotations, never a base class's: a class without any
            // gets an empty dict of its own on first use (CPython 3.10+).
            Some("__annotations__") if !tp.builtin => match self.dict_get_str(&tp.dict, name) {
                Some(a) => a,
                None => {
                    let d = self.new_dict()?;
                    self.setattr(t, name, d.clone())?;
                    d
                }
            },
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// What `vars(T)` shows of a builtin type beyond the namespace minipy keeps: its
    /// docstring under `__doc__` (served on demand otherwise), and no `__module__`,
    /// which CPython's C types derive from their dotted name instead of storing.
    fn builtin_namespace_view(&mut self, t: &Obj, view: &Obj) -> PyResult<()> {
        let module = self.intern("__module__")?;
        if !t.ptr_eq(&self.types.type_)
            && self
                .dict_get_str(view, &module)
                .is_some_and(|m| m.is::<StrObj>())
        {
            self.dict_del_str(view, &module)?;
        }
        let doc = self.intern("__doc__")?;
        if self.dict_get_str(view, &doc).is_none() {
            let text = self.type_special_attr(t, &doc)?;
            if let Some(text) = text.filter(|v| v.is::<StrObj>()) {
                self.dict_set(view, doc, text)?;
            }
        }
        Ok(())
    }

    pub(crate) fn function_attr(&mut self, o: &Obj, n: &str) -> PyResult<Option<Obj>> {
        let Some(f) = o.downcast::<FunctionObj>() else {
            return Ok(None);
        };
        let none = self.none();
        let v = match n {
            "__name__" => f.name.get(),
            "__qualname__" => f.qualname.get(),
            "__doc__" => f.doc.get().unwrap_or(none),
            "__module__" => f.module.get().unwrap_or(none),
            "__defaults__" => f.defaults.get().unwrap_or(none),
            "__kwdefaults__" => f.kwdefaults.get().unwrap_or(none),
            "__globals__" => f.globals.clone(),
            // Functions are descriptors: `f.__get__(obj)` is the bound method.
            "__get__" => self.heap.alloc(BuiltinFunctionObj::bound_to(
                &"__get__",
                function_descr_get,
                o.clone(),
                Some(self.types.by_tag(Tag::Function).clone()),
            ))?,
            "__closure__" => f.closure.clone().unwrap_or(none),
            "__code__" => match &f.code_obj {
                Some(c) => c.clone(),
                None => self.heap.alloc(crate::objects::CodeObj {
                    code: f.code.clone(),
                })?,
            },
            "__annotations__" => {
                let existing = f.annotations.get();
                match existing {
                    Some(a) => a,
                    None => {
                        let d = self.new_dict()?;
                        drop(f.annotations.replace(Some(d.clone())));
                        d
                    }
                }
            }
            "__dict__" => {
                let existing = f.dict.get();
                match existing {
                    Some(d) => d,
                    None => {
                        let d = self.new_dict()?;
                        drop(f.dict.replace(Some(d.clone())));
                        d
                    }
                }
            }
            _ => {
                let d = f.dict.get();
                let key = self.intern(n)?;
                return Ok(d.and_then(|d| self.dict_get_str(&d, &key)));
            }
        };
        Ok(Some(v))
    }

    fn function_setattr(&mut self, o: &Obj, name: &Obj, value: Option<Obj>) -> PyResult<()> {
        let Some(f) = o.downcast::<FunctionObj>() else {
            return Ok(());
        };
        let n = as_str(name).unwrap_or("");
        match (n, value) {
            ("__class__", Some(v)) => return self.set_class(o, v),
            ("__class__", None) => return Err(self.type_error("can't delete __class__ attribute")),
            ("__name__", Some(v)) if v.is::<StrObj>() => drop(f.name.replace(v)),
            ("__qualname__", Some(v)) if v.is::<StrObj>() => drop(f.qualname.replace(v)),
            ("__doc__", v) => drop(f.doc.replace(v)),
            ("__module__", v) => drop(f.module.replace(v)),
            ("__defaults__", v) => drop(f.defaults.replace(v.filter(|v| !v.ptr_eq(&self.s.none)))),
            ("__kwdefaults__", v) => {
                drop(f.kwdefaults.replace(v.filter(|v| !v.ptr_eq(&self.s.none))))
            }
            ("__annotations__", v) => drop(f.annotations.replace(v)),
            (_, Some(v)) => {
                let existing = f.dict.get();
                let d = match existing {
                    Some(d) => d,
                    None => {
                        let d = self.new_dict()?;
                        drop(f.dict.replace(Some(d.clone())));
                        d
                    }
                };
                self.dict_set(&d, name.clone(), v)?;
            }
            (_, None) => {
                let d = f.dict.get();
                let found = match d {
                    Some(d) => self.dict_del_str(&d, name)?,
                    None => false,
                };
                if !found {
                    return Err(self.attribute_error_for(o, name));
                }
            }
        }
        Ok(())
    }

    fn exception_attr(&mut self, o: &Obj, n: &str) -> PyResult<Option<Obj>> {
        let Some(e) = o.downcast::<ExceptionObj>() else {
            return Ok(None);
        };
        let none = self.none();
        let v = match n {
            "args" => e.args(),
            "__cause__" => e.cause().unwrap_or(none),
            "__context__" => e.context().unwrap_or(none),
            "__suppress_context__" => self.new_bool(e.suppress_context()),
            "__traceback__" => return self.traceback_object(o).map(Some),
            "__dict__" => return self.instance_dict(o),
            "errno" | "strerror" | "filename" | "filename2" => return self.os_error_attr(o, n),
            "value" | "code" => {
                let cls = self.type_of(o);
                let si = self.exc.stop_iteration.clone();
                let se = self.exc.system_exit.clone();
                let ok = if n == "value" {
                    self.is_subclass(&cls, &si)
                } else {
                    self.is_subclass(&cls, &se)
                };
                if !ok {
                    return Ok(None);
                }
                let args = e.args();
                let items = as_tuple(&args).map(<[Obj]>::to_vec).unwrap_or_default();
                match items.len() {
                    0 => none,
                    1 => items[0].clone(),
                    _ if n == "code" => args,
                    _ => items[0].clone(),
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// `o.__class__ = cls`: only instances of user classes may change class
    /// (CPython's `object_set_class`: a class first, then mutable types only).
    fn set_class(&mut self, o: &Obj, value: Obj) -> PyResult<()> {
        let Some(t) = value.downcast::<TypeObj>() else {
            let tn = self.type_name(&value);
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{tn}' object"
            )));
        };
        let old_layout = self
            .type_of(o)
            .downcast::<TypeObj>()
            .filter(|c| !c.builtin)
            .map(|c| c.layout);
        let ok = !t.builtin && old_layout.is_some_and(|l| t.layout == l || t.layout == tag_of(o));
        if !ok {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        // The instance's slot values stay where they are: the new class must lay them
        // out the same way (the same class adds the slots).
        let old = self.type_of(o);
        if !super::slots::solid_base(&old).ptr_eq(&super::slots::solid_base(&value)) {
            let (new_name, old_name) = (self.class_name(&value), self.class_name(&old));
            return Err(self.type_error(format!(
                "__class__ assignment: '{new_name}' object layout differs from '{old_name}'"
            )));
        }
        // The tail (slot values, then the builtin value a subclass of a builtin type
        // extends) must keep its length.
        let tail_len = |c: &Obj| c.downcast::<TypeObj>().map(TypeObj::instance_tail_len);
        if tail_len(&old) != tail_len(&value) {
            let (new_name, old_name) = (self.class_name(&value), self.class_name(&old));
            return Err(self.type_error(format!(
                "__class__ assignment: '{new_name}' object layout differs from '{old_name}'"
            )));
        }
        // The instance's values are laid out by its class's key list: the new class's
        // list differs, so the namespace moves to a dict first.
        self.instance_dict(o)?;
        if let Some(i) = o.downcast::<InstanceObj>() {
            drop(i.class.replace(value));
        } else if let Some(e) = o.downcast::<ExceptionObj>() {
            drop(e.class.replace(value));
        }
        Ok(())
    }
}

/// The name of a builtin type without its module prefix.
fn unqualified(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// `function.__get__(instance, owner=None)`: bound to the instance, or the function
/// itself when the instance is None.
fn function_descr_get(vm: &mut Vm, args: super::Args) -> PyResult {
    args.check(vm, "__get__", 2, 3)?;
    let (f, inst) = (&args.pos[0], &args.pos[1]);
    if inst.ptr_eq(&vm.s.none) {
        return Ok(f.clone());
    }
    Ok(vm.heap.alloc(BoundMethodObj {
        func: f.clone(),
        this: inst.clone(),
    })?)
}

/// The `(text signature, doc)` of a function of the builtins module (None for other
/// builtin functions and methods, which carry no docstrings).
fn builtin_fn_doc(b: &BuiltinFunctionObj) -> Option<(&'static str, &'static str)> {
    if let Some(owner) = b.owner().and_then(|o| o.downcast::<TypeObj>()) {
        let own = crate::vm::method_docs::method_doc(unqualified(&owner.name()), b.name());
        // Each builtin exception class has its own `__init__` slot, documented as
        // BaseException's is (`ValueError.__init__.__doc__`).
        if own.is_none() && owner.layout == Tag::Exception {
            return crate::vm::method_docs::method_doc("BaseException", b.name());
        }
        return own;
    }
    let module = b.module()?;
    if b.bound.is_some() || crate::objects::str::as_str(module) != Some("builtins") {
        return None;
    }
    crate::vm::builtin_docs::builtin_doc(b.name())
}
