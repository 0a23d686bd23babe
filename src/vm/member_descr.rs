//! `member_descriptor`: what `__slots__` puts in a class namespace, one per slot name.
//! It reads and writes one position of the slot values an instance carries in its
//! tail (`InstanceObj`'s), so a slotted instance needs no namespace at all. Exception
//! instances, which always have a namespace, keep slot values there under the name.

use crate::heap::Obj;
use crate::objects::native::{NativeState, native_state};
use crate::objects::{ExceptionObj, InstanceObj};

use super::native::NativeTypeSpec;
use super::{Args, PyResult, Vm};

pub static MEMBER_DESCRIPTOR: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("__get__", member_get),
        ("__set__", member_set),
        ("__delete__", member_delete),
        ("__repr__", member_repr),
    ],
    getters: &[
        ("__name__", member_name),
        ("__qualname__", member_qualname),
        ("__objclass__", member_objclass),
        ("__doc__", member_doc),
    ],
    c_type: false,
    ..NativeTypeSpec::new("builtins", "member_descriptor")
};

/// One slot of the instances of `owner`: its (mangled) name and its position.
struct Member {
    name: Obj,
    owner: Obj,
    index: usize,
    /// A read-only member of a builtin class (BaseExceptionGroup's `message`): how to
    /// read it. Such a member is no slot.
    reader: Option<MemberReader>,
    /// `__doc__` (CPython documents a few builtin members, as `complex.real`).
    doc: Option<&'static str>,
}

/// Reads a read-only member of a builtin class from an instance (given the member's
/// name, so that one reader can serve several members).
pub(crate) type MemberReader = fn(&mut Vm, &Obj, &str) -> PyResult;

impl NativeState for Member {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.name);
        visit(&self.owner);
    }
}

/// The slot position a member descriptor reads and writes (None for other objects).
pub(crate) fn slot_index(d: &Obj) -> Option<usize> {
    native_state::<Member>(d)
        .filter(|m| m.reader.is_none())
        .map(|m| m.index)
}

impl Vm {
    /// The descriptor of slot `index` of the instances of `owner`.
    pub(crate) fn new_member_descr(&mut self, owner: &Obj, name: Obj, index: usize) -> PyResult {
        self.new_native(
            &MEMBER_DESCRIPTOR,
            Member {
                name,
                owner: owner.clone(),
                index,
                reader: None,
                doc: None,
            },
        )
    }

    /// A read-only member `name` of the builtin class `owner`, read by `reader`.
    pub(crate) fn new_readonly_member(
        &mut self,
        owner: &Obj,
        name: &str,
        reader: MemberReader,
        doc: Option<&'static str>,
    ) -> PyResult {
        let name = self.new_str(name)?;
        self.new_native(
            &MEMBER_DESCRIPTOR,
            Member {
                name,
                owner: owner.clone(),
                index: 0,
                reader: Some(reader),
                doc,
            },
        )
    }

    /// The descriptor's state, or CPython's error for a call on another object.
    fn member_of<'a>(&mut self, d: &'a Obj, what: &str) -> PyResult<&'a Member> {
        match native_state::<Member>(d) {
            Some(m) => Ok(m),
            None => {
                let t = self.type_name(d);
                Err(self.type_error(format!(
                    "descriptor '{what}' for 'member_descriptor' objects doesn't apply to a '{t}' object"
                )))
            }
        }
    }

    /// Checks that `obj` is an instance of the descriptor's class.
    fn member_applies(&mut self, m: &Member, obj: &Obj) -> PyResult<()> {
        let cls = self.type_of(obj);
        if self.is_subclass(&cls, &m.owner) {
            return Ok(());
        }
        let n = self.str_of_name(&m.name);
        let owner = self.class_name(&m.owner);
        let t = self.type_name(obj);
        Err(self.type_error(format!(
            "descriptor '{n}' for '{owner}' objects doesn't apply to a '{t}' object"
        )))
    }

    fn str_of_name(&self, name: &Obj) -> String {
        crate::objects::str::as_str(name).unwrap_or("?").to_owned()
    }

    /// The value of slot `m` of `obj` (None when not set).
    fn member_read(&mut self, m: &Member, obj: &Obj) -> PyResult<Option<Obj>> {
        if let Some((_, slots)) = obj.downcast_with_tail::<InstanceObj>() {
            return Ok(slots.get(m.index).and_then(|s| s.get()));
        }
        if obj.is::<ExceptionObj>() {
            return Ok(self.instance_attr_get(obj, &m.name));
        }
        Ok(None)
    }

    /// Sets (or, with None, empties) slot `m` of `obj`; false when it was not set.
    fn member_write(&mut self, m: &Member, obj: &Obj, value: Option<Obj>) -> PyResult<bool> {
        if let Some((_, slots)) = obj.downcast_with_tail::<InstanceObj>() {
            let Some(slot) = slots.get(m.index) else {
                return Ok(false);
            };
            let old = slot.replace(value);
            let was_set = old.is_some();
            drop(old);
            return Ok(was_set);
        }
        if obj.is::<ExceptionObj>() {
            return match value {
                Some(v) => self.instance_attr_set(obj, &m.name, v).map(|()| true),
                None => self.instance_attr_del(obj, &m.name),
            };
        }
        Ok(false)
    }
}

