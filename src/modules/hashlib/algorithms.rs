//! The hash algorithms of `hashlib`, over the RustCrypto crates: one running state
//! per algorithm, with its name, digest size and block size as CPython reports them.

use blake2::{Blake2bVarCore, Blake2sVarCore};
use digest::Digest;
use digest::block_api::{UpdateCore, VariableOutputCore};
use digest::block_buffer::LazyBuffer;
use digest::consts::{U64, U128};

/// BLAKE2 with its parameters (digest size, key, salt, personalization), which the
/// fixed-size types of the `blake2` crate do not take together: the core is built
/// from the parameter block and a keyed hash starts with the key padded to a block.
#[derive(Clone)]
pub struct Blake2<Core: Clone, Buffer: Clone> {
    core: Core,
    buffer: Buffer,
    digest_size: usize,
}

pub type Blake2b = Blake2<Blake2bVarCore, LazyBuffer<U128>>;
pub type Blake2s = Blake2<Blake2sVarCore, LazyBuffer<U64>>;

/// What `blake2b(...)` / `blake2s(...)` were given beyond the data.
#[derive(Default)]
pub struct Blake2Params {
    pub digest_size: Option<usize>,
    pub key: Vec<u8>,
    pub salt: Vec<u8>,
    pub person: Vec<u8>,
}

impl Blake2Params {
    /// The parameters checked against a variant's limits (`max` is its largest
    /// digest, which is also its largest key; salt and person are a quarter of a
    /// block), with CPython's messages.
    fn check(&self, max: usize) -> Result<usize, String> {
        let size = self.digest_size.unwrap_or(max);
        if size == 0 || size > max {
            return Err(format!("digest_size must be between 1 and {max} bytes"));
        }
        if self.key.len() > max {
            return Err(format!("maximum key length is {max} bytes"));
        }
        if self.salt.len() > max / 4 {
            return Err(format!("maximum salt length is {} bytes", max / 4));
        }
        if self.person.len() > max / 4 {
            return Err(format!("maximum person length is {} bytes", max / 4));
        }
        Ok(size)
    }
}

macro_rules! blake2_variant {
    ($alias:ident, $core:ident, $max:literal, $block:literal) => {
        impl $alias {
            pub fn with_params(p: &Blake2Params) -> Result<$alias, String> {
                let digest_size = p.check($max)?;
                let core = $core::new_with_params(&p.salt, &p.person, p.key.len(), digest_size);
                let buffer = if p.key.is_empty() {
                    LazyBuffer::default()
                } else {
                    let mut block = [0u8; $block];
                    block[..p.key.len()].copy_from_slice(&p.key);
                    LazyBuffer::new(&block)
                };
                Ok(Blake2 {
                    core,
                    buffer,
                    digest_size,
                })
            }

            fn update(&mut self, data: &[u8]) {
                let Blake2 { core, buffer, .. } = self;
                buffer.digest_blocks(data, |blocks| core.update_blocks(blocks));
            }

            fn digest(&self) -> Vec<u8> {
                let mut core = self.core.clone();
                let mut buffer = self.buffer.clone();
                let mut full = Default::default();
                core.finalize_variable_core(&mut buffer, &mut full);
                full[..self.digest_size].to_vec()
            }
        }
    };
}

blake2_variant!(Blake2b, Blake2bVarCore, 64, 128);
blake2_variant!(Blake2s, Blake2sVarCore, 32, 64);

#[derive(Clone)]
pub enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Blake2b(Blake2b),
    Blake2s(Blake2s),
}

/// The names `hashlib.new` accepts (CPython's `algorithms_guaranteed`).
pub const NAMES: &[&str] = &[
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
    "sha3_512", "blake2b", "blake2s",
];

