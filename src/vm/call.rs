//! Calls: binding arguments to a Python function's parameters and pushing its frame,
//! calling builtins, bound methods, classes and callable instances, and running Python
//! code from Rust.

use std::rc::Rc;

use smallvec::SmallVec;

use crate::compile::bytecode::{CodeObject, code_flags};
use crate::heap::Obj;
use crate::objects::function::{BoundMethodObj, BuiltinFunctionObj, CellObj, FunctionObj};
use crate::objects::generator::{GeneratorObj, SuspendedFrame};
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{Tag, TypeObj, tag_of};

use super::eval::RunExit;
use super::frame::Frame;
use super::{Args, PyErr, PyResult, Vm};

/// Where the arguments of a call are.
pub(crate) enum ArgSource {
    /// The top `n` items of the value stack; the last `kwnames.len()` are keyword values.
    Stack { n: usize, kwnames: Option<Obj> },
    /// Arguments built in Rust.
    Owned(Args),
}

impl Vm {
    /// Calls `f(*args)`.
    pub fn call(&mut self, f: &Obj, args: Vec<Obj>) -> PyResult {
        self.call_args(f, Args::new(args))
    }

    /// Calls `f` with positional and keyword arguments.
    pub fn call_args(&mut self, f: &Obj, args: Args) -> PyResult {
        match tag_of(f) {
            Tag::Function => self.call_function_now(f.clone(), ArgSource::Owned(args)),
            Tag::BuiltinFunction => self.call_builtin(f, args),
            Tag::BoundMethod => {
                let Some(m) = f.downcast::<BoundMethodObj>() else {
                    return Err(self.type_error("bad method"));
                };
                let (func, this) = (m.func.clone(), m.this.clone());
                let mut args = args;
                args.pos.insert(0, this);
                self.call_args(&func, args)
            }
            Tag::Type => self.call_type(f, args),
            Tag::WeakRef => self.call_weakref(f, args),
            _ => self.call_other(f, args),
        }
    }

    /// Calls a function found on a type with `this` as its first argument.
    pub fn call_bound(&mut self, f: &Obj, this: &Obj, args: Vec<Obj>) -> PyResult {
        match tag_of(f) {
            Tag::Function => self.call_method_with(f, this, &args),
            Tag::BuiltinFunction => {
                let mut pos: SmallVec<[Obj; 6]> = SmallVec::with_capacity(args.len() + 1);
                pos.push(this.clone());
                pos.extend(args);
                self.call_args(
                    f,
                    Args {
                        pos,
                        kw: Vec::new(),
                    },
                )
            }
            _ => {
                let cls = self.type_of(this);
                let bound = self.bind_descriptor(f.clone(), this, &cls)?;
                self.call(&bound, args)
            }
        }
    }

    /// Calls `f(this, *args)`, where `f` was found on `this`'s type: a Python function's
    /// arguments go straight onto the value stack, with no argument list built.
    pub fn call_method_with(&mut self, f: &Obj, this: &Obj, args: &[Obj]) -> PyResult {
        if tag_of(f) != Tag::Function {
            return self.call_bound(f, this, args.to_vec());
        }
        let fidx = self.stack.len();
        self.stack.push(f.clone());
        self.stack.push(this.clone());
        for a in args {
            self.stack.push(a.clone());
        }
        // Exactly the positional parameters of a plain function (an operator or special
        // method): its frame is pushed as the dispatch loop's plain calls push theirs.
        match self.push_fast_frame(fidx, args.len() + 1) {
            Ok(true) => {
                if let Some(top) = self.frames.last_mut() {
                    top.is_entry = true;
                }
                return self.run_pushed_frame();
            }
            Ok(false) => {}
            Err(e) => {
                self.stack.truncate(fidx);
                return Err(e);
            }
        }
        let args = ArgSource::Stack {
            n: args.len() + 1,
            kwnames: None,
        };
        self.run_function_frame(f.clone(), args)
    }

    /// Looks up a special method on the type of `o` and calls it; None when the type does
    /// not define it.
    pub fn call_special(&mut self, o: &Obj, name: &str, args: Vec<Obj>) -> PyResult<Option<Obj>> {
        let cls = self.type_of(o);
        match self.lookup_type_attr(&cls, name) {
            Some(f) => self.call_bound(&f, o, args).map(Some),
            None => Ok(None),
        }
    }

    fn call_builtin(&mut self, f: &Obj, mut args: Args) -> PyResult {
        let Some(b) = f.downcast::<BuiltinFunctionObj>() else {
            return Err(self.type_error("bad builtin"));
        };
        if let Some(this) = &b.bound
            && tag_of(this) != Tag::Module
        {
            args.pos.insert(0, this.clone());
        }
        let func = b.func;
        self.enter_native("")?;
        let r = func(self, args);
        self.leave_native();
        r
    }

