//! The builtin type objects and the builtin exception hierarchy, created at start-up.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::heap::{AllocError, Heap, Obj};
use crate::objects::iter::IterVariant;
use crate::objects::{NUM_TAGS, Tag, TypeObj};

use super::new::{alloc_dict, alloc_tuple};

/// The Python type object of every builtin payload, plus the commonly used ones by name.
pub struct Types {
    by_tag: Vec<Obj>,
    pub object: Obj,
    pub type_: Obj,
    pub int: Obj,
    pub bool_: Obj,
    pub float: Obj,
    pub str_: Obj,
    pub tuple: Obj,
    pub list: Obj,
    pub dict: Obj,
    pub range: Obj,
    pub slice: Obj,
    pub function: Obj,
    pub builtin_function: Obj,
    pub bound_method: Obj,
    pub module: Obj,
    pub none_type: Obj,
    pub set: Obj,
    pub frozenset: Obj,
    pub bytes: Obj,
    pub bytearray: Obj,
    pub generator: Obj,
    pub coroutine: Obj,
    pub async_generator: Obj,
    pub property: Obj,
    pub staticmethod: Obj,
    pub classmethod: Obj,
    pub super_: Obj,
    /// The types CPython gives a builtin type's methods (see `builtin_method_kinds.rs`);
    /// minipy's payload for all of them is `BuiltinFunctionObj` (or a classmethod).
    pub wrapper_descriptor: Obj,
    pub method_wrapper: Obj,
    pub method_descriptor: Obj,
    pub classmethod_descriptor: Obj,
    /// The iterator types that share a payload with another (`IterVariant::NAMED` order).
    iter_variants: Vec<Obj>,
}

impl Types {
    /// The type object for values of a builtin tag.
    #[inline(always)]
    pub fn by_tag(&self, tag: Tag) -> &Obj {
        &self.by_tag[tag as usize]
    }

    /// Every builtin type object, for method registration.
    pub fn all(&self) -> &[Obj] {
        &self.by_tag
    }

    /// The iterator types that share a payload with another type.
    pub fn iter_variant_types(&self) -> &[Obj] {
        &self.iter_variants
    }

    /// The type an iterator of a non-plain variant presents itself as.
    pub fn iter_variant(&self, v: IterVariant) -> Option<&Obj> {
        let i = IterVariant::NAMED.iter().position(|(n, _)| *n == v)?;
        self.iter_variants.get(i)
    }

    /// The builtin iterator types with their own payload tag, then the variant types:
    /// everything that gets `__iter__` / `__next__`.
    pub fn iterator_types(&self) -> Vec<(Obj, &'static str)> {
        let mut out: Vec<(Obj, &'static str)> = ITERATOR_TAGS
            .iter()
            .map(|t| (self.by_tag(*t).clone(), builtin_type_name(*t)))
            .collect();
        for (t, (_, name)) in self.iter_variants.iter().zip(IterVariant::NAMED) {
            out.push((t.clone(), name));
        }
        out
    }
}

/// Python-visible names of the builtin payload types; `None` where several tags share
/// one type (both int representations are `int`).
fn builtin_type_name(tag: Tag) -> &'static str {
    match tag {
        Tag::None => "NoneType",
        Tag::NotImplemented => "NotImplementedType",
        Tag::Ellipsis => "ellipsis",
        Tag::Null => "NULL",
        Tag::Bool => "bool",
        Tag::Int | Tag::BigInt => "int",
        Tag::Float => "float",
        Tag::Str => "str",
        Tag::Tuple => "tuple",
        Tag::List => "list",
        Tag::Dict => "dict",
        Tag::Range => "range",
        Tag::Slice => "slice",
        Tag::Function => "function",
        Tag::BuiltinFunction => "builtin_function_or_method",
        Tag::BoundMethod => "method",
        Tag::Cell => "cell",
        Tag::Code => "code",
        Tag::Type => "type",
        Tag::Instance => "object",
        Tag::Exception => "BaseException",
        Tag::Module => "module",
        Tag::ListIter => "list_iterator",
        Tag::TupleIter => "tuple_iterator",
        Tag::StrIter => "str_ascii_iterator",
        Tag::RangeIter => "range_iterator",
        Tag::DictKeyIter => "dict_keyiterator",
        Tag::DictValueIter => "dict_valueiterator",
        Tag::DictItemIter => "dict_itemiterator",
        Tag::Enumerate => "enumerate",
        Tag::Zip => "zip",
        Tag::Reversed => "reversed",
        Tag::DictKeys => "dict_keys",
        Tag::DictValues => "dict_values",
        Tag::DictItems => "dict_items",
        Tag::SeqIter => "iterator",
        Tag::Map => "map",
        Tag::Filter => "filter",
        Tag::CallIter => "callable_iterator",
        Tag::Generator => "generator",
        Tag::Set => "set",
        Tag::FrozenSet => "frozenset",
        Tag::SetIter => "set_iterator",
        Tag::Bytes => "bytes",
        Tag::ByteArray => "bytearray",
        Tag::Property => "property",
        Tag::StaticMethod => "staticmethod",
        Tag::ClassMethod => "classmethod",
        Tag::Super => "super",
        Tag::BytesIter => "bytes_iterator",
        Tag::Deque => "collections.deque",
        Tag::DequeIter => "_collections._deque_iterator",
        Tag::WeakRef => "weakref.ReferenceType",
        Tag::TextStream => "_io.TextIOWrapper",
        Tag::BufferedReader => "_io.BufferedReader",
        Tag::BufferedWriter => "_io.BufferedWriter",
        Tag::BufferedRandom => "_io.BufferedRandom",
        Tag::StringIO => "_io.StringIO",
        Tag::BytesIO => "_io.BytesIO",
        Tag::Native => "native",
        Tag::Complex => "complex",
        Tag::Other => "object",
    }
}

