//! Lending a `&mut T` to callbacks that a foreign library makes while the lender waits
//! for it: SQLite runs user-defined SQL functions from inside `sqlite3_step`, and those
//! need the interpreter, but the callback SQLite keeps must be `'static` and cannot
//! capture a borrow. The borrow is parked in a thread-local slot for exactly the duration
//! of the call that may call back, and taken out of the slot while a callback uses it,
//! so there is never more than one live `&mut T` made from it.

use std::any::TypeId;
use std::cell::Cell;

type Slot = Option<(TypeId, *mut ())>;

thread_local! {
    static LENT: Cell<Slot> = const { Cell::new(None) };
}

/// Puts the slot back as it was when dropped (also when unwinding).
struct Restore(Slot);

impl Drop for Restore {
    fn drop(&mut self) {
        LENT.with(|l| l.set(self.0));
    }
}

/// Runs `f` with `value` lent to any `with_lent::<T>` call made during it.
pub fn lend<T: 'static, R>(value: &mut T, f: impl FnOnce() -> R) -> R {
    let ptr = std::ptr::from_mut(value).cast::<()>();
    let previous = LENT.with(|l| l.replace(Some((TypeId::of::<T>(), ptr))));
    let _restore = Restore(previous);
    f()
}

/// Runs `f` on the value lent by the innermost `lend`, or returns None when nothing of
/// type `T` is lent (or it is already in use by an outer `with_lent`).
pub fn with_lent<T: 'static, R>(f: impl FnOnce(&mut T) -> R) -> Option<R> {
    let slot = LENT.with(Cell::take);
    let _restore = Restore(slot);
    let (id, ptr) = slot?;
    if id != TypeId::of::<T>() {
        return None;
    }
    // SAFETY: `ptr` was made in `lend` from a `&mut T` (the type id says which T) whose
    // owner is inside `lend`'s `f` and cannot touch it until `lend` returns, and `lend`
    // restores the slot before returning, so the pointer is live here. The slot is
    // empty while this borrow exists (a nested `lend` parks a reborrow of it and puts
    // the slot back), so no second `&mut T` is made from the same pointer meanwhile.
    let value = unsafe { &mut *ptr.cast::<T>() };
    Some(f(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lent_value_reaches_the_callback_once() {
        let mut n = 1_i32;
        let seen = lend(&mut n, || {
            with_lent::<i32, _>(|v| {
                *v += 1;
                // A callback inside a callback sees nothing: the value is in use.
                with_lent::<i32, _>(|_| ()).is_none()
            })
        });
        assert_eq!(seen, Some(true));
        assert_eq!(n, 2);
        assert!(with_lent::<i32, _>(|_| ()).is_none());
    }

    #[test]
    fn other_types_are_not_lent() {
        let mut n = 1_u8;
        assert!(lend(&mut n, || with_lent::<i32, _>(|_| ()).is_none()));
    }
}
