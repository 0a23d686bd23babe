//! Tests of `HeapVec`: CPython's list capacities, behaviour against a `Vec` model,
//! allocation failure, element drop order, and accounting back to zero.

use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::{Rc, Weak};

use super::*;
use crate::heap::test_support::Rng;

/// An element that counts live instances, to catch leaks and double drops.
#[derive(Debug)]
struct Tracked {
    value: u64,
    live: Rc<Cell<i64>>,
}

impl Tracked {
    fn new(value: u64, live: &Rc<Cell<i64>>) -> Self {
        live.set(live.get() + 1);
        Tracked {
            value,
            live: Rc::clone(live),
        }
    }
}

impl Clone for Tracked {
    fn clone(&self) -> Self {
        Tracked::new(self.value, &self.live)
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.live.set(self.live.get() - 1);
    }
}

fn values(vec: &HeapVec<Tracked>) -> Vec<u64> {
    vec.iter().map(|t| t.value).collect()
}

fn pushed(a: &Allocator, count: u64) -> HeapVec<u64> {
    let mut vec = HeapVec::new();
    for i in 0..count {
        vec.push(a, i).expect("no limit set");
    }
    vec
}

#[test]
fn heapvec_is_three_words_and_empty_holds_no_storage() {
    assert_eq!(size_of::<HeapVec<u64>>(), 24);
    let a = Allocator::new();
    let empty: HeapVec<u64> = HeapVec::new();
    assert_eq!(empty.capacity(), 0);
    assert_eq!(empty.storage_bytes(), 0);
    let none = HeapVec::<u64>::with_capacity(&a, 0).expect("nothing to allocate");
    assert_eq!(none.capacity(), 0);
    assert_eq!(a.stats().allocations_total, 0);
}

#[test]
fn appends_grow_like_cpython_lists() {
    // Capacities printed by CPython 3.11 for 100 appends to an empty list.
    let a = Allocator::new();
    let mut vec = HeapVec::new();
    let mut capacities = Vec::new();
    for i in 0..100u64 {
        vec.push(&a, i).expect("no limit set");
        if capacities.last() != Some(&vec.capacity()) {
            capacities.push(vec.capacity());
        }
    }
    assert_eq!(capacities, [4, 8, 16, 24, 32, 40, 52, 64, 76, 92, 108]);
    // `del a[10:]` -> 16 slots.
    let removed = vec.drain_range(&a, 10..100).expect("no limit set");
    assert_eq!(removed.len(), 90);
    assert_eq!(vec.capacity(), 16);
    assert_eq!(*vec, (0..10).collect::<Vec<_>>()[..]);
    drop((vec, removed));
    assert_eq!(a.bytes_in_use(), 0);
}

#[test]
fn extend_preallocates_like_cpython_lists() {
    let a = Allocator::new();
    // `[].extend([1] * n)`: exact, rounded up to even.
    for (n, expected) in [(1, 2), (5, 6), (7, 8), (9, 10), (10, 10)] {
        let mut vec = HeapVec::new();
        vec.extend_from_slice(&a, &vec![1u64; n])
            .expect("no limit set");
        assert_eq!(vec.capacity(), expected, "extend by {n}");
        let mut vec2 = HeapVec::new();
        vec2.extend(&a, std::iter::repeat_n(1u64, n))
            .expect("no limit set");
        assert_eq!(vec2.capacity(), expected, "extend by iterator of {n}");
    }
    // `[1].extend([2] * 3)` -> 8 slots; `[1, 2, 3, 4].extend([1] * 10)` -> 16.
    let mut one = HeapVec::with_capacity(&a, 1).expect("no limit set");
    one.push(&a, 1u64).expect("fits");
    one.extend_from_slice(&a, &[2, 2, 2]).expect("no limit set");
    assert_eq!(one.capacity(), 8);
    let mut four = HeapVec::with_capacity(&a, 4).expect("no limit set");
    four.extend_from_slice(&a, &[1u64, 2, 3, 4]).expect("fits");
    four.extend_from_slice(&a, &[1; 10]).expect("no limit set");
    assert_eq!(four.capacity(), 16);
}

