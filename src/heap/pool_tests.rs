//! Tests of the pool allocator: block reuse, size classes, pool and arena life cycles,
//! large blocks, the limit, accounting, and a randomized stress run against a model.

use super::*;
use crate::heap::test_support::Rng;

fn alloc(a: &Allocator, size: usize) -> NonNull<u8> {
    a.alloc(size)
        .expect("allocation within test limits succeeds")
}

fn free(block: NonNull<u8>, size: usize) {
    // SAFETY: every test frees each block once, with its request size, while the
    // allocator is alive.
    unsafe { Allocator::free(block, size) }
}

fn pool_addr(block: NonNull<u8>) -> usize {
    block.as_ptr().addr() & !(POOL_SIZE - 1)
}

/// Identity of the arena holding a small block (its descriptor's address).
fn arena_addr(block: NonNull<u8>) -> usize {
    // SAFETY: `block` is a live small block, so its pool header is initialised.
    unsafe { (*pool_of(block)).arena }.addr()
}

/// Everything handed out has been given back: no bytes, no arenas, no large blocks.
fn assert_at_baseline(a: &Allocator) {
    let stats = a.stats();
    assert_eq!(a.bytes_in_use(), 0);
    assert_eq!(stats.bytes_in_use, 0);
    assert_eq!(stats.arenas_current, 0);
    assert_eq!(stats.large_blocks, 0);
    assert_eq!(stats.bytes_reserved, 0);
    assert_eq!(stats.pools_in_use(), 0);
    assert_eq!(stats.small_blocks_in_use(), 0);
    assert_eq!(stats.allocations_total, stats.frees_total);
}

#[test]
fn freed_block_is_reused_by_next_allocation_of_its_class() {
    let a = Allocator::new();
    let keep = alloc(&a, 40);
    let first = alloc(&a, 40);
    free(first, 40);
    let second = alloc(&a, 33); // same 48-byte class
    assert_eq!(first, second);
    free(second, 33);
    free(keep, 40);
    assert_at_baseline(&a);
}

#[test]
fn every_size_class_round_trips() {
    let a = Allocator::new();
    for size in 0..=MAX_SMALL_REQUEST {
        let class = Allocator::size_class_of(size).expect("small sizes have a class");
        let block_size = Allocator::block_size(size);
        assert_eq!(block_size, class_block_size(class));
        assert!(block_size >= size.max(1) && block_size - size.max(MIN_BLOCK) < ALIGNMENT);
        let block = alloc(&a, size);
        assert_eq!(block.as_ptr().addr() % ALIGNMENT, 0);
        // SAFETY: the block holds `block_size` bytes.
        unsafe { ptr::write_bytes(block.as_ptr(), 0xab, block_size) };
        assert_eq!(a.bytes_in_use(), block_size);
        free(block, size);
        assert_eq!(a.bytes_in_use(), 0);
    }
    assert_eq!(Allocator::size_class_of(MAX_SMALL_REQUEST + 1), None);
    assert_eq!(
        Allocator::block_size(MAX_SMALL_REQUEST + 1),
        MAX_SMALL_REQUEST + 1
    );
    assert_at_baseline(&a);
}

#[test]
fn every_size_class_fills_several_pools_and_empties_them() {
    let a = Allocator::new();
    for class in 0..NUM_SIZE_CLASSES {
        let size = class_block_size(class);
        let count = 2 * blocks_per_pool(class) + 3;
        let blocks: Vec<_> = (0..count).map(|_| alloc(&a, size)).collect();
        let stats = a.stats().size_classes[class];
        assert_eq!(stats.pools_in_use, 3);
        assert_eq!(stats.blocks_in_use, count);
        assert_eq!(stats.free_blocks, 3 * blocks_per_pool(class) - count);
        let mut pools: Vec<_> = blocks.iter().map(|&b| pool_addr(b)).collect();
        pools.dedup();
        assert_eq!(pools.len(), 3, "blocks are handed out pool by pool");
        // Free every other block first (full pools rejoin the used list), then the rest.
        for &block in blocks.iter().step_by(2) {
            free(block, size);
        }
        for &block in blocks.iter().skip(1).step_by(2) {
            free(block, size);
        }
        assert_at_baseline(&a);
    }
}

