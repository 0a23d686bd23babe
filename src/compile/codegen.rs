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
#[path = "patterns.rs"]
mod patterns;
#[path = "try_star.rs"]
mod try_star;

/// A compile error: a SyntaxError CPython raises after parsing (symtable and compiler
/// checks), or a RecursionError for absurdly deep expressions.
#[derive(Debug, Clone)]
pub enum CompileError {
    Syntax { msg: String, loc: Loc },
    TooDeep,
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
    let table = super::symtable::build(module).map_err(|e| CompileError::Syntax {
        msg: e.msg,
        loc: e.loc,
    })?;
    let mut features = super::future::features(module).map_err(|e| CompileError::Syntax {
        msg: e.msg,
        loc: e.loc,
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
        }
    }

    fn emit(&mut self, op: Op) -> usize {
        let u = self.u();
        let handler = u.handler_stack.last().copied();
        let at = u.instrs.len();
        if at > 0
            && u.last_label_at != at
            && u.handlers[at - 1] == handler
            && u.locs[at - 1].line == u.loc.line
            && let Some(fused) = super::fuse::fuse(u.instrs[at - 1], op)
        {
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
    /// there (not in `while` loops, whose test follows on another line).
    fn emit_loop_back(&mut self, start: usize) {
        let u = self.u();
        let handler = u.handler_stack.last().copied();
        if let Some(at) = u.instrs.len().checked_sub(1)
            && matches!(u.instrs[at], Op::Nop)
            && u.handlers[at] == handler
        {
            u.instrs[at] = Op::Jump(start as u32);
            return;
        }
        self.emit(Op::Jump(start as u32));
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

    fn store_name(&mut self, name: &str) -> CResult {
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

    fn body(&mut self, stmts: &'a [Stmt<'a>]) -> CResult {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt<'a>) -> CResult {
        let prev = self.set_loc(s.loc);
        let r = self.stmt_inner(s);
        self.set_loc(prev);
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt<'a>) -> CResult {
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.mode == CompileMode::Interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Op::PrintExpr);
                } else if let ExprKind::Constant(_) = e.kind {
                    // A bare constant (e.g. a docstring) compiles to nothing.
                } else {
                    self.expr(e)?;
                    self.emit(Op::PopTop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                let kind = self.ur().kind;
                if *simple && kind != ScopeKind::Function {
                    if let ExprKind::Name(n) = target.kind {
                        // __annotations__[name] = annotation
                        self.annotation(annotation)?;
                        let ai = self.name_idx("__annotations__")?;
                        self.emit(Op::LoadName(ai));
                        let key = self.mangle(n).into_owned();
                        self.load_const(ConstValue::Str(key))?;
                        self.emit(Op::StoreSubscr);
                    }
                } else if kind != ScopeKind::Function && !self.features.annotations {
                    self.expr(annotation)?;
                    self.emit(Op::PopTop);
                }
                if value.is_none() {
                    // `a.b: int` still evaluates the target's object.
                    match &target.kind {
                        ExprKind::Attribute { value: obj, .. } => {
                            self.expr(obj)?;
                            self.emit(Op::PopTop);
                        }
                        ExprKind::Subscript { value: obj, slice } => {
                            self.expr(obj)?;
                            self.emit(Op::PopTop);
                            self.expr(slice)?;
                            self.emit(Op::PopTop);
                        }
                        _ => {}
                    }
                }
            }
            StmtKind::Delete(targets) => {
                for t in *targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Pass => {
                self.emit(Op::Nop);
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.body(body)?;
                if !orelse.is_empty() {
                    self.emit(Op::Jump(end as u32));
                }
                self.bind_label(else_l);
                self.body(orelse)?;
                self.bind_label(end);
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let else_l = self.new_label();
                let exit = self.new_label();
                self.bind_label(start);
                self.jump_if(test, false, else_l)?;
                self.u().blocks.push(Block::While { start, exit });
                self.body(body)?;
                self.u().blocks.pop();
                self.emit(Op::Jump(start as u32));
                self.bind_label(else_l);
                self.body(orelse)?;
                self.bind_label(exit);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => self.async_for(s, target, iter, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } => {
                let start = self.new_label();
                let else_l = self.new_label();
                let exit = self.new_label();
                self.expr(iter)?;
                self.emit(Op::GetIter);
                self.bind_label(start);
                self.set_loc(s.loc);
                self.emit(Op::ForIter(else_l as u32));
                self.u().depth += 1;
                self.u().blocks.push(Block::For { start, exit });
                self.store_target(target)?;
                self.body(body)?;
                self.u().blocks.pop();
                self.set_loc(s.loc);
                self.emit_loop_back(start);
                self.u().depth -= 1;
                self.bind_label(else_l);
                self.body(orelse)?;
                self.bind_label(exit);
            }
            StmtKind::Break => self.break_continue(true, s.loc)?,
            StmtKind::Continue => self.break_continue(false, s.loc)?,
            StmtKind::Return(v) => {
                if v.is_some() && self.ur().flags & code_flags::ASYNC_GENERATOR != 0 {
                    return Err(self.err("'return' with value in async generator", s.loc));
                }
                if self.in_except_star() {
                    // CPython reports a constant value's position, else the statement's.
                    let at = match v {
                        Some(v) if self.const_value(v)?.is_some() => v.loc,
                        _ => s.loc,
                    };
                    return Err(self.except_star_exit_error(at));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(ConstValue::None)?,
                }
                self.unwind_blocks_for_return()?;
            }
            StmtKind::FunctionDef(f) => self.function_def(f, s.loc)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.loc)?,
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    self.emit(Op::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Op::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Op::Raise(2));
                }
            },
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if handlers.first().is_some_and(|h| h.star) && finalbody.is_empty() {
                    self.try_star_except(body, handlers, orelse)?;
                } else if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::With {
                items,
                body,
                is_async: false,
            } => self.with_stmt(items, body, s.loc)?,
            StmtKind::With {
                items,
                body,
                is_async: true,
            } => {
                self.check_async_stmt("'async with' outside async function", s.loc)?;
                self.async_with(items, body, s.loc)?
            }
            StmtKind::Assert { test, msg } => {
                if matches!(&test.kind, ExprKind::Tuple(items) if !items.is_empty()) {
                    self.warn(
                        s.loc,
                        "assertion is always true, perhaps remove parentheses?",
                    )?;
                }
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.bind_label(end);
            }
            StmtKind::Import(names) => {
                for a in *names {
                    self.load_const(ConstValue::Int(BigInt::from(0)))?;
                    self.load_const(ConstValue::None)?;
                    let i = self.name_idx(a.name)?;
                    self.emit(Op::ImportName(i));
                    match a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.split('.').collect();
                            for p in &parts[1..] {
                                let pi = self.name_idx(p)?;
                                self.emit(Op::ImportFrom(pi));
                                self.emit(Op::Swap(2));
                                self.emit(Op::PopTop);
                            }
                            self.store_name(asname)?;
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or(a.name);
                            self.store_name(top)?;
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(ConstValue::Int(BigInt::from(*level)))?;
                let fromlist: Vec<ConstValue> = names
                    .iter()
                    .map(|a| ConstValue::Str(a.name.to_owned()))
                    .collect();
                self.load_const(ConstValue::Tuple(fromlist))?;
                let mi = self.name_idx(module.unwrap_or(""))?;
                self.emit(Op::ImportName(mi));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Op::ImportStar);
                } else {
                    for a in *names {
                        let ni = self.name_idx(a.name)?;
                        self.emit(Op::ImportFrom(ni));
                        self.store_name(a.asname.unwrap_or(a.name))?;
                    }
                    self.emit(Op::PopTop);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
        }
        Ok(())
    }

    /// `target OP= value`: the target's loads and stores are reported at the target,
    /// the operator at the whole statement (CPython's positions).
    fn aug_assign(&mut self, target: &'a Expr<'a>, op: BinOp, value: &'a Expr<'a>) -> CResult {
        let code = bin_code(op);
        let stmt_loc = self.ur().loc;
        match &target.kind {
            ExprKind::Name(n) => {
                self.set_loc(target.loc);
                self.load_name(n)?;
                self.set_loc(stmt_loc);
                self.expr(value)?;
                self.emit(Op::InplaceOp(code));
                self.set_loc(target.loc);
                self.store_name(n)?;
            }
            ExprKind::Attribute { value: obj, attr } => {
                let attr_loc = attr_position(target.loc, attr);
                self.set_loc(target.loc);
                self.expr(obj)?;
                self.emit(Op::Copy(1));
                self.set_loc(attr_loc);
                let i = self.attr_idx(attr)?;
                self.emit(Op::LoadAttr(i));
                self.set_loc(stmt_loc);
                self.expr(value)?;
                self.emit(Op::InplaceOp(code));
                self.set_loc(attr_loc);
                self.emit(Op::Swap(2));
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.set_loc(target.loc);
                self.expr(obj)?;
                self.subscript_key(slice)?;
                self.emit(Op::Copy(2));
                self.emit(Op::Copy(2));
                self.emit(Op::BinarySubscr);
                self.set_loc(stmt_loc);
                self.expr(value)?;
                self.emit(Op::InplaceOp(code));
                self.set_loc(target.loc);
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return Err(self.err(
                    "'expression' is an illegal expression for augmented assignment",
                    target.loc,
                ));
            }
        }
        self.set_loc(stmt_loc);
        Ok(())
    }

    fn store_target(&mut self, t: &'a Expr<'a>) -> CResult {
        let prev = self.set_loc(t.loc);
        let r = self.store_target_here(t);
        self.set_loc(prev);
        r
    }

    /// `store_target` with the target's position already current.
    fn store_target_here(&mut self, t: &'a Expr<'a>) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_loc(attr_position(t.loc, attr));
                let i = self.attr_idx(attr)?;
                self.emit(Op::StoreAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.subscript_key(slice)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                    Some(si) => {
                        if items
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(
                                self.err("multiple starred expressions in assignment", t.loc)
                            );
                        }
                        let after = items.len() - si - 1;
                        self.emit(Op::UnpackEx((si as u32) | ((after as u32) << 8)));
                    }
                }
                for it in *items {
                    match &it.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(it)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => Err(self.err(
                "starred assignment target must be in a list or tuple",
                t.loc,
            )),
            _ => Err(self.err("cannot assign to expression", t.loc)),
        }
    }

    fn delete_target(&mut self, t: &'a Expr<'a>) -> CResult {
        let prev = self.set_loc(t.loc);
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_loc(attr_position(t.loc, attr));
                let i = self.attr_idx(attr)?;
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.subscript_key(slice)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for it in *items {
                    self.delete_target(it)?;
                }
            }
            _ => return Err(self.err("cannot delete expression", t.loc)),
        }
        self.set_loc(prev);
        Ok(())
    }

    /// Jumps to `label` when `test` is `when` (with the usual short-circuit shapes).
    fn jump_if(&mut self, test: &'a Expr<'a>, when: bool, label: usize) -> CResult {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !when, label),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                if is_and != when {
                    // and/False or or/True: any element deciding jumps.
                    for v in *values {
                        self.jump_if(v, when, label)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = values.len();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, label)?;
                        }
                    }
                    self.bind_label(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        if let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &test.kind
            && ops.len() == 1
            && let Some(code) = rich_cmp(ops[0])
        {
            self.expr(left)?;
            self.expr(&comparators[0])?;
            self.set_loc(test.loc);
            self.emit(if when {
                Op::CompareJumpIfTrue(code, label as u32)
            } else {
                Op::CompareJumpIfFalse(code, label as u32)
            });
            return Ok(());
        }
        self.expr(test)?;
        self.emit(if when {
            Op::PopJumpIfTrue(label as u32)
        } else {
            Op::PopJumpIfFalse(label as u32)
        });
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, loc: Loc) -> CResult {
        let blocks = self.ur().blocks.clone();
        let saved_handlers = self.ur().handler_stack.clone();
        let mut i = blocks.len();
        while i > 0 {
            i -= 1;
            match blocks[i] {
                Block::For { start, exit } => {
                    if is_break {
                        self.emit(Op::PopTop);
                        self.emit(Op::Jump(exit as u32));
                    } else {
                        self.emit(Op::Jump(start as u32));
                    }
                    self.u().handler_stack = saved_handlers;
                    return Ok(());
                }
                Block::While { start, exit } => {
                    self.emit(Op::Jump(if is_break { exit } else { start } as u32));
                    self.u().handler_stack = saved_handlers;
                    return Ok(());
                }
                Block::ExceptStarHandler => {
                    self.u().handler_stack = saved_handlers;
                    return Err(self.except_star_exit_error(loc));
                }
                b => self.unwind_block(b, false, &blocks[..i])?,
            }
        }
        self.u().handler_stack = saved_handlers;
        Err(self.err(
            if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            },
            loc,
        ))
    }

    /// Leaves every enclosing block before `return`, keeping the value on top.
    fn unwind_blocks_for_return(&mut self) -> CResult {
        let blocks = self.ur().blocks.clone();
        let saved_handlers = self.ur().handler_stack.clone();
        let mut i = blocks.len();
        while i > 0 {
            i -= 1;
            match blocks[i] {
                Block::For { .. } => {
                    self.emit(Op::Swap(2));
                    self.emit(Op::PopTop);
                }
                Block::While { .. } => {}
                b => self.unwind_block(b, true, &blocks[..i])?,
            }
        }
        self.emit(Op::ReturnValue);
        self.u().handler_stack = saved_handlers;
        Ok(())
    }

    /// Emits the code that leaves `block` early; `preserve` keeps a value on top. The
    /// code runs outside the block's own handler region.
    fn unwind_block(&mut self, block: Block<'a>, preserve: bool, outer: &[Block<'a>]) -> CResult {
        match block {
            Block::With {
                handlers_len,
                is_async,
            } => {
                self.u().handler_stack.truncate(handlers_len);
                if preserve {
                    self.emit(Op::Swap(2));
                }
                self.load_const(ConstValue::None)?;
                self.load_const(ConstValue::None)?;
                self.load_const(ConstValue::None)?;
                self.emit(Op::Call(3));
                if is_async {
                    self.emit_await(2)?;
                }
                self.emit(Op::PopTop);
            }
            Block::ExceptHandler { name, handlers_len } => {
                self.u().handler_stack.truncate(handlers_len);
                if preserve {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(ConstValue::None)?;
                    self.store_name(n)?;
                    self.delete_name(n)?;
                }
            }
            Block::FinallyHandler { handlers_len } => {
                self.u().handler_stack.truncate(handlers_len);
                if preserve {
                    self.emit(Op::Swap(2));
                    self.emit(Op::PopTop);
                    self.emit(Op::Swap(2));
                } else {
                    self.emit(Op::PopTop);
                }
                self.emit(Op::PopExcept);
            }
            Block::Finally { body, handlers_len } => {
                self.u().handler_stack.truncate(handlers_len);
                let mut blocks = outer.to_vec();
                if preserve {
                    blocks.push(Block::PopValue);
                }
                let saved_blocks = std::mem::replace(&mut self.u().blocks, blocks);
                let saved_depth = self.ur().depth;
                if preserve {
                    self.u().depth += 1;
                }
                let r = self.body(body);
                self.u().blocks = saved_blocks;
                self.u().depth = saved_depth;
                r?;
            }
            Block::PopValue => {
                if preserve {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopTop);
            }
            Block::For { .. } | Block::While { .. } | Block::ExceptStarHandler => {}
        }
        Ok(())
    }

    fn push_handler(&mut self, label: usize, depth: u32) {
        self.u().handler_stack.push((label, depth));
    }

    fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    /// The restore-and-reraise cleanup at the end of a handler: `[prev, exc]`.
    fn emit_cleanup(&mut self, label: usize) {
        self.bind_label(label);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
    ) -> CResult {
        let handler_l = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let depth = self.ur().depth;
        self.push_handler(handler_l, depth);
        self.body(body)?;
        self.pop_handler();
        self.body(orelse)?;
        self.emit(Op::Jump(end as u32));

        self.bind_label(handler_l);
        self.emit(Op::PushExcInfo);
        self.push_handler(cleanup, depth + 1);
        let handlers_len = self.ur().handler_stack.len();
        for h in handlers {
            let prev = self.set_loc(h.loc);
            let next = self.new_label();
            if let Some(t) = h.typ {
                self.expr(t)?;
                self.emit(Op::CheckExcMatch);
                self.emit(Op::PopJumpIfFalse(next as u32));
            }
            match h.name {
                Some(n) => self.store_name(n)?,
                None => {
                    self.emit(Op::PopTop);
                }
            }
            let name_cleanup = self.new_label();
            if h.name.is_some() {
                self.push_handler(name_cleanup, depth + 1);
            }
            self.u().blocks.push(Block::ExceptHandler {
                name: h.name,
                handlers_len: handlers_len - 1,
            });
            self.u().depth += 1;
            self.body(h.body)?;
            self.u().depth -= 1;
            self.u().blocks.pop();
            if h.name.is_some() {
                self.pop_handler();
            }
            self.emit(Op::PopExcept);
            if let Some(n) = h.name {
                self.load_const(ConstValue::None)?;
                self.store_name(n)?;
                self.delete_name(n)?;
            }
            self.emit(Op::Jump(end as u32));
            if let Some(n) = h.name {
                // An exception inside the handler body: clear the name, then re-raise.
                self.bind_label(name_cleanup);
                self.load_const(ConstValue::None)?;
                self.store_name(n)?;
                self.delete_name(n)?;
                self.emit(Op::Reraise);
            }
            self.bind_label(next);
            self.set_loc(prev);
        }
        // No clause matched.
        self.emit(Op::Reraise);
        self.pop_handler();
        self.emit_cleanup(cleanup);
        self.bind_label(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
        finalbody: &'a [Stmt<'a>],
    ) -> CResult {
        let finally_l = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let depth = self.ur().depth;
        let handlers_len = self.ur().handler_stack.len();
        self.push_handler(finally_l, depth);
        self.u().blocks.push(Block::Finally {
            body: finalbody,
            handlers_len,
        });
        if handlers.is_empty() {
            self.body(body)?;
            self.body(orelse)?;
        } else if handlers[0].star {
            self.try_star_except(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.u().blocks.pop();
        self.pop_handler();
        self.body(finalbody)?;
        self.emit(Op::Jump(end as u32));

        self.bind_label(finally_l);
        self.emit(Op::PushExcInfo);
        self.push_handler(cleanup, depth + 1);
        self.u().blocks.push(Block::FinallyHandler { handlers_len });
        self.u().depth += 2;
        self.body(finalbody)?;
        self.u().depth -= 2;
        self.u().blocks.pop();
        self.emit(Op::Reraise);
        self.pop_handler();
        self.emit_cleanup(cleanup);
        self.bind_label(end);
        Ok(())
    }

    fn with_stmt(&mut self, items: &'a [WithItem<'a>], body: &'a [Stmt<'a>], loc: Loc) -> CResult {
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        let handler_l = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        let depth = self.ur().depth;
        self.expr(first.context)?;
        self.set_loc(loc);
        self.emit(Op::BeforeWith);
        let handlers_len = self.ur().handler_stack.len();
        self.push_handler(handler_l, depth + 1);
        self.u().blocks.push(Block::With {
            handlers_len,
            is_async: false,
        });
        self.u().depth += 1;
        match first.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::PopTop);
            }
        }
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.with_stmt(rest, body, loc)?;
        }
        self.u().depth -= 1;
        self.u().blocks.pop();
        self.pop_handler();
        self.set_loc(loc);
        self.load_const(ConstValue::None)?;
        self.load_const(ConstValue::None)?;
        self.load_const(ConstValue::None)?;
        self.emit(Op::Call(3));
        self.emit(Op::PopTop);
        self.emit(Op::Jump(end as u32));

        self.bind_label(handler_l);
        self.emit(Op::PushExcInfo);
        self.push_handler(cleanup, depth + 2);
        self.emit(Op::WithExceptStart);
        self.emit(Op::PopJumpIfTrue(suppress as u32));
        self.emit(Op::Reraise);
        self.pop_handler();
        self.bind_label(suppress);
        self.emit(Op::PopTop);
        self.emit(Op::PopExcept);
        self.emit(Op::PopTop);
        self.emit(Op::Jump(end as u32));
        self.emit_cleanup(cleanup);
        self.bind_label(end);
        Ok(())
    }

    /// Stores a leading docstring into `__doc__` (modules and classes).
    fn docstring_to_name(&mut self, body: &'a [Stmt<'a>]) -> CResult {
        if let Some(doc) = docstring(body) {
            self.load_const(ConstValue::Str(doc.to_owned()))?;
            let i = self.name_idx("__doc__")?;
            self.emit(Op::StoreName(i));
        }
        Ok(())
    }

    fn qualname_for(&self, name: &str) -> String {
        let u = self.ur();
        match u.kind {
            ScopeKind::Module => name.to_owned(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            ScopeKind::Function => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Starts compiling a nested scope.
    fn enter_scope(&mut self, scope: usize, name: &str, loc: Loc) {
        let qualname = self.qualname_for(name);
        let sc = &self.table.scopes[scope];
        let kind = sc.kind;
        let mut u = Unit::new(scope, kind, name, qualname, loc.line);
        u.cellvars = sc.cellvars.clone();
        u.freevars = sc.freevars.clone();
        if kind == ScopeKind::Function {
            u.varnames = sc.params.clone();
            u.flags |= code_flags::FUNCTION;
            if sc.is_generator {
                u.flags |= code_flags::GENERATOR;
            }
            if sc.is_coroutine {
                u.flags |= code_flags::GENERATOR
                    | if sc.is_generator {
                        code_flags::ASYNC_GENERATOR
                    } else {
                        code_flags::COROUTINE
                    };
            }
            if self.ur().kind == ScopeKind::Function {
                u.flags |= code_flags::NESTED;
            }
        }
        self.units.push(u);
    }

    /// Finishes the current unit and returns its code object.
    fn finish_unit(&mut self) -> CResult<Rc<CodeObject>> {
        let Some(u) = self.units.pop() else {
            return Err(self.err("no code unit", Loc::default()));
        };
        let resolve = |l: u32, labels: &[Option<usize>]| {
            labels.get(l as usize).copied().flatten().unwrap_or(0) as u32
        };
        let mut instrs = u.instrs;
        for op in instrs.iter_mut() {
            if let Some(label) = op.jump_target() {
                *op = super::fuse::retarget(*op, resolve(label, &u.labels));
            }
        }
        let mut locs = u.locs;
        let mut handlers = u.handlers;
        let handler_targets: Vec<u32> = handlers
            .iter()
            .flatten()
            .map(|&(label, _)| resolve(label as u32, &u.labels))
            .collect();
        let new_pos = super::fuse::fuse_compare_jumps(
            &mut instrs,
            &mut locs,
            &mut handlers,
            &handler_targets,
        );
        // Exception table: maximal runs of instructions sharing a handler.
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut i = 0;
        while i < handlers.len() {
            if let Some((label, depth)) = handlers[i] {
                let start = i;
                while i < handlers.len() && handlers[i] == Some((label, depth)) {
                    i += 1;
                }
                let target = resolve(label as u32, &u.labels);
                table.push(ExceptionEntry {
                    start: start as u32,
                    end: i as u32,
                    target: new_pos.get(target as usize).copied().unwrap_or(target),
                    depth,
                });
            } else {
                i += 1;
            }
        }
        let mut varnames = Vec::with_capacity(u.varnames.len());
        for v in &u.varnames {
            varnames.push(self.vm.interned_str(v).map_err(|e| self.vm_err(e))?);
        }
        let mut cellvars = Vec::new();
        for v in &u.cellvars {
            cellvars.push(self.vm.interned_str(v).map_err(|e| self.vm_err(e))?);
        }
        let mut freevars = Vec::new();
        for v in &u.freevars {
            freevars.push(self.vm.interned_str(v).map_err(|e| self.vm_err(e))?);
        }
        let cell_params = u
            .cellvars
            .iter()
            .map(|c| {
                let nparams = u.argcount
                    + u.kwonlyargcount
                    + (u.flags & code_flags::VARARGS != 0) as u32
                    + (u.flags & code_flags::VARKEYWORDS != 0) as u32;
                u.varnames
                    .iter()
                    .take(nparams as usize)
                    .position(|v| v == c)
                    .map(|p| p as u32)
            })
            .collect();
        let global_cache = (0..u.names.len()).map(|_| Default::default()).collect();
        let method_cache = (0..u.names.len()).map(|_| Default::default()).collect();
        let attr_cache = (0..u.names.len()).map(|_| Default::default()).collect();
        let fast_call =
            u.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS | code_flags::GENERATOR) == 0
                && u.kwonlyargcount == 0
                && u.cellvars.is_empty()
                && u.freevars.is_empty();
        let name_obj = self.vm.interned_str(&u.name).map_err(|e| self.vm_err(e))?;
        let qualname_obj = self.vm.str(&u.qualname).map_err(|e| self.vm_err(e))?;
        Ok(Rc::new(CodeObject {
            name_obj,
            qualname_obj,
            global_cache,
            method_cache,
            attr_cache,
            traced_lines: Default::default(),
            fast_call,
            name: Rc::from(u.name.as_str()),
            qualname: Rc::from(u.qualname.as_str()),
            filename: self.filename.clone(),
            trusted: self.vm.compiling_trusted(),
            firstlineno: u.firstlineno,
            instrs,
            positions: super::locations::LocationTable::new(&locs),
            consts: u.consts,
            names: u.names,
            varnames,
            cellvars,
            freevars,
            cell_params,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags
                | if self.features.annotations {
                    code_flags::FUTURE_ANNOTATIONS
                } else {
                    0
                },
            exception_table: table,
        }))
    }

    /// Loads a finished child code object as a constant.
    fn load_code(&mut self, code: Rc<CodeObject>) -> CResult {
        let o = self.vm.code(code).map_err(|e| self.vm_err(e))?;
        let id = self.next_code_id;
        self.next_code_id += 1;
        let i = self.add_const_obj(ConstKey::Code(id), o);
        self.emit(Op::LoadConst(i));
        Ok(())
    }

    /// Pushes the closure tuple for a child scope and returns the MakeFunction flag bit.
    fn load_closure(&mut self, child_scope: usize) -> CResult<u32> {
        let free = self.table.scopes[child_scope].freevars.clone();
        if free.is_empty() {
            return Ok(0);
        }
        for name in &free {
            let idx = match self.deref_idx(name) {
                Some(i) => i,
                None => {
                    return Err(self.err(
                        format!("internal: no cell for free variable '{name}'"),
                        self.ur().loc,
                    ));
                }
            };
            self.emit(Op::LoadClosure(idx));
        }
        self.emit(Op::BuildTuple(free.len() as u32));
        Ok(8)
    }

    /// An annotation's value: the expression, or under `from __future__ import
    /// annotations` its source text (PEP 563).
    fn annotation(&mut self, e: &'a Expr<'a>) -> CResult {
        if self.features.annotations {
            let text = super::unparse::annotation_text(e);
            self.load_const(ConstValue::Str(text))
        } else {
            self.expr(e)
        }
    }

    /// Defaults, keyword defaults and annotations of a function; returns the flags.
    fn function_prelude(
        &mut self,
        args: &'a Arguments<'a>,
        returns: Option<&'a Expr<'a>>,
    ) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            self.expr_tuple(args.defaults)?;
            flags |= 1;
        }
        let kwd: Vec<(&str, &Expr<'_>)> = args
            .kwonlyargs
            .iter()
            .zip(args.kw_defaults.iter())
            .filter_map(|(a, d)| d.map(|d| (a.name, d)))
            .collect();
        if !kwd.is_empty() {
            for (n, d) in &kwd {
                let key = self.mangle(n).into_owned();
                self.load_const(ConstValue::Str(key))?;
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kwd.len() as u32));
            flags |= 2;
        }
        let mut anns: Vec<(&str, &Expr<'_>)> = Vec::new();
        for a in args.posonlyargs.iter().chain(args.args) {
            if let Some(t) = a.annotation {
                anns.push((a.name, t));
            }
        }
        if let Some(v) = args.vararg
            && let Some(t) = v.annotation
        {
            anns.push((v.name, t));
        }
        for a in args.kwonlyargs {
            if let Some(t) = a.annotation {
                anns.push((a.name, t));
            }
        }
        if let Some(v) = args.kwarg
            && let Some(t) = v.annotation
        {
            anns.push((v.name, t));
        }
        if let Some(r) = returns {
            anns.push(("return", r));
        }
        if !anns.is_empty() {
            for (n, t) in &anns {
                let key = self.mangle(n).into_owned();
                self.load_const(ConstValue::Str(key))?;
                self.annotation(t)?;
            }
            self.emit(Op::BuildMap(anns.len() as u32));
            flags |= 4;
        }
        Ok(flags)
    }

    fn set_arg_counts(&mut self, args: &Arguments<'_>) {
        let u = self.u();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.flags |= code_flags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= code_flags::VARKEYWORDS;
        }
    }

    fn function_def(&mut self, f: &'a FunctionDef<'a>, loc: Loc) -> CResult {
        for d in f.decorators {
            self.expr(d)?;
        }
        let mut flags = self.function_prelude(f.args, f.returns)?;
        let Some(scope) = self.table.scope_of(f) else {
            return Err(self.err("internal: function scope missing", loc));
        };
        flags |= self.load_closure(scope)?;
        self.enter_scope(scope, f.name, loc);
        self.set_arg_counts(f.args);
        if let Some(doc) = docstring(f.body) {
            let o = self
                .make_const(&ConstValue::Str(doc.to_owned()))
                .map_err(|e| self.vm_err(e))?;
            self.add_const_obj(const_key(&ConstValue::Str(doc.to_owned())), o);
            self.u().flags |= code_flags::HAS_DOCSTRING;
        }
        if self.ur().flags & code_flags::GENERATOR != 0 {
            self.emit(Op::PopTop);
        }
        self.body(f.body)?;
        self.load_const(ConstValue::None)?;
        self.emit(Op::ReturnValue);
        let code = self.finish_unit()?;
        self.load_code(code)?;
        self.emit(Op::MakeFunction(flags));
        self.apply_decorators(f.decorators);
        self.store_name(f.name)
    }

    fn class_def(&mut self, c: &'a ClassDef<'a>, loc: Loc) -> CResult {
        for d in c.decorators {
            self.expr(d)?;
        }
        self.emit(Op::LoadBuildClass);
        let Some(scope) = self.table.scope_of(c) else {
            return Err(self.err("internal: class scope missing", loc));
        };
        let flags = self.load_closure(scope)?;
        self.enter_scope(scope, c.name, loc);
        if c.body.iter().any(stmt_has_annotations) {
            self.emit(Op::SetupAnnotations);
        }
        self.docstring_to_name(c.body)?;
        self.body(c.body)?;
        if self.table.scopes[scope].has_class_cell {
            let idx = self.deref_idx("__class__").unwrap_or(0);
            self.emit(Op::LoadClosure(idx));
            let i = self.name_idx("__classcell__")?;
            self.emit(Op::StoreName(i));
        }
        self.load_const(ConstValue::None)?;
        self.emit(Op::ReturnValue);
        let code = self.finish_unit()?;
        self.load_code(code)?;
        self.emit(Op::MakeFunction(flags));
        self.load_const(ConstValue::Str(c.name.to_owned()))?;
        self.call_args(c.bases, c.keywords, 2)?;
        self.apply_decorators(c.decorators);
        self.store_name(c.name)
    }

    /// Calls the decorators on the value on top, innermost first; an error in one is
    /// reported at its `@` line, as CPython does.
    fn apply_decorators(&mut self, decorators: &'a [Expr<'a>]) {
        for d in decorators.iter().rev() {
            let prev = self.set_loc(d.loc);
            self.emit(Op::Call(1));
            self.set_loc(prev);
        }
    }

    // ----- expressions -----

    /// The compile-time value of a constant expression, after folding.
    fn const_value(&mut self, e: &Expr<'_>) -> CResult<Option<ConstValue>> {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            self.nesting -= 1;
            return Err(CompileError::TooDeep);
        }
        let r = self.const_value_inner(e);
        self.nesting -= 1;
        r
    }

    fn const_value_inner(&mut self, e: &Expr<'_>) -> CResult<Option<ConstValue>> {
        Ok(match &e.kind {
            ExprKind::Constant(c) => Some(match c {
                Constant::None => ConstValue::None,
                Constant::True => ConstValue::Bool(true),
                Constant::False => ConstValue::Bool(false),
                Constant::Ellipsis => ConstValue::Ellipsis,
                Constant::Int(i) => ConstValue::Int(BigInt::from(*i)),
                Constant::BigInt(s) => ConstValue::Int(s.parse::<BigInt>().unwrap_or_default()),
                Constant::Float(f) => ConstValue::Float(*f),
                Constant::Imaginary(f) => ConstValue::Complex(0.0, *f),
                Constant::Str(s) => ConstValue::Str((*s).to_owned()),
                Constant::StrWtf8(s) => ConstValue::StrWtf8(s.to_vec()),
                Constant::Bytes(b) => ConstValue::Bytes(b.to_vec()),
            }),
            ExprKind::UnaryOp { op, operand } => match self.const_value(operand)? {
                Some(v) => fold_unary(*op, &v),
                None => None,
            },
            ExprKind::BinOp { left, op, right } => {
                let l = self.const_value(left)?;
                let r = self.const_value(right)?;
                match (l, r) {
                    (Some(a), Some(b)) => fold_binop(*op, &a, &b),
                    _ => None,
                }
            }
            ExprKind::Tuple(items) => {
                let mut vals = Vec::with_capacity(items.len());
                for it in *items {
                    match self.const_value(it)? {
                        Some(v) => vals.push(v),
                        None => return Ok(None),
                    }
                }
                Some(ConstValue::Tuple(vals))
            }
            _ => None,
        })
    }

    fn expr(&mut self, e: &'a Expr<'a>) -> CResult {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            self.nesting -= 1;
            return Err(CompileError::TooDeep);
        }
        let prev = self.set_loc(e.loc);
        let r = self.expr_inner(e);
        self.set_loc(prev);
        self.nesting -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr<'a>) -> CResult {
        match &e.kind {
            ExprKind::Constant(_)
            | ExprKind::UnaryOp { .. }
            | ExprKind::BinOp { .. }
            | ExprKind::Tuple(_)
                if !matches!(&e.kind, ExprKind::Tuple(items) if items.is_empty()) =>
            {
                if let Some(v) = self.const_value(e)? {
                    return self.load_const(v);
                }
                match &e.kind {
                    ExprKind::UnaryOp { op, operand } => {
                        self.expr(operand)?;
                        self.set_loc(e.loc);
                        let code = match op {
                            UnaryOp::Invert => UnaryOpCode::Invert,
                            UnaryOp::Not => UnaryOpCode::Not,
                            UnaryOp::UAdd => UnaryOpCode::Pos,
                            UnaryOp::USub => UnaryOpCode::Neg,
                        };
                        self.emit(Op::UnaryOp(code));
                    }
                    ExprKind::BinOp { left, op, right } => {
                        self.expr(left)?;
                        self.expr(right)?;
                        self.set_loc(e.loc);
                        self.emit(Op::BinaryOp(bin_code(*op)));
                    }
                    ExprKind::Tuple(items) => self.sequence(items, SeqKind::Tuple)?,
                    _ => {}
                }
            }
            ExprKind::Tuple(_) => {
                self.load_const(ConstValue::Tuple(vec![]))?;
            }
            ExprKind::Name(n) => self.load_name(n)?,
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let n = values.len();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(end as u32),
                            BoolOp::Or => Op::JumpIfTrueOrPop(end as u32),
                        });
                    }
                }
                self.bind_label(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_loc(attr_position(e.loc, attr));
                let i = self.attr_idx(attr)?;
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.check_subscript(value, slice)?;
                self.expr(value)?;
                self.subscript_key(slice)?;
                self.set_loc(e.loc);
                self.emit(Op::BinarySubscr);
            }
            ExprKind::List(items) => self.sequence(items, SeqKind::List)?,
            ExprKind::Set(items) => self.sequence(items, SeqKind::Set)?,
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.expr(body)?;
                self.emit(Op::Jump(end as u32));
                self.bind_label(else_l);
                self.expr(orelse)?;
                self.bind_label(end);
            }
            ExprKind::Lambda { args, body } => {
                let mut flags = self.function_prelude(args, None)?;
                let Some(scope) = self.table.scope_of(e) else {
                    return Err(self.err("internal: lambda scope missing", e.loc));
                };
                flags |= self.load_closure(scope)?;
                self.enter_scope(scope, "<lambda>", e.loc);
                self.set_arg_counts(args);
                if self.ur().flags & code_flags::GENERATOR != 0 {
                    self.emit(Op::PopTop);
                }
                self.expr(body)?;
                self.emit(Op::ReturnValue);
                let code = self.finish_unit()?;
                self.load_code(code)?;
                self.emit(Op::MakeFunction(flags));
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy(1));
                if let ExprKind::Name(n) = target.kind {
                    self.store_name(n)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, CompKind::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, CompKind::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, CompKind::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, CompKind::Gen(elt))?
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(ConstValue::None)?,
                }
                if self.ur().flags & code_flags::ASYNC_GENERATOR != 0 {
                    self.emit(Op::Async(async_op::ASYNC_GEN_WRAP));
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::Await(v) => self.await_expr(e, v)?,
            ExprKind::YieldFrom(v) => {
                if self.ur().flags & (code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0 {
                    return Err(self.err("'yield from' inside async function", e.loc));
                }
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.load_const(ConstValue::None)?;
                let start = self.new_label();
                let end = self.new_label();
                self.bind_label(start);
                self.emit(Op::Send(end as u32));
                self.emit(Op::YieldValue);
                self.emit(Op::Jump(start as u32));
                self.bind_label(end);
            }
            ExprKind::JoinedStr(parts) => {
                for p in *parts {
                    self.expr(p)?;
                }
                match parts.len() {
                    0 => self.load_const(ConstValue::Str(String::new()))?,
                    1 if matches!(parts[0].kind, ExprKind::FormattedValue { .. }) => {}
                    1 => {}
                    n => {
                        self.emit(Op::BuildString(n as u32));
                    }
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let conv = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                let mut flags = conv;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= 4;
                }
                self.emit(Op::FormatValue(flags));
            }
            ExprKind::Starred(_) => {
                return Err(self.err("can't use starred expression here", e.loc));
            }
            ExprKind::Slice { .. } => {
                self.subscript_key(e)?;
            }
            ExprKind::Constant(_) | ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. } => {}
        }
        Ok(())
    }

    fn expr_tuple(&mut self, items: &'a [Expr<'a>]) -> CResult {
        self.sequence(items, SeqKind::Tuple)
    }

    fn sequence(&mut self, items: &'a [Expr<'a>], kind: SeqKind) -> CResult {
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !has_star {
            if kind == SeqKind::Tuple
                && let Some(v) = self.const_tuple(items)?
            {
                return self.load_const(v);
            }
            if kind == SeqKind::Set
                && items.len() > 2
                && let Some(v) = self.const_tuple(items)?
            {
                // CPython builds a frozenset constant and updates an empty set from it;
                // the table layout (so the iteration order) follows from that.
                let i = self.frozenset_const(&v)?;
                self.emit(Op::BuildSet(0));
                self.emit(Op::LoadConst(i));
                self.emit(Op::SetUpdate(1));
                return Ok(());
            }
            if kind == SeqKind::List
                && items.len() > 2
                && let Some(v) = self.const_tuple(items)?
            {
                // As CPython: an empty list extended from a tuple constant, which sizes
                // its storage as `list(t)` does (an even number of slots).
                self.emit(Op::BuildList(0));
                self.load_const(v)?;
                self.emit(Op::ListExtend(1));
                return Ok(());
            }
            for it in items {
                self.expr(it)?;
            }
            self.emit(match kind {
                SeqKind::Tuple => Op::BuildTuple(items.len() as u32),
                SeqKind::List => Op::BuildList(items.len() as u32),
                SeqKind::Set => Op::BuildSet(items.len() as u32),
            });
            return Ok(());
        }
        match kind {
            SeqKind::Set => {
                self.emit(Op::BuildSet(0));
            }
            _ => {
                self.emit(Op::BuildList(0));
            }
        }
        for it in items {
            match &it.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if kind == SeqKind::Set {
                        Op::SetUpdate(1)
                    } else {
                        Op::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(it)?;
                    self.emit(if kind == SeqKind::Set {
                        Op::SetAdd(1)
                    } else {
                        Op::ListAppend(1)
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn const_tuple(&mut self, items: &'a [Expr<'a>]) -> CResult<Option<ConstValue>> {
        let mut vals = Vec::with_capacity(items.len());
        for it in items {
            match self.const_value(it)? {
                Some(v) => vals.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(ConstValue::Tuple(vals)))
    }

    fn dict_display(
        &mut self,
        keys: &'a [Option<&'a Expr<'a>>],
        values: &'a [Expr<'a>],
    ) -> CResult {
        let has_unpack = keys.iter().any(Option::is_none);
        if !has_unpack {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Op::BuildMap(keys.len() as u32));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Op::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, left: &'a Expr<'a>, ops: &'a [CmpOp], comps: &'a [Expr<'a>]) -> CResult {
        self.check_compare(left, ops, comps)?;
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comps[0])?;
            self.emit_cmp(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, c)) in ops.iter().zip(comps).enumerate() {
            self.expr(c)?;
            if i + 1 < ops.len() {
                self.emit(Op::Swap(2));
                self.emit(Op::Copy(2));
                self.emit_cmp(*op);
                self.emit(Op::JumpIfFalseOrPop(cleanup as u32));
            } else {
                self.emit_cmp(*op);
            }
        }
        self.emit(Op::Jump(end as u32));
        self.bind_label(cleanup);
        self.emit(Op::Swap(2));
        self.emit(Op::PopTop);
        self.bind_label(end);
        Ok(())
    }

    /// CPython's `check_compare`: `is` / `is not` with a literal operand (a constant
    /// other than None, True, False and Ellipsis, after folding) is a SyntaxWarning.
    fn check_compare(
        &mut self,
        left: &'a Expr<'a>,
        ops: &'a [CmpOp],
        comps: &'a [Expr<'a>],
    ) -> CResult {
        if !ops.iter().any(|op| matches!(op, CmpOp::Is | CmpOp::IsNot)) {
            return Ok(());
        }
        let mut left_ok = self.is_identity_operand(left)?;
        for (op, c) in ops.iter().zip(comps) {
            let right_ok = self.is_identity_operand(c)?;
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(left_ok && right_ok) {
                let msg = if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                let loc = self.ur().loc;
                return self.warn(loc, msg);
            }
            left_ok = right_ok;
        }
        Ok(())
    }

    /// CPython's `check_subscripter` and `check_index` for `value[slice]` read: a
    /// literal that cannot be subscripted, or a sequence literal indexed by a literal
    /// that is not an int or a slice.
    fn check_subscript(&mut self, value: &'a Expr<'a>, slice: &'a Expr<'a>) -> CResult {
        let loc = self.ur().loc;
        let value_const = self.const_value(value)?;
        let unsubscriptable = match &value_const {
            Some(v) => matches!(
                v,
                ConstValue::None
                    | ConstValue::Ellipsis
                    | ConstValue::Bool(_)
                    | ConstValue::Int(_)
                    | ConstValue::Float(_)
                    | ConstValue::Complex(..)
            ),
            None => matches!(
                value.kind,
                ExprKind::Set(_)
                    | ExprKind::SetComp { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Lambda { .. }
            ),
        };
        if unsubscriptable && let Some(t) = self.infer_type(value)? {
            let msg = format!("'{t}' object is not subscriptable; perhaps you missed a comma?");
            return self.warn(loc, &msg);
        }
        let Some(index_type) = self.infer_type(slice)? else {
            return Ok(());
        };
        if matches!(index_type, "int" | "bool") {
            return Ok(());
        }
        let sequence = match &value_const {
            Some(v) => matches!(
                v,
                ConstValue::Str(_) | ConstValue::Bytes(_) | ConstValue::Tuple(_)
            ),
            None => matches!(
                value.kind,
                ExprKind::Tuple(_)
                    | ExprKind::List(_)
                    | ExprKind::ListComp { .. }
                    | ExprKind::JoinedStr(_)
                    | ExprKind::FormattedValue { .. }
            ),
        };
        if sequence && let Some(t) = self.infer_type(value)? {
            let msg = format!(
                "{t} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
            );
            return self.warn(loc, &msg);
        }
        Ok(())
    }

    /// CPython's `infer_type`: the type name of a literal or display (after constant
    /// folding), None for anything else.
    fn infer_type(&mut self, e: &Expr<'_>) -> CResult<Option<&'static str>> {
        Ok(match &e.kind {
            ExprKind::Tuple(_) => Some("tuple"),
            ExprKind::List(_) | ExprKind::ListComp { .. } => Some("list"),
            ExprKind::Dict { .. } | ExprKind::DictComp { .. } => Some("dict"),
            ExprKind::Set(_) | ExprKind::SetComp { .. } => Some("set"),
            ExprKind::GeneratorExp { .. } => Some("generator"),
            ExprKind::Lambda { .. } => Some("function"),
            ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => Some("str"),
            ExprKind::Constant(_) | ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. } => {
                self.const_value(e)?.map(|v| match v {
                    ConstValue::None => "NoneType",
                    ConstValue::Bool(_) => "bool",
                    ConstValue::Ellipsis => "ellipsis",
                    ConstValue::Int(_) => "int",
                    ConstValue::Float(_) => "float",
                    ConstValue::Complex(..) => "complex",
                    ConstValue::Str(_) | ConstValue::StrWtf8(_) => "str",
                    ConstValue::Bytes(_) => "bytes",
                    ConstValue::Tuple(_) => "tuple",
                })
            }
            _ => None,
        })
    }

    /// False for an operand CPython's `check_is_arg` calls a literal.
    fn is_identity_operand(&mut self, e: &Expr<'_>) -> CResult<bool> {
        Ok(match self.const_value(e)? {
            None => true,
            Some(v) => matches!(
                v,
                ConstValue::None | ConstValue::Bool(_) | ConstValue::Ellipsis
            ),
        })
    }

    /// A compile-time SyntaxWarning at `loc`, shown through the warnings module as
    /// CPython's compiler does; a filter that turns it into an error makes it a
    /// SyntaxError. The interpreter's own frozen modules are compiled silently.
    fn warn(&mut self, loc: Loc, msg: &str) -> CResult {
        if self.vm.compiling_trusted() {
            return Ok(());
        }
        let filename = self.filename.clone();
        match self.vm.syntax_warning(&filename, loc.line, msg) {
            Ok(()) => Ok(()),
            Err(_) => Err(CompileError::Syntax {
                msg: msg.to_owned(),
                loc,
            }),
        }
    }

    fn emit_cmp(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Eq => Op::CompareOp(CmpOpCode::Eq),
            CmpOp::NotEq => Op::CompareOp(CmpOpCode::Ne),
            CmpOp::Lt => Op::CompareOp(CmpOpCode::Lt),
            CmpOp::LtE => Op::CompareOp(CmpOpCode::Le),
            CmpOp::Gt => Op::CompareOp(CmpOpCode::Gt),
            CmpOp::GtE => Op::CompareOp(CmpOpCode::Ge),
            CmpOp::Is => Op::IsOp(false),
            CmpOp::IsNot => Op::IsOp(true),
            CmpOp::In => Op::ContainsOp(false),
            CmpOp::NotIn => Op::ContainsOp(true),
        });
    }

    fn call(
        &mut self,
        func: &'a Expr<'a>,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
    ) -> CResult {
        let simple =
            !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) && keywords.is_empty();
        let call_loc = self.ur().loc;
        // CPython's `check_caller`: calling a literal or a display.
        if !matches!(func.kind, ExprKind::Lambda { .. })
            && let Some(t) = self.infer_type(func)?
        {
            let msg = format!("'{t}' object is not callable; perhaps you missed a comma?");
            self.warn(call_loc, &msg)?;
        }
        if simple && let ExprKind::Attribute { value, attr } = &func.kind {
            self.expr(value)?;
            self.set_loc(attr_position(func.loc, attr));
            let i = self.attr_idx(attr)?;
            self.emit(Op::LoadMethod(i));
            self.set_loc(call_loc);
            for a in args {
                self.expr(a)?;
            }
            self.set_loc(method_call_position(call_loc, func.loc, attr));
            self.emit(Op::CallMethod(args.len() as u32));
            self.set_loc(call_loc);
            return Ok(());
        }
        self.expr(func)?;
        let method_call = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            && keywords.iter().all(|k| k.name.is_some());
        match &func.kind {
            // CPython calls these as methods too, reported where the method name is.
            ExprKind::Attribute { attr, .. } if method_call => {
                self.set_loc(method_call_position(call_loc, func.loc, attr));
                let r = self.call_args(args, keywords, 0);
                self.set_loc(call_loc);
                r
            }
            _ => self.call_args(args, keywords, 0),
        }
    }

    /// Arguments of a call whose callable (and `extra` leading arguments already pushed)
    /// is on the stack.
    fn call_args(
        &mut self,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
        extra: u32,
    ) -> CResult {
        let star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.name.is_none());
        if !star {
            for a in args {
                self.expr(a)?;
            }
            let n = args.len() as u32 + extra;
            if keywords.is_empty() {
                self.emit(Op::Call(n));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(k.value)?;
                    names.push(ConstValue::Str(k.name.unwrap_or("").to_owned()));
                }
                self.load_const(ConstValue::Tuple(names))?;
                self.emit(Op::CallKw(n + keywords.len() as u32));
            }
            return Ok(());
        }
        if let ([only], 0) = (args, extra)
            && let ExprKind::Starred(inner) = &only.kind
        {
            // `f(*x)`: the call unpacks x itself (and names f if x is not iterable).
            self.expr(inner)?;
        } else {
            self.star_args_tuple(args, extra)?;
        }
        if keywords.is_empty() {
            self.emit(Op::CallEx(0));
            return Ok(());
        }
        // Runs of named keywords become small dicts; every part is merged into the
        // keyword dict so that a repeated name is reported.
        self.emit(Op::BuildMap(0));
        let mut i = 0;
        while i < keywords.len() {
            if keywords[i].name.is_none() {
                self.expr(keywords[i].value)?;
                self.emit(Op::DictMerge(1));
                i += 1;
                continue;
            }
            let mut n = 0;
            while let Some(k) = keywords.get(i) {
                let Some(name) = k.name else { break };
                self.load_const(ConstValue::Str(name.to_owned()))?;
                self.expr(k.value)?;
                n += 1;
                i += 1;
            }
            self.emit(Op::BuildMap(n));
            self.emit(Op::DictMerge(1));
        }
        self.emit(Op::CallEx(1));
        Ok(())
    }

    /// The positional tuple of a call with `*` arguments, including the `extra` values
    /// already pushed.
    fn star_args_tuple(&mut self, args: &'a [Expr<'a>], extra: u32) -> CResult {
        self.emit(Op::BuildList(extra));
        for a in args {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::ListExtend(1));
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        self.emit(Op::ListToTuple);
        Ok(())
    }

    fn subscript_key(&mut self, key: &'a Expr<'a>) -> CResult {
        match &key.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(ConstValue::None)?,
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
                Ok(())
            }
            ExprKind::Tuple(items)
                if items
                    .iter()
                    .any(|i| matches!(i.kind, ExprKind::Slice { .. })) =>
            {
                for it in *items {
                    self.subscript_key(it)?;
                }
                self.emit(Op::BuildTuple(items.len() as u32));
                Ok(())
            }
            _ => self.expr(key),
        }
    }

    fn comprehension(
        &mut self,
        node: &'a Expr<'a>,
        gens: &'a [Comprehension<'a>],
        kind: CompKind<'a>,
    ) -> CResult {
        let Some(scope) = self.table.scope_of(node) else {
            return Err(self.err("internal: comprehension scope missing", node.loc));
        };
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let is_coro = self.table.scopes[scope].is_coroutine;
        if is_coro && !matches!(kind, CompKind::Gen(_)) && !self.in_async_context() {
            return Err(self.err(
                "asynchronous comprehension outside of an asynchronous function",
                node.loc,
            ));
        }
        let flags = self.load_closure(scope)?;
        self.enter_scope(scope, name, node.loc);
        // Inside, the loop's own instructions are placed at the whole comprehension (as
        // CPython's are): an error raised by the iterator points there.
        self.set_loc(node.loc);
        self.u().argcount = 1;
        if is_coro && !matches!(kind, CompKind::Gen(_)) {
            // A coroutine starts with the value sent by its first resumption.
            self.emit(Op::PopTop);
        }
        match kind {
            CompKind::List(_) => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict(..) => {
                self.emit(Op::BuildMap(0));
            }
            CompKind::Gen(_) => {
                self.emit(Op::PopTop);
            }
        }
        self.comp_level(gens, 0, kind)?;
        if let CompKind::Gen(_) = kind {
            self.load_const(ConstValue::None)?;
        }
        self.emit(Op::ReturnValue);
        let code = self.finish_unit()?;
        self.load_code(code)?;
        self.emit(Op::MakeFunction(flags));
        if let Some(first) = gens.first() {
            self.expr(first.iter)?;
        }
        if gens.first().is_some_and(|g| g.is_async) {
            self.emit(Op::Async(async_op::GET_AITER));
        } else {
            self.emit(Op::GetIter);
        }
        self.set_loc(node.loc);
        self.emit(Op::Call(1));
        if is_coro && !matches!(kind, CompKind::Gen(_)) {
            self.emit_await(0)?;
        }
        Ok(())
    }

    fn comp_level(
        &mut self,
        gens: &'a [Comprehension<'a>],
        i: usize,
        kind: CompKind<'a>,
    ) -> CResult {
        let g = &gens[i];
        if g.is_async {
            return self.async_comp_level(gens, i, kind);
        }
        if i == 0 {
            let idx = self.varname_idx(".0");
            self.emit(Op::LoadFast(idx));
        } else {
            self.expr(g.iter)?;
            self.emit(Op::GetIter);
        }
        let start = self.new_label();
        let end = self.new_label();
        self.bind_label(start);
        self.emit(Op::ForIter(end as u32));
        self.store_target(g.target)?;
        for cond in g.ifs {
            self.jump_if(cond, false, start)?;
        }
        self.comp_body(gens, i, kind)?;
        self.emit(Op::Jump(start as u32));
        self.bind_label(end);
        Ok(())
    }

    /// The rest of a comprehension inside the loop of generator `i`: the next loop, or
    /// the element added to the result (or yielded).
    fn comp_body(
        &mut self,
        gens: &'a [Comprehension<'a>],
        i: usize,
        kind: CompKind<'a>,
    ) -> CResult {
        if i + 1 < gens.len() {
            self.comp_level(gens, i + 1, kind)?;
        } else {
            let depth = (gens.len() + 1) as u32;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    if self.ur().flags & code_flags::ASYNC_GENERATOR != 0 {
                        self.emit(Op::Async(async_op::ASYNC_GEN_WRAP));
                    }
                    self.emit(Op::YieldValue);
                    self.emit(Op::PopTop);
                }
            }
        }
        Ok(())
    }
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
