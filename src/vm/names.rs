//! Interned names the interpreter looks up all the time, created once at start-up so
//! that hot paths (instantiation, attribute protocols) never hash a Rust string.

use rustc_hash::FxHashMap;

use crate::compile::bytecode::BinOpCode;
use crate::heap::{AllocError, Heap, Obj};
use crate::objects::StrObj;

use super::new::alloc_str;

/// Interns `s` into `table` (the interpreter's intern table, before the VM exists).
fn intern_into(
    heap: &Heap,
    table: &mut FxHashMap<Box<str>, Obj>,
    s: &str,
) -> Result<Obj, AllocError> {
    if let Some(o) = table.get(s) {
        return Ok(o.clone());
    }
    let o = alloc_str(heap, s)?;
    if let Some(so) = o.downcast::<StrObj>() {
        so.interned.set(true);
    }
    table.insert(Box::from(s), o.clone());
    Ok(o)
}

macro_rules! names {
    ($($field:ident),* $(,)?) => {
        /// Pre-interned special names (`names.__init__` is the str `"__init__"`).
        #[allow(non_snake_case)]
        pub struct Names {
            $(pub $field: Obj,)*
            /// Each binary operator's (method, reflected, in-place) names, indexed by
            /// `BinOpCode as usize`.
            pub binary: Vec<[Obj; 3]>,
        }

        impl Names {
            pub(crate) fn new(
                heap: &Heap,
                table: &mut FxHashMap<Box<str>, Obj>,
            ) -> Result<Names, AllocError> {
                let mut binary = Vec::with_capacity(BinOpCode::ALL.len());
                for op in BinOpCode::ALL {
                    let (name, reflected, inplace) = op.dunders();
                    binary.push([
                        intern_into(heap, table, name)?,
                        intern_into(heap, table, reflected)?,
                        intern_into(heap, table, inplace)?,
                    ]);
                }
                Ok(Names {
                    $($field: intern_into(heap, table, stringify!($field))?,)*
                    binary,
                })
            }

            /// The interned name for `s`, if it is one of these.
            #[inline]
            pub fn get(&self, s: &str) -> Option<&Obj> {
                match s {
                    $(stringify!($field) => Some(&self.$field),)*
                    _ => None,
                }
            }
        }
    };
}

names! {
    __init__, __new__, __del__, __repr__, __str__, __call__, __iter__, __next__, __len__,
    __bool__, __hash__, __eq__, __getattr__, __setattr__, __delattr__, __getitem__,
    __setitem__, __delitem__, __contains__, __get__, __set__, __delete__, __enter__,
    __exit__, __index__, __format__, __missing__, __class__, __dict__, __name__,
    __qualname__, __module__, __doc__, __classcell__, __annotations__, __builtins__,
    __slots__,
}