#[test]
fn full_pool_gets_back_into_service_when_a_block_is_freed() {
    let a = Allocator::new();
    let class = 31;
    let size = class_block_size(class);
    let first_pool: Vec<_> = (0..blocks_per_pool(class))
        .map(|_| alloc(&a, size))
        .collect();
    let in_second_pool = alloc(&a, size);
    assert_ne!(pool_addr(in_second_pool), pool_addr(first_pool[0]));
    free(first_pool[7], size);
    let reused = alloc(&a, size);
    assert_eq!(reused, first_pool[7], "the refilled pool is used first");
    for (i, &block) in first_pool.iter().enumerate() {
        if i != 7 {
            free(block, size);
        }
    }
    free(reused, size);
    free(in_second_pool, size);
    assert_at_baseline(&a);
}

#[test]
fn empty_pool_is_reused_by_another_size_class() {
    let a = Allocator::new();
    let keeps_arena = alloc(&a, 16);
    let small = alloc(&a, 32);
    let emptied_pool = pool_addr(small);
    free(small, 32);
    assert_eq!(a.stats().size_classes[1].pools_in_use, 0);
    let other_class = alloc(&a, 500);
    assert_eq!(pool_addr(other_class), emptied_pool);
    assert_eq!(a.stats().arenas_allocated_total, 1);
    free(other_class, 500);
    free(keeps_arena, 16);
    assert_at_baseline(&a);
}

#[test]
fn arena_that_empties_is_released_at_once() {
    let a = Allocator::new();
    let block = alloc(&a, 100);
    let stats = a.stats();
    assert_eq!(stats.arenas_current, 1);
    assert_eq!(stats.bytes_reserved, ARENA_SIZE);
    assert_eq!(stats.free_pools, POOLS_PER_ARENA - 1);
    free(block, 100);
    let stats = a.stats();
    assert_eq!(stats.arenas_current, 0);
    assert_eq!(stats.arenas_allocated_total, 1);
    assert_eq!(stats.arenas_freed_total, 1);
    assert_eq!(stats.arenas_peak, 1);
    assert_at_baseline(&a);
}

#[test]
fn more_than_one_arena_of_pools_opens_a_second_arena() {
    let a = Allocator::new();
    let class = NUM_SIZE_CLASSES - 1;
    let size = class_block_size(class);
    let per_arena = POOLS_PER_ARENA * blocks_per_pool(class);
    let blocks: Vec<_> = (0..per_arena).map(|_| alloc(&a, size)).collect();
    let stats = a.stats();
    assert_eq!(stats.arenas_current, 1);
    assert_eq!(stats.free_pools, 0);
    assert_eq!(stats.size_classes[class].pools_in_use, POOLS_PER_ARENA);
    let extra = alloc(&a, size);
    assert_ne!(arena_addr(extra), arena_addr(blocks[0]));
    assert_eq!(a.stats().arenas_current, 2);
    free(extra, size);
    assert_eq!(a.stats().arenas_current, 1, "the second arena emptied");
    for block in blocks {
        free(block, size);
    }
    let stats = a.stats();
    assert_eq!(stats.arenas_allocated_total, 2);
    assert_eq!(stats.arenas_freed_total, 2);
    assert_eq!(stats.arenas_peak, 2);
    assert_at_baseline(&a);
}

#[test]
fn arenas_are_pool_aligned_and_every_pool_is_used() {
    let a = Allocator::new();
    let size = MAX_SMALL_REQUEST;
    let per_pool = blocks_per_pool(NUM_SIZE_CLASSES - 1);
    let blocks: Vec<_> = (0..POOLS_PER_ARENA * per_pool)
        .map(|_| alloc(&a, size))
        .collect();
    let first_pool = pool_addr(blocks[0]);
    assert!(
        blocks
            .iter()
            .all(|&b| arena_addr(b) == arena_addr(blocks[0]))
    );
    let mut pools: Vec<_> = blocks.iter().map(|&b| pool_addr(b) - first_pool).collect();
    pools.dedup();
    let expected: Vec<_> = (0..POOLS_PER_ARENA).map(|i| i * POOL_SIZE).collect();
    assert_eq!(pools, expected);
    for block in blocks {
        free(block, size);
    }
    assert_at_baseline(&a);
}

