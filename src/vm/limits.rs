//! The interpreter's explicit limits, each a setting with a Python exception when it is
//! exceeded: recursion depth, int/str conversion digits, and the heap size cap.

use std::rc::Rc;

use crate::heap::Obj;

use super::Vm;

/// The deepest Python call stack allowed whatever `sys.setrecursionlimit` says: a few
/// hundred bytes a frame (its slot on the frame stack, its values, its locals, its
/// traceback entry while an exception unwinds) puts this
/// near a gigabyte, past any real program's need and within ordinary memory.
pub const MAX_FRAME_DEPTH: usize = 2_000_000;

impl Vm {
    /// `sys.getrecursionlimit()`: the limit as set, even when the depth actually
    /// allowed is capped at [`MAX_FRAME_DEPTH`].
    // The field `recursion_limit` is the depth enforced; this returns the one asked for.
    #[allow(clippy::misnamed_getters)]
    pub fn recursion_limit(&self) -> usize {
        self.requested_recursion_limit
    }

    /// `sys.setrecursionlimit(n)`. Deep Python recursion lives on the VM's frame stack,
    /// so large limits are safe up to what memory holds: the depth enforced (the
    /// `recursion_limit` field the call paths compare with) stops at [`MAX_FRAME_DEPTH`],
    /// so that a runaway recursion under `setrecursionlimit(10**9)` is a RecursionError
    /// rather than a frame stack that outgrows memory. Rust-level nesting is separately
    /// bounded by stack room (`stack_guard.rs`, `enter_native`).
    pub fn set_recursion_limit(&mut self, n: usize) {
        // A sandbox's ceiling is the limit as the program sees it, too.
        let n = self.recursion_limit_within_policy(n);
        self.requested_recursion_limit = n;
        self.update_frame_limit();
    }

    /// The recursion limit as enforced: the frames and the C-level recursion levels
    /// entered together stay within it.
    pub(crate) fn recursion_ceiling(&self) -> usize {
        self.requested_recursion_limit.min(MAX_FRAME_DEPTH)
    }

    /// Sets the frame depth the call paths compare with: the ceiling less the C-level
    /// levels entered on this thread.
    pub(crate) fn update_frame_limit(&mut self) {
        self.recursion_limit = self.recursion_ceiling().saturating_sub(self.c_levels.len());
    }

    /// Whether an int of about `bits` bits fits under the heap cap: `**` and `<<` check
    /// before computing a result that could not be kept (which would only burn time).
    pub(crate) fn int_bits_fit(&self, bits: u64) -> bool {
        self.fits_in_heap(bits / 8)
    }

    /// Whether `bytes` more would fit under the heap cap (always, without one). Results
    /// built in Rust before they are copied into the heap check first, so that a
    /// program under a cap cannot make the host allocate far past it.
    pub(crate) fn fits_in_heap(&self, bytes: u64) -> bool {
        let a = self.heap.allocator();
        match a.limit() {
            Some(limit) => bytes <= limit.saturating_sub(a.bytes_in_use()) as u64,
            None => true,
        }
    }

    /// `sys.get_int_max_str_digits()`.
    pub fn int_max_str_digits(&self) -> usize {
        self.int_max_str_digits
    }

    pub fn set_int_max_str_digits(&mut self, n: usize) {
        self.int_max_str_digits = n;
    }

    /// The exception currently being handled (`sys.exception()`).
    pub fn handled_exception(&self) -> Option<Obj> {
        self.handled_exc.clone()
    }
}

impl Vm {
    /// The index of `filename` in the traced-file table.
    pub(crate) fn trace_file_id(&mut self, filename: &Rc<str>) -> u32 {
        if let Some(i) = self
            .trace_files
            .iter()
            .position(|f| Rc::ptr_eq(f, filename) || f == filename)
        {
            return i as u32;
        }
        self.trace_files.push(filename.clone());
        (self.trace_files.len() - 1) as u32
    }

    /// The file and line a traced location stands for.
    pub fn trace_location(&self, loc: u64) -> (Rc<str>, u32) {
        let file = self
            .trace_files
            .get((loc >> 32) as usize)
            .cloned()
            .unwrap_or_else(|| Rc::from("<unknown>"));
        (file, loc as u32)
    }
}
