//! SHAKE128 and SHAKE256 (FIPS 202 extendable-output functions): a Keccak sponge over
//! the `keccak` crate's permutation, absorbing bytes at the rate of the variant and
//! squeezing as many bytes as `digest(n)` asks for.

use keccak::{Keccak, State1600};

#[derive(Clone)]
pub struct Shake {
    state: State1600,
    /// Bytes absorbed into the current block.
    pos: usize,
    /// Bytes per block: 168 for SHAKE128, 136 for SHAKE256.
    rate: usize,
}

/// The domain-separation bits of SHAKE (`1111`) with the first padding bit.
const SHAKE_PAD: u8 = 0x1f;

impl Shake {
    pub fn shake_128() -> Shake {
        Shake {
            state: [0; 25],
            pos: 0,
            rate: 168,
        }
    }

    pub fn shake_256() -> Shake {
        Shake {
            state: [0; 25],
            pos: 0,
            rate: 136,
        }
    }

    pub fn name(&self) -> &'static str {
        if self.rate == 168 {
            "shake_128"
        } else {
            "shake_256"
        }
    }

    pub fn block_size(&self) -> usize {
        self.rate
    }

    fn permute(&mut self) {
        let state = &mut self.state;
        Keccak::new().with_f1600(|f1600| f1600(state));
    }

    fn xor_byte(&mut self, i: usize, b: u8) {
        self.state[i / 8] ^= u64::from(b) << (8 * (i % 8));
    }

    pub fn update(&mut self, data: &[u8]) {
        for &b in data {
            self.xor_byte(self.pos, b);
            self.pos += 1;
            if self.pos == self.rate {
                self.permute();
                self.pos = 0;
            }
        }
    }

    /// The first `n` bytes of the output for the data so far (the state goes on).
    pub fn digest(&self, n: usize) -> Vec<u8> {
        let mut s = self.clone();
        s.xor_byte(s.pos, SHAKE_PAD);
        s.xor_byte(s.rate - 1, 0x80);
        s.permute();
        let mut out = Vec::with_capacity(n);
        loop {
            for i in 0..s.rate {
                if out.len() == n {
                    return out;
                }
                out.push((s.state[i / 8] >> (8 * (i % 8))) as u8);
            }
            s.permute();
        }
    }
}
