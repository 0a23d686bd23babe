//! Instructions to bytes and back, for the compiled-module cache (`code_image.rs`).
//!
//! Each instruction is a one-byte tag (its position in the list below) followed by its
//! operands as varints. The list names every `Op` variant: the encoder's `match` is
//! exhaustive, so a new instruction cannot be forgotten, and [`OP_LAYOUT`] (the list as
//! text) goes into every image's fingerprint, so images written by a build with another
//! instruction set are never decoded.

use super::bytecode::{BinOpCode, CmpOpCode, Op, UnaryOpCode};
use super::image_io::{ImageReader, ImageWriter};

/// One operand kind: how it is written and read back.
trait Operand: Sized + Copy {
    fn put(self, w: &mut ImageWriter);
    fn get(r: &mut ImageReader) -> Option<Self>;
}

impl Operand for u32 {
    fn put(self, w: &mut ImageWriter) {
        w.varint(u64::from(self));
    }
    fn get(r: &mut ImageReader) -> Option<Self> {
        u32::try_from(r.varint()?).ok()
    }
}

impl Operand for u16 {
    fn put(self, w: &mut ImageWriter) {
        w.varint(u64::from(self));
    }
    fn get(r: &mut ImageReader) -> Option<Self> {
        u16::try_from(r.varint()?).ok()
    }
}

impl Operand for bool {
    fn put(self, w: &mut ImageWriter) {
        w.byte(u8::from(self));
    }
    fn get(r: &mut ImageReader) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

/// The fieldless operator enums, written as their index in a table of all values.
macro_rules! table_operand {
    ($ty:ty, [$($v:ident),* $(,)?]) => {
        impl Operand for $ty {
            fn put(self, w: &mut ImageWriter) {
                w.byte(self as u8);
            }
            fn get(r: &mut ImageReader) -> Option<Self> {
                const ALL: &[$ty] = &[$(<$ty>::$v),*];
                ALL.get(usize::from(r.byte()?)).copied()
            }
        }
    };
}

table_operand!(
    BinOpCode,
    [
        Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor
    ]
);
table_operand!(CmpOpCode, [Lt, Le, Eq, Ne, Gt, Ge]);
table_operand!(UnaryOpCode, [Neg, Pos, Invert, Not]);

macro_rules! op_codec {
    ($($name:ident $(($($field:ident: $ty:ty),*))?),* $(,)?) => {
        /// The instruction set as text: a change to it changes every image fingerprint.
        pub const OP_LAYOUT: &str = stringify!($($name $(($($ty),*))?),*);

        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u8)]
        enum OpTag { $($name),* }

        /// Appends one instruction.
        pub fn encode_op(op: Op, w: &mut ImageWriter) {
            match op {
                $(Op::$name $(($($field),*))? => {
                    w.byte(OpTag::$name as u8);
                    $($($field.put(w);)*)?
                })*
            }
        }

        /// Reads one instruction (None for bytes that are not one).
        pub fn decode_op(r: &mut ImageReader) -> Option<Op> {
            type Decoder = fn(&mut ImageReader) -> Option<Op>;
            const DECODERS: &[Decoder] = &[
                $(|_r: &mut ImageReader| Some(Op::$name $(($(<$ty>::get(_r)?),*))?)),*
            ];
            let tag = r.byte()?;
            DECODERS.get(usize::from(tag)).and_then(|d| d(r))
        }
    };
}