#[test]
fn new_pools_come_from_the_most_used_arena() {
    let a = Allocator::new();
    let class = NUM_SIZE_CLASSES - 1;
    let size = class_block_size(class);
    let per_pool = blocks_per_pool(class);
    // Arena A gets all 64 pools, arena B one pool.
    let blocks: Vec<_> = (0..(POOLS_PER_ARENA + 1) * per_pool)
        .map(|_| alloc(&a, size))
        .collect();
    let arena_a = arena_addr(blocks[0]);
    let arena_b = arena_addr(blocks[blocks.len() - 1]);
    assert_ne!(arena_a, arena_b);
    // Empty two pools of A: A has 2 free pools, B has 63.
    let emptied: Vec<_> = blocks[10 * per_pool..12 * per_pool].to_vec();
    for &block in &emptied {
        free(block, size);
    }
    // New pools (of any class) come from A while it has free pools.
    let x = alloc(&a, 16);
    let y = alloc(&a, 32);
    assert_eq!(arena_addr(x), arena_a);
    assert_eq!(arena_addr(y), arena_a);
    let z = alloc(&a, 48);
    assert_eq!(arena_addr(z), arena_b, "A is full again");
    free(x, 16);
    free(y, 32);
    free(z, 48);
    for (i, &block) in blocks.iter().enumerate() {
        if !(10 * per_pool..12 * per_pool).contains(&i) {
            free(block, size);
        }
    }
    assert_at_baseline(&a);
}

#[test]
fn large_blocks_are_counted_and_freed() {
    let a = Allocator::new();
    let sizes = [MAX_SMALL_REQUEST + 1, 4096, 100_000, 3 * ARENA_SIZE];
    let blocks: Vec<_> = sizes.iter().map(|&s| (alloc(&a, s), s)).collect();
    let total: usize = sizes.iter().sum();
    let stats = a.stats();
    assert_eq!(stats.large_blocks, sizes.len());
    assert_eq!(stats.large_bytes_in_use, total);
    assert_eq!(stats.bytes_in_use, total);
    assert_eq!(
        stats.bytes_reserved,
        total + sizes.len() * crate::heap::large::LARGE_PREFIX
    );
    assert_eq!(stats.arenas_current, 0);
    for &(block, size) in &blocks {
        assert_eq!(block.as_ptr().addr() % ALIGNMENT, 0);
        // SAFETY: the block holds `size` bytes.
        unsafe { ptr::write_bytes(block.as_ptr(), 0x5a, size) };
        // SAFETY: the block is live.
        let owner = unsafe { Allocator::allocator_of(block, size) };
        assert!(ptr::eq(owner, &*a));
    }
    for (block, size) in blocks.into_iter().rev() {
        free(block, size);
    }
    assert_at_baseline(&a);
    assert_eq!(a.stats().peak_bytes_in_use, total);
}

fn realloc(a: &Allocator, block: NonNull<u8>, old: usize, new: usize) -> Option<NonNull<u8>> {
    // SAFETY: each test reallocates a live block of this allocator with its own size and
    // then uses only the returned block (or the old one when `None`).
    unsafe { a.realloc(block, old, new) }
}

