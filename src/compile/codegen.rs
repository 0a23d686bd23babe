//! AST to bytecode. One `Unit` per scope being compiled; nested scopes become code
//! object constants of their parent. Exception handling compiles to a per-code table of
//! handler regions (as CPython 3.11), so the normal path pays nothing for `try`.

use rustc_hash::FxHashMap;
use std::rc::Rc;

use num_bigint::BigInt;

use super::bytecode::{
    BinOpCode, CmpOpCode, CodeObject, ExceptionEntry, Op, UnaryOpCode, async_op, code_flags,
};
use super::fold::{ConstValue, fold_binop, fold_unary};
use super::object_maker::{MakeFailed, MakeResult, ObjectMaker};
use super::symtable::{NameScope, ScopeKind, SymbolTable};
use crate::heap::Obj;
use crate::syntax::ast::*;

#[path = "async_codegen.rs"]
mod async_codegen;
#[path = "codegen_call.rs"]
mod codegen_call;
#[path = "codegen_expr.rs"]
mod codegen_expr;
#[path = "codegen_scope.rs"]
mod codegen_scope;
#[path = "codegen_stmt.rs"]
mod codegen_stmt;
#[path = "codegen_try.rs"]
mod codegen_try;
#[path = "patterns.rs"]
mod patterns;
#[path = "try_star.rs"]
mod try_star;

/// A compile error: a SyntaxError CPython raises after parsing (symtable and compiler
/// checks), or a RecursionError for absurdly deep expressions.
#[derive(Debug, Clone)]
pub enum CompileError {
    Syntax {
        msg: String,
        loc: Loc,
        stage: ErrorStage,
    },
    TooDeep,
}

/// Which of CPython's compiler stages reports an error, which shapes its SyntaxError:
/// the compiler proper puts the location into `args`; the symbol table and the
/// future-import check set only the attributes (`args` is `(msg,)`), the latter with
/// no end column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorStage {
    Compiler,
    Symtable,
    Future,
}

type CResult<T = ()> = Result<T, CompileError>;

/// How a code object is used (the REPL echoes expression statements).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CompileMode {
    Module,
    Interactive,
    Eval,
}

/// Key under which equal constants are shared within one compilation.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    StrWtf8(Vec<u8>),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    /// A set display of constants, by its elements in source order.
    FrozenSet(Vec<ConstKey>),
    Code(usize),
}

fn const_key(v: &ConstValue) -> ConstKey {
    match v {
        ConstValue::None => ConstKey::None,
        ConstValue::Bool(b) => ConstKey::Bool(*b),
        ConstValue::Ellipsis => ConstKey::Ellipsis,
        ConstValue::Int(i) => ConstKey::Int(i.clone()),
        ConstValue::Float(f) => ConstKey::Float(f.to_bits()),
        ConstValue::Complex(re, im) => ConstKey::Complex(re.to_bits(), im.to_bits()),
        ConstValue::Str(s) => ConstKey::Str(s.clone()),
        ConstValue::StrWtf8(s) => ConstKey::StrWtf8(s.clone()),
        ConstValue::Bytes(b) => ConstKey::Bytes(b.clone()),
        ConstValue::Tuple(t) => ConstKey::Tuple(t.iter().map(const_key).collect()),
    }
}

/// What a `break`/`continue`/`return` must undo when leaving a block.
#[derive(Clone, Copy, Debug)]
enum Block<'a> {
    /// A for loop: the iterator is on the stack.
    For {
        start: usize,
        exit: usize,
    },
    While {
        start: usize,
        exit: usize,
    },
    /// `try` body with a `finally`: the finally body runs on the way out.
    Finally {
        body: &'a [Stmt<'a>],
        handlers_len: usize,
    },
    /// The body of `with`: `__exit__` is on the stack (`__aexit__`, to be awaited, for
    /// `async with`).
    With {
        handlers_len: usize,
        is_async: bool,
    },
    /// An except handler body: the saved exception is on the stack, and a name bound
    /// with `as` must be cleared on the way out.
    ExceptHandler {
        name: Option<&'a str>,
        handlers_len: usize,
    },
    /// An `except*` clause body: `break`, `continue` and `return` cannot leave it.
    ExceptStarHandler,
    /// The exception path of a finally: saved exception and current one on the stack.
    FinallyHandler {
        handlers_len: usize,
    },
    /// A finally body inlined by `return`: the return value waits under it, and a
    /// `break`/`continue` out of that body must drop it.
    PopValue,
}

