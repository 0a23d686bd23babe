//! Completion candidates from the live session: keywords, the names of `__main__` and
//! builtins, and the attributes of what a dotted name or a literal denotes. Only
//! namespaces are read (module, instance and class dictionaries); no Python code runs,
//! so properties, `__getattr__` and `__dir__` are never called.

use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{DictObj, ExceptionObj, InstanceObj, ModuleObj, Tag, TypeObj, tag_of};
use crate::vm::Vm;

use super::complete::{Base, KEYWORDS, LiteralKind};

/// Completions of `prefix` as a name in the session's scope (`globals`, then builtins),
/// sorted, as rlcompleter writes them: keywords followed by a space (`try:` and
/// `finally:` by a colon), callables by `(`.
pub fn name_completions(vm: &mut Vm, globals: &Obj, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen: Vec<String> = vec!["__builtins__".to_owned()];
    for kw in KEYWORDS.iter().filter(|k| k.starts_with(prefix)) {
        seen.push((*kw).to_owned());
        out.push(match *kw {
            "try" | "finally" => format!("{kw}:"),
            "False" | "None" | "True" | "break" | "continue" | "pass" | "else" | "_" => {
                (*kw).to_owned()
            }
            _ => format!("{kw} "),
        });
    }
    let builtins = vm.builtins.clone();
    for namespace in [globals, &builtins] {
        for (name, value) in dict_items(namespace) {
            if name.starts_with(prefix) && !seen.contains(&name) {
                out.push(with_call_paren(vm, &value, &name));
                seen.push(name);
            }
        }
    }
    out.sort();
    out
}

/// Completions of `prefix` as an attribute of `base`, or nothing when `base` does not
/// name an object without running code.
pub fn attribute_completions(vm: &mut Vm, globals: &Obj, base: &Base, prefix: &str) -> Vec<String> {
    let mut attrs = match resolve(vm, globals, base) {
        Some(Resolved::Value(target)) => {
            let mut attrs = attributes(vm, &target);
            let cls = vm.type_of(&target);
            attrs.push(("__class__".to_owned(), cls));
            attrs
        }
        Some(Resolved::InstanceOf(cls)) => {
            let mut attrs = mro_items(&cls);
            attrs.push(("__class__".to_owned(), cls));
            attrs
        }
        None => return Vec::new(),
    };
    // The first (innermost) value found for a name is the one that counts.
    let mut seen = Vec::new();
    attrs.retain(|(n, _)| {
        let new = !seen.contains(n);
        seen.push(n.clone());
        new
    });
    // rlcompleter hides `_private` names until `_` is typed, and `__dunder__` ones until
    // `__` is, unless nothing else matches.
    let hidden_prefixes: &[&str] = match prefix {
        "" => &["_", "__"],
        "_" => &["__"],
        _ => &[],
    };
    let mut matches = Vec::new();
    for hidden in hidden_prefixes.iter().map(Some).chain([None]) {
        matches = attrs
            .iter()
            .filter(|(n, _)| n.starts_with(prefix))
            .filter(|(n, _)| hidden.is_none_or(|h| !n.starts_with(*h)))
            .map(|(n, v)| with_call_paren(vm, v, n))
            .collect();
        if !matches.is_empty() {
            break;
        }
    }
    matches.sort();
    matches.dedup();
    matches
}

/// `name(` for callables: rlcompleter's hint that the value is called.
fn with_call_paren(vm: &mut Vm, value: &Obj, name: &str) -> String {
    let callable = match tag_of(value) {
        Tag::StaticMethod | Tag::ClassMethod => true,
        Tag::Property => false,
        _ => vm.callable(value),
    };
    if callable {
        format!("{name}(")
    } else {
        name.to_owned()
    }
}

/// What an attribute is completed on.
enum Resolved {
    /// A live object (a dotted name).
    Value(Obj),
    /// Some value of this class (a literal, which is never evaluated).
    InstanceOf(Obj),
}

/// What `base` denotes: a name looked up in `globals` then builtins, followed through
/// attributes found in namespaces; for a literal, its type.
fn resolve(vm: &mut Vm, globals: &Obj, base: &Base) -> Option<Resolved> {
    match base {
        Base::Literal(kind) => {
            let t = &vm.types;
            let cls = match kind {
                LiteralKind::List => &t.list,
                LiteralKind::Tuple => &t.tuple,
                LiteralKind::Dict => &t.dict,
                LiteralKind::Set => &t.set,
                LiteralKind::Str => &t.str_,
                LiteralKind::Bytes => &t.bytes,
            };
            Some(Resolved::InstanceOf(cls.clone()))
        }
        Base::Path(parts) => {
            let (first, rest) = parts.split_first()?;
            let builtins = vm.builtins.clone();
            let mut obj = dict_lookup(globals, first).or_else(|| dict_lookup(&builtins, first))?;
            for name in rest {
                obj = static_attribute(vm, &obj, name)?;
            }
            Some(Resolved::Value(obj))
        }
    }
}

