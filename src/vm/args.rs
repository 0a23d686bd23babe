//! Arguments of a call into a builtin implemented in Rust.

use smallvec::SmallVec;

use crate::heap::Obj;
use crate::objects::str::as_str;

use super::{PyResult, Vm};

/// Positional arguments (for methods, `pos[0]` is self) and keyword arguments.
#[derive(Default)]
pub struct Args {
    pub pos: SmallVec<[Obj; 6]>,
    /// (name, value) pairs; names are str objects.
    pub kw: Vec<(Obj, Obj)>,
}

impl Args {
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

    /// Errors unless the positional count is in `min..=max` and no keywords remain.
    pub fn check(&self, vm: &mut Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        if let Some((k, _)) = self.kw.first() {
            let k = as_str(k).unwrap_or("?").to_owned();
            return Err(if self.kw.len() == 1 && max == 0 {
                vm.type_error(format!("{name}() takes no keyword arguments"))
            } else {
                vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))
            });
        }
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        Err(vm.type_error(arg_count_message(name, min, max, n)))
    }

    /// The i-th positional argument (checked by `check` first).
    #[inline]
    pub fn get(&self, i: usize) -> Option<&Obj> {
        self.pos.get(i)
    }
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