/// One code object being compiled.
struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    name: String,
    qualname: String,
    instrs: Vec<Op>,
    locs: Vec<Loc>,
    handlers: Vec<Option<(usize, u32)>>,
    consts: Vec<Obj>,
    const_index: FxHashMap<ConstKey, u32>,
    names: Vec<Obj>,
    name_index: FxHashMap<String, u32>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<Option<usize>>,
    /// Position of the most recently bound label: an instruction there is a jump
    /// target and must not be fused into the one before it.
    last_label_at: usize,
    blocks: Vec<Block<'a>>,
    /// Active handler regions: (handler label, stack depth).
    handler_stack: Vec<(usize, u32)>,
    /// Stack depth contributed by enclosing blocks at statement level.
    depth: u32,
    loc: Loc,
    flags: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    firstlineno: u32,
    /// Local slots certainly bound where code is being emitted, besides the
    /// parameters: assigned by an earlier statement of an enclosing block (that
    /// statement completed), or the target of an enclosing `for` loop.
    bound_locals: Vec<u32>,
}

pub struct Compiler<'v, 'a> {
    /// Makes the objects of constants and names (the interpreter).
    vm: &'v mut dyn ObjectMaker,
    filename: Rc<str>,
    features: super::future::Features,
    table: SymbolTable,
    units: Vec<Unit<'a>>,
    const_cache: FxHashMap<ConstKey, Obj>,
    next_code_id: usize,
    mode: CompileMode,
    nesting: u32,
}

/// Deepest expression nesting compiled before giving up with RecursionError.
const MAX_NESTING: u32 = 2000;

impl Unit<'_> {
    fn new(scope: usize, kind: ScopeKind, name: &str, qualname: String, firstlineno: u32) -> Self {
        Unit {
            scope,
            kind,
            name: name.to_owned(),
            qualname,
            instrs: Vec::new(),
            locs: Vec::new(),
            handlers: Vec::new(),
            consts: Vec::new(),
            const_index: FxHashMap::default(),
            names: Vec::new(),
            name_index: FxHashMap::default(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            labels: Vec::new(),
            last_label_at: usize::MAX,
            blocks: Vec::new(),
            handler_stack: Vec::new(),
            depth: 0,
            loc: Loc {
                line: firstlineno,
                end_line: firstlineno,
                ..Loc::default()
            },
            flags: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno,
            bound_locals: Vec::new(),
        }
    }
}

/// Compiles a parsed module into a code object.
pub fn compile_module<'a>(
    vm: &mut dyn ObjectMaker,
    module: &Module<'a>,
    filename: &str,
    mode: CompileMode,
    inherited: super::future::Features,
) -> Result<Rc<CodeObject>, CompileError> {
    // CPython reads the future imports before it builds the symbol table.
    let mut features = super::future::features(module).map_err(|e| CompileError::Syntax {
        msg: e.msg,
        loc: e.loc,
        stage: e.stage,
    })?;
    let table = super::symtable::build(module).map_err(|e| CompileError::Syntax {
        msg: e.msg,
        loc: e.loc,
        stage: e.stage,
    })?;
    features.annotations |= inherited.annotations;
    let mut c = Compiler {
        vm,
        filename: Rc::from(filename),
        features,
        table,
        units: Vec::new(),
        const_cache: FxHashMap::default(),
        next_code_id: 0,
        mode,
        nesting: 0,
    };
    c.units.push(Unit::new(
        0,
        ScopeKind::Module,
        "<module>",
        "<module>".into(),
        1,
    ));
    match mode {
        CompileMode::Eval => {
            if let Some(Stmt {
                kind: StmtKind::Expr(e),
                ..
            }) = module.body.first()
            {
                c.expr(e)?;
            } else {
                c.load_const(ConstValue::None)?;
            }
            c.emit(Op::ReturnValue);
        }
        _ => {
            if module.body.iter().any(stmt_has_annotations) {
                c.emit(Op::SetupAnnotations);
            }
            c.docstring_to_name(module.body)?;
            for s in module.body {
                c.stmt(s)?;
            }
            c.load_const(ConstValue::None)?;
            c.emit(Op::ReturnValue);
        }
    }
    c.finish_unit()
}