/// The payload tags of builtin iterators (generators have methods of their own).
const ITERATOR_TAGS: [Tag; 17] = [
    Tag::ListIter,
    Tag::TupleIter,
    Tag::StrIter,
    Tag::RangeIter,
    Tag::DictKeyIter,
    Tag::DictValueIter,
    Tag::DictItemIter,
    Tag::Enumerate,
    Tag::Zip,
    Tag::Reversed,
    Tag::SeqIter,
    Tag::Map,
    Tag::Filter,
    Tag::CallIter,
    Tag::SetIter,
    Tag::BytesIter,
    Tag::DequeIter,
];

/// Builtin types that user classes may inherit from.
fn subclassable(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Int
            | Tag::Float
            | Tag::Complex
            | Tag::Str
            | Tag::Tuple
            | Tag::List
            | Tag::Dict
            | Tag::Type
            | Tag::Instance
            | Tag::Exception
            | Tag::Set
            | Tag::FrozenSet
            | Tag::Bytes
            | Tag::ByteArray
            | Tag::Property
            | Tag::StaticMethod
            | Tag::ClassMethod
            | Tag::Deque
            | Tag::WeakRef
            | Tag::StringIO
            | Tag::BytesIO
    )
}

/// Allocates a type object. `bases` must already have their MROs; the MRO is computed by
/// C3 linearisation (`compute_mro` handles user classes; builtins are single-inheritance).
pub(crate) fn alloc_type(
    heap: &Heap,
    name: &str,
    bases: Vec<Obj>,
    mro_tail: Vec<Obj>,
    layout: Tag,
    builtin: bool,
    dict: Obj,
) -> Result<Obj, AllocError> {
    let base_ok = subclassable(layout);
    let bases_t = alloc_tuple(heap, bases)?;
    let placeholder = alloc_tuple(heap, Vec::new())?;
    let name: Rc<str> = Rc::from(name);
    let t = heap.alloc(TypeObj {
        name: RefCell::new(name.clone()),
        qualname: RefCell::new(name),
        module: RefCell::new(None),
        bases: RefCell::new(bases_t),
        mro: RefCell::new(placeholder),
        dict,
        layout,
        builtin,
        slot_flags: Cell::new(0),
        version: Cell::new(0),
        init: RefCell::new(None),
        base_ok,
        metaclass: RefCell::new(None),
        slot_names: None,
        nslots: 0,
        version_tag: Cell::new(0),
        subclasses: RefCell::new(Vec::new()),
        instance_keys: RefCell::new(crate::heap::HeapVec::new()),
    })?;
    let mut mro = vec![t.clone()];
    mro.extend(mro_tail);
    let mro_t = alloc_tuple(heap, mro)?;
    if let Some(tp) = t.downcast::<TypeObj>() {
        *tp.mro.borrow_mut() = mro_t;
    }
    Ok(t)
}

