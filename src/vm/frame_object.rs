//! Frame objects as Python sees them (`sys._getframe()`, `tb.tb_frame`): snapshots of a
//! running frame's code, line, globals and locals, linked to their caller by `f_back`.
//! minipy's frames live on the VM's frame stack, not on the heap, so a frame object is
//! made when asked for and records the frame as it was at that moment.

use std::rc::Rc;

use crate::compile::bytecode::CodeObject;
use crate::heap::Obj;
use crate::objects::CodeObj;
use crate::objects::str::as_str;

use super::{Args, PyResult, Vm};

impl Vm {
    /// The `frame` class (made on first use).
    fn frame_class(&mut self) -> PyResult {
        self.lazy_class("frame", "builtins", &[("__repr__", frame_repr)])
    }

    /// A frame object for code running at instruction `ip` with these globals, its
    /// locals (None when unknown) and caller.
    fn new_frame_object(
        &mut self,
        code: &Rc<CodeObject>,
        ip: usize,
        globals: Obj,
        locals: Option<Obj>,
        back: Obj,
    ) -> PyResult {
        let cls = self.frame_class()?;
        let frame = self.call(&cls, vec![])?;
        let code_obj = self.heap.alloc(CodeObj { code: code.clone() })?;
        let builtins = self.builtins.clone();
        let line = code.line_of(ip);
        let mut attrs = vec![
            ("f_code", code_obj),
            ("f_lineno", self.new_int(i64::from(line))?),
            ("f_lasti", self.new_int(ip as i64 * 2)?),
            ("f_globals", globals),
            ("f_builtins", builtins),
            ("f_back", back),
            ("f_trace", self.none()),
        ];
        if let Some(l) = locals {
            attrs.push(("f_locals", l));
        }
        for (name, v) in attrs {
            let k = self.intern(name)?;
            self.instance_attr_set(&frame, &k, v)?;
        }
        Ok(frame)
    }

    /// `sys._getframe(depth)`: the frame `depth` calls below the running one, with its
    /// callers linked through `f_back`.
    pub(crate) fn frame_at_depth(&mut self, depth: usize) -> PyResult {
        let n = self.frames.len();
        if depth >= n {
            return Err(self.value_error("call stack is not deep enough"));
        }
        let mut back = self.none();
        for index in 0..n - depth {
            let (code, ip, globals) = {
                let f = &self.frames[index];
                (f.code.clone(), f.ip, f.globals.clone())
            };
            let locals = self.locals_dict_of(index)?;
            back =
                self.new_frame_object(&code, ip.saturating_sub(1), globals, Some(locals), back)?;
        }
        Ok(back)
    }

    /// `gen.gi_frame`: a snapshot of a suspended generator's (or coroutine's) frame,
    /// with its locals; None once it has finished or while it runs.
    pub(crate) fn generator_frame(&mut self, generator: &Obj) -> PyResult {
        let snapshot = generator
            .downcast::<crate::objects::generator::GeneratorObj>()
            .and_then(|g| {
                let f = g.frame.try_borrow().ok()?;
                let f = f.as_ref()?;
                let slots = f.values.get(..f.nlocals).unwrap_or(&[]).to_vec();
                Some((f.code.clone(), f.ip, f.globals.clone(), slots))
            });
        let Some((code, ip, globals, slots)) = snapshot else {
            return Ok(self.none());
        };
        let slots: Vec<Option<Obj>> = slots.into_iter().map(Some).collect();
        let locals = self.locals_dict_from_slots(&code, &slots)?;
        let none = self.none();
        self.new_frame_object(&code, ip.saturating_sub(1), globals, Some(locals), none)
    }

    /// The `f_locals` dict of a function frame whose slots (locals, then cells and free
    /// variables) are `slots`; an unbound slot is the NULL marker or None.
    fn locals_dict_from_slots(&mut self, code: &CodeObject, slots: &[Option<Obj>]) -> PyResult {
        let locals = self.new_dict()?;
        let bound = |vm: &Vm, i: usize| {
            slots
                .get(i)
                .cloned()
                .flatten()
                .filter(|v| !v.ptr_eq(&vm.s.null))
        };
        for (i, name) in code.varnames.iter().enumerate() {
            if let Some(v) = bound(self, i) {
                self.dict_set(&locals, name.clone(), v)?;
            }
        }
        let cells = code.cellvars.iter().chain(code.freevars.iter());
        for (i, name) in cells.enumerate() {
            let v = bound(self, code.nlocals() + i).and_then(|c| {
                c.downcast::<crate::objects::CellObj>()
                    .and_then(|c| c.value.get())
            });
            if let Some(v) = v {
                self.dict_set(&locals, name.clone(), v)?;
            }
        }
        Ok(locals)
    }

    /// The locals of the frame a traceback entry's `holder` belongs to: the slots the
    /// frame left there when it ended, or the running frame's own; for a module or
    /// class body, the namespace the entry holds.
    fn holder_locals(&mut self, code: &CodeObject, holder: &Obj) -> PyResult {
        let Some((h, cells)) = crate::objects::frame_locals::frame_locals(holder) else {
            // A module or class body's entry holds its namespace.
            return Ok(holder.clone());
        };
        if h.has_ended() {
            let slots: Vec<Option<Obj>> = cells.iter().map(|c| c.get()).collect();
            return self.locals_dict_from_slots(code, &slots);
        }
        match self.frame_of_holder(holder) {
            Some(index) => self.locals_dict_of(index),
            None => self.new_dict(),
        }
    }

    /// The frame of one traceback entry; `back` is the entry's caller (the next entry
    /// out) or None for the outermost.
    pub(crate) fn traceback_frame(
        &mut self,
        code: &Rc<CodeObject>,
        ip: usize,
        globals: Obj,
        holder: Option<&Obj>,
        back: Obj,
    ) -> PyResult {
        let locals = match holder {
            Some(h) => Some(self.holder_locals(code, h)?),
            None => (!code.is_function()).then(|| globals.clone()),
        };
        self.new_frame_object(code, ip, globals, locals, back)
    }
}

/// `<frame at 0x..., file 'prog.py', line 3, code f>`.
fn frame_repr(vm: &mut Vm, args: Args) -> PyResult {
    let Some(frame) = args.pos.first().cloned() else {
        return Err(vm.type_error("descriptor '__repr__' needs an argument"));
    };
    let code = vm.getattr_str(&frame, "f_code")?;
    let line = vm.getattr_str(&frame, "f_lineno")?;
    let line = vm.repr_string(&line)?;
    let (file, name) = match code.downcast::<CodeObj>() {
        Some(c) => (c.code.filename.to_string(), c.code.name.to_string()),
        None => (String::new(), String::new()),
    };
    let file = crate::text::repr::str_repr(&file);
    let _ = as_str;
    vm.new_str(&format!(
        "<frame at {:#x}, file {file}, line {line}, code {name}>",
        frame.addr()
    ))
}
