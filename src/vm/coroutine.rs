//! Coroutines and async generators (CPython 3.11's `genobject.c` behaviour).
//!
//! Both are `GeneratorObj`s of another kind: an `async def` frame runs and suspends
//! exactly like a generator's, `await` being the send loop of `yield from` over the
//! iterator `GET_AWAITABLE` makes. The objects around them are native types:
//! `coroutine_wrapper` (what `coro.__await__()` returns), the awaitables of async
//! generators (`async_generator_asend` for `__anext__`/`asend`, and
//! `async_generator_athrow` for `athrow`/`aclose`), and the marker wrapping the values
//! an async generator yields with `yield` (so they can be told from the values an
//! `await` inside it passes through to the event loop).

use std::cell::{Cell, RefCell};

use crate::compile::bytecode::async_op;
use crate::heap::Obj;
use crate::objects::generator::{GenKind, GeneratorObj};
use crate::objects::native::{NativeState, native_state};
use crate::objects::{ExceptionObj, Tag, tag_of};

use super::native::NativeTypeSpec;
use super::{Args, PyErr, PyResult, Vm};

/// The kind of a generator-like object, None for anything else.
pub(crate) fn gen_kind(o: &Obj) -> Option<GenKind> {
    o.downcast::<GeneratorObj>().map(|g| g.kind)
}

/// True for coroutines and async generators (not iterable, not iterators).
pub(crate) fn is_async_object(o: &Obj) -> bool {
    gen_kind(o).is_some_and(|k| k != GenKind::Generator)
}

// ---------------------------------------------------------------------------------
// Values yielded by `yield` inside an async generator.

struct Wrapped(RefCell<Option<Obj>>);
impl NativeState for Wrapped {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(v) = self.0.try_borrow()
            && let Some(v) = v.as_ref()
        {
            visit(v);
        }
    }
    fn clear(&self) {
        let old = self.0.try_borrow_mut().map(|mut v| v.take());
        drop(old);
    }
}

static WRAPPED: NativeTypeSpec = NativeTypeSpec {
    c_type: false,
    ..NativeTypeSpec::new("builtins", "async_generator_wrapped_value")
};

fn unwrap_yielded(v: &Obj) -> Option<Obj> {
    native_state::<Wrapped>(v).and_then(|w| w.0.borrow().clone())
}

// ---------------------------------------------------------------------------------
// coroutine.__await__()

struct CoroWrapper(Obj);
impl NativeState for CoroWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.0);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        match vm.resume_generator(&self.0, None, None)? {
            Ok(v) => Ok(Some(v)),
            Err(_) => Ok(None),
        }
    }
}

static CORO_WRAPPER: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("send", await_send_method),
        ("throw", await_throw_method),
        ("close", await_close_method),
        ("__next__", await_next_method),
        ("__iter__", await_iter_method),
    ],
    c_type: false,
    ..NativeTypeSpec::new("builtins", "coroutine_wrapper")
};

// ---------------------------------------------------------------------------------
// Awaitables of async generators.

const INIT: u8 = 0;
const ITER: u8 = 1;
const CLOSED: u8 = 2;

struct ASend {
    gen_: Obj,
    value: RefCell<Option<Obj>>,
    state: Cell<u8>,
}
impl NativeState for ASend {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.gen_);
        if let Ok(v) = self.value.try_borrow()
            && let Some(v) = v.as_ref()
        {
            visit(v);
        }
    }
    fn clear(&self) {
        let old = self.value.try_borrow_mut().map(|mut v| v.take());
        drop(old);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, this: &Obj) -> PyResult<Option<Obj>> {
        let none = vm.none();
        match vm.awaitable_send(this, none)? {
            Ok(v) => Ok(Some(v)),
            Err(_) => Ok(None),
        }
    }
}

static ASEND: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("send", await_send_method),
        ("throw", await_throw_method),
        ("close", await_close_method),
        ("__next__", await_next_method),
        ("__iter__", await_iter_method),
        ("__await__", await_iter_method),
    ],
    c_type: false,
    ..NativeTypeSpec::new("builtins", "async_generator_asend")
};