#[test]
fn realloc_keeps_contents_links_and_figures() {
    let a = Allocator::new();
    // Neighbours in the large-block list on both sides of the block that moves.
    let before = alloc(&a, 5000);
    let mut size = 40;
    let mut block = alloc(&a, size);
    let after = alloc(&a, 6000);
    // SAFETY: the block holds `size` bytes.
    unsafe { ptr::write_bytes(block.as_ptr(), 0x3c, size) };
    // Small to small, small to large, large to (much) larger, large back to small.
    for new in [400, 4000, 3 * ARENA_SIZE, 10 * ARENA_SIZE, 100] {
        block = realloc(&a, block, size, new).expect("within limits");
        // SAFETY: the first `min(size, 40)` bytes were written and carried along.
        let kept = unsafe { std::slice::from_raw_parts(block.as_ptr(), size.min(new).min(40)) };
        assert!(kept.iter().all(|&b| b == 0x3c));
        assert_eq!(block.as_ptr().addr() % ALIGNMENT, 0);
        size = new;
        assert_eq!(a.bytes_in_use(), 11_000 + Allocator::block_size(size));
        // SAFETY: the block is live.
        let owner = unsafe { Allocator::allocator_of(block, size) };
        assert!(ptr::eq(owner, &*a));
    }
    assert_eq!(a.stats().large_blocks, 2);
    // Large to large resizes in place of the old block; large to small briefly holds both.
    assert_eq!(
        a.stats().peak_bytes_in_use,
        11_000 + 10 * ARENA_SIZE + Allocator::block_size(100)
    );
    free(after, 6000);
    free(block, size);
    free(before, 5000);
    assert_at_baseline(&a);
}

#[test]
fn realloc_past_the_limit_fails_and_leaves_the_block() {
    let a = Allocator::new();
    a.set_limit(Some(100_000));
    let block = alloc(&a, 60_000);
    assert!(realloc(&a, block, 60_000, 100_001).is_none());
    assert_eq!(a.bytes_in_use(), 60_000);
    // Growing by reallocation needs only the new size under the limit, not both.
    let block = realloc(&a, block, 60_000, 99_000).expect("the resized block fits");
    assert_eq!(a.bytes_in_use(), 99_000);
    free(block, 99_000);
    assert_at_baseline(&a);
}

#[test]
fn allocator_of_and_owner_reach_the_allocator_from_a_block() {
    let a = Allocator::new();
    let marker = 7u32;
    a.set_owner(ptr::from_ref(&marker).cast());
    let block = alloc(&a, 24);
    // SAFETY: the block is live.
    let found = unsafe { Allocator::allocator_of(block, 24) };
    assert!(ptr::eq(found, &*a));
    // SAFETY: `found` is the live allocator `a`.
    let owner = unsafe { (*found).owner() };
    assert_eq!(owner, ptr::from_ref(&marker).cast());
    free(block, 24);
}

#[test]
fn limit_makes_alloc_fail_and_accounting_stays_exact() {
    let a = Allocator::new();
    let limit = 10_000;
    a.set_limit(Some(limit));
    assert_eq!(a.limit(), Some(limit));
    let mut blocks = Vec::new();
    let mut expected = 0;
    loop {
        let size = 24 + (blocks.len() % 7) * 60;
        match a.alloc(size) {
            Some(block) => {
                expected += Allocator::block_size(size);
                blocks.push((block, size));
            }
            None => {
                assert!(expected + Allocator::block_size(size) > limit);
                break;
            }
        }
        assert_eq!(a.bytes_in_use(), expected);
        assert!(expected <= limit);
    }
    assert!(a.alloc(limit).is_none(), "a large block is refused too");
    let stats = a.stats();
    assert_eq!(stats.bytes_in_use, expected);
    assert_eq!(stats.allocations_total, blocks.len() as u64);
    assert_eq!(stats.small_bytes_in_use, expected);
    let (block, size) = blocks.pop().expect("some blocks fit");
    free(block, size);
    expected -= Allocator::block_size(size);
    assert_eq!(a.bytes_in_use(), expected);
    assert!(a.alloc(size).is_some_and(|b| {
        blocks.push((b, size));
        true
    }));
    a.set_limit(None);
    assert_eq!(a.limit(), None);
    let big = alloc(&a, 2 * limit);
    free(big, 2 * limit);
    for (block, size) in blocks {
        free(block, size);
    }
    assert_at_baseline(&a);
}

