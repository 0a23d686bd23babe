//! The instruction set and the code object the compiler produces.

use std::rc::Rc;

use crate::heap::Obj;
use crate::syntax::ast::Loc;

use super::locations::LocationTable;

/// Binary operators, shared by `BinaryOp` and `InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinOpCode {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOpCode {
    /// Every operator, in declaration order (so `ALL[op as usize] == op`).
    pub const ALL: [BinOpCode; 13] = [
        BinOpCode::Add,
        BinOpCode::Sub,
        BinOpCode::Mul,
        BinOpCode::MatMul,
        BinOpCode::TrueDiv,
        BinOpCode::FloorDiv,
        BinOpCode::Mod,
        BinOpCode::Pow,
        BinOpCode::LShift,
        BinOpCode::RShift,
        BinOpCode::And,
        BinOpCode::Or,
        BinOpCode::Xor,
    ];

    /// The operator as written, for error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOpCode::Add => "+",
            BinOpCode::Sub => "-",
            BinOpCode::Mul => "*",
            BinOpCode::MatMul => "@",
            BinOpCode::TrueDiv => "/",
            BinOpCode::FloorDiv => "//",
            BinOpCode::Mod => "%",
            BinOpCode::Pow => "**",
            BinOpCode::LShift => "<<",
            BinOpCode::RShift => ">>",
            BinOpCode::And => "&",
            BinOpCode::Or => "|",
            BinOpCode::Xor => "^",
        }
    }

    /// Names of the special methods: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOpCode::Add => ("__add__", "__radd__", "__iadd__"),
            BinOpCode::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOpCode::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOpCode::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOpCode::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOpCode::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOpCode::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOpCode::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOpCode::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOpCode::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOpCode::And => ("__and__", "__rand__", "__iand__"),
            BinOpCode::Or => ("__or__", "__ror__", "__ior__"),
            BinOpCode::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Rich comparisons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOpCode {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOpCode {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOpCode::Lt => "<",
            CmpOpCode::Le => "<=",
            CmpOpCode::Eq => "==",
            CmpOpCode::Ne => "!=",
            CmpOpCode::Gt => ">",
            CmpOpCode::Ge => ">=",
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CmpOpCode::Lt => "__lt__",
            CmpOpCode::Le => "__le__",
            CmpOpCode::Eq => "__eq__",
            CmpOpCode::Ne => "__ne__",
            CmpOpCode::Gt => "__gt__",
            CmpOpCode::Ge => "__ge__",
        }
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOpCode {
        match self {
            CmpOpCode::Lt => CmpOpCode::Gt,
            CmpOpCode::Le => CmpOpCode::Ge,
            CmpOpCode::Eq => CmpOpCode::Eq,
            CmpOpCode::Ne => CmpOpCode::Ne,
            CmpOpCode::Gt => CmpOpCode::Lt,
            CmpOpCode::Ge => CmpOpCode::Le,
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOpCode {
    Neg,
    Pos,
    Invert,
    Not,
}

/// One instruction. Jump targets are instruction indices.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    PopTop,
    /// Push a new reference to the n-th item from the top (1 = TOS).
    Copy(u32),
    /// Swap TOS with the n-th item from the top.
    Swap(u32),
    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Load/store through the cell in slot `nlocals + i` (cellvars then freevars).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Class bodies: look in the class namespace first, then the cell.
    LoadClassDeref(u32),
    /// Push the cell object itself (to build a closure tuple).
    LoadClosure(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Pushes `[method, self]` for a plain function found on the type, else
    /// `[NULL, attribute]`; consumed by `CallMethod`.
    LoadMethod(u32),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BinaryOp(BinOpCode),
    InplaceOp(BinOpCode),
    /// Superinstructions the compiler forms from adjacent pairs (see `fuse.rs`): they
    /// save dispatches and, for the operators, the reference traffic of pushing both
    /// operands.
    /// `LoadFast(a); LoadFast(b)`.
    LoadFastLoadFast(u16, u16),
    /// `LoadFast(a); LoadConst(c)`.
    LoadFastLoadConst(u16, u16),
    /// `LoadFast(a); LoadFast(b); BinaryOp(op)`.
    BinaryOpFastFast(BinOpCode, u16, u16),
    /// `LoadFast(a); LoadConst(c); BinaryOp(op)`.
    BinaryOpFastConst(BinOpCode, u16, u16),
    /// `LoadFast(a); LoadFast(b); InplaceOp(op)`.
    InplaceOpFastFast(BinOpCode, u16, u16),
    /// `LoadFast(a); LoadConst(c); InplaceOp(op)`.
    InplaceOpFastConst(BinOpCode, u16, u16),
    /// `LoadFastLoadFast(a, k); BinarySubscr`: `a[k]`.
    BinarySubscrFastFast(u16, u16),
    /// `LoadFastLoadConst(a, c); BinarySubscr`: `a[c]`.
    BinarySubscrFastConst(u16, u16),
    /// `LoadFastLoadFast(a, k); StoreSubscr`: `a[k] = TOS`.
    StoreSubscrFastFast(u16, u16),
    /// `LoadFastLoadConst(a, c); StoreSubscr`: `a[c] = TOS`.
    StoreSubscrFastConst(u16, u16),
    /// `LoadFast(a); LoadAttr(i)`: `a.name`, for a local that is always bound (a
    /// parameter no `del` or `except ... as` unbinds).
    LoadFastAttr(u16, u16),
    /// `LoadFast(a); LoadMethod(i)`: `a.name(...)`, `a` always bound as above.
    LoadFastMethod(u16, u16),
    /// `LoadFast(a); StoreAttr(i)`: `a.name = TOS`, `a` always bound as above.
    StoreAttrFast(u16, u16),
    /// `LoadFastLoadFast(v, a); StoreAttr(i)`: `a.name = v`, both always bound as above.
    StoreAttrFastFast(u16, u16, u16),
    /// `LoadFastLoadConst(a, c); CompareJumpIfFalse(op, target)` (target below 65536).
    CompareFastConstJumpIfFalse(CmpOpCode, u16, u16, u16),
    /// `LoadFastLoadConst(a, c); CompareJumpIfTrue(op, target)` (target below 65536).
    CompareFastConstJumpIfTrue(CmpOpCode, u16, u16, u16),
    UnaryOp(UnaryOpCode),
    CompareOp(CmpOpCode),
    /// `is` (false) / `is not` (true).
    IsOp(bool),
    /// `in` (false) / `not in` (true).
    ContainsOp(bool),
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// n key/value pairs.
    BuildMap(u32),
    /// 2 or 3 items.
    BuildSlice(u32),
    /// `o[start:stop]` (2) or `o[start:stop:step]` (3), the bounds on the stack above
    /// `o`: lists, tuples and strs with int or None bounds are sliced without a slice
    /// object.
    BinarySlice(u32),
    /// `o[start:stop(:step)] = v`, the stack holding `v, o, start, stop(, step)`.
    StoreSlice(u32),
    /// Concatenate n strings.
    BuildString(u32),
    /// Append TOS to the list n items down (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    /// Key is second, value TOS.
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// `**` in a call: like DictUpdate but duplicate keys are an error.
    DictMerge(u32),
    ListToTuple,
    UnpackSequence(u32),
    /// `a, *b, c = ...`: low 8 bits = names before the star, the rest = names after.
    UnpackEx(u32),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `a op b` then jump if the result is false (the compiler fuses a comparison
    /// with the conditional jump that consumes it).
    CompareJumpIfFalse(CmpOpCode, u32),
    /// As `CompareJumpIfFalse`, jumping when the result is true.
    CompareJumpIfTrue(CmpOpCode, u32),
    /// Pop; jump if the value is None (used by `with`).
    PopJumpIfNotNone(u32),
    /// `x is None` as a branch condition.
    PopJumpIfNone(u32),
    GetIter,
    /// Push the next item of the iterator at TOS, or pop it and jump when exhausted.
    ForIter(u32),
    /// `[callable, args...]`.
    Call(u32),
    /// `[callable, args..., kwnames tuple]`: the last `len(kwnames)` args are keywords.
    CallKw(u32),
    /// `[callable, args tuple, kwargs dict?]`; the argument says whether kwargs is there.
    CallEx(u32),
    /// `[method or NULL, self or callable, args...]`.
    CallMethod(u32),
    /// Flags: 1 defaults tuple, 2 kw-defaults dict, 4 annotations dict, 8 closure tuple;
    /// the code object is TOS, qualified name is stored in it.
    MakeFunction(u32),
    ReturnValue,
    /// `LoadConst(c); ReturnValue`.
    ReturnConst(u32),
    YieldValue,
    /// Prepare the iterable of `yield from`.
    GetYieldFromIter,
    /// `[receiver, value]`: send value into receiver; push the result or, when the
    /// receiver is exhausted, replace both by its return value and jump.
    Send(u32),
    /// 0: re-raise the active exception; 1: raise TOS; 2: raise TOS1 from TOS.
    Raise(u32),
    /// Re-raise TOS (the exception a handler is finishing with).
    Reraise,
    /// Coroutine support, one of `async_op::*`: awaitables, `async for`, `async with`,
    /// async generator yields.
    Async(u32),
    /// Handler entry: `[exc]` -> `[previous exc_info, exc]`, and make exc current.
    PushExcInfo,
    /// Handler exit: pop the saved exc_info and restore it.
    PopExcept,
    /// `[exc, type]` -> `[exc, bool]`.
    CheckExcMatch,
    /// `except*` support, one of `except_star_op::*`.
    ExceptStar(u32),
    /// Conversion in the low 2 bits (0 none, 1 str, 2 repr, 3 ascii); bit 2: a format
    /// spec is on the stack above the value.
    FormatValue(u32),
    /// `[level, fromlist] -> [module]`.
    ImportName(u32),
    /// `[module] -> [module, attr]`.
    ImportFrom(u32),
    ImportStar,
    SetupAnnotations,
    LoadAssertionError,
    LoadBuildClass,
    /// REPL: print the repr of TOS (unless None) and bind it to `_`.
    PrintExpr,
    /// Match statements (see `compile/patterns.rs`, `vm/pattern.rs`).
    /// `[subject] -> [subject, matched]`: whether the subject is a sequence (not str,
    /// bytes or bytearray) of the length required: `arg >> 1` items, or at least that
    /// many when bit 0 (a starred sub-pattern) is set.
    MatchSequence(u32),
    /// `[subject] -> [subject, matched]`: whether the subject is a mapping with at
    /// least `arg` items.
    MatchMapping(u32),
    /// `[subject, keys] -> [subject, keys, values or None, matched]`.
    MatchKeys,
    /// `[subject, cls, kwnames] -> [attributes or None, matched]` for a class pattern
    /// with `arg` positional sub-patterns.
    MatchClass(u32),
    /// `[subject, keys] -> [subject, dict of the other items]`.
    CopyDictWithoutKeys,
    /// `[cm] -> [exit bound method, enter result]`.
    BeforeWith,
    /// `[exit, ..., exc]` -> call exit(type, exc, tb) and push its result.
    WithExceptStart,
}

/// A handler region: an exception raised by an instruction in `start..end` jumps to
/// `target` after the value stack is cut back to `depth` items (plus the last
/// instruction index when `push_lasti`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

pub mod code_flags {
    pub const VARARGS: u32 = 0x04;
    pub const VARKEYWORDS: u32 = 0x08;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    /// A function body (locals are fast slots), as opposed to module or class code.
    pub const FUNCTION: u32 = 0x100;
    /// The first constant is the function's docstring.
    pub const HAS_DOCSTRING: u32 = 0x200;
    /// `async def` (with GENERATOR: its frame lives in a coroutine object).
    pub const COROUTINE: u32 = 0x1_0000;
    /// `async def` with `yield` (with GENERATOR).
    pub const ASYNC_GENERATOR: u32 = 0x2_0000;
    /// Compiled under `from __future__ import annotations` (CPython's
    /// CO_FUTURE_ANNOTATIONS): `compile()` called from this code inherits it.
    pub const FUTURE_ANNOTATIONS: u32 = 0x100_0000;
}

/// The operations of `Op::Async`.
/// The operations of `Op::ExceptStar`.
pub mod except_star_op {
    /// `[exc, type]` -> `[rest, match]`: the part of exc matching type (a naked
    /// exception wrapped in a group) and what is left, each None when empty; a match
    /// becomes the exception being handled.
    pub const CHECK_EG_MATCH: u32 = 0;
    /// `[orig, raised]` -> `[exc or None]`: what the `except*` clauses raised or left
    /// unhandled (the list `raised`), as one exception to re-raise.
    pub const PREP_RERAISE_STAR: u32 = 1;
}

pub mod async_op {
    /// `[obj] -> [awaitable iterator]`; plus 1 after `__aenter__`, 2 after `__aexit__`
    /// (for CPython's error messages).
    pub const GET_AWAITABLE: u32 = 0;
    /// `[obj] -> [async iterator]`.
    pub const GET_AITER: u32 = 4;
    /// `[aiter] -> [aiter, awaitable of __anext__()]`.
    pub const GET_ANEXT: u32 = 5;
    /// Handler of `async for`: `[aiter, exc]` -> `[]` on StopAsyncIteration, else re-raise.
    pub const END_ASYNC_FOR: u32 = 6;
    /// `[mgr] -> [bound __aexit__, mgr.__aenter__()]`.
    pub const BEFORE_ASYNC_WITH: u32 = 7;
    /// `[v] -> [wrapped v]`: a value an async generator yields to its caller.
    pub const ASYNC_GEN_WRAP: u32 = 8;
}

/// Where a `LoadGlobal` found its name last time: valid while the globals dict (and,
/// for builtins, the builtins dict) still has the recorded version.
#[derive(Clone, Copy, Debug, Default)]
pub struct GlobalCacheEntry {
    pub globals: usize,
    pub globals_version: u64,
    pub builtins_version: u64,
    /// The entry index in the dict that held the name.
    pub index: u32,
    pub in_builtins: bool,
    pub valid: bool,
}

/// Attribute cache entries per name.
pub const ATTR_CACHE_WAYS: usize = 4;

/// What an attribute cache entry remembers about where `o.name` was found, for objects
/// of one class (by address) at one type version tag. See `vm/attr_cache.rs`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AttrCacheKind {
    #[default]
    Empty,
    /// In the instance's inline namespace, usually at `index`.
    Instance,
    /// A plain function in the namespace of `mro[depth]`, dict entry `index`: a method.
    Method,
    /// A value that is not a descriptor, in `mro[depth]`'s namespace at entry `index`.
    ClassValue,
    /// A property in `mro[depth]`'s namespace at entry `index`.
    Property,
    /// A `__slots__` member: position `index` of the instance's slot values.
    Slot,
    /// A module attribute: entry `index` of the module's namespace.
    Module,
    /// Nothing can be cached for this class (a data descriptor of its own kind, a
    /// namespace held as a dict object, ...): take the generic path without trying again.
    Generic,
}

/// One attribute cache entry (`ATTR_CACHE_WAYS` per name: sites that see several
/// classes, as methods of a base class do, stay cached).
#[derive(Clone, Copy, Debug, Default)]
pub struct AttrCacheEntry {
    /// The address of the class the entry is for (0 for modules).
    pub type_addr: usize,
    /// That class's version tag when the entry was filled.
    pub version: u32,
    pub index: u32,
    pub depth: u16,
    pub kind: AttrCacheKind,
}

/// Value-stack slots a new generator's frame buffer has beyond its locals until its
/// code has needed more (see `CodeObject::generator_room`).
pub const DEFAULT_GENERATOR_ROOM: u32 = 8;

/// Compiled code for one scope.
#[derive(Debug)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// `name` and `qualname` as str objects, shared by every function made from this
    /// code (as CPython's functions share `co_name` and `co_qualname`).
    pub name_obj: Obj,
    pub qualname_obj: Obj,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub instrs: Vec<Op>,
    /// Source span of each instruction (decoded only on demand).
    pub positions: LocationTable,
    pub consts: Vec<Obj>,
    /// Interned strings used by name and attribute instructions.
    pub names: Vec<Obj>,
    /// Local variable names; parameters come first.
    pub varnames: Vec<Obj>,
    pub cellvars: Vec<Obj>,
    pub freevars: Vec<Obj>,
    /// For each cellvar, the parameter slot whose value seeds it.
    pub cell_params: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub exception_table: Vec<ExceptionEntry>,
    /// A call with exactly `argcount` positional arguments can bind them in place: no
    /// *args/**kwargs, keyword-only parameters, cells, free variables or generator.
    pub fast_call: bool,
    /// One cache slot per entry of `names`, used by `LoadGlobal`.
    pub global_cache: Vec<std::cell::Cell<GlobalCacheEntry>>,
    /// Per name: the method `LoadMethod` last found on a builtin type, with the layout
    /// tag (`Obj::tag`) that identifies the type. Builtin types are immutable, so an entry stays
    /// right for as long as the tag matches.
    pub method_cache: Vec<std::cell::RefCell<Option<(u32, Obj)>>>,
    /// Per name: where `LoadAttr`, `StoreAttr` and `LoadMethod` found it on the last
    /// classes they saw (see `vm/attr_cache.rs`).
    pub attr_cache: Vec<[std::cell::Cell<AttrCacheEntry>; ATTR_CACHE_WAYS]>,
    /// Compiled from the interpreter's own frozen modules (not from program text): its
    /// `import` statements are not limited by the sandbox's module allow-list.
    pub trusted: bool,
    /// The line of every instruction, decoded from `positions` the first time the
    /// instrumented dispatch mode (tracemalloc, line profilers) asks, which looks one
    /// up before every instruction; code that never runs instrumented never has it.
    pub traced_lines: std::cell::OnceCell<Box<[u32]>>,
    /// For generator code: the value-stack room (beyond the local slots) its frames
    /// have needed so far. A new generator's buffer is made this large at once, so a
    /// generator whose expressions go deeper than the default room grows its buffer
    /// once per code object rather than once per generator.
    pub generator_room: std::cell::Cell<u32>,
}

impl Op {
    /// The jump target of a jump instruction (a label before resolution, an
    /// instruction index after).
    pub fn jump_target(&self) -> Option<u32> {
        match *self {
            Op::Jump(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t)
            | Op::PopJumpIfNotNone(t)
            | Op::PopJumpIfNone(t)
            | Op::ForIter(t)
            | Op::Send(t)
            | Op::CompareJumpIfFalse(_, t)
            | Op::CompareJumpIfTrue(_, t) => Some(t),
            Op::CompareFastConstJumpIfFalse(_, _, _, t)
            | Op::CompareFastConstJumpIfTrue(_, _, _, t) => Some(t.into()),
            _ => None,
        }
    }
}

impl CodeObject {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Local slots including the cells: `nlocals + ncells + nfree`.
    pub fn frame_slots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    pub fn is_generator(&self) -> bool {
        self.flags & code_flags::GENERATOR != 0
    }

    pub fn is_function(&self) -> bool {
        self.flags & code_flags::FUNCTION != 0
    }

    /// The source line of instruction `ip` (the first line for an index past the end,
    /// 0 for an instruction without a position).
    pub fn line_of(&self, ip: usize) -> u32 {
        if ip >= self.positions.len() {
            return self.firstlineno;
        }
        self.positions.get(ip).map_or(0, |l| l.line)
    }

    /// The source span of instruction `ip` (CPython's `co_positions()` entry), when it
    /// has one.
    pub fn position_of(&self, ip: usize) -> Option<Loc> {
        self.positions.get(ip)
    }

    /// The line of instruction `ip` for the instrumented dispatch mode (0 without one).
    pub fn traced_line(&self, ip: usize) -> u32 {
        let lines = self.traced_lines.get_or_init(|| {
            self.positions
                .iter()
                .map(|p| p.map_or(0, |l| l.line))
                .collect()
        });
        lines.get(ip).copied().unwrap_or(0)
    }

    /// The innermost handler covering instruction `ip`.
    pub fn handler_for(&self, ip: usize) -> Option<&ExceptionEntry> {
        let ip = ip as u32;
        self.exception_table
            .iter()
            .find(|e| e.start <= ip && ip < e.end)
    }
}
