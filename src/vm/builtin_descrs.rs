//! The data descriptors in the namespaces of builtin types, as CPython has them:
//! `int.real` (a getset descriptor), `slice.start` (a member descriptor),
//! `property.fget`, `type.__dict__['__name__']`... Values answer these attributes
//! directly; the descriptors are what introspection finds on the class, and what
//! serves instances of subclasses.

use crate::heap::Obj;
use crate::objects::{Tag, TypeObj};

use super::getset_descr::GetSetKind;
use super::{PyResult, Vm};

const REAL_DOC: &str = "the real part of a complex number";
const IMAG_DOC: &str = "the imaginary part of a complex number";

/// Getset descriptors: `(type, name, doc)`.
const GETSETS: &[(Tag, &str, Option<&str>)] = &[
    (Tag::Int, "real", Some(REAL_DOC)),
    (Tag::Int, "imag", Some(IMAG_DOC)),
    (
        Tag::Int,
        "numerator",
        Some("the numerator of a rational number in lowest terms"),
    ),
    (
        Tag::Int,
        "denominator",
        Some("the denominator of a rational number in lowest terms"),
    ),
    (Tag::Float, "real", Some(REAL_DOC)),
    (Tag::Float, "imag", Some(IMAG_DOC)),
    (Tag::Property, "__isabstractmethod__", None),
    (Tag::StaticMethod, "__isabstractmethod__", None),
    (Tag::ClassMethod, "__isabstractmethod__", None),
    (Tag::Type, "__name__", None),
    (Tag::Type, "__qualname__", None),
    (Tag::Type, "__bases__", None),
    (Tag::Type, "__dict__", None),
    (Tag::Type, "__module__", None),
];

/// Read-only member descriptors: `(type, name, doc)`.
const MEMBERS: &[(Tag, &str, Option<&str>)] = &[
    (Tag::Complex, "real", Some(REAL_DOC)),
    (Tag::Complex, "imag", Some(IMAG_DOC)),
    (Tag::Slice, "start", None),
    (Tag::Slice, "stop", None),
    (Tag::Slice, "step", None),
    (Tag::Range, "start", None),
    (Tag::Range, "stop", None),
    (Tag::Range, "step", None),
    (Tag::Property, "fget", None),
    (Tag::Property, "fset", None),
    (Tag::Property, "fdel", None),
    (Tag::StaticMethod, "__func__", None),
    (Tag::StaticMethod, "__wrapped__", None),
    (Tag::ClassMethod, "__func__", None),
    (Tag::ClassMethod, "__wrapped__", None),
    (Tag::Type, "__mro__", None),
    (Tag::Type, "__base__", None),
];

/// A member of a builtin type: the attribute the value answers itself.
fn value_member(vm: &mut Vm, obj: &Obj, name: &str) -> PyResult {
    match vm.builtin_value_attr(obj, name)? {
        Some(v) => Ok(v),
        None => {
            let t = vm.type_name(obj);
            Err(vm.attribute_error(format!("'{t}' object has no attribute '{name}'")))
        }
    }
}

impl Vm {
    /// Puts the descriptors of `GETSETS` and `MEMBERS` in their types' namespaces.
    pub(crate) fn init_builtin_descriptors(&mut self) -> PyResult<()> {
        for (tag, name, doc) in GETSETS {
            let ty = self.types.by_tag(*tag).clone();
            let d = self.new_getset_descr(&ty, name, GetSetKind::Value, *doc)?;
            self.put_in_namespace(&ty, name, d)?;
        }
        // The namespaces of exceptions, classmethod and staticmethod objects.
        let with_dict = [
            self.exc.base_exception.clone(),
            self.types.classmethod.clone(),
            self.types.staticmethod.clone(),
        ];
        for ty in with_dict {
            let d = self.new_getset_descr(&ty, "__dict__", GetSetKind::InstanceDict, None)?;
            self.put_in_namespace(&ty, "__dict__", d)?;
        }
        for (tag, name, doc) in MEMBERS {
            let ty = self.types.by_tag(*tag).clone();
            let d = self.new_readonly_member(&ty, name, value_member, *doc)?;
            self.put_in_namespace(&ty, name, d)?;
        }
        Ok(())
    }

    fn put_in_namespace(&mut self, ty: &Obj, name: &str, value: Obj) -> PyResult<()> {
        let Some(dict) = ty.downcast::<TypeObj>().map(|t| t.dict.clone()) else {
            return Ok(());
        };
        let k = self.intern(name)?;
        self.dict_set(&dict, k, value)?;
        self.type_modified(ty);
        Ok(())
    }
}