#[test]
fn slice_assignment_resizes_like_cpython_lists() {
    let a = Allocator::new();
    // b = []; b.append(0); b[0:1] = range(50) -> 52; b[10:] = [] -> 16; b[:] = [] -> 0.
    let mut vec = pushed(&a, 1);
    assert_eq!(vec.capacity(), 4);
    let removed = vec.replace_range(&a, 0..1, 0..50).expect("no limit set");
    assert_eq!(*removed, [0]);
    assert_eq!(vec.capacity(), 52);
    assert_eq!(*vec, (0..50).collect::<Vec<_>>()[..]);
    drop(removed);
    let removed = vec
        .replace_range(&a, 10..usize::MAX, std::iter::empty())
        .expect("no limit set");
    assert_eq!(removed.len(), 40);
    assert_eq!(vec.capacity(), 16);
    drop(removed);
    let removed = vec.drain_range(&a, 0..10).expect("no limit set");
    assert_eq!(removed.len(), 10);
    assert_eq!(vec.capacity(), 0);
    assert_eq!(vec.storage_bytes(), 0);
    drop(removed);
    assert_eq!(a.bytes_in_use(), 0);
    // b = []; b[0:0] = [1, 2, 3] -> 8.
    let mut vec = HeapVec::new();
    let removed = vec.replace_range(&a, 0..0, [1u64, 2, 3]).expect("no limit");
    assert!(removed.is_empty());
    assert_eq!(vec.capacity(), 8);
    // Replacing in the middle keeps order: [1, 2, 3] -> [1, 7, 8, 9, 3].
    let removed = vec.replace_range(&a, 1..2, [7, 8, 9]).expect("no limit");
    assert_eq!(*removed, [2]);
    assert_eq!(*vec, [1, 7, 8, 9, 3]);
}

#[test]
fn pops_shrink_like_cpython_lists() {
    // c = []; 20 x c.insert(0, i) -> 24; pop down to 3 items -> 8.
    let a = Allocator::new();
    let mut vec = HeapVec::new();
    for i in 0..20u64 {
        vec.insert(&a, 0, i).expect("no limit set");
    }
    assert_eq!(vec.capacity(), 24);
    assert_eq!(vec[0], 19);
    while vec.len() > 3 {
        vec.pop();
        vec.shrink_if_sparse(&a);
    }
    assert_eq!(vec.capacity(), 8);
    assert_eq!(*vec, [19, 18, 17]);
    assert_eq!(a.bytes_in_use(), vec.storage_bytes());
}

#[test]
fn storage_is_accounted_by_the_allocator() {
    let a = Allocator::new();
    let small = pushed(&a, 5); // 8 slots * 8 bytes = 64
    assert_eq!(small.storage_bytes(), 64);
    assert_eq!(a.bytes_in_use(), 64);
    let large = pushed(&a, 1000); // 1000 slots -> past the small-block limit
    assert_eq!(large.storage_bytes(), large.capacity() * 8);
    assert_eq!(a.bytes_in_use(), 64 + large.capacity() * 8);
    assert_eq!(a.stats().large_blocks, 1);
    drop(small);
    drop(large);
    assert_eq!(a.bytes_in_use(), 0);
    assert_eq!(a.stats().arenas_current, 0);
}

#[test]
fn failed_allocations_leave_the_vector_unchanged() {
    let a = Allocator::new();
    let live = Rc::new(Cell::new(0));
    let mut vec = HeapVec::new();
    for i in 0..4 {
        vec.push(&a, Tracked::new(i, &live)).expect("no limit yet");
    }
    a.set_limit(Some(a.bytes_in_use()));
    assert_eq!(vec.capacity(), 4);
    let before = values(&vec);
    assert_eq!(
        vec.push(&a, Tracked::new(9, &live)),
        Err(AllocError),
        "the next push needs new storage"
    );
    assert_eq!(vec.insert(&a, 1, Tracked::new(9, &live)), Err(AllocError));
    assert_eq!(vec.reserve(&a, 1), Err(AllocError));
    let replaced = vec.replace_range(&a, 1..3, [Tracked::new(9, &live)]);
    assert!(replaced.is_err(), "the collected items need storage");
    assert!(vec.split_off(&a, 1).is_err());
    assert_eq!(values(&vec), before);
    assert_eq!(vec.capacity(), 4);
    assert_eq!(live.get(), 4, "refused items were dropped");
    // Operations that need no memory still work.
    assert_eq!(vec.pop().map(|t| t.value), Some(3));
    assert_eq!(vec.remove(0).map(|t| t.value), Some(0));
    a.set_limit(None);
    drop(vec);
    assert_eq!(live.get(), 0);
    assert_eq!(a.bytes_in_use(), 0);
}