/// The byte at `offset` of the block allocated as number `id`.
fn pattern(id: u64, offset: usize) -> u8 {
    ((id.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as u8).wrapping_add(offset as u8)
}

struct Live {
    block: NonNull<u8>,
    size: usize,
    id: u64,
}

fn fill(live: &Live) {
    for offset in 0..live.size {
        // SAFETY: the block holds `size` bytes.
        unsafe {
            live.block
                .as_ptr()
                .add(offset)
                .write(pattern(live.id, offset))
        };
    }
}

fn verify(live: &Live) {
    for offset in 0..live.size {
        // SAFETY: the block holds `size` bytes, all written by `fill`.
        let byte = unsafe { live.block.as_ptr().add(offset).read() };
        assert_eq!(
            byte,
            pattern(live.id, offset),
            "block {} corrupted",
            live.id
        );
    }
}

#[test]
fn randomized_stress_matches_model_and_returns_to_baseline() {
    const OPS: usize = 200_000;
    let a = Allocator::new();
    let mut rng = Rng::new(0x5eed_1234_abcd_ef01);
    let mut live: Vec<Live> = Vec::new();
    let mut model_bytes = 0usize;
    let mut model_large = 0usize;
    let mut next_id = 0u64;
    for op in 0..OPS {
        // Alternate growing and shrinking phases so arenas fill, empty and get released.
        let growing = (op / 20_000) % 2 == 0;
        let alloc_percent = if growing { 65 } else { 35 };
        if live.is_empty() || rng.below(100) < alloc_percent {
            let size = match rng.below(100) {
                0..=49 => 1 + rng.below(64),
                50..=94 => 1 + rng.below(MAX_SMALL_REQUEST),
                _ => MAX_SMALL_REQUEST + 1 + rng.below(20_000),
            };
            let block = alloc(&a, size);
            assert_eq!(block.as_ptr().addr() % ALIGNMENT, 0);
            let entry = Live {
                block,
                size,
                id: next_id,
            };
            next_id += 1;
            fill(&entry);
            model_bytes += Allocator::block_size(size);
            model_large += usize::from(size > MAX_SMALL_REQUEST);
            live.push(entry);
        } else {
            let entry = live.swap_remove(rng.below(live.len()));
            verify(&entry);
            free(entry.block, entry.size);
            model_bytes -= Allocator::block_size(entry.size);
            model_large -= usize::from(entry.size > MAX_SMALL_REQUEST);
        }
        assert_eq!(a.bytes_in_use(), model_bytes);
        if op % 5_000 == 0 {
            let stats = a.stats();
            assert_eq!(stats.large_blocks, model_large);
            let small: usize = stats
                .size_classes
                .iter()
                .map(|c| c.blocks_in_use * c.block_size)
                .sum();
            assert_eq!(small, stats.small_bytes_in_use);
            assert_eq!(
                stats.small_blocks_in_use() + model_large,
                live.len(),
                "every live block is counted once"
            );
            assert!(stats.bytes_reserved >= stats.bytes_in_use);
            // In debug builds the report asserts that its byte totals add up to the arenas.
            a.write_debug_stats(&mut String::new())
                .expect("writing to a String succeeds");
        }
    }
    let stats = a.stats();
    assert!(stats.arenas_peak >= 2, "the run spans several arenas");
    assert!(
        stats.arenas_freed_total >= 1,
        "some arena emptied on the way"
    );
    for entry in live.drain(..) {
        verify(&entry);
        free(entry.block, entry.size);
    }
    assert_at_baseline(&a);
}

#[test]
fn debug_report_adds_up() {
    let a = Allocator::new();
    let blocks: Vec<_> = (1..=600).map(|i| (alloc(&a, i), i)).collect();
    let mut report = String::new();
    a.write_debug_stats(&mut report)
        .expect("writing to a String succeeds");
    let threshold = format!("Small block threshold = 512, in {NUM_SIZE_CLASSES} size classes.");
    assert!(report.contains(&threshold));
    assert!(report.contains("# arenas allocated current"));
    assert!(report.contains("1 arenas * 1048576 bytes/arena"));
    let total_line = report
        .lines()
        .find(|l| l.starts_with("Total"))
        .expect("report has a total");
    assert!(total_line.ends_with("1,048,576"), "{total_line}");
    assert!(report.contains("# large blocks"));
    assert!(report.contains("fragmentation"));
    let class_rows = report
        .lines()
        .filter(|l| {
            l.split_whitespace().count() == 5 && l.trim_start().starts_with(char::is_numeric)
        })
        .count();
    assert_eq!(class_rows, NUM_SIZE_CLASSES);
    for (block, size) in blocks {
        free(block, size);
    }
}

#[test]
fn dropping_the_allocator_releases_blocks_still_in_use() {
    let a = Allocator::new();
    for size in [8, 200, 512, 513, 70_000] {
        let _leaked = alloc(&a, size);
    }
    assert_eq!(a.stats().large_blocks, 2);
    drop(a);
}

#[test]
#[cfg(debug_assertions)]
#[should_panic(expected = "double free")]
fn double_free_is_caught_in_debug_builds() {
    let a = Allocator::new();
    let keep = alloc(&a, 64);
    let block = alloc(&a, 64);
    free(block, 64);
    free(block, 64);
    free(keep, 64);
}

#[test]
#[cfg(debug_assertions)]
#[should_panic(expected = "size does not match")]
fn free_with_wrong_size_is_caught_in_debug_builds() {
    let a = Allocator::new();
    let block = alloc(&a, 64);
    free(block, 128);
}

#[test]
#[ignore = "benchmark: cargo test --release -- --ignored --nocapture bench"]
fn bench_small_alloc_free_against_system_allocator() {
    use std::alloc::{Layout, alloc as system_alloc, dealloc as system_dealloc};
    use std::hint::black_box;
    use std::time::Instant;

    const ROUNDS: usize = 20_000_000;
    const BATCH: usize = 1_000;
    let a = Allocator::new();
    let keep = alloc(&a, 32); // keeps the pool (and arena) alive between rounds
    let layout = Layout::from_size_align(32, ALIGNMENT).expect("valid layout");

    let start = Instant::now();
    for _ in 0..ROUNDS {
        let block = alloc(&a, black_box(32));
        free(black_box(block), 32);
    }
    let pool_pair = start.elapsed().as_nanos() as f64 / ROUNDS as f64;

    let start = Instant::now();
    for _ in 0..ROUNDS {
        // SAFETY: the layout has a non-zero size; the block is freed with it.
        unsafe {
            let block = system_alloc(black_box(layout));
            system_dealloc(black_box(block), layout);
        }
    }
    let system_pair = start.elapsed().as_nanos() as f64 / ROUNDS as f64;

    let mut blocks = Vec::with_capacity(BATCH);
    let start = Instant::now();
    for _ in 0..ROUNDS / BATCH {
        for _ in 0..BATCH {
            blocks.push(alloc(&a, black_box(32)));
        }
        for block in blocks.drain(..) {
            free(block, 32);
        }
    }
    let pool_batch = start.elapsed().as_nanos() as f64 / ROUNDS as f64;

    let mut raw = Vec::with_capacity(BATCH);
    let start = Instant::now();
    for _ in 0..ROUNDS / BATCH {
        for _ in 0..BATCH {
            // SAFETY: the layout has a non-zero size.
            raw.push(unsafe { system_alloc(black_box(layout)) });
        }
        for block in raw.drain(..) {
            // SAFETY: allocated just above with the same layout.
            unsafe { system_dealloc(block, layout) };
        }
    }
    let system_batch = start.elapsed().as_nanos() as f64 / ROUNDS as f64;
    free(keep, 32);

    println!("alloc+free of 32 bytes, ns per pair:");
    println!("  immediate free:  pool {pool_pair:6.2}   std::alloc {system_pair:6.2}");
    println!("  batches of {BATCH}: pool {pool_batch:6.2}   std::alloc {system_batch:6.2}");
}
