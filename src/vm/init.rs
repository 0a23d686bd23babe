//! Start-up: the methods of the builtin types, the builtins namespace and `sys`.

use crate::heap::Obj;
use crate::objects::descr::{ClassMethodObj, StaticMethodObj};
use crate::objects::function::{BuiltinFunctionObj, FastMethod, NativeFn};
use crate::objects::{Tag, TypeObj};

use super::library::Library;
use super::{PyResult, Vm};

/// The methods of the builtin callable types: calling `f.__call__` calls `f`.
const CALLABLE_METHODS: &[(&str, NativeFn)] =
    &[("__call__", super::builtin_method_kinds::native_call)];

/// Slot wrappers and method descriptors bind to an instance and can be called.
const NATIVE_DESCRIPTOR_METHODS: &[(&str, NativeFn)] = &[
    ("__get__", super::builtin_method_kinds::native_descr_get),
    ("__call__", super::builtin_method_kinds::native_call),
];

/// How a native function is stored in a type's namespace.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    Instance,
    Static,
    Class,
}

/// A table of native methods to put on a builtin type.
type MethodTable = (
    Obj,
    &'static str,
    &'static [(&'static str, NativeFn)],
    MethodKind,
);

impl Vm {
    pub(crate) fn init_builtins(&mut self) -> PyResult<()> {
        use crate::objects::{dict, list, set, str_methods, tuple};
        let reg: Vec<MethodTable> = vec![
            (
                self.types.list.clone(),
                "list",
                list::METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.dict.clone(),
                "dict",
                dict::METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.dict.clone(),
                "dict",
                dict::CLASS_METHODS,
                MethodKind::Class,
            ),
            (
                self.types.tuple.clone(),
                "tuple",
                tuple::METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.set.clone(),
                "set",
                set::SET_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.frozenset.clone(),
                "frozenset",
                set::FROZENSET_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.str_.clone(),
                "str",
                str_methods::METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.str_.clone(),
                "str",
                str_methods::STATIC_METHODS,
                MethodKind::Static,
            ),
            (
                self.types.object.clone(),
                "object",
                super::object_methods::OBJECT_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.object.clone(),
                "object",
                super::dir_names::OBJECT_INTROSPECTION,
                MethodKind::Instance,
            ),
            (
                self.types.object.clone(),
                "object",
                super::object_reduce::OBJECT_REDUCE,
                MethodKind::Instance,
            ),
            (
                self.types.int.clone(),
                "int",
                super::dir_names::NUMBER_GETNEWARGS,
                MethodKind::Instance,
            ),
            (
                self.types.float.clone(),
                "float",
                super::dir_names::NUMBER_GETNEWARGS,
                MethodKind::Instance,
            ),
            (
                self.types.object.clone(),
                "object",
                super::object_methods::OBJECT_STATIC,
                MethodKind::Static,
            ),
            (
                self.types.object.clone(),
                "object",
                super::object_methods::OBJECT_CLASS,
                MethodKind::Class,
            ),
            (
                self.types.type_.clone(),
                "type",
                super::object_methods::TYPE_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.type_.clone(),
                "type",
                super::object_methods::TYPE_CLASS,
                MethodKind::Class,
            ),
            (
                self.types.by_tag(Tag::WeakRef).clone(),
                "weakref",
                crate::objects::weakref::WEAKREF_METHODS,
                MethodKind::Instance,
            ),
            (
                self.exc.base_exception.clone(),
                "BaseException",
                super::object_methods::EXCEPTION_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.generator.clone(),
                "generator",
                super::object_methods::GENERATOR_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.coroutine.clone(),
                "coroutine",
                super::coroutine::COROUTINE_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.async_generator.clone(),
                "async_generator",
                super::coroutine::ASYNC_GEN_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.int.clone(),
                "int",
                super::object_methods::INT_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.int.clone(),
                "int",
                super::object_methods::INT_CLASS_METHODS,
                MethodKind::Class,
            ),
            (
                self.types.float.clone(),
                "float",
                super::object_methods::FLOAT_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.float.clone(),
                "float",
                super::float_fromhex::FLOAT_CLASS_METHODS,
                MethodKind::Class,
            ),
            (
                self.types.type_.clone(),
                "type",
                super::metaclass::TYPE_STATIC,
                MethodKind::Static,
            ),
            (
                self.types.type_.clone(),
                "type",
                super::metaclass::TYPE_INSTANCE,
                MethodKind::Instance,
            ),
            (
                self.types.range.clone(),
                "range",
                crate::objects::range::METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.slice.clone(),
                "slice",
                crate::objects::slice::METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.property.clone(),
                "property",
                super::descr_methods::PROPERTY_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.classmethod.clone(),
                "classmethod",
                super::descr_methods::CLASSMETHOD_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.staticmethod.clone(),
                "staticmethod",
                super::descr_methods::STATICMETHOD_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.by_tag(Tag::Code).clone(),
                "code",
                super::code_methods::CODE_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.wrapper_descriptor.clone(),
                "wrapper_descriptor",
                NATIVE_DESCRIPTOR_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.method_descriptor.clone(),
                "method_descriptor",
                NATIVE_DESCRIPTOR_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.classmethod_descriptor.clone(),
                "classmethod_descriptor",
                super::descr_methods::CLASSMETHOD_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.function.clone(),
                "function",
                CALLABLE_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.builtin_function.clone(),
                "builtin_function_or_method",
                CALLABLE_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.method_wrapper.clone(),
                "method-wrapper",
                CALLABLE_METHODS,
                MethodKind::Instance,
            ),
            (
                self.types.bound_method.clone(),
                "method",
                CALLABLE_METHODS,
                MethodKind::Instance,
            ),
        ];
        for (ty, owner, methods, kind) in reg {
            self.add_methods(&ty, owner, methods, kind)?;
        }
        crate::objects::bytes_methods::register(self)?;
        self.init_complex_type()?;
        self.init_format_methods()?;
        self.init_builtin_descriptors()?;
        for (tag, owner) in [
            (Tag::List, "list"),
            (Tag::Dict, "dict"),
            (Tag::Set, "set"),
            (Tag::FrozenSet, "frozenset"),
            (Tag::Tuple, "tuple"),
            (Tag::Deque, "deque"),
        ] {
            let ty = self.types.by_tag(tag).clone();
            self.add_methods(
                &ty,
                owner,
                super::type_alias::CLASS_GETITEM,
                MethodKind::Class,
            )?;
        }
        // Builtin types with subclass-visible constructors and initialisers.
        for tag in [
            Tag::Int,
            Tag::Bool,
            Tag::Float,
            Tag::Complex,
            Tag::Str,
            Tag::Tuple,
            Tag::FrozenSet,
            Tag::Bytes,
            Tag::List,
            Tag::Dict,
            Tag::Set,
            Tag::ByteArray,
            Tag::Property,
            Tag::Deque,
            Tag::Exception,
            Tag::WeakRef,
        ] {
            let Some(new) = super::object_methods::own_new(tag) else {
                continue;
            };
            let ty = match tag {
                Tag::Exception => self.exc.base_exception.clone(),
                t => self.types.by_tag(t).clone(),
            };
            self.add_method(&ty, &"__new__", new, MethodKind::Static)?;
        }
        for tag in [Tag::List, Tag::Dict, Tag::Set] {
            let ty = self.types.by_tag(tag).clone();
            self.add_methods(
                &ty,
                builtin_owner(tag),
                super::slot_receiver::builtin_init_table(tag),
                MethodKind::Instance,
            )?;
        }
        let os_error = self.exc.os_error.clone();
        self.add_methods(
            &os_error,
            "OSError",
            &[("__new__", super::object_methods::oserror_new)],
            MethodKind::Static,
        )?;
        self.init_exception_groups()?;
        // Each builtin exception class lists its own `__init__` (`ValueError.__init__`
        // is `<slot wrapper '__init__' of 'ValueError' objects>`).
        let init_key = self.names.__init__.clone();
        for (name, cls) in self.exc.all() {
            let has_own = cls
                .downcast::<crate::objects::TypeObj>()
                .is_some_and(|t| self.dict_get_str(&t.dict, &init_key).is_some());
            if !has_own {
                self.add_methods(
                    &cls,
                    name,
                    super::object_methods::EXCEPTION_INIT,
                    MethodKind::Instance,
                )?;
            }
        }
        self.add_slot_wrappers()?;
        self.add_iterator_methods()?;
        (self.library.init_builtins)(self)?;
        let sys = (self.library.create_builtin_module)(self, "sys")?;
        if let Some(sys) = sys {
            let k = self.new_str("sys")?;
            let m = self.modules.clone();
            self.dict_set(&m, k, sys)?;
        }
        let k = self.new_str("builtins")?;
        let bm = self.new_module("builtins")?;
        if let Some(d) = self.module_dict(&bm) {
            // The module object shares the builtins namespace.
            let _ = d;
        }
        let bmod = self.heap.alloc(crate::objects::ModuleObj {
            name: std::rc::Rc::from("builtins"),
            dict: self.builtins.clone(),
        })?;
        let m = self.modules.clone();
        self.dict_set(&m, k, bmod)?;
        (self.library.install_version_info)(self)?;
        Ok(())
    }