fn member_get(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "member_descriptor.__get__", 1, 2)?;
    let d = &args.pos[0];
    let m = vm.member_of(d, "__get__")?;
    let obj = &args.pos[1];
    if crate::objects::tag_of(obj) == crate::objects::Tag::None {
        let owner_given = args
            .pos
            .get(2)
            .is_some_and(|t| crate::objects::tag_of(t) != crate::objects::Tag::None);
        if !owner_given {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(d.clone());
    }
    vm.member_applies(m, obj)?;
    if let Some(read) = m.reader {
        let n = vm.str_of_name(&m.name);
        return read(vm, obj, &n);
    }
    match vm.member_read(m, obj)? {
        Some(v) => Ok(v),
        None => {
            let t = vm.type_name(obj);
            let n = vm.str_of_name(&m.name);
            Err(vm.attribute_error(format!("'{t}' object has no attribute '{n}'")))
        }
    }
}

fn member_set(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "member_descriptor.__set__", 2, 2)?;
    let m = vm.member_of(&args.pos[0], "__set__")?;
    let obj = &args.pos[1];
    vm.member_applies(m, obj)?;
    if m.reader.is_some() {
        return Err(vm.attribute_error("readonly attribute"));
    }
    vm.member_write(m, obj, Some(args.pos[2].clone()))?;
    Ok(vm.none())
}

fn member_delete(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "member_descriptor.__delete__", 1, 1)?;
    let m = vm.member_of(&args.pos[0], "__delete__")?;
    let obj = &args.pos[1];
    vm.member_applies(m, obj)?;
    if m.reader.is_some() {
        return Err(vm.attribute_error("readonly attribute"));
    }
    if !vm.member_write(m, obj, None)? {
        let n = vm.str_of_name(&m.name);
        return Err(vm.attribute_error(n));
    }
    Ok(vm.none())
}

fn member_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "member_descriptor.__repr__", 0, 0)?;
    let m = vm.member_of(&args.pos[0], "__repr__")?;
    let n = vm.str_of_name(&m.name);
    let owner = vm.class_name(&m.owner);
    vm.new_str(&format!("<member '{n}' of '{owner}' objects>"))
}

fn member_name(vm: &mut Vm, args: Args) -> PyResult {
    let m = vm.member_of(&args.pos[0], "__name__")?;
    Ok(m.name.clone())
}

fn member_qualname(vm: &mut Vm, args: Args) -> PyResult {
    let m = vm.member_of(&args.pos[0], "__qualname__")?;
    let n = vm.str_of_name(&m.name);
    let owner = m.owner.clone();
    let q = vm.getattr_str(&owner, "__qualname__")?;
    let q = crate::objects::str::as_str(&q).unwrap_or("?").to_owned();
    vm.new_str(&format!("{q}.{n}"))
}

fn member_objclass(vm: &mut Vm, args: Args) -> PyResult {
    let m = vm.member_of(&args.pos[0], "__objclass__")?;
    Ok(m.owner.clone())
}

fn member_doc(vm: &mut Vm, args: Args) -> PyResult {
    let m = vm.member_of(&args.pos[0], "__doc__")?;
    match m.doc {
        Some(d) => vm.new_str(d),
        None => Ok(vm.none()),
    }
}
