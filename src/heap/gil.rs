//! The global interpreter lock: how one interpreter's state moves between OS threads.
//!
//! The heap, the objects and the `Vm` use `Cell`, `RefCell`, `Rc` and raw pointers;
//! none of it is `Send` or `Sync`. Several OS threads may still run Python code of one
//! interpreter, as CPython's do, provided that one of them at a time touches any of it
//! and that each handoff orders everything the previous holder did before everything
//! the next one does. This file is that ordering.
//!
//! The interpreter state (`T`, the `Vm`) is not shared through a pointer: it *moves*.
//! Each thread keeps it in a home of its own (the main thread's `Vm` where the embedder
//! put it, a started thread's on that thread's stack). To let another thread run, the
//! holder moves the value out of its home into the lock's slot (a `Mutex`), and the
//! next thread moves it from the slot into its own home. No two threads ever hold a
//! reference to the same `T`: the home a thread's `&mut T` points to is touched by that
//! thread alone, so a `&mut T` held by suspended callers up a thread's stack stays
//! exclusive (Rust's aliasing rules hold, not only in practice). The mutex gives the
//! happens-before edge: what the holder wrote (through the state, into the heap it owns)
//! is visible to the thread that locks the mutex after it.
//!
//! Between taking the value out of a home and putting it back, that home holds a stale
//! bitwise copy that nothing reads or drops; the value is put back before the function
//! that took it returns, also when unwinding (see `Reacquire`).
//!
//! Switching: a thread waiting for the lock longer than the switch interval sets
//! `drop_request` and calls the interpreter's wake-up hook (which sets the flag the
//! dispatch loop already polls at backward jumps); the running thread then yields
//! (`yield_now`), and waits until another thread has taken the lock before it asks
//! for it again, so that the request is served (CPython's forced switching).
//!
//! Finalization: once the interpreter begins to shut down, only the thread that began
//! it may take the lock; the others (daemon threads) wait forever and never run again.

use std::mem::ManuallyDrop;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::thread::ThreadId;
use std::time::Duration;

/// The interpreter state while it sits in the lock's slot, between two threads.
struct Parked<T>(T);

// SAFETY: a `Parked<T>` is only ever created from a value moved out of the home of the
// thread that held the lock, stored in the mutex-protected slot, and moved into the home
// of the thread that takes the lock next. While parked nothing touches it (no thread
// runs interpreter code: running requires the value), and the mutex's lock/unlock pair
// orders the releasing thread's accesses before the taking thread's. So although `T`
// (and every object reachable from it) is single-threaded, it is never used by two
// threads at once nor without a happens-before edge from its previous user.
unsafe impl<T> Send for Parked<T> {}

struct Slot<T> {
    /// The state, when no thread holds the lock.
    parked: Option<Parked<T>>,
    /// Counts handoffs: a thread that yielded waits until it changes.
    switches: u64,
    /// Threads waiting in `take`.
    waiting: usize,
    /// Once set, only this thread may take the lock (interpreter finalization).
    finalizer: Option<ThreadId>,
}

/// The lock; shared (`Arc`) by the interpreter and every thread it started.
pub struct Gil<T> {
    slot: Mutex<Slot<T>>,
    changed: Condvar,
    /// A waiter asks the holder to yield.
    drop_request: AtomicBool,
    /// How long a waiter waits before asking, in microseconds.
    interval_us: AtomicU64,
    /// Makes the running thread look at `drop_request` soon.
    wake_holder: fn(),
}