/// `obj.name` when it can be read without running code: from an instance's own
/// attributes, a module's namespace, or a class namespace along the MRO (a descriptor
/// other than a function stops the lookup, as reading it would run its `__get__`).
fn static_attribute(vm: &mut Vm, obj: &Obj, name: &str) -> Option<Obj> {
    if let Some(m) = obj.downcast::<ModuleObj>() {
        return dict_lookup(&m.dict, name);
    }
    if let Some(v) = instance_attributes(obj)
        .into_iter()
        .find_map(|(n, v)| (n == name).then_some(v))
    {
        return Some(v);
    }
    let value = if tag_of(obj) == Tag::Type {
        mro_lookup(obj, name).or_else(|| mro_lookup(&vm.type_of(obj), name))?
    } else {
        mro_lookup(&vm.type_of(obj), name)?
    };
    // Reading any other descriptor (a property, ...) would run its `__get__`; a function
    // stands in for the method it would bind to.
    let plain = matches!(tag_of(&value), Tag::Function | Tag::BuiltinFunction) || {
        let cls = vm.type_of(&value);
        vm.lookup_type_attr(&cls, "__get__").is_none()
    };
    plain.then_some(value)
}

/// Every attribute name of `obj` with the value a namespace holds for it.
fn attributes(vm: &mut Vm, obj: &Obj) -> Vec<(String, Obj)> {
    let mut out = Vec::new();
    if let Some(m) = obj.downcast::<ModuleObj>() {
        out.extend(dict_items(&m.dict));
    }
    out.extend(instance_attributes(obj));
    let cls = vm.type_of(obj);
    if tag_of(obj) == Tag::Type {
        out.extend(mro_items(obj));
    }
    out.extend(mro_items(&cls));
    out
}

/// The attributes stored in an instance or exception object itself.
fn instance_attributes(obj: &Obj) -> Vec<(String, Obj)> {
    let (attrs, class) = if let Some(i) = obj.downcast::<InstanceObj>() {
        (&i.attrs, i.class.get())
    } else if let Some(e) = obj.downcast::<ExceptionObj>() {
        (&e.attrs, e.class.get())
    } else {
        return Vec::new();
    };
    match attrs.dict() {
        Some(d) => dict_items(&d),
        None => class
            .downcast::<TypeObj>()
            .map(|tp| attrs.items(tp))
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(k, v)| as_str(&k).map(|k| (k.to_owned(), v)))
            .collect(),
    }
}

/// The classes of `cls`'s MRO.
fn mro_of(cls: &Obj) -> Vec<Obj> {
    let Some(t) = cls.downcast::<TypeObj>() else {
        return Vec::new();
    };
    let Ok(mro) = t.mro.try_borrow() else {
        return Vec::new();
    };
    as_tuple(&mro).map(<[Obj]>::to_vec).unwrap_or_default()
}

fn mro_items(cls: &Obj) -> Vec<(String, Obj)> {
    mro_of(cls)
        .iter()
        .filter_map(|c| c.downcast::<TypeObj>())
        .flat_map(|t| dict_items(&t.dict))
        .collect()
}

fn mro_lookup(cls: &Obj, name: &str) -> Option<Obj> {
    mro_of(cls)
        .iter()
        .filter_map(|c| c.downcast::<TypeObj>())
        .find_map(|t| dict_lookup(&t.dict, name))
}

/// The str-keyed entries of a dict (other keys are skipped: comparing them could run
/// their `__eq__`).
fn dict_items(dict: &Obj) -> Vec<(String, Obj)> {
    let Some(d) = dict.downcast::<DictObj>() else {
        return Vec::new();
    };
    let Ok(table) = d.table.try_borrow() else {
        return Vec::new();
    };
    table
        .iter()
        .filter_map(|e| as_str(&e.key).map(|k| (k.to_owned(), e.value.clone())))
        .collect()
}

fn dict_lookup(dict: &Obj, name: &str) -> Option<Obj> {
    dict_items(dict)
        .into_iter()
        .find_map(|(k, v)| (k == name).then_some(v))
}
