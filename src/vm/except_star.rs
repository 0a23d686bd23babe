//! The instructions behind `try: ... except* T: ...` (PEP 654): matching a part of an
//! exception group against each clause, and combining what the clauses raised with
//! the unhandled rest into the one exception re-raised at the end.

use std::rc::Rc;

use crate::compile::bytecode::except_star_op;
use crate::heap::Obj;
use crate::objects::list::ListObj;
use crate::objects::tuple::as_tuple;
use crate::objects::{ExceptionObj, Tag, tag_of};

use super::{PyResult, Vm};

impl Vm {
    /// One of `except_star_op::*` (see there for the stack effects).
    pub(crate) fn except_star_op(&mut self, op: u32) -> PyResult<()> {
        let (Some(top), Some(below)) = (self.stack.pop(), self.stack.pop()) else {
            return Err(self.system_error("value stack underflow"));
        };
        if op == except_star_op::CHECK_EG_MATCH {
            let (matched, rest) = self.check_eg_match(&below, &top)?;
            if !matched.ptr_eq(&self.s.none) {
                self.handled_exc = Some(matched.clone());
            }
            self.stack.push(rest);
            self.stack.push(matched);
        } else {
            let r = self.prep_reraise_star(&below, &top)?;
            self.stack.push(r);
        }
        Ok(())
    }

    /// `except* typ` against `exc`: `(match, rest)`.
    fn check_eg_match(&mut self, exc: &Obj, typ: &Obj) -> PyResult<(Obj, Obj)> {
        self.check_except_star_type(typ)?;
        let none = self.none();
        if exc.ptr_eq(&none) {
            return Ok((none.clone(), none));
        }
        if self.exception_matches(exc, typ)? {
            if self.is_exception_group(exc) {
                return Ok((exc.clone(), none));
            }
            // A naked exception: wrapped in a group (without a traceback of its own)
            // for the clause.
            let excs = self.new_tuple(vec![exc.clone()])?;
            let wrapped = self.new_exception_group("", excs)?;
            return Ok((wrapped, none));
        }
        if self.is_exception_group(exc) {
            return self.call_split(exc, typ);
        }
        Ok((none, exc.clone()))
    }

    /// The exception classes of an `except*` clause: BaseException subclasses that are
    /// not exception groups.
    fn check_except_star_type(&mut self, typ: &Obj) -> PyResult<()> {
        let items = match as_tuple(typ) {
            Some(items) => items.to_vec(),
            None => vec![typ.clone()],
        };
        let base = self.exc.base_exception.clone();
        for t in &items {
            if tag_of(t) != Tag::Type || !self.is_subclass(t, &base) {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
        if items.iter().any(|t| self.is_group_class(t)) {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        Ok(())
    }

    /// What an `except*` statement re-raises: None when the clauses handled everything;
    /// otherwise the exceptions they raised and the part of `orig` that was re-raised
    /// or left unhandled (kept in orig's structure), one group when there are several.
    fn prep_reraise_star(&mut self, orig: &Obj, excs: &Obj) -> PyResult {
        let items: Vec<Obj> = match excs.downcast::<ListObj>() {
            Some(l) => l.items.borrow().iter().cloned().collect(),
            None => self.iterate_to_vec(excs)?,
        };
        let none = self.none();
        if items.is_empty() {
            return Ok(none);
        }
        if !self.is_exception_group(orig) {
            // A naked exception was caught: only one clause could have run.
            return Ok(items[0].clone());
        }
        let mut raised = Vec::new();
        let mut reraised = Vec::new();
        for e in items {
            if e.ptr_eq(&none) {
                continue;
            }
            if self.same_exception_metadata(&e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let reraised_eg = self.group_projection(orig, &reraised)?;
        if raised.is_empty() {
            return Ok(reraised_eg.unwrap_or(none));
        }
        raised.extend(reraised_eg);
        if raised.len() == 1 {
            return Ok(raised.swap_remove(0));
        }
        let excs = self.new_list(raised)?;
        self.new_exception_group("", excs)
    }

    /// Whether `a` carries the same notes, traceback, cause and context as `b` (a part
    /// of `b` that a clause re-raised).
    fn same_exception_metadata(&mut self, a: &Obj, b: &Obj) -> bool {
        let (Some(ea), Some(eb)) = (a.downcast::<ExceptionObj>(), b.downcast::<ExceptionObj>())
        else {
            return false;
        };
        let same_opt = |x: &Option<Obj>, y: &Option<Obj>| match (x, y) {
            (Some(x), Some(y)) => x.ptr_eq(y),
            (None, None) => true,
            _ => false,
        };
        if !same_opt(&ea.cause(), &eb.cause()) || !same_opt(&ea.context(), &eb.context()) {
            return false;
        }
        {
            let ta = ea.traceback();
            let tb = eb.traceback();
            if ta.len() != tb.len()
                || ta
                    .iter()
                    .zip(tb.iter())
                    .any(|(x, y)| !Rc::ptr_eq(&x.code, &y.code) || x.ip != y.ip)
            {
                return false;
            }
        }
        let Ok(k) = self.intern("__notes__") else {
            return false;
        };
        let na = self.instance_attr_get(a, &k);
        let nb = self.instance_attr_get(b, &k);
        same_opt(&na, &nb)
    }
}
