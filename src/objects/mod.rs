//! The builtin object types: one payload type per file, each allocated through the heap.
//!
//! Every payload declares a `Tag` (its type id, stored in its vtable) so that the VM can
//! dispatch on it; the Python type object for a tag lives in `vm::Types`.

pub mod array_state;
pub mod bool_none;
pub mod bytearray_methods;
pub mod bytes;
pub mod bytes_methods;
pub mod class;
pub mod complex;
pub mod deque;
pub mod descr;
pub mod dict;
pub mod dict_indices;
pub mod dict_table;
mod dict_tracking;
pub mod exception;
pub mod file;
pub mod file_methods;
pub mod float;
pub mod frame_locals;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod iter;
mod iter_remaining;
pub mod list;
pub mod memory_io;
pub mod memoryview;
pub mod method_args;
pub mod module;
pub mod native;
pub mod range;
pub mod set;
pub mod set_algebra;
pub mod set_table;
pub mod slice;
pub mod std_buffer;
pub mod stdin;
pub mod str;
pub mod str_methods;
pub mod str_surrogates;
pub mod stream;
pub mod text_wrapper;
pub mod timsort;
pub mod tuple;
pub mod weakref;

pub use bool_none::{BoolObj, EllipsisObj, NoneObj, NotImplementedObj, NullObj};
pub use class::TypeObj;
pub use complex::ComplexObj;
pub use dict::DictObj;
pub use dict_table::DictTable;
pub use exception::ExceptionObj;
pub use float::FloatObj;
pub use function::{BoundMethodObj, BuiltinFunctionObj, CellObj, CodeObj, FunctionObj, NativeFn};
pub use instance::{Attrs, BareObject, InstanceObj};
pub use int::{BigIntObj, IntObj};
pub use list::ListObj;
pub use module::ModuleObj;
pub use range::RangeObj;
pub use slice::SliceObj;
pub use str::StrObj;
pub use tuple::TupleObj;

/// Type ids of the builtin payloads (the `tag` of their vtables). The Python type object
/// of a builtin value is `vm.types.by_tag(tag)`; instances carry their class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum Tag {
    None,
    NotImplemented,
    Ellipsis,
    Null,
    Bool,
    Int,
    BigInt,
    Float,
    Str,
    Tuple,
    List,
    Dict,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    BoundMethod,
    Cell,
    Code,
    Type,
    Instance,
    Exception,
    Module,
    ListIter,
    TupleIter,
    StrIter,
    RangeIter,
    DictKeyIter,
    DictValueIter,
    DictItemIter,
    Enumerate,
    Zip,
    Reversed,
    DictKeys,
    DictValues,
    DictItems,
    SeqIter,
    Map,
    Filter,
    CallIter,
    Generator,
    Set,
    FrozenSet,
    SetIter,
    Bytes,
    ByteArray,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    BytesIter,
    Deque,
    DequeIter,
    WeakRef,
    TextStream,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    StringIO,
    BytesIO,
    Native,
    Complex,
    Other,
}

/// Number of tags (size of per-tag tables).
pub const NUM_TAGS: usize = Tag::Other as usize + 1;

impl Tag {
    /// The tag of a vtable's `tag` field.
    pub fn from_u32(t: u32) -> Tag {
        if (t as usize) < NUM_TAGS {
            ALL_TAGS[t as usize]
        } else {
            Tag::Other
        }
    }
}

const ALL_TAGS: [Tag; NUM_TAGS] = [
    Tag::None,
    Tag::NotImplemented,
    Tag::Ellipsis,
    Tag::Null,
    Tag::Bool,
    Tag::Int,
    Tag::BigInt,
    Tag::Float,
    Tag::Str,
    Tag::Tuple,
    Tag::List,
    Tag::Dict,
    Tag::Range,
    Tag::Slice,
    Tag::Function,
    Tag::BuiltinFunction,
    Tag::BoundMethod,
    Tag::Cell,
    Tag::Code,
    Tag::Type,
    Tag::Instance,
    Tag::Exception,
    Tag::Module,
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
    Tag::DictKeys,
    Tag::DictValues,
    Tag::DictItems,
    Tag::SeqIter,
    Tag::Map,
    Tag::Filter,
    Tag::CallIter,
    Tag::Generator,
    Tag::Set,
    Tag::FrozenSet,
    Tag::SetIter,
    Tag::Bytes,
    Tag::ByteArray,
    Tag::Property,
    Tag::StaticMethod,
    Tag::ClassMethod,
    Tag::Super,
    Tag::BytesIter,
    Tag::Deque,
    Tag::DequeIter,
    Tag::WeakRef,
    Tag::TextStream,
    Tag::BufferedReader,
    Tag::BufferedWriter,
    Tag::BufferedRandom,
    Tag::StringIO,
    Tag::BytesIO,
    Tag::Native,
    Tag::Complex,
    Tag::Other,
];

/// The tag of an object.
#[inline(always)]
pub fn tag_of(o: &crate::heap::Obj) -> Tag {
    Tag::from_u32(o.tag())
}

/// Visits an optional child.
pub(crate) fn visit_opt(o: &Option<crate::heap::Obj>, visit: &mut dyn FnMut(&crate::heap::Obj)) {
    if let Some(o) = o {
        visit(o);
    }
}