fn mro_of(t: &Obj) -> Vec<Obj> {
    t.downcast::<TypeObj>()
        .and_then(|tp| crate::objects::tuple::as_tuple(&tp.mro.borrow()).map(<[Obj]>::to_vec))
        .unwrap_or_default()
}

impl Types {
    pub(crate) fn new(heap: &Heap) -> Result<Types, AllocError> {
        let object = alloc_type(
            heap,
            "object",
            vec![],
            vec![],
            Tag::Instance,
            true,
            alloc_dict(heap)?,
        )?;
        let mut by_tag: Vec<Obj> = Vec::with_capacity(NUM_TAGS);
        let int_type = alloc_type(
            heap,
            "int",
            vec![object.clone()],
            vec![object.clone()],
            Tag::Int,
            true,
            alloc_dict(heap)?,
        )?;
        for i in 0..NUM_TAGS {
            let tag = Tag::from_u32(i as u32);
            let t = match tag {
                Tag::Instance | Tag::Other => object.clone(),
                Tag::Int | Tag::BigInt => int_type.clone(),
                Tag::Bool => {
                    let tail = mro_of(&int_type);
                    alloc_type(
                        heap,
                        "bool",
                        vec![int_type.clone()],
                        tail,
                        Tag::Bool,
                        true,
                        alloc_dict(heap)?,
                    )?
                }
                _ => alloc_type(
                    heap,
                    builtin_type_name(tag),
                    vec![object.clone()],
                    vec![object.clone()],
                    tag,
                    true,
                    alloc_dict(heap)?,
                )?,
            };
            by_tag.push(t);
        }
        let get = |t: Tag| by_tag[t as usize].clone();
        let generator_like = |name: &str| {
            alloc_type(
                heap,
                name,
                vec![object.clone()],
                vec![object.clone()],
                Tag::Generator,
                true,
                alloc_dict(heap)?,
            )
        };
        let mut iter_variants = Vec::with_capacity(IterVariant::NAMED.len());
        for (_, name) in IterVariant::NAMED {
            iter_variants.push(alloc_type(
                heap,
                name,
                vec![object.clone()],
                vec![object.clone()],
                Tag::Other,
                true,
                alloc_dict(heap)?,
            )?);
        }
        let native_method_kind = |name: &str| {
            alloc_type(
                heap,
                name,
                vec![object.clone()],
                vec![object.clone()],
                Tag::BuiltinFunction,
                true,
                alloc_dict(heap)?,
            )
        };
        let coroutine = generator_like("coroutine")?;
        let async_generator = generator_like("async_generator")?;
        Ok(Types {
            wrapper_descriptor: native_method_kind("wrapper_descriptor")?,
            method_wrapper: native_method_kind("method-wrapper")?,
            method_descriptor: native_method_kind("method_descriptor")?,
            classmethod_descriptor: native_method_kind("classmethod_descriptor")?,
            coroutine,
            async_generator,
            object: object.clone(),
            type_: get(Tag::Type),
            int: get(Tag::Int),
            bool_: get(Tag::Bool),
            float: get(Tag::Float),
            str_: get(Tag::Str),
            tuple: get(Tag::Tuple),
            list: get(Tag::List),
            dict: get(Tag::Dict),
            range: get(Tag::Range),
            slice: get(Tag::Slice),
            function: get(Tag::Function),
            builtin_function: get(Tag::BuiltinFunction),
            bound_method: get(Tag::BoundMethod),
            module: get(Tag::Module),
            none_type: get(Tag::None),
            set: get(Tag::Set),
            frozenset: get(Tag::FrozenSet),
            bytes: get(Tag::Bytes),
            bytearray: get(Tag::ByteArray),
            generator: get(Tag::Generator),
            property: get(Tag::Property),
            staticmethod: get(Tag::StaticMethod),
            classmethod: get(Tag::ClassMethod),
            super_: get(Tag::Super),
            iter_variants,
            by_tag,
        })
    }
}