struct AThrow {
    gen_: Obj,
    /// The exception to throw; None for `aclose()`.
    exc: RefCell<Option<Obj>>,
    is_close: bool,
    state: Cell<u8>,
}
impl NativeState for AThrow {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.gen_);
        if let Ok(v) = self.exc.try_borrow()
            && let Some(v) = v.as_ref()
        {
            visit(v);
        }
    }
    fn clear(&self) {
        let old = self.exc.try_borrow_mut().map(|mut v| v.take());
        drop(old);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, this: &Obj) -> PyResult<Option<Obj>> {
        let none = vm.none();
        match vm.awaitable_send(this, none)? {
            Ok(v) => Ok(Some(v)),
            Err(_) => Ok(None),
        }
    }
}

static ATHROW: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("send", await_send_method),
        ("throw", await_throw_method),
        ("close", await_close_method),
        ("__next__", await_next_method),
        ("__iter__", await_iter_method),
        ("__await__", await_iter_method),
    ],
    c_type: false,
    ..NativeTypeSpec::new("builtins", "async_generator_athrow")
};

/// A step's outcome as a Python method returns it: the yielded value, or StopIteration
/// carrying the return value.
fn step_result(vm: &mut Vm, r: Result<Obj, Obj>) -> PyResult {
    match r {
        Ok(v) => Ok(v),
        Err(r) => Err(vm.stop_iteration(Some(r).filter(|r| !r.ptr_eq(&vm.s.none)))),
    }
}

fn await_send_method(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "send", 2, 2)?;
    let r = vm.awaitable_send(&args.pos[0], args.pos[1].clone())?;
    step_result(vm, r)
}

fn await_next_method(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__next__", 1, 1)?;
    let none = vm.none();
    let r = vm.awaitable_send(&args.pos[0], none)?;
    step_result(vm, r)
}

fn await_iter_method(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__iter__", 1, 1)?;
    Ok(args.pos[0].clone())
}

fn await_throw_method(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "throw", 2, 4)?;
    let exc = vm.throw_args_exception(&args.pos[1..])?;
    let r = vm.awaitable_throw(&args.pos[0], exc)?;
    step_result(vm, r)
}

fn await_close_method(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "close", 1, 1)?;
    let this = &args.pos[0];
    if let Some(w) = native_state::<CoroWrapper>(this) {
        let c = w.0.clone();
        vm.generator_close(&c)?;
    } else if let Some(a) = native_state::<ASend>(this) {
        a.state.set(CLOSED);
    } else if let Some(a) = native_state::<AThrow>(this) {
        a.state.set(CLOSED);
    }
    Ok(vm.none())
}

// ---------------------------------------------------------------------------------
// Methods of coroutines and async generators.

fn coro_await(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__await__", 1, 1)?;
    vm.new_native(&CORO_WRAPPER, CoroWrapper(args.pos[0].clone()))
}

pub const COROUTINE_METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("send", super::object_methods::gen_send),
    ("throw", super::object_methods::gen_throw),
    ("close", super::object_methods::gen_close),
    ("__await__", coro_await),
];

fn agen_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj> {
    match args.pos.first() {
        Some(g) if gen_kind(g) == Some(GenKind::AsyncGenerator) => Ok(g.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'async_generator' object"
        ))),
    }
}

fn agen_aiter(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__aiter__", 1, 1)?;
    agen_self(vm, &args, "__aiter__")
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__anext__", 1, 1)?;
    let g = agen_self(vm, &args, "__anext__")?;
    vm.new_asend(g, None)
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "asend", 2, 2)?;
    let g = agen_self(vm, &args, "asend")?;
    vm.new_asend(g, Some(args.pos[1].clone()))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "athrow", 2, 4)?;
    let g = agen_self(vm, &args, "athrow")?;
    let exc = vm.throw_args_exception(&args.pos[1..])?;
    let exc = vm.exc_object(exc);
    vm.new_native(
        &ATHROW,
        AThrow {
            gen_: g,
            exc: RefCell::new(Some(exc)),
            is_close: false,
            state: Cell::new(INIT),
        },
    )
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "aclose", 1, 1)?;
    let g = agen_self(vm, &args, "aclose")?;
    vm.new_native(
        &ATHROW,
        AThrow {
            gen_: g,
            exc: RefCell::new(None),
            is_close: true,
            state: Cell::new(INIT),
        },
    )
}