#[test]
fn out_of_range_indices_are_not_errors() {
    let a = Allocator::new();
    let mut vec = pushed(&a, 3);
    assert_eq!(vec.remove(3), None);
    assert_eq!(vec.swap_remove(10), None);
    vec.insert(&a, 99, 7).expect("no limit set");
    assert_eq!(*vec, [0, 1, 2, 7]);
    let removed = vec.replace_range(&a, 9..20, [5]).expect("no limit set");
    assert!(removed.is_empty());
    assert_eq!(*vec, [0, 1, 2, 7, 5]);
    #[allow(clippy::reversed_empty_ranges)]
    let removed = vec.replace_range(&a, 3..1, [6]).expect("no limit set");
    assert!(removed.is_empty());
    assert_eq!(*vec, [0, 6, 1, 2, 7, 5]);
    let tail = vec.split_off(&a, 100).expect("no limit set");
    assert!(tail.is_empty());
    vec.truncate(100);
    assert_eq!(vec.len(), 6);
}

#[test]
fn randomized_operations_match_a_vec_model() {
    let a = Allocator::new();
    let live = Rc::new(Cell::new(0));
    let mut rng = Rng::new(0x0bad_cafe_f00d_1234);
    let mut vec: HeapVec<Tracked> = HeapVec::new();
    let mut model: Vec<u64> = Vec::new();
    let mut next = 0u64;
    let mut fresh = |count: usize| -> Vec<u64> {
        (0..count)
            .map(|_| {
                next += 1;
                next
            })
            .collect()
    };
    for step in 0..30_000 {
        let len = model.len();
        let shrinking = len > 600;
        let index = if len == 0 { 0 } else { rng.below(len + 1) };
        let op = if shrinking {
            40 + rng.below(60)
        } else {
            rng.below(100)
        };
        match op {
            0..=24 => {
                let v = fresh(1)[0];
                vec.push(&a, Tracked::new(v, &live)).expect("no limit set");
                model.push(v);
            }
            25..=32 => {
                let v = fresh(1)[0];
                vec.insert(&a, index, Tracked::new(v, &live))
                    .expect("no limit set");
                model.insert(index.min(len), v);
            }
            33..=37 => {
                let items = fresh(rng.below(12));
                let tracked: Vec<_> = items.iter().map(|&v| Tracked::new(v, &live)).collect();
                vec.extend_from_slice(&a, &tracked).expect("no limit set");
                model.extend(&items);
            }
            38..=39 => {
                let items = fresh(rng.below(12));
                vec.extend(&a, items.iter().map(|&v| Tracked::new(v, &live)))
                    .expect("no limit set");
                model.extend(&items);
            }
            40..=49 => {
                assert_eq!(vec.pop().map(|t| t.value), model.pop());
            }
            50..=59 => {
                let expected = (index < len).then(|| model.remove(index));
                assert_eq!(vec.remove(index).map(|t| t.value), expected);
            }
            60..=64 => {
                let expected = (index < len).then(|| model.swap_remove(index));
                assert_eq!(vec.swap_remove(index).map(|t| t.value), expected);
            }
            65..=79 => {
                let end = (index + rng.below(8)).min(len);
                let start = index.min(end);
                let items = fresh(rng.below(6));
                let removed = vec
                    .replace_range(
                        &a,
                        start..end,
                        items.iter().map(|&v| Tracked::new(v, &live)),
                    )
                    .expect("no limit set");
                let expected: Vec<u64> = model.splice(start..end, items).collect();
                assert_eq!(values(&removed), expected);
            }
            80..=84 => {
                let end = (index + rng.below(30)).min(len);
                let start = index.min(end);
                let removed = vec.drain_range(&a, start..end).expect("no limit set");
                let expected: Vec<u64> = model.drain(start..end).collect();
                assert_eq!(values(&removed), expected);
            }
            85..=87 => {
                let modulus = 2 + rng.below(4) as u64;
                vec.retain(|t| t.value % modulus != 0);
                model.retain(|v| v % modulus != 0);
            }
            88..=89 => {
                let new_len = len.saturating_sub(rng.below(20));
                vec.truncate(new_len);
                model.truncate(new_len);
            }
            90..=93 => vec.shrink_if_sparse(&a),
            94..=95 => {
                let mut tail = vec.split_off(&a, index).expect("no limit set");
                assert_eq!(values(&tail), model[index.min(len)..]);
                let taken = tail.take();
                assert!(tail.is_empty() && tail.capacity() == 0);
                vec.extend(&a, taken).expect("no limit set");
            }
            96 => {
                let clone = vec.try_clone(&a).expect("no limit set");
                assert_eq!(values(&clone), model);
                assert_eq!(clone.capacity(), clone.len());
            }
            97 => {
                vec.shrink_to_fit(&a).expect("no limit set");
                assert_eq!(vec.capacity(), vec.len());
            }
            98 => {
                if rng.below(10) == 0 {
                    drop(vec.take());
                    model.clear();
                }
            }
            _ => {
                if rng.below(10) == 0 {
                    vec.clear();
                    model.clear();
                }
            }
        }
        assert_eq!(values(&vec), model, "step {step}");
        assert_eq!(
            live.get(),
            model.len() as i64,
            "step {step}: leak or double drop"
        );
        assert!(vec.capacity() >= vec.len());
        assert_eq!(a.bytes_in_use(), vec.storage_bytes(), "step {step}");
    }
    drop(vec);
    assert_eq!(live.get(), 0);
    let stats = a.stats();
    assert_eq!(stats.bytes_in_use, 0);
    assert_eq!(stats.arenas_current, 0);
    assert_eq!(stats.large_blocks, 0);
}