macro_rules! exception_types {
    ($($field:ident : $name:literal < $parent:ident),* $(,)?) => {
        /// The builtin exception classes.
        pub struct ExcTypes {
            pub base_exception: Obj,
            $(pub $field: Obj,)*
            /// `ExceptionGroup`: the one builtin exception class with two bases
            /// (`BaseExceptionGroup`, `Exception`).
            pub exception_group: Obj,
        }

        impl ExcTypes {
            pub(crate) fn new(heap: &Heap, object: &Obj) -> Result<ExcTypes, AllocError> {
                let mut made: std::collections::HashMap<&'static str, Obj> =
                    std::collections::HashMap::new();
                let base_exception = alloc_type(
                    heap,
                    "BaseException",
                    vec![object.clone()],
                    vec![object.clone()],
                    Tag::Exception,
                    true,
                    alloc_dict(heap)?,
                )?;
                made.insert("base_exception", base_exception.clone());
                $(
                    let $field = {
                        let parent = made.get(stringify!($parent)).cloned().ok_or(AllocError)?;
                        let tail = mro_of(&parent);
                        alloc_type(heap, $name, vec![parent], tail, Tag::Exception, true,
                                   alloc_dict(heap)?)?
                    };
                    made.insert(stringify!($field), $field.clone());
                )*
                let exception_group = {
                    let beg = made.get("base_exception_group").cloned().ok_or(AllocError)?;
                    let exc = made.get("exception").cloned().ok_or(AllocError)?;
                    let bases = vec![beg.clone(), exc.clone()];
                    let tail = vec![
                        beg,
                        exc,
                        base_exception.clone(),
                        object.clone(),
                    ];
                    alloc_type(heap, "ExceptionGroup", bases, tail, Tag::Exception, true,
                               alloc_dict(heap)?)?
                };
                Ok(ExcTypes { base_exception, $($field,)* exception_group })
            }

            /// Every builtin exception class with its name, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, Obj)> {
                vec![
                    ("BaseException", self.base_exception.clone()),
                    $(($name, self.$field.clone()),)*
                    ("ExceptionGroup", self.exception_group.clone()),
                ]
            }
        }
    };
}

exception_types! {
    system_exit: "SystemExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    generator_exit: "GeneratorExit" < base_exception,
    exception: "Exception" < base_exception,
    stop_iteration: "StopIteration" < exception,
    stop_async_iteration: "StopAsyncIteration" < exception,
    arithmetic_error: "ArithmeticError" < exception,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    assertion_error: "AssertionError" < exception,
    attribute_error: "AttributeError" < exception,
    buffer_error: "BufferError" < exception,
    eof_error: "EOFError" < exception,
    import_error: "ImportError" < exception,
    module_not_found_error: "ModuleNotFoundError" < import_error,
    lookup_error: "LookupError" < exception,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < exception,
    name_error: "NameError" < exception,
    unbound_local_error: "UnboundLocalError" < name_error,
    os_error: "OSError" < exception,
    file_not_found_error: "FileNotFoundError" < os_error,
    file_exists_error: "FileExistsError" < os_error,
    permission_error: "PermissionError" < os_error,
    is_a_directory_error: "IsADirectoryError" < os_error,
    not_a_directory_error: "NotADirectoryError" < os_error,
    blocking_io_error: "BlockingIOError" < os_error,
    child_process_error: "ChildProcessError" < os_error,
    connection_error: "ConnectionError" < os_error,
    broken_pipe_error: "BrokenPipeError" < connection_error,
    connection_aborted_error: "ConnectionAbortedError" < connection_error,
    connection_refused_error: "ConnectionRefusedError" < connection_error,
    connection_reset_error: "ConnectionResetError" < connection_error,
    interrupted_error: "InterruptedError" < os_error,
    process_lookup_error: "ProcessLookupError" < os_error,
    timeout_error: "TimeoutError" < os_error,
    reference_error: "ReferenceError" < exception,
    runtime_error: "RuntimeError" < exception,
    not_implemented_error: "NotImplementedError" < runtime_error,
    recursion_error: "RecursionError" < runtime_error,
    syntax_error: "SyntaxError" < exception,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < exception,
    type_error: "TypeError" < exception,
    value_error: "ValueError" < exception,
    unicode_error: "UnicodeError" < value_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    unicode_translate_error: "UnicodeTranslateError" < unicode_error,
    warning: "Warning" < exception,
    deprecation_warning: "DeprecationWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    user_warning: "UserWarning" < warning,
    future_warning: "FutureWarning" < warning,
    import_warning: "ImportWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    bytes_warning: "BytesWarning" < warning,
    resource_warning: "ResourceWarning" < warning,
    encoding_warning: "EncodingWarning" < warning,
    base_exception_group: "BaseExceptionGroup" < base_exception,
}