fn stmt_has_annotations(s: &Stmt<'_>) -> bool {
    match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => {
            body.iter().chain(orelse.iter()).any(stmt_has_annotations)
        }
        StmtKind::With { body, .. } => body.iter().any(stmt_has_annotations),
        StmtKind::Match { cases, .. } => cases
            .iter()
            .any(|c| c.body.iter().any(stmt_has_annotations)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            body.iter()
                .chain(orelse.iter())
                .chain(finalbody.iter())
                .any(stmt_has_annotations)
                || handlers
                    .iter()
                    .any(|h| h.body.iter().any(stmt_has_annotations))
        }
        _ => false,
    }
}

fn bin_code(op: BinOp) -> BinOpCode {
    match op {
        BinOp::Add => BinOpCode::Add,
        BinOp::Sub => BinOpCode::Sub,
        BinOp::Mult => BinOpCode::Mul,
        BinOp::MatMult => BinOpCode::MatMul,
        BinOp::Div => BinOpCode::TrueDiv,
        BinOp::Mod => BinOpCode::Mod,
        BinOp::Pow => BinOpCode::Pow,
        BinOp::LShift => BinOpCode::LShift,
        BinOp::RShift => BinOpCode::RShift,
        BinOp::BitOr => BinOpCode::Or,
        BinOp::BitXor => BinOpCode::Xor,
        BinOp::BitAnd => BinOpCode::And,
        BinOp::FloorDiv => BinOpCode::FloorDiv,
    }
}

/// The rich comparison of a comparison operator (None for `is`/`in`).
fn rich_cmp(op: CmpOp) -> Option<CmpOpCode> {
    Some(match op {
        CmpOp::Eq => CmpOpCode::Eq,
        CmpOp::NotEq => CmpOpCode::Ne,
        CmpOp::Lt => CmpOpCode::Lt,
        CmpOp::LtE => CmpOpCode::Le,
        CmpOp::Gt => CmpOpCode::Gt,
        CmpOp::GtE => CmpOpCode::Ge,
        _ => return None,
    })
}

