//! type objects: the builtin types and user-defined classes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Tag;
use crate::declare_payload;
use crate::heap::weak::WeakSlot;
use crate::heap::{AllocError, Allocator, Behaviour, HeapVec, NoTail, Obj};

/// Special methods whose presence the VM caches per class (recomputed when the class
/// namespace changes).
pub mod slots {
    pub const DEL: u32 = 1 << 0;
    pub const GETATTR: u32 = 1 << 1;
    pub const GETATTRIBUTE: u32 = 1 << 2;
    pub const SETATTR: u32 = 1 << 3;
    pub const DELATTR: u32 = 1 << 4;
    pub const EQ: u32 = 1 << 5;
    pub const HASH: u32 = 1 << 6;
    pub const DESCRIPTORS: u32 = 1 << 7;
    /// A `__new__` other than object's (or a builtin's) is defined in the MRO.
    pub const CUSTOM_NEW: u32 = 1 << 8;
    /// Instances have no `__dict__` (`__slots__` all the way up).
    pub const NO_DICT: u32 = 1 << 9;
    /// The class's own `__abstractmethods__` is non-empty: it cannot be instantiated.
    pub const ABSTRACT: u32 = 1 << 10;
}

pub struct TypeObj {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub module: RefCell<Option<Obj>>,
    /// Tuple of base classes.
    pub bases: RefCell<Obj>,
    /// Tuple: the method resolution order, starting with the class itself.
    pub mro: RefCell<Obj>,
    /// The class namespace (a dict object).
    pub dict: Obj,
    /// Payload layout of instances: `Tag::Instance` for plain classes, `Tag::Exception`
    /// for exception classes, the builtin's own tag for builtin types.
    pub layout: Tag,
    /// True for types defined in Rust.
    pub builtin: bool,
    /// Cached `slots` bits.
    pub slot_flags: Cell<u32>,
    /// The interpreter's class-change epoch when `slot_flags` and `init` were computed.
    pub version: Cell<u64>,
    /// The Python-level `__init__` found through the MRO (None when it is object's).
    pub init: RefCell<Option<Obj>>,
    /// False for builtin types that cannot be subclassed (bool, range, ...).
    pub base_ok: bool,
    /// The class of this class when it is not `type` (a user metaclass).
    pub metaclass: RefCell<Option<Obj>>,
    /// The names `__slots__` declared when the class was created (read once, as CPython
    /// does: the declaration may be an iterator); None when the class declares none.
    pub slot_names: Option<Rc<Vec<Rc<str>>>>,
    /// How many slot values an instance carries (this class's member descriptors and
    /// its bases'): the length of an instance's tail.
    pub nslots: usize,
    /// The type version tag (CPython's `tp_version_tag`): nonzero while the namespaces
    /// of this class and every class in its MRO are unchanged since it was handed out.
    /// Attribute caches record it; 0 means "not assigned" and matches no cache.
    pub version_tag: Cell<u32>,
    /// Weak references to the classes that name this one as a direct base, so that a
    /// change here invalidates their version tags too (CPython's `tp_subclasses`).
    pub subclasses: RefCell<Vec<Rc<WeakSlot>>>,
    /// The attribute names instances of this class have stored, in first-store order
    /// (CPython's shared keys): interned strings, append-only, so that a name keeps its
    /// position (the index into every instance's values) for the life of the class.
    pub instance_keys: RefCell<HeapVec<Obj>>,
}
declare_payload!(TypeObj, "type", Tag::Type, gc);
impl Behaviour for TypeObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        if let Ok(b) = self.bases.try_borrow() {
            visit(&b);
        }
        if let Ok(m) = self.mro.try_borrow() {
            visit(&m);
        }
        if let Ok(m) = self.module.try_borrow() {
            super::visit_opt(&m, visit);
        }
        if let Ok(i) = self.init.try_borrow() {
            super::visit_opt(&i, visit);
        }
        if let Ok(m) = self.metaclass.try_borrow() {
            super::visit_opt(&m, visit);
        }
        visit(&self.dict);
    }
    fn clear(&self) {
        // The namespace dict is cleared on its own (it is a tracked container). The MRO
        // tuple holds this class itself: replace it by the bases (which do not) to break
        // that cycle.
        let bases = self.bases.try_borrow().map(|b| b.clone());
        if let (Ok(bases), Ok(mut mro)) = (bases, self.mro.try_borrow_mut()) {
            let old = std::mem::replace(&mut *mro, bases);
            drop(mro);
            drop(old);
        }
        let old = self.module.try_borrow_mut().map(|mut m| m.take());
        drop(old);
        let old = self.init.try_borrow_mut().map(|mut i| i.take());
        drop(old);
        let old = self.metaclass.try_borrow_mut().map(|mut m| m.take());
        drop(old);
    }
}

impl TypeObj {
    pub fn has_finalizer(&self) -> bool {
        self.slot_flags.get() & slots::DEL != 0
    }

    pub fn has_slot(&self, bit: u32) -> bool {
        self.slot_flags.get() & bit != 0
    }

    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }

    /// True for a user class deriving from a builtin type with a value of its own (list,
    /// int, a builtin module's class, ...): its instances carry that value.
    #[inline]
    pub fn extends_builtin(&self) -> bool {
        !self.builtin && !matches!(self.layout, Tag::Instance | Tag::Exception | Tag::Type)
    }

    /// The length of an instance's tail: its slot values, then the builtin value it
    /// extends, if any.
    #[inline]
    pub fn instance_tail_len(&self) -> usize {
        self.nslots + usize::from(self.extends_builtin())
    }

    /// The position of the interned name `key` among the instance keys.
    #[inline]
    pub fn key_index(&self, key: &Obj) -> Option<usize> {
        self.instance_keys
            .try_borrow()
            .ok()?
            .iter()
            .position(|k| k.ptr_eq(key))
    }

    /// How many instance keys the class has (the room a new instance reserves).
    pub fn key_count(&self) -> usize {
        self.instance_keys.try_borrow().map_or(0, |k| k.len())
    }

    /// The position of the interned name `key`, adding it when new. None once the list
    /// is full (CPython's limit of 30), when the instance needs a dict. A new key drops
    /// the class's version tag: attribute caches that found `key` absent from the
    /// instances of this class must not be trusted any more.
    pub fn key_index_or_add(
        &self,
        alloc: &Allocator,
        key: &Obj,
    ) -> Result<Option<usize>, AllocError> {
        if let Some(i) = self.key_index(key) {
            return Ok(Some(i));
        }
        let Ok(mut keys) = self.instance_keys.try_borrow_mut() else {
            return Ok(None);
        };
        if keys.len() >= MAX_INSTANCE_KEYS {
            return Ok(None);
        }
        keys.push(alloc, key.clone())?;
        self.version_tag.set(0);
        Ok(Some(keys.len() - 1))
    }
}

/// CPython's `SHARED_KEYS_MAX_SIZE`.
const MAX_INSTANCE_KEYS: usize = 30;
