//! `int.__format__`, `float.__format__` and `str.__format__`: each of these types has
//! its own formatter in its namespace, as in CPython (`<method '__format__' of 'int'
//! objects>`), rather than inheriting `object.__format__`. `format()` itself formats
//! builtin values directly; these serve code that names the method, such as a
//! subclass's `super().__format__(spec)`.

use crate::heap::Obj;
use crate::objects::Tag;
use crate::objects::function::NativeFn;
use crate::objects::str::as_str;

use super::{Args, MethodKind, PyResult, Vm};

/// The value a `T.__format__` call formats: `self` itself or, for an instance of a
/// subclass, the builtin value inside it; None when `self` is no `T`.
fn own_value(vm: &mut Vm, o: &Obj, tag: Tag) -> Option<Obj> {
    let fits = |t: Tag| match tag {
        Tag::Int => matches!(t, Tag::Int | Tag::BigInt | Tag::Bool),
        other => t == other,
    };
    if fits(crate::objects::tag_of(o)) {
        return Some(o.clone());
    }
    vm.base_value(o).filter(|b| fits(crate::objects::tag_of(b)))
}

fn format_as(vm: &mut Vm, args: Args, tag: Tag, type_name: &str) -> PyResult {
    args.check(vm, "__format__", 2, 2)?;
    let this = &args.pos[0];
    let Some(value) = own_value(vm, this, tag) else {
        let n = vm.type_name(this);
        return Err(vm.type_error(format!(
            "descriptor '__format__' for '{type_name}' objects doesn't apply to a '{n}' object"
        )));
    };
    let Some(spec) = as_str(&args.pos[1]).map(str::to_owned) else {
        let n = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("__format__() argument must be str, not {n}")));
    };
    // An empty spec is `str(self)`, which a subclass (or bool) may define.
    if spec.is_empty() {
        return vm.str_of(this);
    }
    let spec = vm.new_str(&spec)?;
    vm.format(&value, Some(&spec))
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult {
    format_as(vm, args, Tag::Int, "int")
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult {
    format_as(vm, args, Tag::Float, "float")
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult {
    format_as(vm, args, Tag::Str, "str")
}

/// One type's formatter: its tag, its name and its method table.
type Formatter = (Tag, &'static str, &'static [(&'static str, NativeFn)]);

const TABLES: [Formatter; 3] = [
    (Tag::Int, "int", &[("__format__", int_format)]),
    (Tag::Float, "float", &[("__format__", float_format)]),
    (Tag::Str, "str", &[("__format__", str_format)]),
];

impl Vm {
    /// Puts each formatter in its type's namespace.
    pub(crate) fn init_format_methods(&mut self) -> PyResult<()> {
        for (tag, owner, methods) in TABLES {
            let ty = self.types.by_tag(tag).clone();
            self.add_methods(&ty, owner, methods, MethodKind::Instance)?;
        }
        Ok(())
    }
}
