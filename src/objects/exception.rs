//! Exception instances (of BaseException and every subclass, builtin or user-defined).
//!
//! Seven words, so that with the collector's head and the header an exception is 88
//! bytes, as in CPython 3.11: the class, the arguments, the namespace (two words), the
//! traceback, the context, and one pointer to a block for the links rarely set
//! (`__cause__`, `__suppress_context__`, an exception group's checked arguments),
//! allocated the first time one of them is.

use std::cell::Cell;
use std::rc::Rc;

use super::instance::Attrs;
use super::{Tag, visit_opt};
use crate::compile::bytecode::CodeObject;
use crate::declare_payload;
use crate::heap::{AllocError, Allocator, Behaviour, HeapBox, NoTail, Obj, ObjCell, OptObjCell};

/// One traceback line: the code and the instruction that was running, and the globals
/// of that frame (NameError suggestions look there), and the holder of the frame's
/// locals (`objects/frame_locals.rs`) for a function's frame, or the namespace of a
/// module or class body.
#[derive(Clone)]
pub struct TraceEntry {
    pub code: Rc<CodeObject>,
    pub ip: u32,
    pub globals: Obj,
    pub locals: Option<Obj>,
}

/// Frozen modules that stand in for modules CPython writes in C (`_sqlite3`,
/// `_decimal`, `_datetime`, `_pickle`): their frames are not recorded in tracebacks, so
/// that an error they raise shows as CPython shows one raised by C code, with the
/// caller's line last.
const C_MODULE_STAND_INS: &[&str] = &[
    "<frozen sqlite3>",
    "<frozen decimal>",
    "<frozen datetime>",
    "<frozen pickle>",
];

/// The functions of the frozen `codecs` that stand in for CPython's C module `_codecs`
/// (the registry, `codecs.encode` / `decode`, the error handlers, the codec
/// primitives): everything `codecs.py` defines before `class Codec`, which is where the
/// part CPython writes in Python begins. Their frames are hidden as those of the
/// modules above are; a function nested in one (`_wide_codec_functions.<locals>.
/// decode_le`) goes with it.
const CODECS_C_FUNCTIONS: &[&str] = &[
    "register",
    "unregister",
    "_normalize",
    "lookup",
    "_with_codec_context",
    "_run_codec",
    "_check_str_argument",
    "_type_name",
    "encode",
    "decode",
    "_text_codec",
    "_encode_as_text",
    "_decode_as_text",
    "_not_handled",
    "strict_errors",
    "ignore_errors",
    "replace_errors",
    "_escaped",
    "backslashreplace_errors",
    "xmlcharrefreplace_errors",
    "namereplace_errors",
    "register_error",
    "lookup_error",
    "_handle_error",
    "_errors_name",
    "_text_argument",
    "_bytes_argument",
    "_encode_text",
    "_encode_replacement",
    "_decode_bytes",
    "_utf8_pending",
    "_utf8_second_byte_ok",
    "_utf16_complete",
    "utf_8_encode",
    "utf_8_decode",
    "ascii_encode",
    "ascii_decode",
    "latin_1_encode",
    "latin_1_decode",
    "_wide_codec_functions",
    "_install_wide_codec_functions",
    "_escape_for_unicode_escape",
    "unicode_escape_encode",
    "raw_unicode_escape_encode",
    "_hex_escape",
    "_named_escape",
    "_one_unicode_escape",
    "_one_raw_escape",
    "_escape_decode_loop",
    "_code_key",
    "_warn_deprecated_escape",
    "_escape_input",
    "unicode_escape_decode",
    "raw_unicode_escape_decode",
    "escape_encode",
    "escape_decode",
    "make_identity_dict",
    "make_encoding_map",
    "charmap_build",
    "_charmap_lookup_decode",
    "charmap_decode",
    "_charmap_lookup_encode",
    "charmap_encode",
    "_replacement_through_map",
];

fn hidden_from_tracebacks(code: &CodeObject) -> bool {
    if !code.trusted {
        return false;
    }
    if &*code.filename == "<frozen codecs>" {
        let outer = code.qualname.split('.').next().unwrap_or_default();
        return CODECS_C_FUNCTIONS.contains(&outer);
    }
    C_MODULE_STAND_INS.contains(&&*code.filename)
}