/// True for strings CPython interns as constants (only name characters).
pub(crate) fn all_name_chars(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

impl<'a> Compiler<'_, 'a> {
    fn u(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    fn ur(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    fn err(&self, msg: impl Into<String>, loc: Loc) -> CompileError {
        CompileError::Syntax {
            msg: msg.into(),
            loc,
            stage: ErrorStage::Compiler,
        }
    }

    fn emit(&mut self, op: Op) -> usize {
        let prev_bound = self.last_loads_bound_local();
        let u = self.u();
        let handler = u.handler_stack.last().copied();
        let at = u.instrs.len();
        let fusible = at > 0
            && u.last_label_at != at
            && u.handlers[at - 1] == handler
            && u.locs[at - 1].line == u.loc.line;
        // `v[i + 1]`, `f(x, n - 1)`: a constant after two locals goes with the second
        // (`LoadFast v; LoadFastLoadConst i 1`), so that an operator next takes both
        // as `BinaryOpFastConst`; without one, the count of instructions is the same.
        if fusible
            && prev_bound
            && let (Op::LoadFastLoadFast(a, b), Op::LoadConst(c)) = (u.instrs[at - 1], op)
            && let Ok(c) = u16::try_from(c)
        {
            u.instrs[at - 1] = Op::LoadFast(a.into());
            u.instrs.push(Op::LoadFastLoadConst(b, c));
            u.locs.push(u.loc);
            u.handlers.push(handler);
            return at;
        }
        if fusible && let Some(fused) = super::fuse::fuse(u.instrs[at - 1], op, prev_bound) {
            // The pair becomes one instruction; errors report the later one's position.
            u.instrs[at - 1] = fused;
            u.locs[at - 1] = u.loc;
            return at - 1;
        }
        u.instrs.push(op);
        u.locs.push(u.loc);
        u.handlers.push(handler);
        u.instrs.len() - 1
    }

    /// The jump back to a `for` loop's `start`. A body ending in `pass` (a `Nop`) has
    /// that `Nop` become the jump, on the `pass` line, as CPython 3.11 drops such `NOP`s
    /// there (not in `while` loops, whose test follows on another line). A jump to the
    /// end of the body (`if c: pass` as its last statement) keeps the `Nop`: the jump
    /// back must stay where that jump lands.
    fn emit_loop_back(&mut self, start: usize) {
        let u = self.u();
        let handler = u.handler_stack.last().copied();
        let end = u.instrs.len();
        if let Some(at) = end.checked_sub(1)
            && matches!(u.instrs[at], Op::Nop)
            && u.handlers[at] == handler
            && u.last_label_at != end
        {
            u.instrs[at] = Op::Jump(start as u32);
            return;
        }
        self.emit(Op::Jump(start as u32));
    }

    /// True when the last instruction loads only locals that are certainly bound
    /// there (see `Unit::bound_locals`) and that nothing in the function unbinds, so it
    /// cannot fail.
    fn last_loads_bound_local(&self) -> bool {
        let u = self.ur();
        let scope = &self.table.scopes[u.scope];
        let bound = |a: u32| {
            u.varnames.get(a as usize).is_some_and(|n| {
                (scope.params.contains(n) || u.bound_locals.contains(&a))
                    && !scope.unbinds.contains(n)
            })
        };
        u.kind == ScopeKind::Function
            && match u.instrs.last() {
                Some(&Op::LoadFast(a)) => bound(a),
                Some(&Op::LoadFastLoadFast(v, a)) => bound(v.into()) && bound(a.into()),
                Some(&Op::LoadFastLoadConst(a, _)) => bound(a.into()),
                _ => false,
            }
    }

    /// Records that the names `target` assigns are bound from here on (in this block
    /// and the blocks it encloses).
    pub(super) fn note_bound_target(&mut self, target: &Expr<'_>) {
        match &target.kind {
            ExprKind::Name(n) => {
                let name = self.mangle(n).into_owned();
                let u = self.u();
                if u.kind == ScopeKind::Function
                    && let Some(i) = u.varnames.iter().position(|v| *v == name)
                    && !u.bound_locals.contains(&(i as u32))
                {
                    u.bound_locals.push(i as u32);
                }
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for t in *items {
                    self.note_bound_target(t);
                }
            }
            ExprKind::Starred(inner) => self.note_bound_target(inner),
            _ => {}
        }
    }

    fn new_label(&mut self) -> usize {
        let u = self.u();
        u.labels.push(None);
        u.labels.len() - 1
    }

    fn bind_label(&mut self, l: usize) {
        let u = self.u();
        let pos = u.instrs.len();
        u.labels[l] = Some(pos);
        u.last_label_at = pos;
    }

    fn set_loc(&mut self, loc: Loc) -> Loc {
        let u = self.u();
        std::mem::replace(&mut u.loc, loc)
    }

    fn vm_err(&self, _e: MakeFailed) -> CompileError {
        CompileError::Syntax {
            msg: "out of memory while compiling".into(),
            loc: self.ur().loc,
            stage: ErrorStage::Compiler,
        }
    }

    fn make_const(&mut self, v: &ConstValue) -> MakeResult {
        let key = const_key(v);
        if let Some(o) = self.const_cache.get(&key) {
            return Ok(o.clone());
        }
        let o = match v {
            ConstValue::None => self.vm.none(),
            ConstValue::Bool(b) => self.vm.bool(*b),
            ConstValue::Ellipsis => self.vm.ellipsis(),
            ConstValue::Int(i) => self.vm.int(i)?,
            ConstValue::Float(f) => self.vm.float(*f)?,
            ConstValue::Complex(re, im) => self.vm.complex(*re, *im)?,
            ConstValue::Str(s) => {
                if all_name_chars(s) {
                    self.vm.interned_str(s)?
                } else {
                    self.vm.str(s)?
                }
            }
            ConstValue::StrWtf8(text) => self.vm.str_wtf8(text)?,
            ConstValue::Bytes(b) => self.vm.bytes(b)?,
            ConstValue::Tuple(items) => {
                let mut objs = Vec::with_capacity(items.len());
                for it in items {
                    objs.push(self.make_const(it)?);
                }
                self.vm.tuple(objs)?
            }
        };
        self.const_cache.insert(key, o.clone());
        Ok(o)
    }

    /// The frozenset constant of a set display of constants, made as CPython's compiler
    /// makes it: a frozenset of the items, rebuilt from its own iteration order when the
    /// constants are merged.
    fn frozenset_const(&mut self, items: &ConstValue) -> CResult<u32> {
        let ConstValue::Tuple(elts) = items else {
            return Err(self.err("internal: set constant", self.ur().loc));
        };
        let key = ConstKey::FrozenSet(elts.iter().map(const_key).collect());
        let built = (|| -> MakeResult {
            let tuple = self.make_const(items)?;
            self.vm.frozenset(&tuple)
        })();
        let fs = built.map_err(|e| self.vm_err(e))?;
        Ok(self.add_const_obj(key, fs))
    }

    fn add_const_obj(&mut self, key: ConstKey, o: Obj) -> u32 {
        let u = self.u();
        if let Some(i) = u.const_index.get(&key) {
            return *i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(o);
        u.const_index.insert(key, i);
        i
    }

    fn load_const(&mut self, v: ConstValue) -> CResult {
        let o = self.make_const(&v).map_err(|e| self.vm_err(e))?;
        let i = self.add_const_obj(const_key(&v), o);
        self.emit(Op::LoadConst(i));
        Ok(())
    }

    fn name_idx(&mut self, name: &str) -> CResult<u32> {
        if let Some(i) = self.ur().name_index.get(name) {
            return Ok(*i);
        }
        let o = self.vm.interned_str(name).map_err(|e| self.vm_err(e))?;
        let u = self.u();
        let i = u.names.len() as u32;
        u.names.push(o);
        u.name_index.insert(name.to_owned(), i);
        Ok(i)
    }

    fn varname_idx(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.varnames.iter().position(|v| v == name) {
            return i as u32;
        }
        u.varnames.push(name.to_owned());
        (u.varnames.len() - 1) as u32
    }

    /// Index of a cell or free variable in the unit's cell slots.
    fn deref_idx(&self, name: &str) -> Option<u32> {
        let u = self.ur();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|c| c == name)
            .map(|i| (u.cellvars.len() + i) as u32)
    }

    /// `name` as stored in this unit: private names inside a class are mangled.
    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        let private = self.table.scopes[self.ur().scope].private.as_deref();
        super::symtable::mangle(private, name)
    }

    /// The names index of an attribute name (mangled as `__x` is in a class).
    fn attr_idx(&mut self, attr: &str) -> CResult<u32> {
        let attr = self.mangle(attr).into_owned();
        self.name_idx(&attr)
    }

    fn scope_of_name(&self, name: &str) -> NameScope {
        let u = self.ur();
        self.table.scopes[u.scope].lookup(name)
    }

    /// Whether `name` is a fast local of the function being compiled that no
    /// assignment expression rebinds: reading it twice within one statement gives the
    /// same object both times.
    pub(super) fn is_stable_fast_local(&self, name: &str) -> bool {
        let u = self.ur();
        let mangled = self.mangle(name);
        let scope = &self.table.scopes[u.scope];
        u.kind == ScopeKind::Function
            && scope.lookup(&mangled) == NameScope::Local
            && !scope.walrus_targets.contains(&*mangled)
            && !scope.walrus_targets.contains(name)
    }

    // ----- names -----

    fn load_name(&mut self, name: &str) -> CResult {
        let name = &*self.mangle(name).into_owned();
        let scope = self.scope_of_name(name);
        let kind = self.ur().kind;
        match (scope, kind) {
            (NameScope::Local, ScopeKind::Function) => {
                let i = self.varname_idx(name);
                self.emit(Op::LoadFast(i));
            }
            // A name bound in a class body is looked up by name (class namespace, then
            // globals), even when a method also sees an enclosing variable of that name.
            (NameScope::Local, _)
            | (NameScope::GlobalImplicit, ScopeKind::Module | ScopeKind::Class) => {
                let i = self.name_idx(name)?;
                self.emit(Op::LoadName(i));
            }
            (NameScope::GlobalExplicit, _) | (NameScope::GlobalImplicit, _) => {
                let i = self.name_idx(name)?;
                self.emit(Op::LoadGlobal(i));
            }
            (NameScope::Free | NameScope::Cell, ScopeKind::Class) => {
                let i = self.deref_idx(name).unwrap_or(0);
                self.emit(Op::LoadClassDeref(i));
            }
            (NameScope::Free | NameScope::Cell, _) => match self.deref_idx(name) {
                Some(i) => {
                    self.emit(Op::LoadDeref(i));
                }
                None => {
                    let i = self.name_idx(name)?;
                    self.emit(Op::LoadGlobal(i));
                }
            },
        }
        Ok(())
    }

    /// CPython's compiler refuses to bind or delete `__debug__` (a constant), at the
    /// position being compiled.
    fn forbid_debug(&self, name: &str, deleting: bool) -> CResult {
        if name != "__debug__" {
            return Ok(());
        }
        let msg = if deleting {
            "cannot delete __debug__"
        } else {
            "cannot assign to __debug__"
        };
        Err(self.err(msg, self.ur().loc))
    }

    /// `def` and `lambda` parameters may not be named `__debug__` either.
    fn forbid_debug_params(&self, args: &Arguments<'_>, loc: Loc) -> CResult {
        let params = args.posonlyargs.iter().chain(args.args);
        let params = params.chain(args.vararg).chain(args.kwonlyargs);
        if params.chain(args.kwarg).any(|a| a.name == "__debug__") {
            return Err(self.err("cannot assign to __debug__", loc));
        }
        Ok(())
    }

    fn store_name(&mut self, name: &str) -> CResult {
        self.forbid_debug(name, false)?;
        let name = &*self.mangle(name).into_owned();
        let scope = self.scope_of_name(name);
        let kind = self.ur().kind;
        match (scope, kind) {
            (NameScope::Local, ScopeKind::Function) => {
                let i = self.varname_idx(name);
                self.emit(Op::StoreFast(i));
            }
            (NameScope::GlobalExplicit, _) | (NameScope::GlobalImplicit, ScopeKind::Function) => {
                let i = self.name_idx(name)?;
                self.emit(Op::StoreGlobal(i));
            }
            (NameScope::Free | NameScope::Cell, ScopeKind::Function) => {
                let i = self.deref_idx(name).unwrap_or(0);
                self.emit(Op::StoreDeref(i));
            }
            _ => {
                let i = self.name_idx(name)?;
                self.emit(Op::StoreName(i));
            }
        }
        Ok(())
    }

    fn delete_name(&mut self, name: &str) -> CResult {
        self.forbid_debug(name, true)?;
        let name = &*self.mangle(name).into_owned();
        let scope = self.scope_of_name(name);
        let kind = self.ur().kind;
        match (scope, kind) {
            (NameScope::Local, ScopeKind::Function) => {
                let i = self.varname_idx(name);
                self.emit(Op::DeleteFast(i));
            }
            (NameScope::GlobalExplicit, _) | (NameScope::GlobalImplicit, ScopeKind::Function) => {
                let i = self.name_idx(name)?;
                self.emit(Op::DeleteGlobal(i));
            }
            (NameScope::Free | NameScope::Cell, ScopeKind::Function) => {
                let i = self.deref_idx(name).unwrap_or(0);
                self.emit(Op::DeleteDeref(i));
            }
            _ => {
                let i = self.name_idx(name)?;
                self.emit(Op::DeleteName(i));
            }
        }
        Ok(())
    }

    // ----- statements -----
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr<'a>),
    Set(&'a Expr<'a>),
    Dict(&'a Expr<'a>, &'a Expr<'a>),
    Gen(&'a Expr<'a>),
}

/// The docstring of a body: a leading string constant statement.
fn docstring<'a>(body: &'a [Stmt<'a>]) -> Option<&'a str> {
    match body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

/// Where an instruction on attribute `attr` of the expression at `loc` is reported:
/// CPython 3.11 moves the start of an attribute that spans lines to its last line, where
/// the name is (counting the name in characters against a column in bytes, as it does).
fn attr_position(loc: Loc, attr: &str) -> Loc {
    if loc.line == loc.end_line {
        return loc;
    }
    let name_len = u32::try_from(attr.chars().count()).unwrap_or(u32::MAX);
    Loc {
        line: loc.end_line,
        col: loc.end_col.saturating_sub(name_len),
        ..loc
    }
}

/// Where the call of method `attr` (the attribute at `attr_loc`) made by the call at
/// `call_loc` is reported: from the method name to the end of the call when the
/// attribute spans lines, the whole call otherwise.
fn method_call_position(call_loc: Loc, attr_loc: Loc, attr: &str) -> Loc {
    let start = attr_position(attr_loc, attr);
    if attr_loc.line == attr_loc.end_line {
        return call_loc;
    }
    Loc {
        line: start.line,
        col: start.col,
        ..call_loc
    }
}
