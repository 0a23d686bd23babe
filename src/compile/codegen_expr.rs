//! Code generation for expressions: constants, displays, operators and comparisons (with the compile-time warnings CPython gives for them).
//! (A child module of `codegen`.)

use super::*;

impl<'a> Compiler<'_, 'a> {
    /// The compile-time value of a constant expression, after folding.
    pub(super) fn const_value(&mut self, e: &Expr<'_>) -> CResult<Option<ConstValue>> {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            self.nesting -= 1;
            return Err(CompileError::TooDeep);
        }
        let r = self.const_value_inner(e);
        self.nesting -= 1;
        r
    }

    pub(super) fn const_value_inner(&mut self, e: &Expr<'_>) -> CResult<Option<ConstValue>> {
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

    pub(super) fn expr(&mut self, e: &'a Expr<'a>) -> CResult {
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

    pub(super) fn expr_inner(&mut self, e: &'a Expr<'a>) -> CResult {
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
                if let Some(n) = self.slice_bounds(slice)? {
                    self.set_loc(e.loc);
                    self.emit(Op::BinarySlice(n));
                    return Ok(());
                }
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
                self.forbid_debug_params(args, e.loc)?;
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
                // Stored at the target's position, as CPython's compiler does.
                self.store_target(target)?;
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

    pub(super) fn expr_tuple(&mut self, items: &'a [Expr<'a>]) -> CResult {
        self.sequence(items, SeqKind::Tuple)
    }

    pub(super) fn sequence(&mut self, items: &'a [Expr<'a>], kind: SeqKind) -> CResult {
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

    pub(super) fn const_tuple(&mut self, items: &'a [Expr<'a>]) -> CResult<Option<ConstValue>> {
        let mut vals = Vec::with_capacity(items.len());
        for it in items {
            match self.const_value(it)? {
                Some(v) => vals.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(ConstValue::Tuple(vals)))
    }

    pub(super) fn dict_display(
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

    pub(super) fn compare(
        &mut self,
        left: &'a Expr<'a>,
        ops: &'a [CmpOp],
        comps: &'a [Expr<'a>],
    ) -> CResult {
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
    pub(super) fn check_compare(
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
    pub(super) fn check_subscript(&mut self, value: &'a Expr<'a>, slice: &'a Expr<'a>) -> CResult {
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
    pub(super) fn infer_type(&mut self, e: &Expr<'_>) -> CResult<Option<&'static str>> {
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
    pub(super) fn is_identity_operand(&mut self, e: &Expr<'_>) -> CResult<bool> {
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
    pub(super) fn warn(&mut self, loc: Loc, msg: &str) -> CResult {
        if self.vm.compiling_trusted() {
            return Ok(());
        }
        let filename = self.filename.clone();
        match self.vm.syntax_warning(&filename, loc.line, msg) {
            Ok(()) => Ok(()),
            Err(_) => Err(CompileError::Syntax {
                msg: msg.to_owned(),
                loc,
                stage: super::ErrorStage::Compiler,
            }),
        }
    }

    pub(super) fn emit_cmp(&mut self, op: CmpOp) {
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
}
