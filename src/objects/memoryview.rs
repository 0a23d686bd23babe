//! `memoryview`: a view of the memory of another object (bytes, bytearray,
//! array.array) that shares it rather than copying it.
//!
//! A view is a native object whose state describes a one-dimensional strided window on
//! the exporter's bytes: the first item's byte offset, the byte step between items (a
//! negative one for reversed slices), the item count and the struct format of an item.
//! Views of views, slices and casts describe windows on the same exporter, never on
//! the view they came from, as CPython's share one managed buffer.
//!
//! While a view is alive and not released, the exporter counts it: a bytearray or an
//! array refuses to change size (CPython's `BufferError`), since the view's offsets
//! would no longer point at the memory it was made for.

use std::cell::{Cell, RefCell};

use super::bytes::{ByteArrayObj, as_bytes};
use super::native::{NativeState, native_state};
use crate::heap::{HeapBox, Obj};
use crate::objects::array_state::ArrayState;

/// The window a live view has on its exporter.
#[derive(Clone)]
pub struct ViewData {
    /// What `view.obj` returns: the object the first view was made from.
    pub obj: Obj,
    /// The object that owns the memory: a bytes or bytearray payload (the value of a
    /// subclass instance) or an array.
    pub buffer: Obj,
    /// Byte offset of item 0 in the exporter.
    pub start: usize,
    /// Bytes from one item to the next (negative for a reversed slice).
    pub step: isize,
    /// Number of items.
    pub len: usize,
    /// The struct format character of an item (`B` for bytes), and whether `format`
    /// shows it with the `@` prefix it was cast with.
    pub code: u8,
    pub at_prefix: bool,
    pub readonly: bool,
}

impl ViewData {
    pub fn itemsize(&self) -> usize {
        format_size(self.code).unwrap_or(1)
    }

    /// The byte offset of item `i` (in range).
    pub fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// True when the items follow each other with no gap (CPython's C-contiguous).
    pub fn contiguous(&self) -> bool {
        self.len <= 1 || self.step == self.itemsize() as isize
    }

    /// `format` as Python shows it.
    pub fn format(&self) -> String {
        let c = self.code as char;
        if self.at_prefix {
            format!("@{c}")
        } else {
            c.to_string()
        }
    }

    /// A copy of the viewed bytes in item order; None when the exporter is busy.
    pub fn to_bytes(&self) -> Option<Vec<u8>> {
        let size = self.itemsize();
        read_exporter(&self.buffer, |all| {
            let mut out = Vec::with_capacity(self.len * size);
            for i in 0..self.len {
                let at = self.offset(i);
                out.extend_from_slice(all.get(at..at + size)?);
            }
            Some(out)
        })?
    }

    /// The bytes of item `i` (in range).
    pub fn item_bytes(&self, i: usize) -> Option<Vec<u8>> {
        let at = self.offset(i);
        let size = self.itemsize();
        read_exporter(&self.buffer, |all| {
            all.get(at..at + size).map(<[u8]>::to_vec)
        })?
    }

    /// Writes `data` (whole items, in item order) over the items `first, first+stride,
    /// ...`; false when the exporter cannot be written now.
    pub fn write_items(&self, first: usize, stride: isize, data: &[u8]) -> bool {
        let size = self.itemsize();
        write_exporter(&self.buffer, |all| {
            for (k, chunk) in data.chunks(size).enumerate() {
                let i = (first as isize + k as isize * stride) as usize;
                let at = self.offset(i);
                match all.get_mut(at..at + size) {
                    Some(dst) => dst.copy_from_slice(chunk),
                    None => return false,
                }
            }
            true
        })
        .unwrap_or(false)
    }
}

/// The size of an item of a native single-character struct format; None for a
/// format memoryview does not know.
pub fn format_size(code: u8) -> Option<usize> {
    Some(match code {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    })
}

/// The state of a memoryview: its window, in a block of the heap so that
/// `sys.getsizeof` counts it, until the view is released.
pub struct MemoryViewState {
    pub view: RefCell<Option<HeapBox<ViewData>>>,
}

impl MemoryViewState {
    pub fn new(view: HeapBox<ViewData>) -> MemoryViewState {
        MemoryViewState {
            view: RefCell::new(Some(view)),
        }
    }