#[test]
fn into_iter_yields_from_both_ends_and_frees_the_rest() {
    let a = Allocator::new();
    let live = Rc::new(Cell::new(0));
    let mut vec = HeapVec::new();
    for i in 0..10 {
        vec.push(&a, Tracked::new(i, &live)).expect("no limit set");
    }
    let mut iter = vec.into_iter();
    assert_eq!(iter.len(), 10);
    assert_eq!(iter.next().map(|t| t.value), Some(0));
    assert_eq!(iter.next_back().map(|t| t.value), Some(9));
    assert_eq!(iter.next().map(|t| t.value), Some(1));
    assert_eq!(iter.len(), 7);
    assert_eq!(live.get(), 7);
    drop(iter);
    assert_eq!(live.get(), 0);
    assert_eq!(a.bytes_in_use(), 0);
    let all: Vec<u64> = pushed(&a, 6).into_iter().rev().collect();
    assert_eq!(all, [5, 4, 3, 2, 1, 0]);
    assert_eq!(a.bytes_in_use(), 0);
}

#[test]
fn small_and_wide_elements_keep_their_layout() {
    #[repr(align(8))]
    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Wide(u64, u64);

    let a = Allocator::new();
    let mut bytes = HeapVec::new();
    bytes.extend(&a, 0..=255u8).expect("no limit set");
    assert_eq!(
        bytes.iter().map(|&b| usize::from(b)).sum::<usize>(),
        255 * 128
    );
    let mut wide = HeapVec::new();
    for i in 0..40 {
        wide.push(&a, Wide(i, !i)).expect("no limit set");
        assert_eq!(wide.as_ptr().addr() % ALIGNMENT, 0);
    }
    assert!(
        wide.iter()
            .enumerate()
            .all(|(i, w)| *w == Wide(i as u64, !(i as u64)))
    );
    drop((bytes, wide));
    assert_eq!(a.bytes_in_use(), 0);
}

