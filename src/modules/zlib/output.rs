//! The output space offered to zlib, grown in CPython's block sizes
//! (`_BlocksOutputBuffer`: 32 KiB, 64 KiB, 256 KiB, ... up to 256 MiB a block).
//!
//! The sizes matter for more than speed: at level 0 deflate lays out its stored blocks
//! by the output space each call offers, so only the same sequence of spaces gives
//! CPython's bytes. The blocks are kept in one `Vec`, reserved fallibly against the heap
//! limit (MemoryError, never an abort); `max_length` caps the total, which is how a
//! decompression bomb read with `max_length` stays small.

use crate::heap::zlib_ffi::{Step, Stream};
use crate::vm::{PyResult, Vm};

const KB: usize = 1024;
const MB: usize = 1024 * 1024;
const BLOCK_SIZES: [usize; 17] = [
    32 * KB,
    64 * KB,
    256 * KB,
    MB,
    4 * MB,
    8 * MB,
    16 * MB,
    16 * MB,
    32 * MB,
    32 * MB,
    32 * MB,
    32 * MB,
    64 * MB,
    64 * MB,
    128 * MB,
    128 * MB,
    256 * MB,
];

/// zlib counts output space in an unsigned int: a larger first block is offered in
/// windows of this size (CPython's `_Uint32Window`).
const WINDOW_MAX: usize = u32::MAX as usize;

pub struct Output {
    pub data: Vec<u8>,
    /// Bytes of all blocks so far (`data.len()` of them are filled).
    allocated: usize,
    blocks: usize,
    max_length: Option<usize>,
    /// The space offered to the last zlib call was used up (CPython's `avail_out == 0`).
    exhausted: bool,
}

impl Output {
    /// The first block: 32 KiB, or `max_length` when smaller (`InitAndGrow`).
    pub fn new(vm: &mut Vm, max_length: Option<usize>) -> PyResult<Output> {
        let first = max_length.map_or(BLOCK_SIZES[0], |m| m.min(BLOCK_SIZES[0]));
        Output::with_size(vm, first, max_length)
    }

    /// A first block of `size` bytes (`InitWithSize`: decompress's `bufsize`).
    pub fn with_size(vm: &mut Vm, size: usize, max_length: Option<usize>) -> PyResult<Output> {
        let mut data = Vec::new();
        vm.grow_vec(&mut data, size)?;
        Ok(Output {
            data,
            allocated: size,
            blocks: 1,
            max_length,
            exhausted: size == 0,
        })
    }

    /// True when the last call used up the space it was offered: the caller grows the
    /// buffer (or stops at `max_length`) before calling again.
    pub fn exhausted(&self) -> bool {
        self.exhausted
    }

    /// True when `max_length` bytes have been produced.
    pub fn at_limit(&self) -> bool {
        self.max_length == Some(self.data.len())
    }

    /// More space: the rest of an oversized first block, else the next block.
    pub fn grow(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.allocated == self.data.len() {
            let mut block = BLOCK_SIZES[self.blocks.min(BLOCK_SIZES.len() - 1)];
            if let Some(m) = self.max_length {
                block = block.min(m - self.allocated);
            }
            vm.grow_vec(&mut self.data, block)?;
            self.allocated += block;
            self.blocks += 1;
        }
        self.exhausted = false;
        Ok(())
    }

    /// One zlib call writing into the free space (at most one window of it).
    pub fn run(&mut self, stream: &mut Stream, input: &[u8], flush: i32) -> Step {
        let room = (self.allocated - self.data.len()).min(WINDOW_MAX);
        let before = self.data.len();
        let step = stream.run(input, &mut self.data, room, flush);
        self.exhausted = self.data.len() - before == room;
        step
    }

    pub fn finish(self, vm: &mut Vm) -> PyResult {
        vm.new_bytes(self.data)
    }
}