/// Locks the slot; a poisoned mutex (a panic while it was held, which the code below
/// cannot cause) is used as it is, since the slot's data is always consistent.
fn lock<T>(m: &Mutex<Slot<T>>) -> MutexGuard<'_, Slot<T>> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl<T> Gil<T> {
    /// A lock held by the calling thread (which has the state in its home).
    pub fn new(wake_holder: fn()) -> Gil<T> {
        Gil {
            slot: Mutex::new(Slot {
                parked: None,
                switches: 0,
                waiting: 0,
                finalizer: None,
            }),
            changed: Condvar::new(),
            drop_request: AtomicBool::new(false),
            interval_us: AtomicU64::new(5000),
            wake_holder,
        }
    }

    /// The switch interval (`sys.getswitchinterval`).
    pub fn switch_interval(&self) -> Duration {
        Duration::from_micros(self.interval_us.load(Ordering::Relaxed))
    }

    pub fn set_switch_interval(&self, d: Duration) {
        let us = u64::try_from(d.as_micros()).unwrap_or(u64::MAX).max(1);
        self.interval_us.store(us, Ordering::Relaxed);
    }

    /// True when a waiting thread asked the holder to yield.
    #[inline]
    pub fn switch_requested(&self) -> bool {
        self.drop_request.load(Ordering::Relaxed)
    }

    /// From now on only the calling thread (which holds the lock) may take it again.
    pub fn begin_finalization(&self) {
        lock(&self.slot).finalizer = Some(std::thread::current().id());
        self.drop_request.store(false, Ordering::Relaxed);
    }

    /// Puts the state into the slot and wakes the waiters.
    fn park(&self, state: T) {
        let mut slot = lock(&self.slot);
        slot.parked = Some(Parked(state));
        drop(slot);
        self.changed.notify_all();
    }

    /// Waits until the lock is free and this thread may take it, then takes the state.
    fn take(&self) -> T {
        let me = std::thread::current().id();
        let mut slot = lock(&self.slot);
        slot.waiting += 1;
        loop {
            let allowed = slot.finalizer.is_none_or(|f| f == me);
            if allowed && let Some(Parked(state)) = slot.parked.take() {
                slot.waiting -= 1;
                slot.switches = slot.switches.wrapping_add(1);
                self.drop_request.store(false, Ordering::Relaxed);
                drop(slot);
                // Wakes a thread waiting in `yield_now` for the handoff.
                self.changed.notify_all();
                return state;
            }
            if !allowed {
                // Finalization began on another thread: never wakes for good.
                slot = self
                    .changed
                    .wait(slot)
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                continue;
            }
            let seen = slot.switches;
            let interval = self.switch_interval();
            let (s, timeout) = self
                .changed
                .wait_timeout(slot, interval)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            slot = s;
            if timeout.timed_out()
                && slot.finalizer.is_none()
                && slot.parked.is_none()
                && slot.switches == seen
            {
                self.drop_request.store(true, Ordering::Relaxed);
                (self.wake_holder)();
            }
        }
    }

    /// Runs `wait` (which must not touch the state: it is `Send`, so it holds no
    /// object) while other threads may run, then takes the lock back.
    pub fn release_while<R>(&self, home: &mut T, wait: impl FnOnce() -> R) -> R {
        // SAFETY: the value is moved out of `home` here and moved back in by `Reacquire`
        // before this function returns or unwinds; meanwhile `home` (borrowed mutably
        // by this function, so its owner cannot look at it) is neither read nor dropped.
        // The copy in the slot is the only live one.
        let state = unsafe { std::ptr::read(home) };
        let reacquire = Reacquire { gil: self, home };
        self.park(state);
        let r = wait();
        drop(reacquire);
        r
    }

    /// Lets a waiting thread run (the holder was asked to): parks the state, waits
    /// until another thread took it, then waits for it again.
    pub fn yield_now(&self, home: &mut T) {
        let before = lock(&self.slot).switches;
        self.release_while(home, || {
            let mut slot = lock(&self.slot);
            while slot.switches == before && slot.waiting > 0 && slot.finalizer.is_none() {
                slot = self
                    .changed
                    .wait(slot)
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
            }
        });
    }

    /// For a thread the interpreter started: waits for the lock, runs `body` with the
    /// state in a home on this thread's stack, and hands the state back at the end
    /// (also when `body` unwinds).
    pub fn run_thread<R>(&self, body: impl FnOnce(&mut T) -> R) -> R {
        let mut home = ThreadHome {
            gil: self,
            state: ManuallyDrop::new(self.take()),
        };
        body(&mut home.state)
    }
}

/// Puts the state back into the home it was taken from (see `release_while`).
struct Reacquire<'a, T> {
    gil: &'a Gil<T>,
    home: &'a mut T,
}

impl<T> Drop for Reacquire<'_, T> {
    fn drop(&mut self) {
        let state = self.gil.take();
        // SAFETY: `home` holds the stale copy left by `release_while`'s `ptr::read`;
        // writing without dropping it restores the one live value to its home.
        unsafe { std::ptr::write(self.home, state) };
    }
}

/// A started thread's home for the state; parks it when the thread is done.
struct ThreadHome<'a, T> {
    gil: &'a Gil<T>,
    state: ManuallyDrop<T>,
}

impl<T> Drop for ThreadHome<'_, T> {
    fn drop(&mut self) {
        // SAFETY: `state` is taken exactly once, here, and not used afterwards.
        let state = unsafe { ManuallyDrop::take(&mut self.state) };
        self.gil.park(state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn nothing() {}

    #[test]
    fn the_state_moves_between_threads_in_turn() {
        let gil = Arc::new(Gil::new(nothing));
        let mut home = vec![0_u32];
        let other = Arc::clone(&gil);
        let done = gil.release_while(&mut home, move || {
            std::thread::spawn(move || other.run_thread(|v: &mut Vec<u32>| v.push(1)))
        });
        // The other thread may not have run yet: let it.
        gil.release_while(&mut home, || done.join().is_ok());
        assert_eq!(home, vec![0, 1]);
    }

    #[test]
    fn finalization_keeps_the_lock_with_its_thread() {
        let gil = Arc::new(Gil::new(nothing));
        let mut home = 5_u8;
        gil.begin_finalization();
        let other = Arc::clone(&gil);
        let waiter = std::thread::spawn(move || other.run_thread(|_: &mut u8| ()));
        gil.release_while(&mut home, || std::thread::sleep(Duration::from_millis(20)));
        assert_eq!(home, 5);
        assert!(!waiter.is_finished());
    }
}