    fn call_other(&mut self, f: &Obj, args: Args) -> PyResult {
        let cls = self.type_of(f);
        match self.lookup_type_attr(&cls, "__call__") {
            Some(c) => {
                let mut args = args;
                args.pos.insert(0, f.clone());
                self.call_args(&c, args)
            }
            None => Err(self.type_error_for(f, "is not callable")),
        }
    }

    /// Runs a Python function to completion from Rust.
    fn call_function_now(&mut self, func: Obj, args: ArgSource) -> PyResult {
        // Positional arguments go through the value stack, where the in-place binding of
        // simple calls applies.
        let args = match args {
            ArgSource::Owned(a) if a.kw.is_empty() => {
                let n = a.pos.len();
                self.stack.push(func.clone());
                self.stack.extend(a.pos);
                ArgSource::Stack { n, kwnames: None }
            }
            other => other,
        };
        self.run_function_frame(func, args)
    }

    /// Pushes the frame of a call whose arguments are in place and runs it to completion.
    fn run_function_frame(&mut self, func: Obj, args: ArgSource) -> PyResult {
        match self.push_function_frame(func, args, true)? {
            None => self.run_pushed_frame(),
            Some(generator) => Ok(generator),
        }
    }

    /// Runs the entry frame just pushed to its return, in a nested dispatch loop.
    pub(super) fn run_pushed_frame(&mut self) -> PyResult {
        if let Err(e) = self.enter_native("") {
            // Too deep to run it: take the frame just pushed off again.
            if let Some(f) = self.frames.pop() {
                self.stack.truncate(f.base);
            }
            return Err(e);
        }
        let r = self.run(None);
        self.leave_native();
        match r? {
            RunExit::Return(v) | RunExit::Yield(v) => Ok(v),
            RunExit::SwitchMode => Ok(self.none()),
        }
    }