/// A traceback entry, the one recorded before it (further in), and the traceback object
/// made for it once Python code asked for `__traceback__` (whose `tb_next` is the inner
/// entry's), so that the same object is handed out each time, as in CPython.
struct TraceNode {
    entry: TraceEntry,
    tb: Option<Obj>,
    inner: Option<HeapBox<TraceNode>>,
}

/// The traceback: a list of entries, the outermost (the last recorded, as the
/// exception unwinds outwards) at the head, one pointer in the exception. Its nodes are
/// heap blocks; like CPython's traceback objects, they are not part of the exception's
/// `sys.getsizeof`.
///
/// The cell is emptied while the list is read and filled again before any other code
/// runs (reading clones handles, which runs none), so no borrow flag is needed.
#[derive(Default)]
struct Traceback(Cell<Option<HeapBox<TraceNode>>>);

impl Traceback {
    /// Calls `f` on each node, outermost first.
    fn for_each_node(&self, mut f: impl FnMut(&TraceNode)) {
        let head = self.0.take();
        let mut node = head.as_deref();
        while let Some(n) = node {
            f(n);
            node = n.inner.as_deref();
        }
        self.0.set(head);
    }

    /// Calls `f` on each entry, outermost first.
    fn for_each(&self, mut f: impl FnMut(&TraceEntry)) {
        self.for_each_node(|n| f(&n.entry));
    }

    /// Records `entry` as the outermost; when the heap is full the entry is left out.
    fn push(&self, a: &Allocator, entry: TraceEntry) {
        let inner = self.0.take();
        let node = TraceNode {
            entry,
            tb: None,
            inner,
        };
        match HeapBox::new(a, node) {
            Ok(b) => self.0.set(Some(b)),
            Err((_, node)) => self.0.set(node.inner),
        }
    }

    fn is_empty(&self) -> bool {
        let head = self.0.take();
        let empty = head.is_none();
        self.0.set(head);
        empty
    }

    /// The entries, innermost first.
    fn to_vec(&self) -> Vec<TraceEntry> {
        let mut entries = Vec::new();
        self.for_each(|e| entries.push(e.clone()));
        entries.reverse();
        entries
    }

    /// The entries that have no traceback object yet (innermost first), and the
    /// object of the first entry further in that has one.
    fn without_objects(&self) -> (Vec<TraceEntry>, Option<Obj>) {
        let mut entries = Vec::new();
        let mut made = None;
        self.for_each_node(|n| {
            if made.is_some() {
                return;
            }
            match &n.tb {
                Some(tb) => made = Some(tb.clone()),
                None => entries.push(n.entry.clone()),
            }
        });
        entries.reverse();
        (entries, made)
    }

    /// Gives the outermost entries the traceback objects `tbs` (outermost first).
    fn set_objects(&self, tbs: Vec<Obj>) {
        let mut head = self.0.take();
        let mut node = head.as_deref_mut();
        for tb in tbs {
            let Some(n) = node else {
                break;
            };
            n.tb = Some(tb);
            node = n.inner.as_deref_mut();
        }
        self.0.set(head);
    }

    /// Replaces the entries (given innermost first), returning the old ones for the
    /// caller to drop. An entry the heap has no room for is left out.
    #[must_use]
    fn replace(&self, a: &Allocator, entries: Vec<TraceEntry>) -> Traceback {
        let mut head = None;
        for entry in entries {
            let node = TraceNode {
                entry,
                tb: None,
                inner: head,
            };
            head = match HeapBox::new(a, node) {
                Ok(b) => Some(b),
                Err((_, node)) => node.inner,
            };
        }
        Traceback(Cell::new(self.0.replace(head)))
    }

    /// Empties the traceback, returning the old one for the caller to drop.
    #[must_use]
    fn take(&self) -> Traceback {
        Traceback(Cell::new(self.0.take()))
    }
}

