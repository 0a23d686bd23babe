//! Arguments of a call into a builtin implemented in Rust.

use smallvec::SmallVec;

use crate::heap::Obj;
use crate::objects::str::as_str;

use super::{PyErr, PyResult, Vm};

/// Positional arguments (for methods, `pos[0]` is self) and keyword arguments.
#[derive(Default)]
pub struct Args {
    pub pos: SmallVec<[Obj; 6]>,
    /// (name, value) pairs; names are str objects.
    pub kw: Vec<(Obj, Obj)>,
}

impl Args {
    /// The arguments of a method call: the receiver, then at most one argument (what a
    /// method's direct entry hands its general entry).
    pub fn method(this: &Obj, arg: Option<Obj>) -> Args {
        Args::new(std::iter::once(this.clone()).chain(arg))
    }

    pub fn new(pos: impl IntoIterator<Item = Obj>) -> Args {
        Args {
            pos: pos.into_iter().collect(),
            kw: Vec::new(),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// Removes and returns the keyword argument `name`, if given.
    pub fn take_kw(&mut self, name: &str) -> Option<Obj> {
        let i = self.kw.iter().position(|(k, _)| as_str(k) == Some(name))?;
        Some(self.kw.remove(i).1)
    }

    /// Errors unless the positional count is in `min..=max` and no keywords were given
    /// (for functions that take no keyword arguments at all).
    pub fn check(&self, vm: &mut Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        if !self.kw.is_empty() {
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
        self.check_count(vm, name, min, max)
    }

    /// Like `check`, for functions that accept some keywords (already taken with
    /// `take_kw`): a keyword left over is an invalid one.
    pub fn check_kw(&self, vm: &mut Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        if let Some((k, _)) = self.kw.first() {
            let k = as_str(k).unwrap_or("?").to_owned();
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
        self.check_count(vm, name, min, max)
    }

    fn check_count(&self, vm: &mut Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        Err(vm.type_error(arg_count_message(name, min, max, n)))
    }

    /// Arity check of a method of a builtin type: `qualname` is `type.method`, and
    /// `min`/`max` count the arguments after self. Inlined: every call of a builtin
    /// method starts here, and the passing check is two compares.
    #[inline(always)]
    pub fn check_method(
        &self,
        vm: &mut Vm,
        qualname: &str,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        let n = self.pos.len().wrapping_sub(1);
        if self.kw.is_empty() && n >= min && n <= max && !self.pos.is_empty() {
            return Ok(());
        }
        self.check_method_failed(vm, qualname, min, max)
    }

    #[cold]
    #[inline(never)]
    fn check_method_failed(
        &self,
        vm: &mut Vm,
        qualname: &str,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        if !self.kw.is_empty() {
            return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
        }
        self.check_method_count(vm, qualname, min, max, false)
    }

    /// `check_method` for methods that accept some keywords (taken already).
    pub fn check_method_kw(
        &self,
        vm: &mut Vm,
        qualname: &str,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        let short = qualname.rsplit('.').next().unwrap_or(qualname);
        if let Some((k, _)) = self.kw.first() {
            let k = as_str(k).unwrap_or("?").to_owned();
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {short}()"
            )));
        }
        self.check_method_count(vm, qualname, min, max, true)
    }

    fn check_method_count(
        &self,
        vm: &mut Vm,
        qualname: &str,
        min: usize,
        max: usize,
        old_style: bool,
    ) -> PyResult<()> {
        let Some(n) = self.pos.len().checked_sub(1) else {
            return Err(vm.type_error(format!("unbound method {qualname}() needs an argument")));
        };
        if n >= min && n <= max {
            return Ok(());
        }
        let short = qualname.rsplit('.').next().unwrap_or(qualname);
        let msg = match (min, max) {
            (0, 0) => format!("{qualname}() takes no arguments ({n} given)"),
            (1, 1) => format!("{qualname}() takes exactly one argument ({n} given)"),
            _ if old_style => {
                let (which, k) = if n < min {
                    ("least", min)
                } else {
                    ("most", max)
                };
                let s = if k == 1 { "" } else { "s" };
                format!("{short}() takes at {which} {k} argument{s} ({n} given)")
            }
            _ => arg_count_message(short, min, max, n),
        };
        Err(vm.type_error(msg))
    }

    /// The i-th positional argument (checked by `check` first).
    #[inline]
    pub fn get(&self, i: usize) -> Option<&Obj> {
        self.pos.get(i)
    }
}

/// The TypeError of a builtin type's method `name` called on an object of another
/// type (`list.append((), 1)`), in CPython's words.
pub fn wrong_receiver(vm: &mut Vm, name: &str, owner: &str, o: &Obj) -> PyErr {
    let tp = vm.type_name(o);
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{tp}' object"
    ))
}

/// CPython's wording for a wrong number of arguments to a builtin.
pub fn arg_count_message(name: &str, min: usize, max: usize, n: usize) -> String {
    if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    }
}