    /// Binds the arguments of a call to `func` and pushes its frame (returning None), or,
    /// for a generator function, returns the new generator object. Arguments on the
    /// stack stay where they are and become the callee's first local slots; the callable
    /// below them stays until the frame returns.
    pub(crate) fn push_function_frame(
        &mut self,
        func: Obj,
        args: ArgSource,
        is_entry: bool,
    ) -> PyResult<Option<Obj>> {
        let Some(f) = func.downcast::<FunctionObj>() else {
            return Err(self.type_error("not a function"));
        };
        let code = f.code.clone();
        let base = match &args {
            ArgSource::Stack { n, .. } => self.stack.len() - n - 1,
            ArgSource::Owned(_) => self.stack.len(),
        };
        if self.frames.len() >= self.recursion_limit {
            self.stack.truncate(base);
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        // The instruction budget: one tick per call (see budget.rs).
        if let Err(e) = self.budget_charge(1) {
            self.stack.truncate(base);
            return Err(e);
        }
        let simple = code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0;
        let locals_base = match &args {
            ArgSource::Stack { .. } => base + 1,
            ArgSource::Owned(_) => base,
        };
        let bound = match args {
            ArgSource::Stack { n, kwnames: None } if simple && n == code.argcount as usize => {
                Ok(())
            }
            ArgSource::Stack { kwnames, .. }
                if self.bind_on_stack(f, &code, locals_base, kwnames.as_ref()) =>
            {
                Ok(())
            }
            ArgSource::Stack { kwnames, .. } => {
                let mut items: SmallVec<[Obj; 8]> = self.stack.drain(locals_base..).collect();
                let nkw = kwnames.as_ref().and_then(as_tuple).map_or(0, <[Obj]>::len);
                let kwvals: SmallVec<[Obj; 8]> = items.drain(items.len() - nkw..).collect();
                let names: Vec<Obj> = kwnames
                    .as_ref()
                    .and_then(as_tuple)
                    .map(<[Obj]>::to_vec)
                    .unwrap_or_default();
                let kw: Vec<(Obj, Obj)> = names.into_iter().zip(kwvals).collect();
                self.bind_general(f, &code, items.into_iter().collect(), kw)
            }
            ArgSource::Owned(a) => self.bind_general(f, &code, a.pos, a.kw),
        };
        if let Err(e) = bound {
            self.stack.truncate(base);
            return Err(e);
        }
        let slots = code.frame_slots();
        let filled = self.stack.len() - locals_base;
        for _ in filled..slots {
            self.stack.push(self.s.null.clone());
        }
        if (!code.cellvars.is_empty() || !code.freevars.is_empty())
            && let Err(e) = self.init_cells(f, &code, locals_base)
        {
            self.stack.truncate(base);
            return Err(e);
        }
        let globals = f.globals.clone();
        if code.is_generator() {
            // The frame's own buffer, with the room for a value stack that frames of
            // this code have needed so far, so that running it seldom grows it.
            let nlocals = self.stack.len() - locals_base;
            let room = code.generator_room.get() as usize;
            let mut values = Vec::with_capacity(nlocals + room);
            self.stack.move_tail_into(locals_base, &mut values);
            self.stack.truncate(base);
            let generator = self.new_generator(
                func.clone(),
                SuspendedFrame {
                    code,
                    ip: 0,
                    globals,
                    func: Some(func),
                    values,
                    nlocals,
                },
            )?;
            return Ok(Some(generator));
        }
        self.frames.push_with(|| Frame {
            is_entry,
            ..Frame::call(code, globals, Some(func), base, locals_base, slots)
        });
        Ok(None)
    }

    fn init_cells(&mut self, f: &FunctionObj, code: &CodeObject, base: usize) -> PyResult<()> {
        let nlocals = code.nlocals();
        for (i, seed) in code.cell_params.iter().enumerate() {
            let init = seed
                .map(|p| self.stack[base + p as usize].clone())
                .filter(|v| !v.ptr_eq(&self.s.null));
            let cell = self.heap.alloc(CellObj {
                value: crate::heap::OptObjCell::new(init),
            })?;
            self.stack[base + nlocals + i] = cell;
        }
        let ncell = code.cellvars.len();
        if let Some(closure) = f.closure.as_ref().and_then(as_tuple) {
            for (i, c) in closure.iter().enumerate().take(code.freevars.len()) {
                self.stack[base + nlocals + ncell + i] = c.clone();
            }
        }
        Ok(())
    }

    fn new_generator(&mut self, func: Obj, frame: SuspendedFrame) -> PyResult {
        let (name, qualname) = match func.downcast::<FunctionObj>() {
            Some(f) => (f.name.get(), f.qualname.get()),
            None => (self.none(), self.none()),
        };
        Ok(self.heap.alloc(GeneratorObj::new(frame, name, qualname))?)
    }

    /// Binds positional and keyword arguments into the parameter slots (pushed onto the
    /// value stack), applying defaults and collecting `*args` / `**kwargs`, with
    /// CPython's error messages.
    fn bind_general(
        &mut self,
        f: &FunctionObj,
        code: &Rc<CodeObject>,
        pos: SmallVec<[Obj; 6]>,
        kw: Vec<(Obj, Obj)>,
    ) -> PyResult<()> {
        let argc = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let has_varargs = code.flags & code_flags::VARARGS != 0;
        let has_varkw = code.flags & code_flags::VARKEYWORDS != 0;
        let nparams = argc + kwonly + has_varargs as usize + has_varkw as usize;
        let mut slots: Vec<Option<Obj>> = vec![None; nparams];
        // The name only appears in error messages: built when one is raised.
        let fname = || as_str(&f.qualname.get()).unwrap_or("?").to_owned();
        let npos = pos.len();
        let mut extra: Vec<Obj> = Vec::new();
        for (i, v) in pos.into_iter().enumerate() {
            if i < argc {
                slots[i] = Some(v);
            } else {
                extra.push(v);
            }
        }
        // Too many positional arguments is reported after the keyword arguments are
        // checked, as CPython does (a bad keyword is the error shown).
        let mut too_many = None;
        if has_varargs {
            let t = self.new_tuple(extra)?;
            slots[argc + kwonly] = Some(t);
        } else if !extra.is_empty() {
            too_many = Some(self.too_many_positional(f, code, &fname(), npos, &kw));
        }
        let kwdict = if has_varkw {
            let d = self.new_dict()?;
            slots[argc + kwonly + has_varargs as usize] = Some(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (name, value) in kw {
            let key = as_str(&name).unwrap_or("");
            let slot = code.varnames[posonly..argc + kwonly]
                .iter()
                .position(|v| as_str(v) == Some(key))
                .map(|i| i + posonly);
            match slot {
                Some(i) => {
                    if slots[i].is_some() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{key}'",
                            fname()
                        )));
                    }
                    slots[i] = Some(value);
                }
                None => match &kwdict {
                    Some(d) => self.dict_set(d, name, value)?,
                    None => {
                        if code.varnames[..posonly]
                            .iter()
                            .any(|v| as_str(v) == Some(key))
                        {
                            posonly_as_kw.push(key.to_owned());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{key}'",
                            fname()
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                fname(),
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(e) = too_many {
            return Err(e);
        }
        // Positional defaults fill the last parameters.
        let defaults: Vec<Obj> = f
            .defaults
            .get()
            .as_ref()
            .and_then(as_tuple)
            .map(<[Obj]>::to_vec)
            .unwrap_or_default();
        let first_default = argc.saturating_sub(defaults.len());
        let mut missing: Vec<String> = Vec::new();
        for i in 0..argc {
            if slots[i].is_none() {
                if i >= first_default {
                    slots[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(as_str(&code.varnames[i]).unwrap_or("?").to_owned());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&fname(), "positional", &missing));
        }
        let kwdefaults = f.kwdefaults.get();
        for (slot, name) in slots[argc..argc + kwonly]
            .iter_mut()
            .zip(&code.varnames[argc..argc + kwonly])
        {
            if slot.is_none() {
                let dv = match &kwdefaults {
                    Some(d) => self.dict_get_str(d, name),
                    None => None,
                };
                match dv {
                    Some(v) => *slot = Some(v),
                    None => missing.push(as_str(name).unwrap_or("?").to_owned()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&fname(), "keyword-only", &missing));
        }
        for v in slots {
            let v = v.unwrap_or_else(|| self.s.null.clone());
            self.stack.push(v);
        }
        Ok(())
    }

    fn missing_args(&mut self, fname: &str, kind: &str, names: &[String]) -> PyErr {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let s = if names.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "{fname}() missing {} required {kind} argument{s}: {list}",
            names.len()
        ))
    }

    fn too_many_positional(
        &mut self,
        f: &FunctionObj,
        code: &CodeObject,
        fname: &str,
        given: usize,
        kw: &[(Obj, Obj)],
    ) -> PyErr {
        let argc = code.argcount as usize;
        let ndefaults = f
            .defaults
            .get()
            .as_ref()
            .and_then(as_tuple)
            .map_or(0, <[Obj]>::len);
        let kwonly_given = kw
            .iter()
            .filter(|(k, _)| {
                code.varnames[argc..argc + code.kwonlyargcount as usize]
                    .iter()
                    .any(|v| as_str(v) == as_str(k))
            })
            .count();
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", argc - ndefaults, argc)
        } else {
            format!(
                "{argc} positional argument{}",
                if argc == 1 { "" } else { "s" }
            )
        };
        let was = if given == 1 { "was" } else { "were" };
        if kwonly_given > 0 {
            return self.type_error(format!(
                "{fname}() takes {takes} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            ));
        }
        self.type_error(format!("{fname}() takes {takes} but {given} {was} given"))
    }

    /// Calls the callable at `stack[len - n - 1]` with the `n` items above it (not a
    /// Python function: those get a frame). Pops everything and returns the result.
    pub(crate) fn call_from_stack(&mut self, n: usize, kwnames: Option<Obj>) -> PyResult {
        let start = self.stack.len() - n;
        let mut args = Args {
            pos: SmallVec::new(),
            kw: Vec::new(),
        };
        self.take_stack_args_into(start, &mut args.pos);
        let Some(f) = self.stack.pop() else {
            return Err(self.system_error("empty stack in call"));
        };
        if let Some(names) = kwnames.as_ref().and_then(as_tuple) {
            let pos = &mut args.pos;
            let vals: Vec<Obj> = pos.drain(pos.len() - names.len()..).collect();
            args.kw = names.iter().cloned().zip(vals).collect();
        }
        self.call_args(&f, args)
    }

    /// Calls a class: `__new__` then `__init__`.
    pub(crate) fn call_type(&mut self, cls: &Obj, args: Args) -> PyResult {
        if let Some(r) = self.call_via_metaclass(cls, &args)? {
            return Ok(r);
        }
        self.call_type_default(cls, args)
    }

    /// `type.__call__`: `__new__` then `__init__`, whatever the metaclass.
    pub(crate) fn call_type_default(&mut self, cls: &Obj, args: Args) -> PyResult {
        if cls.ptr_eq(&self.types.type_) && args.pos.len() == 1 && args.kw.is_empty() {
            return Ok(self.type_of(&args.pos[0]));
        }
        let Some(tp) = cls.downcast::<TypeObj>() else {
            return Err(self.type_error("not a type"));
        };
        if tp.builtin && tp.layout != Tag::Exception && tp.layout != Tag::Instance {
            return self.construct_builtin(cls, args);
        }
        // `types.GenericAlias(origin, args)`: a class made at run time whose `__new__`
        // is native (native `__new__`s are otherwise the builtin layouts' own).
        if self.is_generic_alias_class(cls) {
            let mut args = args;
            args.pos.insert(0, cls.clone());
            return super::type_alias::alias_new(self, args);
        }
        self.construct_instance(cls, args)
    }
}