/// An element whose drop records its id and optionally panics.
struct Noisy {
    id: usize,
    dropped: Rc<RefCell<Vec<usize>>>,
    panics: bool,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        self.dropped.borrow_mut().push(self.id);
        if self.panics {
            panic!("element {} failed to drop", self.id);
        }
    }
}

#[test]
fn truncate_shortens_the_vector_before_dropping_elements() {
    // If an element's drop fails part-way, a vector that updated its length first holds
    // only live elements; one that updated it afterwards would drop some of them twice.
    let a = Allocator::new();
    let dropped = Rc::new(RefCell::new(Vec::new()));
    let mut vec = HeapVec::new();
    for id in 0..10 {
        let noisy = Noisy {
            id,
            dropped: Rc::clone(&dropped),
            panics: id == 5,
        };
        vec.push(&a, noisy).expect("no limit set");
    }
    let result = catch_unwind(AssertUnwindSafe(|| vec.truncate(3)));
    assert!(result.is_err());
    assert_eq!(vec.len(), 3, "length was updated before the drops ran");
    assert_eq!(*dropped.borrow(), [3, 4, 5, 6, 7, 8, 9]);
    drop(vec);
    let mut all = dropped.borrow().clone();
    all.sort_unstable();
    assert_eq!(
        all,
        (0..10).collect::<Vec<_>>(),
        "each element dropped once"
    );
    assert_eq!(a.bytes_in_use(), 0);
}

/// An element that, when dropped, looks at the vector holding it.
struct Observer {
    home: Weak<RefCell<HeapVec<Observer>>>,
    seen: Rc<RefCell<Vec<Option<usize>>>>,
}

impl Drop for Observer {
    fn drop(&mut self) {
        let len = self
            .home
            .upgrade()
            .and_then(|home| home.try_borrow().ok().map(|vec| vec.len()));
        self.seen.borrow_mut().push(len);
    }
}

#[test]
fn take_lets_element_drops_see_an_empty_unborrowed_vector() {
    let a = Allocator::new();
    let home = Rc::new(RefCell::new(HeapVec::new()));
    let seen = Rc::new(RefCell::new(Vec::new()));
    for _ in 0..4 {
        let observer = Observer {
            home: Rc::downgrade(&home),
            seen: Rc::clone(&seen),
        };
        home.borrow_mut().push(&a, observer).expect("no limit set");
    }
    // The pattern for clearing a container whose elements may run code when dropped:
    // move the contents out under the borrow, drop them after releasing it.
    let contents = home.borrow_mut().take();
    drop(contents);
    assert_eq!(*seen.borrow(), [Some(0); 4]);
    assert_eq!(a.bytes_in_use(), 0);
    // Removed ranges come back as a vector for the same reason.
    for _ in 0..3 {
        let observer = Observer {
            home: Rc::downgrade(&home),
            seen: Rc::clone(&seen),
        };
        home.borrow_mut().push(&a, observer).expect("no limit set");
    }
    seen.borrow_mut().clear();
    let removed = home
        .borrow_mut()
        .drain_range(&a, 0..2)
        .expect("no limit set");
    drop(removed);
    assert_eq!(*seen.borrow(), [Some(1), Some(1)]);
}

#[test]
fn retain_keeps_order_and_drops_the_rest_once() {
    let a = Allocator::new();
    let live = Rc::new(Cell::new(0));
    let mut vec = HeapVec::new();
    for i in 0..50 {
        vec.push(&a, Tracked::new(i, &live)).expect("no limit set");
    }
    vec.retain(|t| t.value % 3 == 1);
    assert_eq!(
        values(&vec),
        (0..50).filter(|v| v % 3 == 1).collect::<Vec<_>>()
    );
    assert_eq!(live.get(), vec.len() as i64);
}

#[test]
fn debug_output_lists_the_elements() {
    let a = Allocator::new();
    let vec = pushed(&a, 3);
    assert_eq!(format!("{vec:?}"), "[0, 1, 2]");
}