impl Drop for Traceback {
    /// Drops the entries innermost first, as CPython frees a traceback chain (so the
    /// locals of the innermost frame die first), one node at a time: a traceback of a
    /// deep recursion must not drop recursively. The list is reversed in place first.
    fn drop(&mut self) {
        let mut reversed: Option<HeapBox<TraceNode>> = None;
        let mut node = self.0.take();
        while let Some(mut n) = node {
            node = n.inner.take();
            n.inner = reversed;
            reversed = Some(n);
        }
        while let Some(mut n) = reversed {
            reversed = n.inner.take();
        }
    }
}

/// The rarely set links of an exception, in a heap block of their own.
#[derive(Default)]
struct Links {
    cause: Option<Obj>,
    /// For exception groups: the tuple `(message, exceptions)` their `__new__` checked
    /// (`exceptions` a tuple); None for every other exception.
    group: Option<Obj>,
    suppress_context: bool,
}

/// The block holding an exception's `Links`, absent until one is set. Read and written
/// as `Traceback` is: emptied for the moment of the access, during which no code runs.
#[derive(Default)]
struct LinksCell(Cell<Option<HeapBox<Links>>>);

impl LinksCell {
    fn read<R>(&self, f: impl FnOnce(&Links) -> R) -> Option<R> {
        let block = self.0.take();
        let r = block.as_deref().map(f);
        self.0.set(block);
        r
    }

    /// Changes the links with `f` (allocating the block first if there is none),
    /// returning `f`'s result (the values it replaced) for the caller to drop after the
    /// block is back in place.
    fn update<R>(&self, a: &Allocator, f: impl FnOnce(&mut Links) -> R) -> Result<R, AllocError> {
        let mut block = match self.0.take() {
            Some(b) => b,
            None => HeapBox::new(a, Links::default()).map_err(|(e, _)| e)?,
        };
        let r = f(&mut block);
        self.0.set(Some(block));
        Ok(r)
    }

    fn storage_bytes(&self) -> usize {
        let block = self.0.take();
        let n = block.as_ref().map_or(0, HeapBox::storage_bytes);
        self.0.set(block);
        n
    }

    /// Takes the block out (the collector's clear), for the caller to drop.
    #[must_use]
    fn take(&self) -> Option<HeapBox<Links>> {
        self.0.take()
    }
}

pub struct ExceptionObj {
    pub class: ObjCell,
    /// Tuple of constructor arguments.
    args: ObjCell,
    pub attrs: Attrs,
    traceback: Traceback,
    context: OptObjCell,
    links: LinksCell,
}
declare_payload!(ExceptionObj, "BaseException", Tag::Exception, gc);
impl Behaviour for ExceptionObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit(&self.class.get());
        visit(&self.args.get());
        self.attrs.traverse(visit);
        self.context.visit(visit);
        let (cause, group) = self.links_pair();
        visit_opt(&cause, visit);
        visit_opt(&group, visit);
        self.traceback.for_each_node(|node| {
            visit(&node.entry.globals);
            visit_opt(&node.entry.locals, visit);
            visit_opt(&node.tb, visit);
        });
    }
    fn clear(&self) {
        self.attrs.clear();
        drop(self.context.take());
        drop(self.links.take());
        drop(self.traceback.take());
    }
    fn needs_finalize(&self) -> bool {
        self.class
            .get()
            .downcast::<super::TypeObj>()
            .is_some_and(super::TypeObj::has_finalizer)
    }
}

impl ExceptionObj {
    pub fn new(class: Obj, args: Obj) -> ExceptionObj {
        ExceptionObj {
            class: ObjCell::new(class),
            args: ObjCell::new(args),
            attrs: Attrs::default(),
            traceback: Traceback::default(),
            context: OptObjCell::new(None),
            links: LinksCell::default(),
        }
    }

    /// The constructor arguments (a tuple).
    pub fn args(&self) -> Obj {
        self.args.get()
    }

    pub fn set_args(&self, args: Obj) {
        drop(self.args.replace(args));
    }

    /// Records a frame the exception passes through as it unwinds (the next one out).
    pub fn push_trace(&self, a: &Allocator, entry: TraceEntry) {
        if hidden_from_tracebacks(&entry.code) {
            return;
        }
        self.traceback.push(a, entry);
    }