op_codec! {
    Nop,
    PopTop,
    Copy(a: u32),
    Swap(a: u32),
    LoadConst(a: u32),
    LoadFast(a: u32),
    StoreFast(a: u32),
    DeleteFast(a: u32),
    LoadDeref(a: u32),
    StoreDeref(a: u32),
    DeleteDeref(a: u32),
    LoadClassDeref(a: u32),
    LoadClosure(a: u32),
    LoadGlobal(a: u32),
    StoreGlobal(a: u32),
    DeleteGlobal(a: u32),
    LoadName(a: u32),
    StoreName(a: u32),
    DeleteName(a: u32),
    LoadAttr(a: u32),
    StoreAttr(a: u32),
    DeleteAttr(a: u32),
    LoadMethod(a: u32),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BinaryOp(a: BinOpCode),
    InplaceOp(a: BinOpCode),
    LoadFastLoadFast(a: u16, b: u16),
    LoadFastLoadConst(a: u16, b: u16),
    BinaryOpFastFast(a: BinOpCode, b: u16, c: u16),
    BinaryOpFastConst(a: BinOpCode, b: u16, c: u16),
    InplaceOpFastFast(a: BinOpCode, b: u16, c: u16),
    InplaceOpFastConst(a: BinOpCode, b: u16, c: u16),
    BinarySubscrFastFast(a: u16, b: u16),
    BinarySubscrFastConst(a: u16, b: u16),
    StoreSubscrFastFast(a: u16, b: u16),
    StoreSubscrFastConst(a: u16, b: u16),
    LoadFastAttr(a: u16, b: u16),
    LoadFastMethod(a: u16, b: u16),
    StoreAttrFast(a: u16, b: u16),
    StoreAttrFastFast(a: u16, b: u16, c: u16),
    CompareFastConstJumpIfFalse(a: CmpOpCode, b: u16, c: u16, d: u16),
    CompareFastConstJumpIfTrue(a: CmpOpCode, b: u16, c: u16, d: u16),
    UnaryOp(a: UnaryOpCode),
    CompareOp(a: CmpOpCode),
    IsOp(a: bool),
    ContainsOp(a: bool),
    BuildTuple(a: u32),
    BuildList(a: u32),
    BuildSet(a: u32),
    BuildMap(a: u32),
    BuildSlice(a: u32),
    BinarySlice(a: u32),
    StoreSlice(a: u32),
    BuildString(a: u32),
    ListAppend(a: u32),
    SetAdd(a: u32),
    MapAdd(a: u32),
    ListExtend(a: u32),
    SetUpdate(a: u32),
    DictUpdate(a: u32),
    DictMerge(a: u32),
    ListToTuple,
    UnpackSequence(a: u32),
    UnpackEx(a: u32),
    Jump(a: u32),
    PopJumpIfFalse(a: u32),
    PopJumpIfTrue(a: u32),
    JumpIfFalseOrPop(a: u32),
    JumpIfTrueOrPop(a: u32),
    CompareJumpIfFalse(a: CmpOpCode, b: u32),
    CompareJumpIfTrue(a: CmpOpCode, b: u32),
    PopJumpIfNotNone(a: u32),
    PopJumpIfNone(a: u32),
    GetIter,
    ForIter(a: u32),
    Call(a: u32),
    CallKw(a: u32),
    CallEx(a: u32),
    CallMethod(a: u32),
    MakeFunction(a: u32),
    ReturnValue,
    ReturnConst(a: u32),
    YieldValue,
    GetYieldFromIter,
    Send(a: u32),
    Raise(a: u32),
    Reraise,
    Async(a: u32),
    PushExcInfo,
    PopExcept,
    CheckExcMatch,
    ExceptStar(a: u32),
    FormatValue(a: u32),
    ImportName(a: u32),
    ImportFrom(a: u32),
    ImportStar,
    SetupAnnotations,
    LoadAssertionError,
    LoadBuildClass,
    PrintExpr,
    MatchSequence(a: u32),
    MatchMapping(a: u32),
    MatchKeys,
    MatchClass(a: u32),
    CopyDictWithoutKeys,
    BeforeWith,
    WithExceptStart,
}

/// The instructions in the compiled-module cache's encoding: what `code.co_code`
/// shows (minipy's own instruction set, not CPython's).
pub fn encode_instructions(instrs: &[Op]) -> Vec<u8> {
    let mut w = ImageWriter { out: Vec::new() };
    for op in instrs {
        encode_op(*op, &mut w);
    }
    w.out
}

/// Unsigned numbers as the cache writes them (LEB128): `co_linetable` and
/// `co_exceptiontable` are lists of them.
pub fn encode_varints(values: impl IntoIterator<Item = u64>) -> Vec<u8> {
    let mut w = ImageWriter { out: Vec::new() };
    for v in values {
        w.varint(v);
    }
    w.out
}
