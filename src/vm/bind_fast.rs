//! Binding a call's arguments to a plain function's parameters where they already lie:
//! on the value stack, without building argument lists.
//!
//! Covers the common calls the exact-count path does not: fewer positional arguments
//! than parameters (defaults fill the rest), keyword arguments naming parameters, and
//! extra positionals collected into `*args`. Anything unusual — a `**kwargs`
//! parameter, a name that is not a parameter, a
//! missing argument, too many — is left to the general binder, which also words the
//! errors; so this path checks everything before it changes the stack.

use smallvec::SmallVec;

use crate::compile::bytecode::{CodeObject, code_flags};
use crate::heap::Obj;
use crate::objects::function::FunctionObj;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;

use super::Vm;

/// Parameters beyond this many are left to the general binder (the filled set is a mask).
const MAX_FAST_PARAMS: usize = 64;

impl Vm {
    /// Binds the values above `locals_base` (positional first, then the values of
    /// `kwnames`) to `f`'s parameters in place, filling defaults. Returns false, with the
    /// stack untouched, when the general binder must handle the call.
    pub(super) fn bind_on_stack(
        &mut self,
        f: &FunctionObj,
        code: &CodeObject,
        locals_base: usize,
        kwnames: Option<&Obj>,
    ) -> bool {
        if code.flags & code_flags::VARKEYWORDS != 0 {
            return false;
        }
        let has_varargs = code.flags & code_flags::VARARGS != 0;
        let argc = code.argcount as usize;
        let nparams = argc + code.kwonlyargcount as usize;
        if nparams > MAX_FAST_PARAMS {
            return false;
        }
        let names: &[Obj] = match kwnames {
            Some(t) => match as_tuple(t) {
                Some(names) => names,
                None => return false,
            },
            None => &[],
        };
        let given = self.stack.len() - locals_base;
        let Some(npos) = given.checked_sub(names.len()) else {
            return false;
        };
        if npos > argc && !has_varargs {
            return false;
        }
        // Positional arguments beyond the parameters go to `*args`.
        let nfill = npos.min(argc);
        // Where each keyword goes; every check happens before the stack changes.
        let posonly = code.posonlyargcount as usize;
        let mut filled: u64 = if nfill == 0 {
            0
        } else {
            u64::MAX >> (64 - nfill)
        };
        let mut targets: SmallVec<[usize; 8]> = SmallVec::new();
        for name in names {
            let Some(i) = parameter_index(code, posonly, nparams, name) else {
                return false;
            };
            if filled & (1 << i) != 0 {
                return false;
            }
            filled |= 1 << i;
            targets.push(i);
        }
        let defaults = f.defaults.get();
        let defaults: &[Obj] = defaults.as_ref().and_then(as_tuple).unwrap_or(&[]);
        let first_default = argc.saturating_sub(defaults.len());
        for i in nfill..first_default.max(nfill) {
            if filled & (1 << i) == 0 {
                return false;
            }
        }
        let mut kwonly_defaults: SmallVec<[(usize, Obj); 4]> = SmallVec::new();
        for i in argc..nparams {
            if filled & (1 << i) == 0 {
                let found = match &f.kwdefaults.get() {
                    Some(d) => self.dict_get_str(d, &code.varnames[i]),
                    None => None,
                };
                match found {
                    Some(v) => kwonly_defaults.push((i, v)),
                    None => return false,
                }
            }
        }
        // Move the keyword values and the extra positionals off the stack, open the
        // parameter slots, place them.
        let mut kwvalues: SmallVec<[Obj; 8]> = SmallVec::new();
        self.stack
            .move_tail_into_small(locals_base + npos, &mut kwvalues);
        let varargs = if has_varargs {
            let extra = &self.stack[locals_base + nfill..];
            match self.new_tuple_from(extra.len(), extra.iter().cloned()) {
                Ok(t) => Some(t),
                Err(_) => {
                    // Out of memory: put the keyword values back for the general path.
                    self.stack.extend(kwvalues.drain(..));
                    return false;
                }
            }
        } else {
            None
        };
        self.stack.truncate(locals_base + nfill);
        for i in nfill..nparams {
            let v = if filled & (1 << i) == 0 && i >= first_default && i < argc {
                defaults[i - first_default].clone()
            } else {
                self.s.null.clone()
            };
            self.stack.push(v);
        }
        if let Some(t) = varargs {
            self.stack.push(t);
        }
        // (Popped rather than iterated: the small vectors' iterators cost more than
        // the work.)
        for &i in targets.iter().rev() {
            if let Some(v) = kwvalues.pop() {
                self.stack[locals_base + i] = v;
            }
        }
        while let Some((i, v)) = kwonly_defaults.pop() {
            self.stack[locals_base + i] = v;
        }
        true
    }
}

/// The position of the parameter `name` names among those a keyword may fill.
fn parameter_index(code: &CodeObject, posonly: usize, nparams: usize, name: &Obj) -> Option<usize> {
    let params = code.varnames.get(posonly..nparams)?;
    if let Some(i) = params.iter().position(|p| p.ptr_eq(name)) {
        return Some(i + posonly);
    }
    let key = as_str(name)?;
    params
        .iter()
        .position(|p| as_str(p) == Some(key))
        .map(|i| i + posonly)
}
