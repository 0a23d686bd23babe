//! Deferred freeing, so that dropping a deep structure never recurses deeply.
//!
//! Freeing an object drops its payload, which drops the handles it holds, which may free
//! more objects: a million-long chain of nested lists would recurse a million times. The
//! trashcan (CPython's `Py_TRASHCAN_BEGIN`) bounds that nesting: past `MAX_DEPTH` nested
//! frees, an object is parked on a list instead, and the outermost free drains the list.

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use super::object::Header;

const MAX_DEPTH: usize = 50;

#[derive(Default)]
pub(super) struct Trashcan {
    depth: Cell<usize>,
    deferred: RefCell<Vec<NonNull<Header>>>,
}

impl Trashcan {
    /// Returns true if the caller should free `h` now; false if it was parked.
    pub(super) fn enter(&self, h: NonNull<Header>) -> bool {
        let d = self.depth.get();
        if d >= MAX_DEPTH {
            self.deferred.borrow_mut().push(h);
            return false;
        }
        self.depth.set(d + 1);
        true
    }

    /// Called after a free that `enter` allowed. At the outermost level it hands back the
    /// next parked object to free (keeping the level entered); otherwise it leaves.
    pub(super) fn leave(&self) -> Option<NonNull<Header>> {
        let d = self.depth.get();
        if d == 1
            && let Some(next) = self.deferred.borrow_mut().pop()
        {
            return Some(next);
        }
        self.depth.set(d - 1);
        None
    }
}