pub const ASYNC_GEN_METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("__aiter__", agen_aiter),
    ("__anext__", agen_anext),
    ("asend", agen_asend),
    ("athrow", agen_athrow),
    ("aclose", agen_aclose),
];

impl Vm {
    fn new_asend(&mut self, g: Obj, value: Option<Obj>) -> PyResult {
        self.new_native(
            &ASEND,
            ASend {
                gen_: g,
                value: RefCell::new(value),
                state: Cell::new(INIT),
            },
        )
    }

    /// The exception `throw(typ[, val[, tb]])` raises.
    pub(crate) fn throw_args_exception(&mut self, args: &[Obj]) -> PyResult<PyErr> {
        let Some(typ) = args.first().cloned() else {
            return Err(self.type_error("throw expected at least 1 argument, got 0"));
        };
        // Only an exception class is instantiated: any other class is refused as it
        // is, without being called.
        let exception_class = tag_of(&typ) == Tag::Type && {
            let base = self.exc.base_exception.clone();
            self.is_subclass(&typ, &base)
        };
        let exc = if exception_class {
            let a: Vec<Obj> = args
                .get(1)
                .filter(|v| !v.ptr_eq(&self.s.none))
                .cloned()
                .into_iter()
                .collect();
            self.call(&typ, a)?
        } else {
            typ
        };
        if !exc.is::<ExceptionObj>() {
            let n = self.type_name(&exc);
            return Err(self.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {n}"
            )));
        }
        Ok(PyErr::Exc(exc))
    }

    /// `Op::Async` (all but END_ASYNC_FOR, which the dispatch loop handles).
    pub(crate) fn async_op(&mut self, arg: u32) -> PyResult<()> {
        let Some(top) = self.stack.pop() else {
            return Err(self.runtime_error("stack underflow"));
        };
        match arg {
            async_op::GET_AITER => {
                let Some(it) = self.call_special(&top, "__aiter__", vec![])? else {
                    let n = self.type_name(&top);
                    return Err(self.type_error(format!(
                        "'async for' requires an object with __aiter__ method, got {n}"
                    )));
                };
                let cls = self.type_of(&it);
                if self.lookup_type_attr(&cls, "__anext__").is_none() {
                    let n = self.type_name(&it);
                    return Err(self.type_error(format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {n}"
                    )));
                }
                self.stack.push(it);
            }
            async_op::GET_ANEXT => {
                self.stack.push(top.clone());
                let aw = if gen_kind(&top) == Some(GenKind::AsyncGenerator) {
                    self.new_asend(top, None)?
                } else {
                    let Some(next) = self.call_special(&top, "__anext__", vec![])? else {
                        let n = self.type_name(&top);
                        return Err(self.type_error(format!(
                            "'async for' requires an iterator with __anext__ method, got {n}"
                        )));
                    };
                    match self.get_awaitable(&next, 0) {
                        Ok(a) => a,
                        Err(e) => {
                            if self.err_matches(&e, &self.exc.type_error.clone()) {
                                let n = self.type_name(&next);
                                let cause = self.exc_object(e);
                                let err = self.type_error(format!(
                                    "'async for' received an invalid object from __anext__: {n}"
                                ));
                                let eo = self.exc_object(err);
                                if let Some(x) = eo.downcast::<ExceptionObj>() {
                                    x.set_context(Some(cause.clone()));
                                    x.set_cause(self.alloc(), Some(cause), true)?;
                                }
                                return Err(PyErr::Exc(eo));
                            }
                            return Err(e);
                        }
                    }
                };
                self.stack.push(aw);
            }
            async_op::BEFORE_ASYNC_WITH => {
                let cls = self.type_of(&top);
                let enter = self.lookup_type_attr(&cls, "__aenter__");
                let exit = self.lookup_type_attr(&cls, "__aexit__");
                let (Some(enter), Some(exit)) = (enter, exit) else {
                    let n = self.type_name(&top);
                    let missing = if self.lookup_type_attr(&cls, "__aenter__").is_none() {
                        ""
                    } else {
                        " (missed __aexit__ method)"
                    };
                    return Err(self.type_error(format!(
                        "'{n}' object does not support the asynchronous context manager protocol{missing}"
                    )));
                };
                let exit_bound = self.bind_descriptor(exit, &top, &cls)?;
                self.stack.push(exit_bound);
                let entered = self.call_method_with(&enter, &top, &[])?;
                self.stack.push(entered);
            }
            async_op::ASYNC_GEN_WRAP => {
                let w = self.new_native(&WRAPPED, Wrapped(RefCell::new(Some(top))))?;
                self.stack.push(w);
            }
            k => {
                let aw = self.get_awaitable(&top, k.saturating_sub(async_op::GET_AWAITABLE))?;
                self.stack.push(aw);
            }
        }
        Ok(())
    }

    /// CPython's `_PyCoro_GetAwaitableIter` with GET_AWAITABLE's messages.
    pub(crate) fn get_awaitable(&mut self, o: &Obj, kind: u32) -> PyResult {
        match gen_kind(o) {
            Some(GenKind::Coroutine) => {
                if self.awaiting_target(o).is_some() {
                    return Err(self.runtime_error("coroutine is being awaited already"));
                }
                return Ok(o.clone());
            }
            Some(GenKind::Generator)
                if o.downcast::<GeneratorObj>().is_some_and(|g| {
                    g.frame.try_borrow().is_ok_and(|f| {
                        f.as_ref()
                            .is_some_and(|f| f.code.flags & ITERABLE_COROUTINE != 0)
                    })
                }) =>
            {
                return Ok(o.clone());
            }
            _ => {}
        }
        let cls = self.type_of(o);
        let Some(m) = self.lookup_type_attr(&cls, "__await__") else {
            let n = self.type_name(o);
            let msg = match kind {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {n}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {n}"
                ),
                _ => format!("object {n} can't be used in 'await' expression"),
            };
            return Err(self.type_error(msg));
        };
        let it = self.call_method_with(&m, o, &[])?;
        if gen_kind(&it) == Some(GenKind::Coroutine) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        let is_iter = gen_kind(&it) == Some(GenKind::Generator) || {
            let c = self.type_of(&it);
            self.lookup_type_attr(&c, "__next__").is_some()
        };
        if !is_iter {
            let n = self.type_name(&it);
            return Err(self.type_error(format!("__await__() returned non-iterator of type '{n}'")));
        }
        Ok(it)
    }

    /// What a suspended coroutine is awaiting (the receiver of its send loop).
    fn awaiting_target(&self, o: &Obj) -> Option<Obj> {
        let g = o.downcast::<GeneratorObj>()?;
        let frame = g.frame.try_borrow().ok()?;
        let f = frame.as_ref()?;
        if f.ip == 0 {
            return None;
        }
        let instrs = &f.code.instrs;
        let after_yield = f.ip.checked_sub(1).and_then(|i| instrs.get(i));
        if !matches!(after_yield, Some(crate::compile::bytecode::Op::YieldValue)) {
            return None;
        }
        match instrs.get(f.ip) {
            Some(crate::compile::bytecode::Op::Jump(_)) => f.stack().last().cloned(),
            _ => None,
        }
    }

    /// The send step of the awaitables defined here, for the `await` loop (`Send`) and
    /// their `send` methods; None when `recv` is not one of them.
    pub(crate) fn native_await_send(
        &mut self,
        recv: &Obj,
        value: &Obj,
    ) -> Option<PyResult<Result<Obj, Obj>>> {
        if tag_of(recv) != Tag::Native {
            return None;
        }
        if native_state::<CoroWrapper>(recv).is_none()
            && native_state::<ASend>(recv).is_none()
            && native_state::<AThrow>(recv).is_none()
        {
            return None;
        }
        Some(self.awaitable_send(recv, value.clone()))
    }

    fn awaitable_send(&mut self, this: &Obj, value: Obj) -> PyResult<Result<Obj, Obj>> {
        if let Some(w) = native_state::<CoroWrapper>(this) {
            let c = w.0.clone();
            return self.resume_generator(&c, Some(value), None);
        }
        if let Some(a) = native_state::<ASend>(this) {
            return self.asend_send(a, value);
        }
        if let Some(a) = native_state::<AThrow>(this) {
            return self.athrow_send(a, value);
        }
        Err(self.type_error("not an awaitable"))
    }

    fn awaitable_throw(&mut self, this: &Obj, exc: PyErr) -> PyResult<Result<Obj, Obj>> {
        if let Some(w) = native_state::<CoroWrapper>(this) {
            let c = w.0.clone();
            return self.throw_into_generator(&c, exc);
        }
        if let Some(a) = native_state::<ASend>(this) {
            if a.state.get() == CLOSED {
                return Err(self.runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
            let g = a.gen_.clone();
            let r = self.throw_into_generator(&g, exc);
            let r = self.async_gen_unwrap(&g, r);
            if !matches!(r, Ok(Ok(_))) {
                a.state.set(CLOSED);
            }
            return r;
        }
        if let Some(a) = native_state::<AThrow>(this) {
            if a.state.get() == CLOSED {
                return Err(self.runtime_error("cannot reuse already awaited aclose()/athrow()"));
            }
            let g = a.gen_.clone();
            let r = self.throw_into_generator(&g, exc);
            return self.athrow_result(a, &g, r);
        }
        Err(self.type_error("not an awaitable"))
    }

    /// CPython's `async_gen_unwrap_value`: a wrapped yield finishes the awaitable with
    /// that value; the generator returning raises StopAsyncIteration.
    fn async_gen_unwrap(
        &mut self,
        g: &Obj,
        r: PyResult<Result<Obj, Obj>>,
    ) -> PyResult<Result<Obj, Obj>> {
        let Some(gen_) = g.downcast::<GeneratorObj>() else {
            return r;
        };
        match r {
            Ok(Ok(v)) => match unwrap_yielded(&v) {
                Some(inner) => {
                    gen_.running_async.set(false);
                    Ok(Err(inner))
                }
                None => Ok(Ok(v)),
            },
            Ok(Err(_)) => {
                gen_.running_async.set(false);
                gen_.ag_closed.set(true);
                let cls = self.exc.stop_async_iteration.clone();
                Err(self.new_exception(&cls, vec![]))
            }
            Err(e) => {
                gen_.running_async.set(false);
                if self.err_matches(&e, &self.exc.stop_async_iteration.clone())
                    || self.err_matches(&e, &self.exc.generator_exit.clone())
                {
                    gen_.ag_closed.set(true);
                }
                Err(e)
            }
        }
    }

    fn asend_send(&mut self, a: &ASend, value: Obj) -> PyResult<Result<Obj, Obj>> {
        if a.state.get() == CLOSED {
            return Err(self.runtime_error("cannot reuse already awaited __anext__()/asend()"));
        }
        let g = a.gen_.clone();
        let mut value = value;
        if a.state.get() == INIT {
            if let Some(gen_) = g.downcast::<GeneratorObj>() {
                if gen_.running_async.get() {
                    a.state.set(CLOSED);
                    return Err(
                        self.runtime_error("anext(): asynchronous generator is already running")
                    );
                }
                gen_.running_async.set(true);
            }
            if value.ptr_eq(&self.s.none)
                && let Some(v) = a.value.borrow_mut().take()
            {
                value = v;
            }
            a.state.set(ITER);
        }
        let r = self.resume_generator(&g, Some(value), None);
        let r = self.async_gen_unwrap(&g, r);
        if !matches!(r, Ok(Ok(_))) {
            a.state.set(CLOSED);
        }
        r
    }

    fn athrow_send(&mut self, a: &AThrow, value: Obj) -> PyResult<Result<Obj, Obj>> {
        if a.state.get() == CLOSED {
            return Err(self.runtime_error("cannot reuse already awaited aclose()/athrow()"));
        }
        let g = a.gen_.clone();
        let Some(gen_) = g.downcast::<GeneratorObj>() else {
            return Err(self.type_error("not an async generator"));
        };
        if gen_.frame.borrow().is_none() {
            a.state.set(CLOSED);
            return Ok(Err(self.none()));
        }
        if a.state.get() == INIT {
            if gen_.running_async.get() {
                a.state.set(CLOSED);
                let msg = if a.is_close {
                    "aclose(): asynchronous generator is already running"
                } else {
                    "athrow(): asynchronous generator is already running"
                };
                return Err(self.runtime_error(msg));
            }
            if gen_.ag_closed.get() {
                a.state.set(CLOSED);
                let cls = self.exc.stop_async_iteration.clone();
                return Err(self.new_exception(&cls, vec![]));
            }
            if !value.ptr_eq(&self.s.none) {
                return Err(
                    self.runtime_error("can't send non-None value to a just-started coroutine")
                );
            }
            a.state.set(ITER);
            gen_.running_async.set(true);
            let exc = if a.is_close {
                gen_.ag_closed.set(true);
                let ge = self.exc.generator_exit.clone();
                self.new_exception(&ge, vec![])
            } else {
                match a.exc.borrow().clone() {
                    Some(e) => PyErr::Exc(e),
                    None => return Err(self.runtime_error("athrow without an exception")),
                }
            };
            let r = self.throw_into_generator(&g, exc);
            return self.athrow_result(a, &g, r);
        }
        let r = self.resume_generator(&g, Some(value), None);
        self.athrow_result(a, &g, r)
    }

    fn athrow_result(
        &mut self,
        a: &AThrow,
        g: &Obj,
        r: PyResult<Result<Obj, Obj>>,
    ) -> PyResult<Result<Obj, Obj>> {
        if !a.is_close {
            let r = self.async_gen_unwrap(g, r);
            if !matches!(r, Ok(Ok(_))) {
                a.state.set(CLOSED);
            }
            return r;
        }
        let Some(gen_) = g.downcast::<GeneratorObj>() else {
            return r;
        };
        match r {
            Ok(Ok(v)) => {
                if unwrap_yielded(&v).is_some() {
                    gen_.running_async.set(false);
                    a.state.set(CLOSED);
                    return Err(self.runtime_error("async generator ignored GeneratorExit"));
                }
                Ok(Ok(v))
            }
            Ok(Err(_)) => {
                gen_.running_async.set(false);
                a.state.set(CLOSED);
                Ok(Err(self.none()))
            }
            Err(e) => {
                gen_.running_async.set(false);
                a.state.set(CLOSED);
                if self.err_matches(&e, &self.exc.stop_async_iteration.clone())
                    || self.err_matches(&e, &self.exc.generator_exit.clone())
                {
                    return Ok(Err(self.none()));
                }
                Err(e)
            }
        }
    }

    /// Finalizer of a generator-like object: a coroutine that never ran is dropped with
    /// CPython's "never awaited" RuntimeWarning; others are closed.
    pub(crate) fn finalize_generator(&mut self, obj: &Obj) -> PyResult<()> {
        let Some(g) = obj.downcast::<GeneratorObj>() else {
            return Ok(());
        };
        if g.kind == GenKind::Coroutine && !g.started.get() {
            let old = g.frame.borrow_mut().take();
            if old.is_none() {
                return Ok(());
            }
            drop(old);
            g.finished.set(true);
            let name = g.qualname.get();
            let name = crate::objects::str::as_str(&name).unwrap_or("?").to_owned();
            self.warn_never_awaited(&name);
            return Ok(());
        }
        self.generator_close(obj)
    }

    fn warn_never_awaited(&mut self, name: &str) {
        let Some(f) = self.frames.last() else {
            return;
        };
        let file = f.code.filename.clone();
        let line = f
            .code
            .positions
            .get(f.ip.saturating_sub(1))
            .map_or(0, |l| l.line);
        let key = format!("{file}:{line}:{name}");
        let first = self.never_awaited_warned.insert(key);
        if !first {
            return;
        }
        let mut text =
            format!("{file}:{line}: RuntimeWarning: coroutine '{name}' was never awaited\n");
        if let Some(src) = self.source_line(&file, line) {
            text.push_str(&format!("  {src}\n"));
        }
        text.push_str(
            "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
        );
        super::gc_observe::write_stderr(self, &text);
    }
}

/// CPython's `CO_ITERABLE_COROUTINE` (`types.coroutine` on a generator function).
pub const ITERABLE_COROUTINE: u32 = 0x4_0000;