impl Hasher {
    pub fn new(name: &str) -> Option<Hasher> {
        Some(match name {
            "md5" => Hasher::Md5(Default::default()),
            "sha1" => Hasher::Sha1(Default::default()),
            "sha224" => Hasher::Sha224(Default::default()),
            "sha256" => Hasher::Sha256(Default::default()),
            "sha384" => Hasher::Sha384(Default::default()),
            "sha512" => Hasher::Sha512(Default::default()),
            "sha3_224" => Hasher::Sha3_224(Default::default()),
            "sha3_256" => Hasher::Sha3_256(Default::default()),
            "sha3_384" => Hasher::Sha3_384(Default::default()),
            "sha3_512" => Hasher::Sha3_512(Default::default()),
            "blake2b" => Hasher::Blake2b(Blake2b::with_params(&Blake2Params::default()).ok()?),
            "blake2s" => Hasher::Blake2s(Blake2s::with_params(&Blake2Params::default()).ok()?),
            _ => return None,
        })
    }

    pub fn name(&self) -> &'static str {
        match self {
            Hasher::Md5(_) => "md5",
            Hasher::Sha1(_) => "sha1",
            Hasher::Sha224(_) => "sha224",
            Hasher::Sha256(_) => "sha256",
            Hasher::Sha384(_) => "sha384",
            Hasher::Sha512(_) => "sha512",
            Hasher::Sha3_224(_) => "sha3_224",
            Hasher::Sha3_256(_) => "sha3_256",
            Hasher::Sha3_384(_) => "sha3_384",
            Hasher::Sha3_512(_) => "sha3_512",
            Hasher::Blake2b(_) => "blake2b",
            Hasher::Blake2s(_) => "blake2s",
        }
    }

    /// Bytes of the digest.
    pub fn digest_size(&self) -> usize {
        match self {
            Hasher::Md5(_) => 16,
            Hasher::Sha1(_) => 20,
            Hasher::Sha224(_) | Hasher::Sha3_224(_) => 28,
            Hasher::Sha256(_) | Hasher::Sha3_256(_) => 32,
            Hasher::Sha384(_) | Hasher::Sha3_384(_) => 48,
            Hasher::Sha512(_) | Hasher::Sha3_512(_) => 64,
            Hasher::Blake2b(h) => h.digest_size,
            Hasher::Blake2s(h) => h.digest_size,
        }
    }

    pub fn block_size(&self) -> usize {
        match self {
            Hasher::Md5(_) | Hasher::Sha1(_) | Hasher::Sha224(_) | Hasher::Sha256(_) => 64,
            Hasher::Blake2s(_) => 64,
            Hasher::Sha384(_) | Hasher::Sha512(_) | Hasher::Blake2b(_) => 128,
            Hasher::Sha3_224(_) => 144,
            Hasher::Sha3_256(_) => 136,
            Hasher::Sha3_384(_) => 104,
            Hasher::Sha3_512(_) => 72,
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => Digest::update(h, data),
            Hasher::Sha1(h) => Digest::update(h, data),
            Hasher::Sha224(h) => Digest::update(h, data),
            Hasher::Sha256(h) => Digest::update(h, data),
            Hasher::Sha384(h) => Digest::update(h, data),
            Hasher::Sha512(h) => Digest::update(h, data),
            Hasher::Sha3_224(h) => Digest::update(h, data),
            Hasher::Sha3_256(h) => Digest::update(h, data),
            Hasher::Sha3_384(h) => Digest::update(h, data),
            Hasher::Sha3_512(h) => Digest::update(h, data),
            Hasher::Blake2b(h) => h.update(data),
            Hasher::Blake2s(h) => h.update(data),
        }
    }

    /// The digest of the data so far (the state goes on).
    pub fn digest(&self) -> Vec<u8> {
        fn fixed<D: Digest + Clone>(h: &D) -> Vec<u8> {
            h.clone().finalize().to_vec()
        }
        match self {
            Hasher::Md5(h) => fixed(h),
            Hasher::Sha1(h) => fixed(h),
            Hasher::Sha224(h) => fixed(h),
            Hasher::Sha256(h) => fixed(h),
            Hasher::Sha384(h) => fixed(h),
            Hasher::Sha512(h) => fixed(h),
            Hasher::Sha3_224(h) => fixed(h),
            Hasher::Sha3_256(h) => fixed(h),
            Hasher::Sha3_384(h) => fixed(h),
            Hasher::Sha3_512(h) => fixed(h),
            Hasher::Blake2b(h) => h.digest(),
            Hasher::Blake2s(h) => h.digest(),
        }
    }
}