    /// The entries that have no traceback object yet (innermost first), and the object
    /// of the first entry further in that has one (see `set_traceback_objects`).
    pub fn entries_without_objects(&self) -> (Vec<TraceEntry>, Option<Obj>) {
        self.traceback.without_objects()
    }

    /// Gives the outermost entries the traceback objects `tbs` (outermost first).
    pub fn set_traceback_objects(&self, tbs: Vec<Obj>) {
        self.traceback.set_objects(tbs);
    }

    /// The traceback entries, innermost first.
    pub fn traceback(&self) -> Vec<TraceEntry> {
        self.traceback.to_vec()
    }

    pub fn has_traceback(&self) -> bool {
        !self.traceback.is_empty()
    }

    /// Replaces the traceback with `entries` (innermost first).
    pub fn set_traceback(&self, a: &Allocator, entries: Vec<TraceEntry>) {
        drop(self.traceback.replace(a, entries));
    }

    /// `__context__`.
    pub fn context(&self) -> Option<Obj> {
        self.context.get()
    }

    pub fn set_context(&self, context: Option<Obj>) {
        drop(self.context.replace(context));
    }

    fn links_pair(&self) -> (Option<Obj>, Option<Obj>) {
        self.links
            .read(|l| (l.cause.clone(), l.group.clone()))
            .unwrap_or_default()
    }

    /// `__cause__`.
    pub fn cause(&self) -> Option<Obj> {
        self.links.read(|l| l.cause.clone()).flatten()
    }

    /// `__suppress_context__`.
    pub fn suppress_context(&self) -> bool {
        self.links.read(|l| l.suppress_context).unwrap_or(false)
    }

    /// An exception group's checked `(message, exceptions)`.
    pub fn group(&self) -> Option<Obj> {
        self.links.read(|l| l.group.clone()).flatten()
    }

    /// Sets `__cause__` and `__suppress_context__` together, as `raise ... from` and
    /// assigning `__cause__` do.
    pub fn set_cause(
        &self,
        a: &Allocator,
        cause: Option<Obj>,
        suppress_context: bool,
    ) -> Result<(), AllocError> {
        if cause.is_none() && !suppress_context && self.links.read(|_| ()).is_none() {
            return Ok(());
        }
        let old = self.links.update(a, |l| {
            l.suppress_context = suppress_context;
            std::mem::replace(&mut l.cause, cause)
        })?;
        drop(old);
        Ok(())
    }

    pub fn set_suppress_context(&self, a: &Allocator, suppress: bool) -> Result<(), AllocError> {
        if !suppress && self.links.read(|_| ()).is_none() {
            return Ok(());
        }
        self.links.update(a, |l| l.suppress_context = suppress)
    }

    pub fn set_group(&self, a: &Allocator, group: Option<Obj>) -> Result<(), AllocError> {
        if group.is_none() && self.links.read(|_| ()).is_none() {
            return Ok(());
        }
        let old = self
            .links
            .update(a, |l| std::mem::replace(&mut l.group, group))?;
        drop(old);
        Ok(())
    }

    /// Forgets how the exception was last raised (its traceback, context, cause and
    /// the rest of its links), so that a shared instance can be raised afresh.
    pub fn reset_raise_state(&self) {
        drop(self.traceback.take());
        self.set_context(None);
        drop(self.links.take());
    }

    /// Bytes of heap storage the exception owns besides its block (for `sys.getsizeof`).
    pub fn storage_bytes(&self) -> usize {
        self.links.storage_bytes()
    }
}

#[cfg(test)]
mod codecs_stand_in_tests {
    use super::CODECS_C_FUNCTIONS;

    /// The list names exactly the functions codecs.py defines before `class Codec`.
    #[test]
    fn codecs_c_functions_match_the_module() {
        let source = include_str!("../modules/py/codecs.py");
        let head = source.split("\nclass Codec:").next().unwrap_or_default();
        let defined: Vec<&str> = head
            .lines()
            .filter_map(|l| l.strip_prefix("def "))
            .filter_map(|l| l.split('(').next())
            .collect();
        assert_eq!(defined, CODECS_C_FUNCTIONS);
    }
}