    pub fn is_released(&self) -> bool {
        self.view.try_borrow().is_ok_and(|v| v.is_none())
    }

    /// Runs `f` on the window of a live view; None once released.
    pub fn with_view<R>(&self, f: impl FnOnce(&ViewData) -> R) -> Option<R> {
        let v = self.view.try_borrow().ok()?;
        v.as_deref().map(f)
    }

    /// Releases the view: the exporter stops counting it and the references go.
    pub fn release(&self) {
        let old = self.view.try_borrow_mut().ok().and_then(|mut v| v.take());
        if let Some(v) = &old {
            remove_export(&v.buffer);
        }
        drop(old);
    }
}

impl NativeState for MemoryViewState {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(v) = self.view.try_borrow()
            && let Some(v) = v.as_deref()
        {
            visit(&v.obj);
            visit(&v.buffer);
        }
    }
    fn clear(&self) {
        self.release();
    }
    fn buffer_bytes(&self) -> Option<Vec<u8>> {
        self.with_view(ViewData::to_bytes).flatten()
    }
    fn heap_bytes(&self) -> usize {
        self.view
            .try_borrow()
            .ok()
            .and_then(|v| v.as_ref().map(HeapBox::storage_bytes))
            .unwrap_or(0)
    }
}

impl Drop for MemoryViewState {
    fn drop(&mut self) {
        if let Some(v) = self.view.get_mut().take() {
            remove_export(&v.buffer);
        }
    }
}

/// The state of a memoryview object.
pub fn view_state(o: &Obj) -> Option<&MemoryViewState> {
    native_state::<MemoryViewState>(o)
}

/// Runs `f` on all the bytes of an exporter (bytes, bytearray, array.array).
pub fn read_exporter<R>(o: &Obj, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if let Some(b) = as_bytes(o) {
        return Some(f(b));
    }
    if let Some(ba) = o.downcast::<ByteArrayObj>() {
        let d = ba.data.try_borrow().ok()?;
        return Some(f(&d));
    }
    crate::objects::array_state::with_array_bytes(o, f)
}

/// Runs `f` on all the bytes of a writable exporter (bytearray, array.array).
pub fn write_exporter<R>(o: &Obj, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    if let Some(ba) = o.downcast::<ByteArrayObj>() {
        let mut d = ba.data.try_borrow_mut().ok()?;
        return Some(f(d.as_mut_slice()));
    }
    crate::objects::array_state::with_array_bytes_mut(o, f)
}

/// The export count of a resizable exporter (bytes cannot change size: no count).
fn export_count(o: &Obj) -> Option<&Cell<u32>> {
    if let Some(ba) = o.downcast::<ByteArrayObj>() {
        return Some(&ba.exports);
    }
    native_state::<ArrayState>(o).map(|a| &a.exports)
}

/// Counts a new view of `o`.
pub fn add_export(o: &Obj) {
    if let Some(c) = export_count(o) {
        c.set(c.get().saturating_add(1));
    }
}

/// Forgets a released view of `o`.
pub fn remove_export(o: &Obj) {
    if let Some(c) = export_count(o) {
        c.set(c.get().saturating_sub(1));
    }
}

/// The window of memoryview `o` usable as a plain buffer (by `struct`, `readinto`):
/// contiguous, and writable when `write`.
pub(crate) fn contiguous_window(o: &Obj, write: bool) -> Option<ViewData> {
    let st = view_state(o)?;
    st.with_view(|v| v.clone())
        .filter(|v| v.contiguous() && !(write && v.readonly))
}

/// Runs `f` on the contents of a writable buffer (bytearray, a contiguous writable
/// memoryview, array.array).
pub(crate) fn write_buffer<R>(o: &Obj, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    if let Some(ba) = o.downcast::<ByteArrayObj>() {
        let mut d = ba.data.try_borrow_mut().ok()?;
        return Some(f(d.as_mut_slice()));
    }
    if let Some(v) = contiguous_window(o, true) {
        let end = v.start + v.len * v.itemsize();
        return write_exporter(&v.buffer, |b| b.get_mut(v.start..end).map(f))?;
    }
    crate::objects::array_state::with_array_bytes_mut(o, f)
}