    /// Puts native functions into a type's namespace.
    pub(crate) fn add_methods(
        &mut self,
        ty: &Obj,
        owner: &'static str,
        methods: &'static [(&'static str, NativeFn)],
        kind: MethodKind,
    ) -> PyResult<()> {
        for (name, f) in methods {
            let fast = match kind {
                MethodKind::Instance => fast_entry(self.library, owner, name),
                _ => None,
            };
            self.insert_method(ty, name, *f, fast, kind)?;
        }
        self.update_slot_flags(ty);
        Ok(())
    }

    /// Puts one native function into a type's namespace.
    pub(crate) fn add_method(
        &mut self,
        ty: &Obj,
        name: &'static &'static str,
        f: NativeFn,
        kind: MethodKind,
    ) -> PyResult<()> {
        self.insert_method(ty, name, f, None, kind)?;
        self.update_slot_flags(ty);
        Ok(())
    }

    /// `add_method` without the slot-flag update that follows a change of namespace.
    fn insert_method(
        &mut self,
        ty: &Obj,
        name: &'static &'static str,
        f: NativeFn,
        fast: Option<FastMethod>,
        kind: MethodKind,
    ) -> PyResult<()> {
        let Some(dict) = ty.downcast::<TypeObj>().map(|t| t.dict.clone()) else {
            return Ok(());
        };
        let func = self
            .heap
            .alloc(BuiltinFunctionObj::method(name, f, fast, ty.clone()))?;
        let v = match kind {
            MethodKind::Instance => func,
            MethodKind::Static => self.heap.alloc(StaticMethodObj::new(func))?,
            MethodKind::Class => self.heap.alloc(ClassMethodObj::new(func))?,
        };
        let k = self.intern(name)?;
        self.dict_set(&dict, k, v)
    }
}

/// The direct entry (see `FastMethod`) of method `name` of builtin type `owner`, from
/// the type's own table of them.
fn fast_entry(library: &Library, owner: &str, name: &str) -> Option<FastMethod> {
    use crate::objects::{dict, list, set};
    let table: &[(&str, FastMethod)] = match owner {
        "list" => list::FAST_METHODS,
        "dict" => dict::FAST_METHODS,
        "set" => set::FAST_METHODS,
        _ => library.fast_methods.iter().find(|(o, _)| *o == owner)?.1,
    };
    table.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

fn builtin_owner(tag: Tag) -> &'static str {
    match tag {
        Tag::Int => "int",
        Tag::Float => "float",
        Tag::Complex => "complex",
        Tag::Str => "str",
        Tag::Tuple => "tuple",
        Tag::FrozenSet => "frozenset",
        Tag::Bytes => "bytes",
        Tag::List => "list",
        Tag::Dict => "dict",
        Tag::Set => "set",
        Tag::Bool => "bool",
        Tag::ByteArray => "bytearray",
        Tag::Property => "property",
        Tag::Deque => "collections.deque",
        Tag::Exception => "BaseException",
        Tag::WeakRef => "weakref.ReferenceType",
        _ => "object",
    }
}
