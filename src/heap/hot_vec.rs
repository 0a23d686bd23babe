//! `HotVec`: a `Vec` for the interpreter's value and frame stacks whose `push` and
//! `truncate` are always inlined into the dispatch loop.
//!
//! `Vec::push` is only an inlining hint, and inside a function as large as the dispatch
//! loop the compiler keeps it out of line: every push became a call, and a pushed frame
//! was first built in a temporary and then copied, stalling on store forwarding. Here
//! the element is written straight into the spare slot, and growth stays out of line
//! because it is rare.

use std::ops::{Deref, DerefMut};

#[derive(Default)]
pub struct HotVec<T>(Vec<T>);

impl<T> HotVec<T> {
    pub fn with_capacity(n: usize) -> HotVec<T> {
        HotVec(Vec::with_capacity(n))
    }

    #[inline(always)]
    pub fn push(&mut self, value: T) {
        let len = self.0.len();
        if len == self.0.capacity() {
            self.grow();
        }
        // SAFETY: `grow` guarantees `len < capacity`, so the slot at `len` lies inside
        // the allocation and holds no initialised value; writing it and then raising the
        // length by one keeps every slot below `len` initialised.
        unsafe {
            self.0.as_mut_ptr().add(len).write(value);
            self.0.set_len(len + 1);
        }
    }

    /// Pushes the value `make` builds. The slot's address is known before the value is
    /// built, so a large element (a frame) is written straight into place instead of
    /// being built in a temporary and copied.
    #[inline(always)]
    pub fn push_with(&mut self, make: impl FnOnce() -> T) {
        let len = self.0.len();
        if len == self.0.capacity() {
            self.grow();
        }
        // SAFETY: as in `push`: the slot at `len < capacity` is inside the allocation
        // and uninitialised. `make` cannot reach this vector (it is borrowed mutably
        // here), so the length set afterwards still counts only initialised slots.
        unsafe {
            self.0.as_mut_ptr().add(len).write(make());
            self.0.set_len(len + 1);
        }
    }

    /// Drops the elements from `len` on, inline (the stack is usually cut by one or two
    /// values), first to last: a frame's locals die in slot order, as in CPython, which
    /// decides the order `__del__` methods run in.
    #[inline(always)]
    pub fn truncate(&mut self, len: usize) {
        let old = self.0.len();
        if len >= old {
            return;
        }
        // SAFETY: slots `len..old` are initialised. The length is cut first, so each of
        // them is owned only by this loop, which drops each exactly once (a drop that
        // panicked would leak the rest, never drop one twice).
        unsafe {
            self.0.set_len(len);
            let base = self.0.as_mut_ptr();
            for i in len..old {
                std::ptr::drop_in_place(base.add(i));
            }
        }
    }

    /// Moves the elements from `start` on to the end of `out`, in order, leaving this
    /// vector `start` long: one copy, without the iterator a `drain` builds.
    #[inline]
    pub fn move_tail_into(&mut self, start: usize, out: &mut Vec<T>) {
        let len = self.0.len();
        if start >= len {
            return;
        }
        let n = len - start;
        out.reserve(n);
        // SAFETY: slots `start..len` are initialised and `out` has room for `n` more after
        // its `out.len()` initialised ones; the two vectors are distinct allocations. The
        // values are moved: this vector's length drops to `start` so they are owned once.
        unsafe {
            let dst = out.as_mut_ptr().add(out.len());
            std::ptr::copy_nonoverlapping(self.0.as_ptr().add(start), dst, n);
            self.0.set_len(start);
            out.set_len(out.len() + n);
        }
    }

    /// `move_tail_into` for a small vector (a native call's arguments).
    #[inline]
    pub fn move_tail_into_small<A: smallvec::Array<Item = T>>(
        &mut self,
        start: usize,
        out: &mut smallvec::SmallVec<A>,
    ) {
        let len = self.0.len();
        if start >= len {
            return;
        }
        let n = len - start;
        out.reserve(n);
        // SAFETY: as in `move_tail_into`: slots `start..len` are initialised, `out` has
        // room for `n` more after its initialised ones, and the two buffers are distinct
        // (`out` is not this vector). The values are moved, owned once afterwards.
        unsafe {
            let dst = out.as_mut_ptr().add(out.len());
            std::ptr::copy_nonoverlapping(self.0.as_ptr().add(start), dst, n);
            self.0.set_len(start);
            out.set_len(out.len() + n);
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        self.0.reserve(self.0.capacity().max(16));
    }
}

impl<T> Deref for HotVec<T> {
    type Target = Vec<T>;
    #[inline(always)]
    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T> DerefMut for HotVec<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.0
    }
}

#[cfg(test)]
mod tests {
    use super::HotVec;
    use std::rc::Rc;

    #[test]
    fn push_grows_and_keeps_order() {
        let mut v = HotVec::default();
        for i in 0..1000 {
            v.push(i);
        }
        assert_eq!(v.len(), 1000);
        assert!(v.iter().copied().eq(0..1000));
    }

    #[test]
    fn move_tail_into_moves_in_order() {
        let marker = Rc::new(());
        let mut v = HotVec::default();
        for _ in 0..5 {
            v.push(marker.clone());
        }
        let mut out = vec![marker.clone()];
        v.move_tail_into(2, &mut out);
        v.move_tail_into(7, &mut out);
        assert_eq!((v.len(), out.len()), (2, 4));
        assert_eq!(Rc::strong_count(&marker), 7);
        let mut nums = HotVec::default();
        (0..6).for_each(|i| nums.push(i));
        let mut got = vec![-1];
        nums.move_tail_into(3, &mut got);
        assert_eq!(got, [-1, 3, 4, 5]);
        assert_eq!(*nums, [0, 1, 2]);
    }

    #[test]
    fn truncate_drops_the_tail() {
        let marker = Rc::new(());
        let mut v = HotVec::with_capacity(1);
        for _ in 0..10 {
            v.push(marker.clone());
        }
        v.truncate(3);
        assert_eq!(v.len(), 3);
        assert_eq!(Rc::strong_count(&marker), 4);
        // First to last, like `Vec::truncate`.
        let order = std::cell::RefCell::new(Vec::new());
        struct Noisy<'a>(u32, &'a std::cell::RefCell<Vec<u32>>);
        impl Drop for Noisy<'_> {
            fn drop(&mut self) {
                self.1.borrow_mut().push(self.0);
            }
        }
        let mut n = HotVec::with_capacity(0);
        (0..4).for_each(|i| n.push(Noisy(i, &order)));
        n.truncate(1);
        assert_eq!(*order.borrow(), [1, 2, 3]);
        v.truncate(5);
        assert_eq!(v.len(), 3);
        drop(v);
        assert_eq!(Rc::strong_count(&marker), 1);
    }
}
