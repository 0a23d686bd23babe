//! The dispatch loop. Python-to-Python calls push a frame and continue the loop, so deep
//! Python recursion never deepens the Rust stack.

use crate::compile::bytecode::{
    BinOpCode, CmpOpCode, CodeObject, GlobalCacheEntry, Op, UnaryOpCode,
};
use crate::heap::Obj;
use crate::objects::function::{BoundMethodObj, CellObj, FunctionObj};
use crate::objects::iter::RangeIterObj;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{BoolObj, DictObj, ExceptionObj, IntObj, ListObj, Tag, tag_of};

use super::call::ArgSource;
use super::{PyErr, PyResult, SMALL_INT_MAX, SMALL_INT_MIN, Vm};

/// A consumer of a generator's values that takes them where the generator yields them,
/// without the generator leaving its run: `list(gen)`, `sum(gen)` and their kind. It
/// returns None when it took the value, or hands it back untouched (then the run ends
/// with an ordinary yield and the consumer handles the value itself). A sink may only
/// take a value when doing so runs no Python code and cannot fail, so that no one can
/// see the generator still running while its value is consumed.
pub(crate) type ItemSink<'a> = dyn FnMut(&mut Vm, Obj) -> Option<Obj> + 'a;

/// How a run of the dispatch loop ended.
pub(crate) enum RunExit {
    Return(Obj),
    /// A generator frame yielded (its frame has been saved back into the generator).
    Yield(Obj),
    /// Allocation tracing was switched on or off: continue in the other loop variant.
    SwitchMode,
}

/// Pops the top of the value stack (the compiler guarantees it is there).
macro_rules! pop {
    ($vm:expr, $l:lifetime) => {
        match $vm.stack.pop() {
            Some(v) => v,
            None => break $l $vm.stack_underflow(),
        }
    };
}

/// The top of the value stack.
macro_rules! top {
    ($vm:expr, $l:lifetime) => {
        match $vm.stack.last() {
            Some(v) => v,
            None => break $l $vm.stack_underflow(),
        }
    };
}

/// Runs pending finalizers and due collections. Checked where an effect could become
/// visible (calls, loop back-edges, frame changes) rather than at every instruction.
macro_rules! safe_point {
    ($vm:expr, $ip:expr) => {
        if $vm.heap.has_pending() {
            if let Some(f) = $vm.frames.last_mut() {
                f.ip = $ip;
            }
            $vm.safe_point();
        }
    };
}

/// Pushes the result of a builtin call and goes on with the next instruction, unless
/// the call switched allocation tracing on or off: then the loop of the other kind
/// takes over (a builtin such as `tracemalloc.start` may do that).
macro_rules! push_then_continue {
    ($vm:expr, $ip:expr, $v:expr, $l:lifetime) => {{
        $vm.stack.push($v);
        if $vm.heap.allocator().is_tracing() != TRACE {
            if let Some(f) = $vm.frames.last_mut() {
                f.ip = $ip;
            }
            return Ok(RunExit::SwitchMode);
        }
        continue $l;
    }};
}

/// Goes on with the frame now on top of the frame stack (just pushed, or uncovered by a
/// return or a yield), without leaving the dispatch loop: the untraced loop switches its
/// code, locals base and instruction pointer in place. A pending safe point, tracing, or
/// a traced loop take the full frame entry at the top of the loop instead.
macro_rules! enter_top_frame {
    ($vm:expr, $code:ident, $instrs:ident, $lb:ident, $ip:ident, $frame:lifetime, $dispatch:lifetime) => {{
        if TRACE || $vm.heap.has_pending() || $vm.instrumented() {
            continue $frame;
        }
        let Some(frame) = $vm.frames.last() else {
            continue $frame;
        };
        $code = frame.code.clone();
        $lb = frame.locals_base;
        $ip = frame.ip;
        $instrs = &$code.instrs;
        continue $dispatch;
    }};
}

/// `a op b` by a Python operator method's frame when `push_binary_method_frame` takes
/// it: enters that frame, or pushes the generator a generator method made; otherwise
/// goes on with the general operator.
macro_rules! binary_method_frame {
    ($vm:expr, $bop:expr, $a:expr, $b:expr, $code:ident, $instrs:ident, $lb:ident, $ip:ident,
     $frame:lifetime, $dispatch:lifetime, $op:lifetime) => {
        match $vm.push_binary_method_frame($bop, $a, $b, $ip) {
            Ok(None) => {}
            Ok(Some(None)) => {
                enter_top_frame!($vm, $code, $instrs, $lb, $ip, $frame, $dispatch)
            }
            Ok(Some(Some(v))) => {
                $vm.stack.push(v);
                continue $dispatch;
            }
            Err(e) => break $op e,
        }
    };
}

/// Unwraps a result or leaves the instruction with its error.
macro_rules! tri {
    ($l:lifetime, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $l e,
        }
    };
}

impl Vm {
    #[cold]
    fn stack_underflow(&mut self) -> PyErr {
        self.system_error("value stack underflow")
    }

    /// Runs the top frame (an entry frame) and everything it calls until it returns.
    /// `inject` raises an exception in that frame first (generator `throw`).
    pub(crate) fn run(&mut self, inject: Option<PyErr>) -> PyResult<RunExit> {
        self.run_with_sink(inject, None)
    }

    /// `run`, where the entry frame is a generator's whose yielded values are offered
    /// to `sink` first: a value it takes does not end the run (see `ItemSink`). Traced
    /// runs offer nothing, so that profilers see every yield.
    pub(crate) fn run_with_sink(
        &mut self,
        inject: Option<PyErr>,
        mut sink: Option<&mut ItemSink<'_>>,
    ) -> PyResult<RunExit> {
        let mut inject = inject;
        loop {
            let r = if self.instrumented() {
                self.run_impl::<true>(inject.take(), None)
            } else {
                self.run_impl::<false>(inject.take(), sink.as_deref_mut())
            };
            match r {
                Ok(RunExit::SwitchMode) => continue,
                other => return other,
            }
        }
    }

