//! Room for big results: the one place the rest of the interpreter asks "may I
//! allocate N bytes?" before it builds a large buffer outside the heap (a Rust `String`
//! or `Vec` assembled before the result object) or sizes a result from user numbers.
//!
//! Rust's own collections abort the process when the system refuses memory; these
//! helpers check the size against `--max-heap` and the address space first and reserve
//! fallibly, so an impossible size is a `MemoryError` at once, never an abort and never
//! a slow climb to gigabytes before failing.

use super::errors::PyErr;
use super::{PyResult, Vm};

impl Vm {
    /// Ok when `bytes` more fit under the heap limit (and in the address space);
    /// MemoryError otherwise.
    pub fn ensure_room(&self, bytes: usize) -> PyResult<()> {
        if self.alloc().can_allocate(bytes) {
            Ok(())
        } else {
            Err(PyErr::NoMemory)
        }
    }

    /// `count * unit` bytes, when they fit ([`Vm::ensure_room`]); MemoryError when not.
    pub fn room_for(&self, count: usize, unit: usize) -> PyResult<usize> {
        let bytes = count.checked_mul(unit).ok_or(PyErr::NoMemory)?;
        self.ensure_room(bytes)?;
        Ok(bytes)
    }

    /// An empty `String` with `bytes` reserved, or MemoryError.
    pub fn string_with_room(&self, bytes: usize) -> PyResult<String> {
        self.ensure_room(bytes)?;
        let mut s = String::new();
        s.try_reserve_exact(bytes).map_err(|_| PyErr::NoMemory)?;
        Ok(s)
    }

    /// An empty `Vec` with room for `n` items reserved, or MemoryError.
    pub fn vec_with_room<T>(&self, n: usize) -> PyResult<Vec<T>> {
        self.room_for(n, size_of::<T>().max(1))?;
        let mut v = Vec::new();
        v.try_reserve_exact(n).map_err(|_| PyErr::NoMemory)?;
        Ok(v)
    }

    /// Reserves room for `extra` more items in `v` (amortised growth), or MemoryError.
    pub fn grow_vec<T>(&self, v: &mut Vec<T>, extra: usize) -> PyResult<()> {
        if v.capacity() - v.len() >= extra {
            return Ok(());
        }
        self.room_for(v.len().saturating_add(extra), size_of::<T>().max(1))?;
        v.try_reserve(extra).map_err(|_| PyErr::NoMemory)
    }

    /// Reserves room for `extra` more bytes in `s` (amortised growth), or MemoryError.
    pub fn grow_string(&self, s: &mut String, extra: usize) -> PyResult<()> {
        if s.capacity() - s.len() >= extra {
            return Ok(());
        }
        self.ensure_room(s.len().saturating_add(extra))?;
        s.try_reserve(extra).map_err(|_| PyErr::NoMemory)
    }
}
