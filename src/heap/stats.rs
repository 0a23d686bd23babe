//! Allocator figures: a plain snapshot ([`AllocStats`]) and a report in the spirit of
//! CPython's `sys._debugmallocstats()`.

use std::fmt::{self, Write};

use super::pool::{
    ARENA_SIZE, MAX_SMALL_REQUEST, NUM_SIZE_CLASSES, POOL_OVERHEAD, POOL_SIZE, POOLS_PER_ARENA,
};

/// Figures for one size class.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SizeClassStats {
    /// Bytes per block of this class.
    pub block_size: usize,
    /// Pools currently serving this class (full or partly used).
    pub pools_in_use: usize,
    /// Blocks handed out and not yet freed.
    pub blocks_in_use: usize,
    /// Blocks still available in those pools (freed or never used).
    pub free_blocks: usize,
}

/// A snapshot of an allocator's figures (see `Allocator::stats`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllocStats {
    /// Arenas currently obtained from the system.
    pub arenas_current: usize,
    /// Arenas obtained from the system since the allocator was created.
    pub arenas_allocated_total: usize,
    /// Arenas returned to the system since the allocator was created.
    pub arenas_freed_total: usize,
    /// Most arenas held at once.
    pub arenas_peak: usize,
    /// Pools of current arenas with no block in use (including never-used pools).
    pub free_pools: usize,
    /// Per size class, indexed by `Allocator::size_class_of`.
    pub size_classes: [SizeClassStats; NUM_SIZE_CLASSES],
    /// Small block bytes (block size x blocks) plus large block bytes (requested sizes).
    pub bytes_in_use: usize,
    /// The small-block part of `bytes_in_use`.
    pub small_bytes_in_use: usize,
    /// The large-block part of `bytes_in_use`.
    pub large_bytes_in_use: usize,
    /// The part of `bytes_in_use` that objects hold outside the heap, counted with
    /// their blocks (big ints' digits).
    pub external_bytes_in_use: usize,
    /// Live large blocks.
    pub large_blocks: usize,
    /// Bytes held from the system: whole arenas, plus large blocks with their prefixes.
    pub bytes_reserved: usize,
    /// Highest `bytes_in_use` so far.
    pub peak_bytes_in_use: usize,
    /// Successful allocations so far.
    pub allocations_total: u64,
    /// Frees so far.
    pub frees_total: u64,
    /// The limit on `bytes_in_use`, if any.
    pub limit: Option<usize>,
}

impl AllocStats {
    /// Pools serving some size class.
    pub fn pools_in_use(&self) -> usize {
        self.size_classes.iter().map(|c| c.pools_in_use).sum()
    }

    /// Small blocks handed out and not yet freed.
    pub fn small_blocks_in_use(&self) -> usize {
        self.size_classes.iter().map(|c| c.blocks_in_use).sum()
    }

    /// Bytes held from the system but not handed out: free blocks, empty pools, pool
    /// headers, pool tails too small for a block, and large-block prefixes.
    pub fn fragmentation_bytes(&self) -> usize {
        self.bytes_reserved - self.bytes_in_use
    }

    /// Writes the report: one line per size class in use, then arena and byte totals.
    pub fn write_report(&self, out: &mut impl Write) -> fmt::Result {
        writeln!(
            out,
            "Small block threshold = {MAX_SMALL_REQUEST}, in {NUM_SIZE_CLASSES} size classes."
        )?;
        writeln!(out)?;
        writeln!(
            out,
            "class   size   num pools   blocks in use  avail blocks"
        )?;
        writeln!(
            out,
            "-----   ----   ---------   -------------  ------------"
        )?;
        let mut allocated = 0;
        let mut available = 0;
        let mut quantization = 0;
        for (class, stats) in self.size_classes.iter().enumerate() {
            if stats.pools_in_use == 0 {
                continue;
            }
            writeln!(
                out,
                "{class:5} {:6} {:11} {:15} {:13}",
                stats.block_size, stats.pools_in_use, stats.blocks_in_use, stats.free_blocks
            )?;
            allocated += stats.blocks_in_use * stats.block_size;
            available += stats.free_blocks * stats.block_size;
            let blocks = stats.blocks_in_use + stats.free_blocks;
            quantization +=
                stats.pools_in_use * (POOL_SIZE - POOL_OVERHEAD) - blocks * stats.block_size;
        }
        let pool_headers = self.pools_in_use() * POOL_OVERHEAD;
        writeln!(out)?;
        line(out, "# arenas allocated total", self.arenas_allocated_total)?;
        line(out, "# arenas reclaimed", self.arenas_freed_total)?;
        line(out, "# arenas highwater mark", self.arenas_peak)?;
        line(out, "# arenas allocated current", self.arenas_current)?;
        line(
            out,
            &format!("{} arenas * {ARENA_SIZE} bytes/arena", self.arenas_current),
            self.arenas_current * ARENA_SIZE,
        )?;
        writeln!(out)?;
        line(out, "# bytes in allocated blocks", allocated)?;
        line(out, "# bytes in available blocks", available)?;
        line(
            out,
            &format!("{} unused pools * {POOL_SIZE} bytes", self.free_pools),
            self.free_pools * POOL_SIZE,
        )?;
        line(out, "# bytes lost to pool headers", pool_headers)?;
        line(out, "# bytes lost to quantization", quantization)?;
        let total =
            allocated + available + self.free_pools * POOL_SIZE + pool_headers + quantization;
        line(out, "Total", total)?;
        writeln!(out)?;
        line(out, "# large blocks", self.large_blocks)?;
        line(out, "# bytes in large blocks", self.large_bytes_in_use)?;
        line(out, "# bytes in use", self.bytes_in_use)?;
        line(out, "# bytes in use highwater mark", self.peak_bytes_in_use)?;
        line(out, "# bytes reserved", self.bytes_reserved)?;
        line(
            out,
            "# bytes reserved but unused (fragmentation)",
            self.fragmentation_bytes(),
        )?;
        if let Some(limit) = self.limit {
            line(out, "# bytes limit", limit)?;
        }
        line(out, "# allocations", self.allocations_total)?;
        line(out, "# frees", self.frees_total)?;
        debug_assert_eq!(total, self.arenas_current * POOLS_PER_ARENA * POOL_SIZE);
        Ok(())
    }
}

/// One `label = value` line, the value right-aligned with thousands separators.
fn line(out: &mut impl Write, label: &str, value: impl ToString) -> fmt::Result {
    writeln!(
        out,
        "{label:<44} = {:>21}",
        with_separators(&value.to_string())
    )
}

/// `1234567` -> `1,234,567`.
fn with_separators(digits: &str) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}