    /// The dispatch loop. With `TRACE`, it reports each instruction's source line to the
    /// allocator so that traced blocks are attributed to the line that allocated them;
    /// without, it pays nothing for tracing.
    fn run_impl<const TRACE: bool>(
        &mut self,
        inject: Option<PyErr>,
        mut sink: Option<&mut ItemSink<'_>>,
    ) -> PyResult<RunExit> {
        let mut pending = inject;
        'frame: loop {
            let Some(frame) = self.frames.last() else {
                return Err(self.system_error("no frame to run"));
            };
            let mut code = frame.code.clone();
            let mut lb = frame.locals_base;
            let mut ip = frame.ip;
            let mut instrs: &[Op] = &code.instrs;
            if self.heap.has_pending() {
                self.safe_point();
            }
            if self.instrumented() != TRACE {
                return Ok(RunExit::SwitchMode);
            }
            let frame_trace = if TRACE {
                self.trace_frame_enter(&code)
            } else {
                Default::default()
            };
            if let Some(e) = pending.take() {
                match self.unwind(e, true) {
                    Ok(()) => continue 'frame,
                    Err(e) => return Err(e),
                }
            }
            'dispatch: loop {
                if TRACE {
                    self.trace_step(&code, frame_trace, ip);
                }
                let Some(op_ref) = instrs.get(ip) else {
                    return Err(self.system_error("instruction pointer out of range"));
                };
                ip += 1;
                let err: PyErr = 'op: {
                    match *op_ref {
                        Op::Nop => continue 'dispatch,
                        Op::PopTop => {
                            self.stack.pop();
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        Op::Copy(n) => {
                            let len = self.stack.len();
                            if (n as usize) > len {
                                break 'op self.stack_underflow();
                            }
                            let v = self.stack[len - n as usize].clone();
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::Swap(n) => {
                            let len = self.stack.len();
                            if (n as usize) > len || n == 0 {
                                break 'op self.stack_underflow();
                            }
                            self.stack.swap(len - 1, len - n as usize);
                            continue 'dispatch;
                        }
                        Op::LoadConst(i) => {
                            self.stack.push(code.consts[i as usize].clone());
                            continue 'dispatch;
                        }
                        Op::LoadFast(i) => {
                            let v = self.stack[lb + i as usize].clone();
                            if v.ptr_eq(&self.s.null) {
                                let name = as_str(&code.varnames[i as usize]).unwrap_or("?");
                                break 'op self.unbound_local_error(format!(
                                    "cannot access local variable '{name}' where it is not associated with a value"
                                ));
                            }
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::LoadFastLoadFast(a, b) => {
                            let x = self.stack[lb + a as usize].clone();
                            let y = self.stack[lb + b as usize].clone();
                            if x.ptr_eq(&self.s.null) {
                                break 'op self.unbound_local(&code, a);
                            }
                            if y.ptr_eq(&self.s.null) {
                                break 'op self.unbound_local(&code, b);
                            }
                            self.stack.push(x);
                            self.stack.push(y);
                            continue 'dispatch;
                        }
                        Op::LoadFastLoadConst(a, c) => {
                            let x = self.stack[lb + a as usize].clone();
                            if x.ptr_eq(&self.s.null) {
                                break 'op self.unbound_local(&code, a);
                            }
                            self.stack.push(x);
                            self.stack.push(code.consts[c as usize].clone());
                            continue 'dispatch;
                        }
                        Op::BinaryOpFastFast(bop, a, b)
                        | Op::BinaryOpFastConst(bop, a, b)
                        | Op::InplaceOpFastFast(bop, a, b)
                        | Op::InplaceOpFastConst(bop, a, b) => {
                            let from_const = matches!(
                                *op_ref,
                                Op::BinaryOpFastConst(..) | Op::InplaceOpFastConst(..)
                            );
                            // `s += t` and `s = s + t` both grow `s` in place when the
                            // result goes back to `s` (as CPython's in-place str add).
                            if bop == BinOpCode::Add
                                && instrs.get(ip) == Some(&Op::StoreFast(a.into()))
                            {
                                let y = if from_const {
                                    code.consts[b as usize].clone()
                                } else {
                                    self.stack[lb + b as usize].clone()
                                };
                                match self.append_str_in_place(lb + a as usize, &y) {
                                    Some(Ok(())) => {
                                        // The StoreFast that follows is done.
                                        ip += 1;
                                        continue 'dispatch;
                                    }
                                    Some(Err(e)) => break 'op e,
                                    None => {}
                                }
                            }
                            let x = &self.stack[lb + a as usize];
                            let y = if from_const {
                                &code.consts[b as usize]
                            } else {
                                &self.stack[lb + b as usize]
                            };
                            // Small ints are computed from the operands in place, with no
                            // reference traffic.
                            let fast = match (x.downcast::<IntObj>(), y.downcast::<IntObj>()) {
                                (Some(x), Some(y)) => int_fast_op(bop, x.0, y.0),
                                _ => None,
                            };
                            if let Some(r) = fast {
                                let v = tri!('op, self.new_int(r));
                                self.stack.push(v);
                                continue 'dispatch;
                            }
                            if let Some(r) = float_fast_op(bop, x, y) {
                                let v = tri!('op, self.new_float_hot(r));
                                self.stack.push(v);
                                continue 'dispatch;
                            }
                            if bop == BinOpCode::Add
                                && let (Some(xs), Some(ys)) = (as_str(x), as_str(y))
                            {
                                let v = tri!('op, self.new_str_concat(xs, ys));
                                self.stack.push(v);
                                continue 'dispatch;
                            }
                            let (x, y) = (x.clone(), y.clone());
                            if x.ptr_eq(&self.s.null) {
                                break 'op self.unbound_local(&code, a);
                            }
                            if y.ptr_eq(&self.s.null) {
                                break 'op self.unbound_local(&code, b);
                            }
                            let plain = matches!(
                                *op_ref,
                                Op::BinaryOpFastFast(..) | Op::BinaryOpFastConst(..)
                            );
                            if plain {
                                binary_method_frame!(self, bop, &x, &y, code, instrs, lb, ip, 'frame, 'dispatch, 'op);
                            }
                            let v = if plain {
                                tri!('op, self.binary_op(bop, &x, &y))
                            } else {
                                tri!('op, self.inplace_op(bop, x, &y))
                            };
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::StoreFast(i) => {
                            let v = pop!(self, 'op);
                            let old = std::mem::replace(&mut self.stack[lb + i as usize], v);
                            drop(old);
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        Op::DeleteFast(i) => {
                            let null = self.s.null.clone();
                            let old = std::mem::replace(&mut self.stack[lb + i as usize], null);
                            if old.ptr_eq(&self.s.null) {
                                let name = as_str(&code.varnames[i as usize]).unwrap_or("?");
                                break 'op self.unbound_local_error(format!(
                                    "cannot access local variable '{name}' where it is not associated with a value"
                                ));
                            }
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        Op::LoadDeref(i) | Op::LoadClosure(i) => {
                            let slot = lb + code.nlocals() + i as usize;
                            let cell = self.stack[slot].clone();
                            if let Op::LoadClosure(_) = *op_ref {
                                self.stack.push(cell);
                                continue 'dispatch;
                            }
                            let v = cell.downcast::<CellObj>().and_then(|c| c.value.get());
                            match v {
                                Some(v) => {
                                    self.stack.push(v);
                                    continue 'dispatch;
                                }
                                None => break 'op self.unbound_deref(&code, i as usize),
                            }
                        }
                        Op::StoreDeref(i) => {
                            let v = pop!(self, 'op);
                            let slot = lb + code.nlocals() + i as usize;
                            if let Some(c) = self.stack[slot].downcast::<CellObj>() {
                                let old = c.value.replace(Some(v));
                                drop(old);
                            }
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        Op::DeleteDeref(i) => {
                            let slot = lb + code.nlocals() + i as usize;
                            let old = self.stack[slot]
                                .downcast::<CellObj>()
                                .and_then(|c| c.value.take());
                            if old.is_none() {
                                break 'op self.unbound_deref(&code, i as usize);
                            }
                            continue 'dispatch;
                        }
                        Op::LoadClassDeref(i) => {
                            let ncell = code.cellvars.len();
                            let idx = i as usize;
                            let name = if idx < ncell {
                                code.cellvars[idx].clone()
                            } else {
                                code.freevars[idx - ncell].clone()
                            };
                            let ns = self.frames.last().and_then(|f| f.namespace.clone());
                            if let Some(ns) = ns {
                                match self.mapping_get(&ns, &name) {
                                    Ok(Some(v)) => {
                                        self.stack.push(v);
                                        continue 'dispatch;
                                    }
                                    Ok(None) => {}
                                    Err(e) => break 'op e,
                                }
                            }
                            let slot = lb + code.nlocals() + idx;
                            let v = self.stack[slot]
                                .downcast::<CellObj>()
                                .and_then(|c| c.value.get());
                            match v {
                                Some(v) => {
                                    self.stack.push(v);
                                    continue 'dispatch;
                                }
                                None => break 'op self.unbound_deref(&code, idx),
                            }
                        }
                        Op::LoadGlobal(i) => {
                            let found = match self.frames.last() {
                                Some(f) => match load_global_hit(
                                    &code,
                                    i as usize,
                                    &f.globals,
                                    &self.builtins,
                                ) {
                                    Some(v) => Some(v),
                                    None => self.load_global_cached(&code, i as usize, &f.globals),
                                },
                                None => break 'op self.stack_underflow(),
                            };
                            match found {
                                Some(v) => {
                                    self.stack.push(v);
                                    continue 'dispatch;
                                }
                                None => break 'op self.name_not_defined(&code.names[i as usize]),
                            }
                        }
                        Op::StoreGlobal(i) => {
                            let v = pop!(self, 'op);
                            let globals = match self.frames.last() {
                                Some(f) => f.globals.clone(),
                                None => break 'op self.stack_underflow(),
                            };
                            tri!('op, self.dict_set(&globals, code.names[i as usize].clone(), v));
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        Op::DeleteGlobal(i) => {
                            let globals = match self.frames.last() {
                                Some(f) => f.globals.clone(),
                                None => break 'op self.stack_underflow(),
                            };
                            let name = &code.names[i as usize];
                            if !tri!('op, self.dict_del_str(&globals, name)) {
                                break 'op self.name_not_defined(name);
                            }
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        Op::LoadName(i) => {
                            let name = &code.names[i as usize];
                            let (ns, globals) = match self.frames.last() {
                                Some(f) => (f.namespace.clone(), f.globals.clone()),
                                None => break 'op self.stack_underflow(),
                            };
                            if let Some(ns) = ns
                                && !ns.ptr_eq(&globals)
                            {
                                match self.mapping_get(&ns, name) {
                                    Ok(Some(v)) => {
                                        self.stack.push(v);
                                        continue 'dispatch;
                                    }
                                    Ok(None) => {}
                                    Err(e) => break 'op e,
                                }
                            }
                            match self.load_global(&globals, name) {
                                Some(v) => {
                                    self.stack.push(v);
                                    continue 'dispatch;
                                }
                                None => break 'op self.name_not_defined(name),
                            }
                        }
                        Op::StoreName(i) => {
                            let v = pop!(self, 'op);
                            let ns = match self.frames.last() {
                                Some(f) => f.namespace.clone().unwrap_or_else(|| f.globals.clone()),
                                None => break 'op self.stack_underflow(),
                            };
                            tri!('op, self.mapping_set(&ns, code.names[i as usize].clone(), v));
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        Op::DeleteName(i) => {
                            let ns = match self.frames.last() {
                                Some(f) => f.namespace.clone().unwrap_or_else(|| f.globals.clone()),
                                None => break 'op self.stack_underflow(),
                            };
                            let name = &code.names[i as usize];
                            if !tri!('op, self.mapping_del(&ns, name)) {
                                break 'op self.name_not_defined(name);
                            }
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        Op::LoadAttr(_) | Op::LoadFastAttr(..) => {
                            let (o, i) = match *op_ref {
                                Op::LoadFastAttr(a, i) => {
                                    // `self.x`: an instance value is read with no
                                    // reference traffic for `self`.
                                    let o = &self.stack[lb + a as usize];
                                    if let Some(v) = super::attr_cache::cached_instance_value(
                                        &code, i as usize, o,
                                    ) {
                                        self.stack.push(v);
                                        continue 'dispatch;
                                    }
                                    if o.ptr_eq(&self.s.null) {
                                        break 'op self.unbound_local(&code, a);
                                    }
                                    (o.clone(), u32::from(i))
                                }
                                Op::LoadAttr(i) => (pop!(self, 'op), i),
                                _ => break 'op self.system_error("not an attribute load"),
                            };
                            let v = match super::attr_cache::cached_instance_value(
                                &code, i as usize, &o,
                            ) {
                                Some(v) => v,
                                None if let Some(getter) =
                                    self.cached_property_getter(&code, i as usize, &o) =>
                                {
                                    // A property with a Python getter: called as a call
                                    // would be, in this loop, its result left in place.
                                    safe_point!(self, ip);
                                    if let Some(f) = self.frames.last_mut() {
                                        f.ip = ip;
                                    }
                                    self.stack.push(getter.clone());
                                    self.stack.push(o);
                                    let args = ArgSource::Stack {
                                        n: 1,
                                        kwnames: None,
                                    };
                                    match self.push_function_frame(getter, args, false) {
                                        Ok(None) => {
                                            enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch)
                                        }
                                        Ok(Some(generator)) => generator,
                                        Err(e) => break 'op e,
                                    }
                                }
                                None => match self.load_attr_cached(&code, i as usize, &o) {
                                    Some(r) => tri!('op, r),
                                    None => {
                                        let v =
                                            tri!('op, self.getattr(&o, &code.names[i as usize]));
                                        self.specialize_attr(&code, i as usize, &o);
                                        v
                                    }
                                },
                            };
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::StoreAttr(_) | Op::StoreAttrFast(..) | Op::StoreAttrFastFast(..) => {
                            let (o, v, i) = match *op_ref {
                                Op::StoreAttrFast(a, i) => {
                                    let o = self.stack[lb + a as usize].clone();
                                    if o.ptr_eq(&self.s.null) {
                                        break 'op self.unbound_local(&code, a);
                                    }
                                    (o, pop!(self, 'op), u32::from(i))
                                }
                                Op::StoreAttrFastFast(b, a, i) => {
                                    let o = self.stack[lb + a as usize].clone();
                                    let v = self.stack[lb + b as usize].clone();
                                    if v.ptr_eq(&self.s.null) {
                                        break 'op self.unbound_local(&code, b);
                                    }
                                    if o.ptr_eq(&self.s.null) {
                                        break 'op self.unbound_local(&code, a);
                                    }
                                    (o, v, u32::from(i))
                                }
                                Op::StoreAttr(i) => {
                                    let o = pop!(self, 'op);
                                    (o, pop!(self, 'op), i)
                                }
                                _ => break 'op self.system_error("not an attribute store"),
                            };
                            match self.store_attr_cached(&code, i as usize, &o, v) {
                                Ok(r) => tri!('op, r),
                                Err(v) => {
                                    tri!('op, self.setattr(&o, &code.names[i as usize], v));
                                    self.specialize_attr(&code, i as usize, &o);
                                }
                            }
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        Op::DeleteAttr(i) => {
                            let o = pop!(self, 'op);
                            tri!('op, self.delattr(&o, &code.names[i as usize]));
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        Op::LoadMethod(_) | Op::LoadFastMethod(..) => {
                            let (o, i) = match *op_ref {
                                Op::LoadFastMethod(a, i) => {
                                    let o = self.stack[lb + a as usize].clone();
                                    if o.ptr_eq(&self.s.null) {
                                        break 'op self.unbound_local(&code, a);
                                    }
                                    (o, u32::from(i))
                                }
                                Op::LoadMethod(i) => (pop!(self, 'op), i),
                                _ => break 'op self.system_error("not a method load"),
                            };
                            if let Some(f) = super::attr_cache::cached_method(&code, i as usize, &o)
                            {
                                self.stack.push(f);
                                self.stack.push(o);
                                continue 'dispatch;
                            }
                            if let Some(v) = self.load_module_attr_cached(&code, i as usize, &o) {
                                self.stack.push(self.s.null.clone());
                                self.stack.push(v);
                                continue 'dispatch;
                            }
                            let tag = tag_of(&o);
                            let slot = code.method_cache.get(i as usize);
                            let cached =
                                slot.and_then(|s| s.try_borrow().ok())
                                    .and_then(|c| match &*c {
                                        Some((t, f)) if *t == tag as u32 => Some(f.clone()),
                                        _ => None,
                                    });
                            if let Some(f) = cached {
                                self.stack.push(f);
                                self.stack.push(o);
                                continue 'dispatch;
                            }
                            let (meth, this) =
                                tri!('op, self.load_method(o.clone(), &code.names[i as usize]));
                            if matches!(tag, Tag::Instance | Tag::Module) {
                                self.specialize_attr(&code, i as usize, &o);
                            }
                            drop(o);
                            if method_cacheable(tag)
                                && !meth.ptr_eq(&self.s.null)
                                && let Some(mut c) = slot.and_then(|s| s.try_borrow_mut().ok())
                            {
                                *c = Some((tag as u32, meth.clone()));
                            }
                            self.stack.push(meth);
                            self.stack.push(this);
                            continue 'dispatch;
                        }
                        Op::BinarySubscr => {
                            let key = pop!(self, 'op);
                            let o = pop!(self, 'op);
                            if let Some(v) = item_at_int(&o, &key) {
                                self.stack.push(v);
                                continue 'dispatch;
                            }
                            let v = tri!('op, self.getitem(&o, &key));
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::BinarySubscrFastFast(a, k) | Op::BinarySubscrFastConst(a, k) => {
                            let o = &self.stack[lb + a as usize];
                            let key = if matches!(*op_ref, Op::BinarySubscrFastConst(..)) {
                                &code.consts[k as usize]
                            } else {
                                &self.stack[lb + k as usize]
                            };
                            // A list or tuple item at an int index is read with no
                            // reference traffic for the operands.
                            if let Some(v) = item_at_int(o, key) {
                                self.stack.push(v);
                                continue 'dispatch;
                            }
                            let (o, key) = (o.clone(), key.clone());
                            if o.ptr_eq(&self.s.null) {
                                break 'op self.unbound_local(&code, a);
                            }
                            if key.ptr_eq(&self.s.null) {
                                break 'op self.unbound_local(&code, k);
                            }
                            let v = tri!('op, self.getitem(&o, &key));
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::StoreSubscrFastFast(a, k) | Op::StoreSubscrFastConst(a, k) => {
                            let v = pop!(self, 'op);
                            let o = &self.stack[lb + a as usize];
                            let key = if matches!(*op_ref, Op::StoreSubscrFastConst(..)) {
                                &code.consts[k as usize]
                            } else {
                                &self.stack[lb + k as usize]
                            };
                            match store_list_item_at_int(o, key, v) {
                                Ok(old) => drop(old),
                                Err(v) => {
                                    let (o, key) = (o.clone(), key.clone());
                                    if o.ptr_eq(&self.s.null) {
                                        break 'op self.unbound_local(&code, a);
                                    }
                                    if key.ptr_eq(&self.s.null) {
                                        break 'op self.unbound_local(&code, k);
                                    }
                                    tri!('op, self.setitem(&o, key, v))
                                }
                            }
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        Op::StoreSubscr => {
                            let key = pop!(self, 'op);
                            let o = pop!(self, 'op);
                            let v = pop!(self, 'op);
                            match store_list_item_at_int(&o, &key, v) {
                                Ok(old) => drop(old),
                                Err(v) => tri!('op, self.setitem(&o, key, v)),
                            }
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        Op::DeleteSubscr => {
                            let key = pop!(self, 'op);
                            let o = pop!(self, 'op);
                            tri!('op, self.delitem(&o, &key));
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        // `a + b` and `a += b` share their fast paths; only the generic
                        // fallback differs (an in-place dunder first for the latter).
                        Op::BinaryOp(bop) | Op::InplaceOp(bop) => {
                            let b = pop!(self, 'op);
                            let a = pop!(self, 'op);
                            if let (Some(x), Some(y)) =
                                (a.downcast::<IntObj>(), b.downcast::<IntObj>())
                                && let Some(r) = int_fast_op(bop, x.0, y.0)
                            {
                                let v = tri!('op, self.new_int(r));
                                self.stack.push(v);
                                continue 'dispatch;
                            }
                            if let Some(r) = float_fast_op(bop, &a, &b) {
                                let v = tri!('op, self.float_result(a, b, r));
                                self.stack.push(v);
                                continue 'dispatch;
                            }
                            let a = match (bop, instrs.get(ip)) {
                                (BinOpCode::Add, Some(&store)) => {
                                    match self.append_str_to_variable(&code, lb, store, a, &b) {
                                        Ok(r) => {
                                            let v = tri!('op, r);
                                            self.stack.push(v);
                                            continue 'dispatch;
                                        }
                                        Err(a) => a,
                                    }
                                }
                                _ => a,
                            };
                            if bop == BinOpCode::Add
                                && let (Some(x), Some(y)) = (as_str(&a), as_str(&b))
                            {
                                let v = tri!('op, self.new_str_concat(x, y));
                                self.stack.push(v);
                                continue 'dispatch;
                            }
                            // `a + b` for two instances of a class whose `__add__` is
                            // a Python function: its frame, pushed here like a call.
                            if matches!(*op_ref, Op::BinaryOp(_)) {
                                binary_method_frame!(self, bop, &a, &b, code, instrs, lb, ip, 'frame, 'dispatch, 'op);
                            }
                            let v = if matches!(*op_ref, Op::InplaceOp(_)) {
                                tri!('op, self.inplace_op(bop, a, &b))
                            } else {
                                tri!('op, self.binary_op(bop, &a, &b))
                            };
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::UnaryOp(uop) => {
                            let a = pop!(self, 'op);
                            let v = match uop {
                                UnaryOpCode::Not => {
                                    let t = tri!('op, self.truthy(&a));
                                    self.new_bool(!t)
                                }
                                _ => tri!('op, self.unary_op(uop, &a)),
                            };
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::CompareOp(cop) => {
                            let b = pop!(self, 'op);
                            let a = pop!(self, 'op);
                            if let (Some(x), Some(y)) =
                                (a.downcast::<IntObj>(), b.downcast::<IntObj>())
                            {
                                let r = match cop {
                                    CmpOpCode::Lt => x.0 < y.0,
                                    CmpOpCode::Le => x.0 <= y.0,
                                    CmpOpCode::Eq => x.0 == y.0,
                                    CmpOpCode::Ne => x.0 != y.0,
                                    CmpOpCode::Gt => x.0 > y.0,
                                    CmpOpCode::Ge => x.0 >= y.0,
                                };
                                let v = self.new_bool(r);
                                self.stack.push(v);
                                continue 'dispatch;
                            }
                            let v = tri!('op, self.compare(cop, &a, &b));
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::CompareJumpIfFalse(cop, t) | Op::CompareJumpIfTrue(cop, t) => {
                            let b = pop!(self, 'op);
                            let a = pop!(self, 'op);
                            let r = if let (Some(x), Some(y)) =
                                (a.downcast::<IntObj>(), b.downcast::<IntObj>())
                            {
                                num_compare(cop, x.0, y.0)
                            } else if let (Some(x), Some(y)) = (
                                a.downcast::<crate::objects::FloatObj>(),
                                b.downcast::<crate::objects::FloatObj>(),
                            ) {
                                num_compare(cop, x.0, y.0)
                            } else {
                                tri!('op, self.compare_bool(cop, &a, &b))
                            };
                            if r == matches!(*op_ref, Op::CompareJumpIfTrue(..)) {
                                ip = t as usize;
                            }
                            continue 'dispatch;
                        }
                        Op::CompareFastConstJumpIfFalse(cop, a, c, t)
                        | Op::CompareFastConstJumpIfTrue(cop, a, c, t) => {
                            let x = &self.stack[lb + a as usize];
                            let y = &code.consts[c as usize];
                            let r = match (x.downcast::<IntObj>(), y.downcast::<IntObj>()) {
                                (Some(x), Some(y)) => num_compare(cop, x.0, y.0),
                                _ => {
                                    let (x, y) = (x.clone(), y.clone());
                                    if x.ptr_eq(&self.s.null) {
                                        break 'op self.unbound_local(&code, a);
                                    }
                                    tri!('op, self.compare_bool(cop, &x, &y))
                                }
                            };
                            if r == matches!(*op_ref, Op::CompareFastConstJumpIfTrue(..)) {
                                ip = t as usize;
                            }
                            continue 'dispatch;
                        }
                        Op::IsOp(invert) => {
                            let b = pop!(self, 'op);
                            let a = pop!(self, 'op);
                            let v = self.new_bool(a.ptr_eq(&b) != invert);
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::ContainsOp(invert) => {
                            let container = pop!(self, 'op);
                            let item = pop!(self, 'op);
                            let r = match crate::objects::set::contains_quick(&container, &item) {
                                Some(r) => r,
                                None => tri!('op, self.contains(&container, &item)),
                            };
                            let v = self.new_bool(r != invert);
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::BuildTuple(n) => {
                            let t = tri!('op, self.tuple_from_stack(n as usize));
                            self.stack.push(t);
                            continue 'dispatch;
                        }
                        Op::BuildList(n) => {
                            let l = tri!('op, self.list_from_stack(n as usize));
                            self.stack.push(l);
                            continue 'dispatch;
                        }
                        Op::BuildSet(n) => {
                            let s = tri!('op, self.set_from_stack(n as usize));
                            self.stack.push(s);
                            continue 'dispatch;
                        }
                        Op::BuildMap(n) => {
                            let start = self.stack.len() - 2 * n as usize;
                            let items: Vec<Obj> = self.stack.drain(start..).collect();
                            let d = tri!('op, self.new_untracked_dict());
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                tri!('op, self.dict_set(&d, k, v));
                            }
                            self.stack.push(d);
                            continue 'dispatch;
                        }
                        Op::BuildSlice(n) => {
                            let step = if n == 3 { Some(pop!(self, 'op)) } else { None };
                            let stop = pop!(self, 'op);
                            let start = pop!(self, 'op);
                            let s = tri!('op, self.new_slice(Some(start), Some(stop), step));
                            self.stack.push(s);
                            continue 'dispatch;
                        }
                        Op::BinarySlice(n) => {
                            let step = if n == 3 { Some(pop!(self, 'op)) } else { None };
                            let stop = pop!(self, 'op);
                            let start = pop!(self, 'op);
                            let o = pop!(self, 'op);
                            let v = tri!('op, self.get_slice(&o, start, stop, step));
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::StoreSlice(n) => {
                            let step = if n == 3 { Some(pop!(self, 'op)) } else { None };
                            let stop = pop!(self, 'op);
                            let start = pop!(self, 'op);
                            let o = pop!(self, 'op);
                            let v = pop!(self, 'op);
                            tri!('op, self.set_slice(&o, start, stop, step, v));
                            // A value dropped here may have queued a finalizer: run it before
                            // the next instruction can observe its effects.
                            safe_point!(self, ip);
                            continue 'dispatch;
                        }
                        Op::BuildString(n) => {
                            let start = self.stack.len() - n as usize;
                            let mut s = String::new();
                            let mut utf8 = true;
                            for part in &self.stack[start..] {
                                match as_str(part) {
                                    Some(t) => s.push_str(t),
                                    None => utf8 = false,
                                }
                            }
                            let v = if utf8 {
                                self.new_str(&s)
                            } else {
                                self.new_str_from_parts(&self.stack[start..])
                            };
                            self.stack.truncate(start);
                            let v = tri!('op, v);
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::ListAppend(n) => {
                            let v = pop!(self, 'op);
                            let idx = self.stack.len() - n as usize;
                            // The comprehension's list is appended to where it lies on
                            // the stack, without a reference of its own.
                            let v = match crate::objects::list::append_in_place(
                                &self.stack[idx],
                                v,
                                self.heap.allocator(),
                            ) {
                                Ok(Ok(())) => continue 'dispatch,
                                Ok(Err(e)) => break 'op e.into(),
                                Err(v) => v,
                            };
                            let l = self.stack[idx].clone();
                            tri!('op, self.list_append(&l, v));
                            continue 'dispatch;
                        }
                        Op::SetAdd(n) => {
                            let v = pop!(self, 'op);
                            let idx = self.stack.len() - n as usize;
                            let s = self.stack[idx].clone();
                            tri!('op, self.set_add(&s, v));
                            continue 'dispatch;
                        }
                        Op::MapAdd(n) => {
                            let v = pop!(self, 'op);
                            let k = pop!(self, 'op);
                            let idx = self.stack.len() - n as usize;
                            let d = self.stack[idx].clone();
                            tri!('op, self.dict_set(&d, k, v));
                            continue 'dispatch;
                        }
                        Op::ListExtend(n) => {
                            let v = pop!(self, 'op);
                            let idx = self.stack.len() - n as usize;
                            let l = self.stack[idx].clone();
                            tri!('op, self.list_extend_unpack(&l, &v));
                            continue 'dispatch;
                        }
                        Op::SetUpdate(n) => {
                            let v = pop!(self, 'op);
                            let idx = self.stack.len() - n as usize;
                            let s = self.stack[idx].clone();
                            tri!('op, self.set_update(&s, &v));
                            continue 'dispatch;
                        }
                        Op::DictUpdate(n) => {
                            let v = pop!(self, 'op);
                            let idx = self.stack.len() - n as usize;
                            let d = self.stack[idx].clone();
                            tri!('op, self.dict_update_display(&d, &v));
                            continue 'dispatch;
                        }
                        Op::DictMerge(n) => {
                            // `[f, args, kwargs]`: the callable names itself in errors.
                            let v = pop!(self, 'op);
                            let idx = self.stack.len() - n as usize;
                            let d = self.stack[idx].clone();
                            let f = self.stack[idx.saturating_sub(2)].clone();
                            tri!('op, self.dict_merge_call(&d, &v, &f));
                            continue 'dispatch;
                        }
                        Op::ListToTuple => {
                            let l = pop!(self, 'op);
                            let items: Vec<Obj> = l
                                .downcast::<ListObj>()
                                .map(|l| l.items.borrow().to_vec())
                                .unwrap_or_default();
                            let t = tri!('op, self.new_tuple(items));
                            self.stack.push(t);
                            continue 'dispatch;
                        }
                        Op::UnpackSequence(n) => {
                            let seq = pop!(self, 'op);
                            if super::iterate::unpack_exact(&mut self.stack, &seq, n as usize) {
                                continue 'dispatch;
                            }
                            tri!('op, self.unpack_sequence(&seq, n as usize));
                            continue 'dispatch;
                        }
                        Op::UnpackEx(counts) => {
                            let seq = pop!(self, 'op);
                            tri!('op, self.unpack_ex(&seq, (counts & 0xff) as usize, (counts >> 8) as usize));
                            continue 'dispatch;
                        }
                        Op::Jump(t) => {
                            if (t as usize) < ip {
                                safe_point!(self, ip);
                                // Every loop closes with a backward jump: Ctrl-C and the
                                // program's signal handlers land here.
                                if super::interrupt::signal_pending()
                                    && let Err(e) = self.handle_signals()
                                {
                                    break 'op e;
                                }
                                // The instruction budget: the loop body's length per turn.
                                self.budget.ticks -= (ip - t as usize) as i64;
                                if self.budget.ticks < 0
                                    && let Err(e) = self.budget_check()
                                {
                                    break 'op e;
                                }
                            }
                            ip = t as usize;
                            continue 'dispatch;
                        }
                        Op::PopJumpIfFalse(t) => {
                            let v = pop!(self, 'op);
                            let b = match v.downcast::<BoolObj>() {
                                Some(b) => b.0,
                                None => tri!('op, self.truthy(&v)),
                            };
                            if !b {
                                ip = t as usize;
                            }
                            continue 'dispatch;
                        }
                        Op::PopJumpIfTrue(t) => {
                            let v = pop!(self, 'op);
                            let b = match v.downcast::<BoolObj>() {
                                Some(b) => b.0,
                                None => tri!('op, self.truthy(&v)),
                            };
                            if b {
                                ip = t as usize;
                            }
                            continue 'dispatch;
                        }
                        Op::JumpIfFalseOrPop(t) => {
                            let v = top!(self, 'op).clone();
                            if !tri!('op, self.truthy(&v)) {
                                ip = t as usize;
                            } else {
                                self.stack.pop();
                            }
                            continue 'dispatch;
                        }
                        Op::JumpIfTrueOrPop(t) => {
                            let v = top!(self, 'op).clone();
                            if tri!('op, self.truthy(&v)) {
                                ip = t as usize;
                            } else {
                                self.stack.pop();
                            }
                            continue 'dispatch;
                        }
                        Op::PopJumpIfNotNone(t) | Op::PopJumpIfNone(t) => {
                            let v = pop!(self, 'op);
                            if v.ptr_eq(&self.s.none) == matches!(*op_ref, Op::PopJumpIfNone(_)) {
                                ip = t as usize;
                            }
                            continue 'dispatch;
                        }
                        Op::GetIter => {
                            let o = pop!(self, 'op);
                            let it = tri!('op, self.get_iter(&o));
                            self.stack.push(it);
                            continue 'dispatch;
                        }
                        Op::ForIter(t) => {
                            safe_point!(self, ip);
                            let it = top!(self, 'op);
                            if let Some(r) = it.downcast::<RangeIterObj>() {
                                let rem = r.remaining.get();
                                if rem > 0 {
                                    let v = r.next.get();
                                    r.next.set(v.wrapping_add(r.step));
                                    r.remaining.set(rem - 1);
                                    // `for i in range(...)`: the loop variable's previous
                                    // int, when nothing else holds it, becomes the next
                                    // one in place (traced runs keep one allocation per
                                    // item, as every other int).
                                    if let Some(&Op::StoreFast(slot)) = instrs.get(ip) {
                                        if !(SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v)
                                            && !self.heap.allocator().is_tracing()
                                            && self.stack[lb + slot as usize]
                                                .overwrite_unique(IntObj(v))
                                        {
                                            ip += 1;
                                            continue 'dispatch;
                                        }
                                        // The `StoreFast` that follows, done here.
                                        let v = tri!('op, self.new_int_hot(v));
                                        ip += 1;
                                        let old = std::mem::replace(
                                            &mut self.stack[lb + slot as usize],
                                            v,
                                        );
                                        drop(old);
                                        safe_point!(self, ip);
                                        continue 'dispatch;
                                    }
                                    let v = tri!('op, self.new_int(v));
                                    self.stack.push(v);
                                } else {
                                    self.stack.pop();
                                    ip = t as usize;
                                }
                                continue 'dispatch;
                            }
                            // A generator's frame is resumed by this loop itself, below.
                            let generator =
                                !TRACE && it.is::<crate::objects::generator::GeneratorObj>();
                            // The next item of a list, tuple, str or dict (exhaustion
                            // and everything else go the generic way).
                            if !generator
                                && let Some(v) = super::iterate::next_sequence_item(it)
                                    .or_else(|| self.next_str_or_key(it))
                            {
                                // The usual `StoreFast` of the loop variable, done here.
                                if let Some(&Op::StoreFast(slot)) = instrs.get(ip) {
                                    ip += 1;
                                    let old =
                                        std::mem::replace(&mut self.stack[lb + slot as usize], v);
                                    drop(old);
                                    safe_point!(self, ip);
                                    continue 'dispatch;
                                }
                                self.stack.push(v);
                                continue 'dispatch;
                            }
                            let it = it.clone();
                            if let Some(f) = self.frames.last_mut() {
                                f.ip = ip;
                            }
                            if generator
                                && self
                                    .resume_generator_inline(&it, self.s.none.clone())
                                    .is_ok()
                            {
                                enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch);
                            }
                            // `for a, b in enumerate(...)` / `d.items()` / `zip(x, y)`:
                            // the pair's values go straight to the unpacking.
                            if !generator
                                && let Some(&Op::UnpackSequence(2)) = instrs.get(ip)
                                && let Some(r) = self.next_pair(&it)
                            {
                                match tri!('op, r) {
                                    Some((a, b)) => {
                                        self.stack.push(b);
                                        self.stack.push(a);
                                        ip += 1;
                                    }
                                    None => {
                                        self.stack.pop();
                                        ip = t as usize;
                                    }
                                }
                                continue 'dispatch;
                            }
                            match tri!('op, self.next(&it)) {
                                Some(v) => self.stack.push(v),
                                None => {
                                    self.stack.pop();
                                    ip = t as usize;
                                }
                            }
                            continue 'dispatch;
                        }
                        Op::Call(n) => {
                            safe_point!(self, ip);
                            if let Some(f) = self.frames.last_mut() {
                                f.ip = ip;
                            }
                            let fidx = self.stack.len() - n as usize - 1;
                            match self.push_fast_frame(fidx, n as usize) {
                                Ok(true) => {
                                    enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch)
                                }
                                Ok(false) => {}
                                Err(e) => break 'op e,
                            }
                            let callee = &self.stack[fidx];
                            if callee.is::<FunctionObj>() {
                                let func = callee.clone();
                                match self.push_function_frame(
                                    func,
                                    ArgSource::Stack {
                                        n: n as usize,
                                        kwnames: None,
                                    },
                                    false,
                                ) {
                                    Ok(None) => {
                                        enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch)
                                    }
                                    Ok(Some(generator)) => {
                                        self.stack.push(generator);
                                        continue 'dispatch;
                                    }
                                    Err(e) => break 'op e,
                                }
                            }
                            if let Some(tp) = callee.downcast::<crate::objects::TypeObj>() {
                                if tp.builtin {
                                    // `list(t)`, `int(x)`...: made here, directly.
                                    if let Some(r) = self.construct_builtin_in_place(fidx) {
                                        let v = tri!('op, r);
                                        push_then_continue!(self, ip, v, 'dispatch);
                                    }
                                } else {
                                    match self.push_ctor_frame(fidx, n as usize, None) {
                                        Ok(true) => {
                                            enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch)
                                        }
                                        Ok(false) => {}
                                        Err(e) => break 'op e,
                                    }
                                }
                            }
                            if let Some(r) = self.call_hot_builtin(fidx, n) {
                                let v = tri!('op, r);
                                self.stack.truncate(fidx);
                                self.stack.push(v);
                                continue 'dispatch;
                            }
                            if let Some(r) = self
                                .call_native_in_place(fidx)
                                .or_else(|| self.construct_builtin_in_place(fidx))
                            {
                                let v = tri!('op, r);
                                push_then_continue!(self, ip, v, 'dispatch);
                            }
                            let callee = &self.stack[fidx];
                            if let Some(m) = callee.downcast::<BoundMethodObj>()
                                && m.func.is::<FunctionObj>()
                            {
                                let func = m.func.clone();
                                let this = m.this.clone();
                                self.stack[fidx] = func.clone();
                                self.stack.insert(fidx + 1, this);
                                match self.push_function_frame(
                                    func,
                                    ArgSource::Stack {
                                        n: n as usize + 1,
                                        kwnames: None,
                                    },
                                    false,
                                ) {
                                    Ok(None) => {
                                        enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch)
                                    }
                                    Ok(Some(generator)) => {
                                        self.stack.push(generator);
                                        continue 'dispatch;
                                    }
                                    Err(e) => break 'op e,
                                }
                            }
                            let v = tri!('op, self.call_from_stack(n as usize, None));
                            if self.instrumented() != TRACE {
                                self.stack.push(v);
                                if let Some(f) = self.frames.last_mut() {
                                    f.ip = ip;
                                }
                                return Ok(RunExit::SwitchMode);
                            }
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::CallMethod(n) => {
                            safe_point!(self, ip);
                            if let Some(f) = self.frames.last_mut() {
                                f.ip = ip;
                            }
                            let midx = self.stack.len() - n as usize - 2;
                            let argc = if self.stack[midx].ptr_eq(&self.s.null) {
                                self.stack.remove(midx);
                                n as usize
                            } else {
                                n as usize + 1
                            };
                            let fidx = self.stack.len() - argc - 1;
                            match self.push_fast_frame(fidx, argc) {
                                Ok(true) => {
                                    enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch)
                                }
                                Ok(false) => {}
                                Err(e) => break 'op e,
                            }
                            if let Some(r) = self.call_native_in_place(fidx) {
                                let v = tri!('op, r);
                                push_then_continue!(self, ip, v, 'dispatch);
                            }
                            if self.stack[fidx].is::<FunctionObj>() {
                                let func = self.stack[fidx].clone();
                                match self.push_function_frame(
                                    func,
                                    ArgSource::Stack {
                                        n: argc,
                                        kwnames: None,
                                    },
                                    false,
                                ) {
                                    Ok(None) => {
                                        enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch)
                                    }
                                    Ok(Some(generator)) => {
                                        self.stack.push(generator);
                                        continue 'dispatch;
                                    }
                                    Err(e) => break 'op e,
                                }
                            }
                            let v = tri!('op, self.call_from_stack(argc, None));
                            if self.instrumented() != TRACE {
                                self.stack.push(v);
                                if let Some(f) = self.frames.last_mut() {
                                    f.ip = ip;
                                }
                                return Ok(RunExit::SwitchMode);
                            }
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::CallKw(n) => {
                            safe_point!(self, ip);
                            if let Some(f) = self.frames.last_mut() {
                                f.ip = ip;
                            }
                            let names = pop!(self, 'op);
                            let fidx = self.stack.len() - n as usize - 1;
                            let mut callee = self.stack[fidx].clone();
                            let mut n = n as usize;
                            if let Some(m) = callee.downcast::<BoundMethodObj>()
                                && m.func.is::<FunctionObj>()
                            {
                                let func = m.func.clone();
                                let this = m.this.clone();
                                self.stack[fidx] = func.clone();
                                self.stack.insert(fidx + 1, this);
                                callee = func;
                                n += 1;
                            }
                            // `Point(x=1, y=2)`: a user class's `__init__` (or `__new__`)
                            // frame, as for positional arguments.
                            if let Some(tp) = callee.downcast::<crate::objects::TypeObj>()
                                && !tp.builtin
                            {
                                match self.push_ctor_frame(fidx, n, Some(&names)) {
                                    Ok(true) => {
                                        enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch)
                                    }
                                    Ok(false) => {}
                                    Err(e) => break 'op e,
                                }
                            }
                            if callee.is::<FunctionObj>() {
                                match self.push_function_frame(
                                    callee,
                                    ArgSource::Stack {
                                        n,
                                        kwnames: Some(names),
                                    },
                                    false,
                                ) {
                                    Ok(None) => {
                                        enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch)
                                    }
                                    Ok(Some(generator)) => {
                                        self.stack.push(generator);
                                        continue 'dispatch;
                                    }
                                    Err(e) => break 'op e,
                                }
                            }
                            let v = tri!('op, self.call_from_stack(n, Some(names)));
                            if self.instrumented() != TRACE {
                                self.stack.push(v);
                                if let Some(f) = self.frames.last_mut() {
                                    f.ip = ip;
                                }
                                return Ok(RunExit::SwitchMode);
                            }
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::CallEx(has_kw) => {
                            safe_point!(self, ip);
                            if let Some(f) = self.frames.last_mut() {
                                f.ip = ip;
                            }
                            let kwargs = if has_kw != 0 {
                                Some(pop!(self, 'op))
                            } else {
                                None
                            };
                            let args = pop!(self, 'op);
                            let f = pop!(self, 'op);
                            let v = tri!('op, self.call_unpacked(&f, &args, kwargs.as_ref()));
                            if self.instrumented() != TRACE {
                                self.stack.push(v);
                                if let Some(f) = self.frames.last_mut() {
                                    f.ip = ip;
                                }
                                return Ok(RunExit::SwitchMode);
                            }
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::MakeFunction(flags) => {
                            let f = tri!('op, self.make_function(flags));
                            self.stack.push(f);
                            continue 'dispatch;
                        }
                        Op::ReturnValue | Op::ReturnConst(_) => {
                            if TRACE && frame_trace.profiled {
                                self.profile_return(&code);
                            }
                            let v = match *op_ref {
                                Op::ReturnConst(c) => code.consts[c as usize].clone(),
                                _ => pop!(self, 'op),
                            };
                            let Some(frame) = self.frames.pop() else {
                                break 'op self.stack_underflow();
                            };
                            self.keep_frame_locals(&frame);
                            self.stack.truncate(frame.base);
                            if frame.is_entry {
                                return Ok(RunExit::Return(v));
                            }
                            if let Some(generator) = &frame.generator {
                                if let Err(e) = self.return_inline(generator, v) {
                                    // Raised in the caller's frame, as `pending` is.
                                    pending = Some(e);
                                }
                                continue 'frame;
                            }
                            match frame.ctor {
                                None => self.stack.push(v),
                                Some(left) if let Some((op, right)) = frame.binop => {
                                    if v.ptr_eq(&self.s.not_implemented) {
                                        // There is no reflected method to try (see
                                        // `inline_binary_method`).
                                        pending = Some(self.binary_type_error(op, &left, &right));
                                    } else {
                                        self.stack.push(v);
                                    }
                                }
                                Some(inst) => {
                                    if v.ptr_eq(&self.s.none) {
                                        self.stack.push(inst);
                                    } else {
                                        // Raised at the instantiation, in the caller's frame.
                                        let n = self.type_name(&v);
                                        pending = Some(self.type_error(format!(
                                            "__init__() should return None, not '{n}'"
                                        )));
                                    }
                                }
                            }
                            if pending.is_none() {
                                enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch);
                            }
                            continue 'frame;
                        }
                        Op::YieldValue => {
                            if TRACE && frame_trace.profiled {
                                self.profile_return(&code);
                            }
                            let v = pop!(self, 'op);
                            let Some(f) = self.frames.last_mut() else {
                                break 'op self.stack_underflow();
                            };
                            f.ip = ip;
                            if f.generator.is_some() && !f.is_entry {
                                self.yield_inline(v, !TRACE);
                                enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch);
                            }
                            // The entry frame, the generator being resumed: a value the
                            // sink takes is consumed, and the generator goes on as if
                            // resumed with None.
                            if let Some(take) = sink.as_deref_mut() {
                                match take(self, v) {
                                    None => {
                                        // A `yield` statement: the `PopTop` that would
                                        // drop the None is skipped with it.
                                        if matches!(instrs.get(ip), Some(Op::PopTop)) {
                                            ip += 1;
                                        } else {
                                            self.stack.push(self.s.none.clone());
                                        }
                                        safe_point!(self, ip);
                                        continue 'dispatch;
                                    }
                                    Some(v) => return Ok(RunExit::Yield(v)),
                                }
                            }
                            return Ok(RunExit::Yield(v));
                        }
                        Op::GetYieldFromIter => {
                            let o = pop!(self, 'op);
                            let it = if o.is::<crate::objects::generator::GeneratorObj>() {
                                if super::coroutine::gen_kind(&o)
                                    == Some(crate::objects::generator::GenKind::Coroutine)
                                {
                                    break 'op self.type_error(
                                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                                    );
                                }
                                o
                            } else {
                                tri!('op, self.get_iter(&o))
                            };
                            self.stack.push(it);
                            continue 'dispatch;
                        }
                        Op::Send(t) => {
                            if let Some(f) = self.frames.last_mut() {
                                f.ip = ip;
                            }
                            let value = pop!(self, 'op);
                            let recv = top!(self, 'op).clone();
                            // A plain generator delegated to runs in this loop: its
                            // yields come back here, and its return ends the delegation.
                            let value = if TRACE {
                                value
                            } else {
                                match self.resume_generator_inline(&recv, value) {
                                    Ok(()) => {
                                        enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch)
                                    }
                                    Err(value) => value,
                                }
                            };
                            match tri!('op, self.send_into(&recv, value)) {
                                Ok(v) => self.stack.push(v),
                                Err(ret) => {
                                    self.stack.pop();
                                    self.stack.push(ret);
                                    ip = t as usize;
                                }
                            }
                            continue 'dispatch;
                        }
                        Op::Raise(n) => {
                            let r = match n {
                                0 => match self.handled_exc.clone() {
                                    Some(e) => {
                                        if let Some(f) = self.frames.last_mut() {
                                            f.ip = ip;
                                        }
                                        match self.unwind(PyErr::Exc(e), false) {
                                            Ok(()) => {
                                                enter_top_frame!(self, code, instrs, lb, ip, 'frame, 'dispatch)
                                            }
                                            Err(e) => return Err(e),
                                        }
                                    }
                                    None => {
                                        Err(self.runtime_error("No active exception to reraise"))
                                    }
                                },
                                1 => {
                                    let e = pop!(self, 'op);
                                    self.make_raise(e, None)
                                }
                                _ => {
                                    let cause = pop!(self, 'op);
                                    let e = pop!(self, 'op);
                                    self.make_raise(e, Some(cause))
                                }
                            };
                            match r {
                                Ok(e) | Err(e) => break 'op e,
                            }
                        }
                        Op::Async(n) => {
                            if n == crate::compile::bytecode::async_op::END_ASYNC_FOR {
                                let e = PyErr::Exc(pop!(self, 'op));
                                let sai = self.exc.stop_async_iteration.clone();
                                if self.err_matches(&e, &sai) {
                                    self.stack.pop();
                                    continue 'dispatch;
                                }
                                if let Some(f) = self.frames.last_mut() {
                                    f.ip = ip;
                                }
                                match self.unwind(e, false) {
                                    Ok(()) => continue 'frame,
                                    Err(e) => return Err(e),
                                }
                            }
                            tri!('op, self.async_op(n));
                            continue 'dispatch;
                        }
                        Op::Reraise => {
                            let e = pop!(self, 'op);
                            if let Some(f) = self.frames.last_mut() {
                                f.ip = ip;
                            }
                            match self.unwind(PyErr::Exc(e), false) {
                                Ok(()) => continue 'frame,
                                Err(e) => return Err(e),
                            }
                        }
                        Op::PushExcInfo => {
                            let e = pop!(self, 'op);
                            let prev = self
                                .handled_exc
                                .replace(e.clone())
                                .unwrap_or_else(|| self.none());
                            self.stack.push(prev);
                            self.stack.push(e);
                            continue 'dispatch;
                        }
                        Op::PopExcept => {
                            let prev = pop!(self, 'op);
                            self.handled_exc = if prev.ptr_eq(&self.s.none) {
                                None
                            } else {
                                Some(prev)
                            };
                            continue 'dispatch;
                        }
                        Op::CheckExcMatch => {
                            let typ = pop!(self, 'op);
                            let exc = top!(self, 'op).clone();
                            let r = tri!('op, self.exception_matches(&exc, &typ));
                            let v = self.new_bool(r);
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::ExceptStar(n) => {
                            tri!('op, self.except_star_op(n));
                            continue 'dispatch;
                        }
                        Op::FormatValue(flags) => {
                            let spec = if flags & 4 != 0 {
                                Some(pop!(self, 'op))
                            } else {
                                None
                            };
                            let v = pop!(self, 'op);
                            let v = match flags & 3 {
                                1 => tri!('op, self.str_of(&v)),
                                2 => tri!('op, self.repr(&v)),
                                3 => tri!('op, self.ascii_of(&v)),
                                _ => v,
                            };
                            let s = tri!('op, self.format(&v, spec.as_ref()));
                            self.stack.push(s);
                            continue 'dispatch;
                        }
                        Op::ImportName(i) => {
                            let fromlist = pop!(self, 'op);
                            let level = pop!(self, 'op);
                            if let Some(f) = self.frames.last_mut() {
                                f.ip = ip;
                            }
                            let m = tri!('op, self.import_name(&code.names[i as usize], &fromlist, &level));
                            self.stack.push(m);
                            continue 'dispatch;
                        }
                        Op::ImportFrom(i) => {
                            let m = top!(self, 'op).clone();
                            let v = tri!('op, self.import_from(&m, &code.names[i as usize]));
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::ImportStar => {
                            let m = pop!(self, 'op);
                            tri!('op, self.import_star(&m));
                            continue 'dispatch;
                        }
                        Op::SetupAnnotations => {
                            tri!('op, self.setup_annotations());
                            continue 'dispatch;
                        }
                        Op::LoadAssertionError => {
                            self.stack.push(self.exc.assertion_error.clone());
                            continue 'dispatch;
                        }
                        Op::LoadBuildClass => {
                            let key = tri!('op, self.intern("__build_class__"));
                            match self.dict_get_str(&self.builtins.clone(), &key) {
                                Some(v) => {
                                    self.stack.push(v);
                                    continue 'dispatch;
                                }
                                None => break 'op self.name_error("__build_class__ not found"),
                            }
                        }
                        Op::PrintExpr => {
                            let v = pop!(self, 'op);
                            tri!('op, self.print_expr(v));
                            continue 'dispatch;
                        }
                        Op::BeforeWith => {
                            let cm = pop!(self, 'op);
                            let (exit, entered) = tri!('op, self.before_with(&cm));
                            self.stack.push(exit);
                            self.stack.push(entered);
                            continue 'dispatch;
                        }
                        Op::MatchSequence(arg) => {
                            let subject = top!(self, 'op).clone();
                            let r = tri!('op, self.match_sequence(&subject, arg));
                            let v = self.new_bool(r);
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::MatchMapping(min_len) => {
                            let subject = top!(self, 'op).clone();
                            let r = tri!('op, self.match_mapping(&subject, min_len));
                            let v = self.new_bool(r);
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::MatchKeys => {
                            let len = self.stack.len();
                            if len < 2 {
                                break 'op self.stack_underflow();
                            }
                            let subject = self.stack[len - 2].clone();
                            let keys = self.stack[len - 1].clone();
                            let r = tri!('op, self.match_keys(&subject, &keys));
                            let matched = r.is_some();
                            let values = r.unwrap_or_else(|| self.none());
                            self.stack.push(values);
                            let v = self.new_bool(matched);
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::MatchClass(nargs) => {
                            let names = pop!(self, 'op);
                            let cls = pop!(self, 'op);
                            let subject = pop!(self, 'op);
                            let r = tri!('op, self.match_class(&subject, &cls, &names, nargs));
                            let matched = r.is_some();
                            let attrs = r.unwrap_or_else(|| self.none());
                            self.stack.push(attrs);
                            let v = self.new_bool(matched);
                            self.stack.push(v);
                            continue 'dispatch;
                        }
                        Op::CopyDictWithoutKeys => {
                            let keys = pop!(self, 'op);
                            let subject = top!(self, 'op).clone();
                            let rest = tri!('op, self.copy_dict_without_keys(&subject, &keys));
                            self.stack.push(rest);
                            continue 'dispatch;
                        }
                        Op::WithExceptStart => {
                            let exc = top!(self, 'op).clone();
                            // The stack ends with `__exit__`, the previous exception and
                            // the exception being handled.
                            let len = self.stack.len();
                            if len < 3 {
                                break 'op self.stack_underflow();
                            }
                            let exit = self.stack[len - 3].clone();
                            let typ = self.type_of(&exc);
                            let tb = tri!('op, self.traceback_object(&exc));
                            let r = tri!('op, self.call(&exit, vec![typ, exc, tb]));
                            self.stack.push(r);
                            continue 'dispatch;
                        }
                    }
                };
                // The instruction raised: find a handler in this frame or unwind.
                if let Some(f) = self.frames.last_mut() {
                    f.ip = ip;
                }
                let err = self.chain_context(err);
                match self.unwind(err, true) {
                    Ok(()) => continue 'frame,
                    Err(e) => return Err(e),
                }
            }
        }
    }

    /// Finds a handler for `err` in the current frame, popping frames until one is found
    /// or the entry frame is left (then the error is returned). `add_tb` records the
    /// current frame in the traceback.
    pub(crate) fn unwind(&mut self, err: PyErr, mut add_tb: bool) -> PyResult<()> {
        let mut exc = self.exc_object(err);
        loop {
            let locals = if add_tb && exc.is::<ExceptionObj>() {
                self.top_locals_holder()
            } else {
                None
            };
            let Some(frame) = self.frames.last_mut() else {
                return Err(PyErr::Exc(exc));
            };
            let at = frame.ip.saturating_sub(1);
            if add_tb && let Some(e) = exc.downcast::<ExceptionObj>() {
                e.push_trace(
                    self.heap.allocator(),
                    crate::objects::exception::TraceEntry {
                        code: frame.code.clone(),
                        ip: at as u32,
                        globals: frame.globals.clone(),
                        locals,
                    },
                );
            }
            if let Some(h) = frame.code.handler_for(at) {
                let depth = frame.stack_base + h.depth as usize;
                frame.ip = h.target as usize;
                self.stack.truncate(depth);
                self.stack.push(exc);
                return Ok(());
            }
            let Some(frame) = self.frames.pop() else {
                return Err(PyErr::Exc(exc));
            };
            self.keep_frame_locals(&frame);
            self.stack.truncate(frame.base);
            if frame.is_entry {
                return Err(PyErr::Exc(exc));
            }
            if let Some(generator) = &frame.generator {
                exc = self.unwind_inline_generator(generator, exc);
            }
            add_tb = true;
        }
    }

    #[cold]
    fn unbound_deref(&mut self, code: &crate::compile::bytecode::CodeObject, i: usize) -> PyErr {
        let ncell = code.cellvars.len();
        if i < ncell {
            let name = as_str(&code.cellvars[i]).unwrap_or("?").to_owned();
            self.unbound_local_error(format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ))
        } else {
            let name = code
                .freevars
                .get(i - ncell)
                .and_then(as_str)
                .unwrap_or("?")
                .to_owned();
            self.name_error(format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ))
        }
    }

    #[cold]
    pub(crate) fn name_not_defined(&mut self, name: &Obj) -> PyErr {
        self.name_error_for(name)
    }

    /// `LoadGlobal` through the per-name cache of the code object: while neither
    /// namespace changed, the value is read straight from the remembered dict entry.
    #[inline(never)]
    fn load_global_cached(&self, code: &CodeObject, i: usize, globals: &Obj) -> Option<Obj> {
        let slot = code.global_cache.get(i)?;
        let entry = slot.get();
        let gd = globals.downcast::<DictObj>()?;
        let gt = gd.table.try_borrow().ok()?;
        if entry.valid && entry.globals == globals.addr() && entry.globals_version == gt.version() {
            if !entry.in_builtins {
                return gt.entry(entry.index as usize).map(|e| e.value.clone());
            }
            let bd = self.builtins.downcast::<DictObj>()?;
            let bt = bd.table.try_borrow().ok()?;
            if bt.version() == entry.builtins_version {
                return bt.entry(entry.index as usize).map(|e| e.value.clone());
            }
        }
        drop(gt);
        let name = &code.names[i];
        let bd = self.builtins.downcast::<DictObj>()?;
        let (found, in_builtins, index) = match self.dict_entry_index(globals, name) {
            Some(ix) => (
                gd.table.borrow().entry(ix).map(|e| e.value.clone()),
                false,
                ix,
            ),
            None => {
                let ix = self.dict_entry_index(&self.builtins, name)?;
                (
                    bd.table.borrow().entry(ix).map(|e| e.value.clone()),
                    true,
                    ix,
                )
            }
        };
        slot.set(GlobalCacheEntry {
            globals: globals.addr(),
            globals_version: gd.table.borrow().version(),
            builtins_version: bd.table.borrow().version(),
            index: index as u32,
            in_builtins,
            valid: true,
        });
        found
    }

    /// Globals, then builtins.
    #[inline]
    pub(crate) fn load_global(&self, globals: &Obj, name: &Obj) -> Option<Obj> {
        if let Some(v) = self.dict_get_str(globals, name) {
            return Some(v);
        }
        self.dict_get_str(&self.builtins, name)
    }

    /// `Class(args)` for a plain user class whose `__init__` is a simple Python function:
    /// allocates the instance and pushes the `__init__` frame directly (no Rust-level
    /// recursion). Returns false when the general path must handle the call.
    fn push_ctor_frame(&mut self, fidx: usize, n: usize, kwnames: Option<&Obj>) -> PyResult<bool> {
        use crate::objects::class::slots;
        let cls = self.stack[fidx].clone();
        let Some(tp) = cls.downcast::<crate::objects::TypeObj>() else {
            return Ok(false);
        };
        // Builtin layouts and classes whose metaclass has a `__call__` of its own take
        // the general path (a metaclass such as ABCMeta that keeps `type.__call__`
        // does not change what a call does).
        if tp.builtin || tp.layout != Tag::Instance {
            return Ok(false);
        }
        if tp.metaclass.borrow().is_some() {
            let meta = self.type_of(&cls);
            let own_call = self
                .lookup_type_attr(&meta, "__call__")
                .is_some_and(|f| !f.is::<crate::objects::BuiltinFunctionObj>());
            if own_call {
                return Ok(false);
            }
        }
        let flags = self.type_flags(&cls);
        if flags & slots::ABSTRACT != 0 {
            return Ok(false);
        }
        if flags & slots::CUSTOM_NEW != 0 {
            let own_init = tp.init.borrow().is_some();
            return if own_init {
                Ok(false)
            } else {
                self.push_new_frame(fidx, n, cls.clone(), kwnames)
            };
        }
        let init = tp.init.borrow().clone();
        let Some(init) = init else { return Ok(false) };
        let Some(f) = init.downcast::<FunctionObj>() else {
            return Ok(false);
        };
        let simple = kwnames.is_none() && f.code.fast_call && f.code.argcount as usize == n + 1;
        if !simple && f.code.is_generator() {
            return Ok(false);
        }
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        self.budget_charge(1)?;
        let inst = self.new_instance_obj(crate::objects::InstanceObj::new(cls.clone()))?;
        if !simple {
            // Defaults, cells (`super()`), `*args`...: the general binder, still without
            // Rust-level recursion.
            self.stack[fidx] = init.clone();
            self.stack.insert(fidx + 1, inst.clone());
            let pushed = self.push_function_frame(
                init,
                super::call::ArgSource::Stack {
                    n: n + 1,
                    kwnames: kwnames.cloned(),
                },
                false,
            )?;
            debug_assert!(pushed.is_none(), "__init__ is not a generator here");
            if let Some(frame) = self.frames.last_mut() {
                frame.ctor = Some(inst);
            }
            return Ok(true);
        }
        let code = f.code.clone();
        let globals = f.globals.clone();
        self.stack[fidx] = init.clone();
        self.stack.insert(fidx + 1, inst.clone());
        self.push_plain_frame(code, globals, fidx, n + 1, Some(inst));
        Ok(true)
    }

    /// `a op b` by a frame of `a.__op__(b)` pushed on the dispatch loop's frame stack
    /// (see `inline_binary_method`): None when the general path must run the operator;
    /// `Some(None)` when the frame was pushed (the caller's `ip` saved), `Some(Some(v))`
    /// when the method was a generator function and `v` is its generator.
    fn push_binary_method_frame(
        &mut self,
        op: BinOpCode,
        a: &Obj,
        b: &Obj,
        ip: usize,
    ) -> PyResult<Option<Option<Obj>>> {
        let Some(func) = self.inline_binary_method(op, a, b) else {
            return Ok(None);
        };
        if let Some(f) = self.frames.last_mut() {
            f.ip = ip;
        }
        self.stack.push(func.clone());
        self.stack.push(a.clone());
        self.stack.push(b.clone());
        let source = ArgSource::Stack {
            n: 2,
            kwnames: None,
        };
        if let Some(generator) = self.push_function_frame(func, source, false)? {
            return Ok(Some(Some(generator)));
        }
        if let Some(f) = self.frames.last_mut() {
            f.ctor = Some(a.clone());
            f.binop = Some((op, b.clone()));
        }
        Ok(Some(None))
    }

    /// The operator method to run in a frame of the dispatch loop for `a op b`: `a` an
    /// instance of a plain user class (no builtin base value takes part) whose method
    /// is a Python function, and `b` of the same class or of a builtin type whose
    /// operators are not methods a user could reach (int, float, str...). Either way
    /// no reflected method comes first or after, and a NotImplemented result is the
    /// TypeError `binary_op` would raise.
    #[inline]
    fn inline_binary_method(&mut self, op: BinOpCode, a: &Obj, b: &Obj) -> Option<Obj> {
        if tag_of(a) != Tag::Instance || op == BinOpCode::Or {
            return None;
        }
        let cls = self.type_of(a);
        let tp = cls.downcast::<crate::objects::TypeObj>()?;
        if tp.builtin || tp.layout != Tag::Instance {
            return None;
        }
        let right = self.type_of(b);
        if !right.ptr_eq(&cls) {
            let rt = right.downcast::<crate::objects::TypeObj>()?;
            if !rt.builtin || matches!(rt.layout, Tag::Native | Tag::Instance | Tag::Exception) {
                return None;
            }
        }
        let name = self.names.binary[op as usize][0].clone();
        let f = self.lookup_type_attr_obj(&cls, &name)?;
        f.is::<FunctionObj>().then_some(f)
    }

    /// `Class(args)` for a plain user class whose `__new__` is a Python function and
    /// whose `__init__` is object's (the caller checked): the call is `Class.__new__(Class, args)`, its frame
    /// pushed directly, and what it returns is the result (object's `__init__` does
    /// nothing after a class's own `__new__`). False when the general path must decide.
    fn push_new_frame(
        &mut self,
        fidx: usize,
        n: usize,
        cls: Obj,
        kwnames: Option<&Obj>,
    ) -> PyResult<bool> {
        let key = self.names.__new__.clone();
        let Some(found) = self.lookup_type_attr_obj(&cls, &key) else {
            return Ok(false);
        };
        let func = match found.downcast::<crate::objects::descr::StaticMethodObj>() {
            Some(s) => s.func.clone(),
            None => found,
        };
        match func.downcast::<FunctionObj>() {
            Some(f) if !f.code.is_generator() => {}
            _ => return Ok(false),
        }
        self.stack[fidx] = func.clone();
        self.stack.insert(fidx + 1, cls);
        let pushed = self.push_function_frame(
            func,
            super::call::ArgSource::Stack {
                n: n + 1,
                kwnames: kwnames.cloned(),
            },
            false,
        )?;
        debug_assert!(pushed.is_none(), "__new__ is not a generator here");
        Ok(true)
    }

    /// Calls a plain Python function (`CodeObject::fast_call`) whose positional
    /// parameters are exactly the `n` arguments on the stack above it at `fidx`: its
    /// frame is pushed where the arguments lie. False when the callee is not such a
    /// function (the generic call path decides).
    #[inline(always)]
    pub(super) fn push_fast_frame(&mut self, fidx: usize, n: usize) -> PyResult<bool> {
        let Some(f) = self.stack[fidx].downcast::<FunctionObj>() else {
            return Ok(false);
        };
        if !(f.code.fast_call && f.code.argcount as usize == n) {
            return Ok(false);
        }
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        let code = f.code.clone();
        let globals = f.globals.clone();
        // The instruction budget: one tick per call.
        self.budget.ticks -= 1;
        if self.budget.ticks < 0 {
            self.budget_check()?;
        }
        self.push_plain_frame(code, globals, fidx, n, None);
        Ok(true)
    }

    /// Pushes a frame of `code` for the callee at `fidx`, whose first `filled` local
    /// slots are the values above it; the other slots start unbound.
    #[inline(always)]
    fn push_plain_frame(
        &mut self,
        code: std::rc::Rc<CodeObject>,
        globals: Obj,
        fidx: usize,
        filled: usize,
        ctor: Option<Obj>,
    ) {
        let locals_base = fidx + 1;
        let slots = code.frame_slots();
        for _ in filled..slots {
            self.stack.push(self.s.null.clone());
        }
        self.frames.push_with(|| super::frame::Frame {
            ctor,
            ..super::frame::Frame::call(code, globals, None, fidx, locals_base, slots)
        });
    }

    /// Calls the builtin function at `stack[fidx]` with the values above it as its
    /// positional arguments, when it needs no bound receiver inserted (a method found
    /// by `LoadMethod`, or a module-level builtin). None leaves the stack untouched for
    /// the general call path.
    #[inline]
    fn call_native_in_place(&mut self, fidx: usize) -> Option<PyResult> {
        let b = self
            .stack
            .get(fidx)?
            .downcast::<crate::objects::BuiltinFunctionObj>()?;
        if b.bound.as_ref().is_some_and(|m| tag_of(m) != Tag::Module) {
            return None;
        }
        let func = b.func;
        // The callee stays referenced by its stack slot until the call returns. No
        // `enter_native` is needed: the Rust stack is as deep as the dispatch loop's,
        // and a builtin that calls back into Python enters through `run_function_frame`,
        // which checks the depth.
        if let Some(fast) = b.fast {
            let argc = self.stack.len() - fidx - 1;
            if argc == 1 || argc == 2 {
                let arg = if argc == 2 { self.stack.pop() } else { None };
                let this = self.stack.pop()?;
                let r = fast(self, &this, arg);
                drop(this);
                self.stack.truncate(fidx);
                return Some(r);
            }
        }
        let mut args = super::Args {
            pos: smallvec::SmallVec::new(),
            kw: Vec::new(),
        };
        self.take_stack_args_into(fidx + 1, &mut args.pos);
        let r = func(self, args);
        self.stack.truncate(fidx);
        Some(r)
    }

    /// `list(x)`, `int(x)`, `set()` ...: a builtin type called from the dispatch loop
    /// (its arguments above it on the stack) constructs its instance directly, as
    /// `call_type_default` would. None when the callee is not such a type.
    fn construct_builtin_in_place(&mut self, fidx: usize) -> Option<PyResult> {
        let cls = self.stack.get(fidx)?;
        let tp = cls.downcast::<crate::objects::TypeObj>()?;
        if !tp.builtin || matches!(tp.layout, Tag::Exception | Tag::Instance | Tag::Type) {
            return None;
        }
        let layout = tp.layout;
        let n = self.stack.len() - fidx - 1;
        if n <= 1 && super::construct::takes_one_positional(layout) {
            let arg = if n == 1 { self.stack.pop() } else { None };
            let r = self.construct_simple(layout, arg);
            self.stack.truncate(fidx);
            return Some(r);
        }
        let cls = cls.clone();
        let mut args = super::Args {
            pos: smallvec::SmallVec::new(),
            kw: Vec::new(),
        };
        self.take_stack_args_into(fidx + 1, &mut args.pos);
        let r = self.construct_builtin(&cls, args);
        self.stack.truncate(fidx);
        Some(r)
    }

    /// The UnboundLocalError for reading local slot `i` before assignment.
    fn unbound_local(&mut self, code: &CodeObject, i: u16) -> PyErr {
        let name = code
            .varnames
            .get(i as usize)
            .and_then(as_str)
            .unwrap_or("?");
        self.unbound_local_error(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    }

    /// `LoadMethod`: `(function, self)` when the attribute is a plain function on the
    /// type that the instance does not shadow, else `(NULL, attribute)`.
    fn load_method(&mut self, o: Obj, name: &Obj) -> PyResult<(Obj, Obj)> {
        let t = tag_of(&o);
        if !matches!(t, Tag::Module | Tag::Type | Tag::Super) {
            let cls = self.type_of(&o);
            if let Some(f) = self.lookup_type_attr_obj(&cls, name) {
                let plain = match tag_of(&f) {
                    Tag::Function => true,
                    Tag::BuiltinFunction => f
                        .downcast::<crate::objects::BuiltinFunctionObj>()
                        .is_some_and(|b| b.is_unbound_method()),
                    _ => false,
                };
                if plain {
                    let shadowed = matches!(t, Tag::Instance | Tag::Exception)
                        && self.instance_has_attr(&o, name);
                    if !shadowed {
                        return Ok((f, o));
                    }
                }
            }
        }
        let v = self.getattr(&o, name)?;
        Ok((self.s.null.clone(), v))
    }

    /// Raising `e` (a class or an instance), with an optional cause.
    fn make_raise(&mut self, e: Obj, cause: Option<Obj>) -> Result<PyErr, PyErr> {
        let exc = if tag_of(&e) == Tag::Type {
            if !self.is_subclass(&e, &self.exc.base_exception.clone()) {
                return Err(self.type_error("exceptions must derive from BaseException"));
            }
            self.call(&e, vec![])?
        } else {
            e
        };
        if exc.downcast::<ExceptionObj>().is_none() {
            return Err(self.type_error("exceptions must derive from BaseException"));
        }
        if let Some(c) = cause {
            let cause_val = if c.ptr_eq(&self.s.none) {
                None
            } else if tag_of(&c) == Tag::Type {
                if !self.is_subclass(&c, &self.exc.base_exception.clone()) {
                    return Err(self.type_error("exception causes must derive from BaseException"));
                }
                Some(self.call(&c, vec![])?)
            } else if c.is::<ExceptionObj>() {
                Some(c)
            } else {
                return Err(self.type_error("exception causes must derive from BaseException"));
            };
            if let Some(eo) = exc.downcast::<ExceptionObj>() {
                eo.set_cause(self.alloc(), cause_val, true)?;
            }
        }
        Ok(PyErr::Exc(exc))
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    fn chain_context(&mut self, err: PyErr) -> PyErr {
        let Some(handled) = self.handled_exc.clone() else {
            return err;
        };
        let exc = self.exc_object(err);
        if !exc.ptr_eq(&handled)
            && let Some(e) = exc.downcast::<ExceptionObj>()
            && e.context().is_none()
        {
            // Avoid creating a cycle in the context chain.
            let mut cur = Some(handled.clone());
            let mut depth = 0;
            while let Some(c) = cur {
                if c.ptr_eq(&exc) || depth > 1000 {
                    if let Some(ce) = c.downcast::<ExceptionObj>() {
                        ce.set_context(None);
                    }
                    break;
                }
                cur = c.downcast::<ExceptionObj>().and_then(ExceptionObj::context);
                depth += 1;
            }
            e.set_context(Some(handled));
        }
        PyErr::Exc(exc)
    }

    /// `except T:` matching; `T` may be a class or a tuple of classes.
    pub(crate) fn exception_matches(&mut self, exc: &Obj, typ: &Obj) -> PyResult<bool> {
        if let Some(items) = as_tuple(typ) {
            // Only one level of tuple, and every item must be an exception class
            // (all are checked before any is matched).
            let items = items.to_vec();
            let base = self.exc.base_exception.clone();
            for t in &items {
                if tag_of(t) != Tag::Type || !self.is_subclass(t, &base) {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
            }
            for t in &items {
                if self.exception_matches(exc, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if tag_of(typ) != Tag::Type || !self.is_subclass(typ, &self.exc.base_exception.clone()) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(self.isinstance(exc, typ))
    }
}

impl Vm {
    /// The float result of an operator whose operands were popped off the stack: an
    /// operand that was a temporary (the stack held its only reference) becomes the
    /// result in place, as CPython 3.11 does for floats, unless allocations are being
    /// traced (then each result must be a traced allocation of its own).
    #[inline(always)]
    fn float_result(&mut self, a: Obj, b: Obj, r: f64) -> PyResult {
        if !self.heap.allocator().is_tracing() {
            let a = match a.reuse_as(crate::objects::FloatObj(r)) {
                Ok(v) => return Ok(v),
                Err((a, _)) => a,
            };
            drop(a);
            if let Ok(v) = b.reuse_as(crate::objects::FloatObj(r)) {
                return Ok(v);
            }
        }
        self.new_float_hot(r)
    }
}

impl Vm {
    /// `s += t` or `s = s + t` where the next instruction stores the result back into
    /// the variable `s` came from, and that variable holds the only other reference:
    /// a local (see `append_str_to_local`), or a module or class variable whose
    /// namespace lets go of the string so that it can grow in place, as CPython does.
    /// `a` is the left operand, given back when this does not apply.
    fn append_str_to_variable(
        &mut self,
        code: &CodeObject,
        lb: usize,
        store: Op,
        a: Obj,
        b: &Obj,
    ) -> Result<PyResult, Obj> {
        let name_index = match store {
            Op::StoreName(n) | Op::StoreGlobal(n) => n as usize,
            Op::StoreFast(slot) => return self.append_str_to_local(lb + slot as usize, a, b),
            _ => return Err(a),
        };
        let sole_but_namespace = a
            .downcast::<crate::objects::StrObj>()
            .is_some_and(|so| !so.interned.get() && a.refcount() == 2);
        let (true, Some(extra), Some(f), Some(name)) = (
            sole_but_namespace,
            as_str(b),
            self.frames.last(),
            code.names.get(name_index),
        ) else {
            return Err(a);
        };
        let ns = match store {
            Op::StoreName(_) => f.namespace.clone().unwrap_or_else(|| f.globals.clone()),
            _ => f.globals.clone(),
        };
        let (Some(index), Some(d)) = (self.dict_entry_index(&ns, name), ns.downcast::<DictObj>())
        else {
            return Err(a);
        };
        // The namespace's reference becomes None until the store puts the result back.
        let none = self.none();
        let held = match d.table.try_borrow_mut() {
            Ok(mut t) => t.replace_value_if_key_value(index, name, &a, none),
            Err(_) => None,
        };
        let Some(held) = held else {
            return Err(a);
        };
        drop(held);
        let grown = self
            .heap
            .append_to_str_tail::<crate::objects::StrObj>(a, extra, |old, n| {
                old.grown_by(extra, n)
            });
        match grown {
            Ok(grown) => Ok(Ok(grown)),
            Err((a, err)) => {
                // Put the namespace back as it was.
                if let Ok(mut t) = d.table.try_borrow_mut() {
                    let none = self.s.none.clone();
                    drop(t.replace_value_if_key_value(index, name, &none, a.clone()));
                }
                match err {
                    Some(e) => Ok(Err(e.into())),
                    None => Err(a),
                }
            }
        }
    }

    /// `s += t` (or `s = s + t`) for a local `s` when `a`, the string taken from it, is
    /// held only by that local and this operand: the local lets go of it (NULL until
    /// the store that follows puts the result back) so that it grows in place, as
    /// CPython does. `a` is given back, the local as it was, when this does not apply.
    fn append_str_to_local(&mut self, slot: usize, a: Obj, b: &Obj) -> Result<PyResult, Obj> {
        let sole_but_local = a
            .downcast::<crate::objects::StrObj>()
            .is_some_and(|so| !so.interned.get() && a.refcount() == 2);
        let (true, Some(extra), Some(local)) = (sole_but_local, as_str(b), self.stack.get(slot))
        else {
            return Err(a);
        };
        if !local.ptr_eq(&a) {
            return Err(a);
        }
        let null = self.s.null.clone();
        drop(std::mem::replace(&mut self.stack[slot], null));
        let grown = self
            .heap
            .append_to_str_tail::<crate::objects::StrObj>(a, extra, |old, n| {
                old.grown_by(extra, n)
            });
        match grown {
            Ok(grown) => Ok(Ok(grown)),
            Err((a, err)) => {
                self.stack[slot] = a.clone();
                match err {
                    Some(e) => Ok(Err(e.into())),
                    None => Err(a),
                }
            }
        }
    }

    /// `s += t` for a local `s` whose string nothing else holds: the text grows in
    /// place (amortised by the allocator's realloc) instead of being copied into a new
    /// string each time, as CPython does. None when it does not apply.
    fn append_str_in_place(&mut self, slot: usize, y: &Obj) -> Option<PyResult<()>> {
        let x = &self.stack[slot];
        let sole = x
            .downcast::<crate::objects::StrObj>()
            .is_some_and(|so| !so.interned.get() && x.refcount() == 1);
        if !sole || as_str(y).is_none() {
            return None;
        }
        let null = self.s.null.clone();
        let s = std::mem::replace(&mut self.stack[slot], null);
        let extra = as_str(y).unwrap_or("");
        let r = self
            .heap
            .append_to_str_tail::<crate::objects::StrObj>(s, extra, |old, n| {
                old.grown_by(extra, n)
            });
        match r {
            Ok(grown) => {
                self.stack[slot] = grown;
                Some(Ok(()))
            }
            Err((s, err)) => {
                self.stack[slot] = s;
                err.map(|e| Err(e.into()))
            }
        }
    }
}

impl Vm {
    /// `len(x)` and `isinstance(o, C)` on the common cases, straight from the stack
    /// (`[callee, args...]` at `fidx`): None when the callee is not one of them or the
    /// case needs the full builtin (its errors, `__len__`, `__instancecheck__`, ...).
    /// The caller pops the call's slots.
    #[inline(always)]
    fn call_hot_builtin(&mut self, fidx: usize, n: u32) -> Option<PyResult> {
        let (len, isinstance) = self.hot_builtins.as_ref()?;
        let callee = self.stack.get(fidx)?;
        if n == 1 && callee.ptr_eq(len) {
            let x = self.stack.get(fidx + 1)?;
            let n = match tag_of(x) {
                Tag::Str => crate::objects::str::as_str_obj(x)?.0.char_len(),
                Tag::List => x.downcast::<ListObj>()?.items.try_borrow().ok()?.len(),
                Tag::Tuple => crate::objects::tuple::as_tuple(x)?.len(),
                Tag::Dict => x.downcast::<DictObj>()?.table.try_borrow().ok()?.len(),
                _ => return None,
            };
            return Some(self.new_int(i64::try_from(n).ok()?));
        }
        if n == 2 && callee.ptr_eq(isinstance) {
            let o = self.stack.get(fidx + 1)?;
            let cls = self.stack.get(fidx + 2)?;
            let tp = cls.downcast::<crate::objects::TypeObj>()?;
            let own = self.type_of(o);
            // An object of exactly that class is an instance whatever the metaclass's
            // `__instancecheck__` says (CPython asks it only after this test).
            if own.ptr_eq(cls) {
                return Some(Ok(self.s.true_.clone()));
            }
            // A metaclass may define __instancecheck__; plain classes answer from the
            // MRO of the object's class, and a miss may still be a `__class__` override.
            if tp.metaclass.try_borrow().ok()?.is_some() {
                return None;
            }
            let otp = own.downcast::<crate::objects::TypeObj>()?;
            let mro = otp.mro.try_borrow().ok()?;
            let found = crate::objects::tuple::as_tuple(&mro)?
                .iter()
                .any(|c| c.ptr_eq(cls));
            return found.then(|| Ok(self.s.true_.clone()));
        }
        None
    }
}

/// `seq[i]` for a list or tuple and an int index in range (negative counting from the
/// end); None for everything else, including the errors.
#[inline(always)]
fn item_at_int(o: &Obj, key: &Obj) -> Option<Obj> {
    let i = key.downcast::<IntObj>()?.0;
    if let Some(t) = crate::objects::tuple::as_tuple(o) {
        let i = if i < 0 {
            i.checked_add(t.len() as i64)?
        } else {
            i
        };
        return t.get(usize::try_from(i).ok()?).cloned();
    }
    let items = o.downcast::<ListObj>()?.items.try_borrow().ok()?;
    let i = if i < 0 {
        i.checked_add(items.len() as i64)?
    } else {
        i
    };
    items.get(usize::try_from(i).ok()?).cloned()
}

/// `lst[i] = v` for a list and an int index in range: the old item, to be dropped by
/// the caller outside the borrow; the value back for everything else.
#[inline(always)]
fn store_list_item_at_int(o: &Obj, key: &Obj, v: Obj) -> Result<Obj, Obj> {
    let (Some(l), Some(k)) = (o.downcast::<ListObj>(), key.downcast::<IntObj>()) else {
        return Err(v);
    };
    let Ok(mut items) = l.items.try_borrow_mut() else {
        return Err(v);
    };
    let i = if k.0 < 0 {
        k.0.checked_add(items.len() as i64)
    } else {
        Some(k.0)
    };
    match i
        .and_then(|i| usize::try_from(i).ok())
        .and_then(|i| items.get_mut(i))
    {
        Some(slot) => Ok(std::mem::replace(slot, v)),
        None => Err(v),
    }
}

/// A comparison of two machine numbers as Python's (for floats, NaN compares unequal
/// to everything, which `PartialOrd` gives).
#[inline(always)]
fn num_compare<T: PartialOrd>(op: CmpOpCode, a: T, b: T) -> bool {
    match op {
        CmpOpCode::Lt => a < b,
        CmpOpCode::Le => a <= b,
        CmpOpCode::Eq => a == b,
        CmpOpCode::Ne => a != b,
        CmpOpCode::Gt => a > b,
        CmpOpCode::Ge => a >= b,
    }
}

/// Float arithmetic with a float operand (the other a float or a small int) for the
/// operators whose result is the IEEE operation itself; None for everything needing
/// Python's rules (division by zero, floor division, modulo, powers).
#[inline(always)]
fn float_fast_op(op: BinOpCode, a: &Obj, b: &Obj) -> Option<f64> {
    let value = |o: &Obj| match o.downcast::<crate::objects::FloatObj>() {
        Some(f) => Some((f.0, true)),
        None => o.downcast::<IntObj>().map(|i| (i.0 as f64, false)),
    };
    let ((x, xf), (y, yf)) = (value(a)?, value(b)?);
    if !(xf || yf) {
        return None;
    }
    match op {
        BinOpCode::Add => Some(x + y),
        BinOpCode::Sub => Some(x - y),
        BinOpCode::Mul => Some(x * y),
        BinOpCode::TrueDiv if y != 0.0 => Some(x / y),
        // A positive finite base to a finite power whose result is finite: the other
        // cases (zero, negative bases, overflow, infinities) take the general path.
        BinOpCode::Pow if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            r.is_finite().then_some(r)
        }
        _ => None,
    }
}

/// Int arithmetic that stays within i64 (None when it would overflow or needs Python's
/// slower rules, e.g. division by zero).
#[inline(always)]
fn int_fast_op(op: BinOpCode, a: i64, b: i64) -> Option<i64> {
    match op {
        BinOpCode::Add => a.checked_add(b),
        BinOpCode::Sub => a.checked_sub(b),
        BinOpCode::Mul => a.checked_mul(b),
        BinOpCode::FloorDiv => {
            if b == 0 {
                return None;
            }
            let q = a.checked_div(b)?;
            Some(if (a % b != 0) && ((a < 0) != (b < 0)) {
                q - 1
            } else {
                q
            })
        }
        BinOpCode::Mod => {
            if b == 0 {
                return None;
            }
            let r = a.checked_rem(b)?;
            Some(if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            })
        }
        BinOpCode::And => Some(a & b),
        BinOpCode::Or => Some(a | b),
        BinOpCode::Xor => Some(a ^ b),
        _ => None,
    }
}

/// Layouts whose objects are always exactly one builtin type (subclass instances have
/// the instance layout), so that `LoadMethod` may cache by layout tag.
fn method_cacheable(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::List
            | Tag::Dict
            | Tag::Str
            | Tag::Tuple
            | Tag::Set
            | Tag::FrozenSet
            | Tag::Int
            | Tag::Float
            | Tag::Bytes
            | Tag::ByteArray
    )
}

/// The hit path of the `LoadGlobal` cache for a name found in the module namespace,
/// kept small enough to inline into the dispatch loop; everything else (builtins,
/// misses, refills) goes through `Vm::load_global_cached`.
#[inline(always)]
fn load_global_hit(code: &CodeObject, i: usize, globals: &Obj, builtins: &Obj) -> Option<Obj> {
    let entry = code.global_cache.get(i)?.get();
    if !entry.valid || entry.globals != globals.addr() {
        return None;
    }
    let table = globals.downcast::<DictObj>()?.table.try_borrow().ok()?;
    if table.version() != entry.globals_version {
        return None;
    }
    if !entry.in_builtins {
        return table.entry(entry.index as usize).map(|e| e.value.clone());
    }
    // The globals are unchanged, so they still lack the name; the builtin is still
    // where it was if the key at the remembered entry is the same interned name.
    let bt = builtins.downcast::<DictObj>()?.table.try_borrow().ok()?;
    let e = bt.entry(entry.index as usize)?;
    e.key.ptr_eq(code.names.get(i)?).then(|| e.value.clone())
}
