//! The hash algorithms of `hashlib`, over the RustCrypto crates: one running state
//! per algorithm, with its name, digest size and block size as CPython reports them.

use digest::Digest;

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
    Blake2b(blake2::Blake2b512),
    Blake2s(blake2::Blake2s256),
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
            "blake2b" => Hasher::Blake2b(Default::default()),
            "blake2s" => Hasher::Blake2s(Default::default()),
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
            Hasher::Sha256(_) | Hasher::Sha3_256(_) | Hasher::Blake2s(_) => 32,
            Hasher::Sha384(_) | Hasher::Sha3_384(_) => 48,
            Hasher::Sha512(_) | Hasher::Sha3_512(_) | Hasher::Blake2b(_) => 64,
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
            Hasher::Blake2b(h) => Digest::update(h, data),
            Hasher::Blake2s(h) => Digest::update(h, data),
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
            Hasher::Blake2b(h) => fixed(h),
            Hasher::Blake2s(h) => fixed(h),
        }
    }
}
