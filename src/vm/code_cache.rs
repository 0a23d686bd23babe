//! The compiled-module cache: the frozen standard-library modules, compiled once and
//! kept as images (`compile/code_image.rs`) in a directory between runs, so that an
//! import reads bytecode instead of parsing and compiling the module's source again,
//! as CPython reads its `.pyc` files.
//!
//! Each file holds one module's image behind a header: a magic tag, the build's
//! fingerprint (every source file of the interpreter, and its instruction set), the
//! length of the module's source and a hash of the image. A file that does not match in every
//! part is ignored and, when writing is allowed, replaced; files are written whole and
//! renamed into place, so concurrent runs never read half a file. The cache is only
//! ever a shortcut: any failure to read or write it means compiling as before.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::code_image::{OP_LAYOUT, read_image, write_image};
use crate::compile::CompileMode;
use crate::compile::bytecode::CodeObject;

use super::{CompileFailure, Vm};

const MAGIC: &[u8; 8] = b"MPYCODE1";
const HEADER_LEN: usize = MAGIC.len() + 3 * 8;

/// Where the cache lives and whether this run may add to it.
#[derive(Clone, Debug)]
pub struct CodeCacheConfig {
    pub dir: PathBuf,
    /// False for `-B`: read what is there, write nothing.
    pub write: bool,
}

impl CodeCacheConfig {
    /// The `minipy` command's cache: `$MINIPY_CACHE_DIR` (empty: no cache), else
    /// `$XDG_CACHE_HOME/minipy`, else `~/.cache/minipy`.
    pub fn from_environment(write: bool) -> Option<CodeCacheConfig> {
        let dir = match std::env::var_os("MINIPY_CACHE_DIR") {
            Some(d) if d.is_empty() => return None,
            Some(d) => PathBuf::from(d),
            None => match std::env::var_os("XDG_CACHE_HOME") {
                Some(d) if !d.is_empty() => PathBuf::from(d).join("minipy"),
                _ => PathBuf::from(std::env::var_os("HOME")?).join(".cache/minipy"),
            },
        };
        Some(CodeCacheConfig { dir, write })
    }
}

/// A fast hash: it guards against a damaged file, not an attacker
/// (who could as well replace the interpreter).
fn hash_of(data: &[u8]) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(data);
    h.write_usize(data.len());
    h.finish()
}

/// This build's fingerprint.
fn fingerprint() -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    include_str!(concat!(env!("OUT_DIR"), "/source_fingerprint.txt")).hash(&mut h);
    OP_LAYOUT.hash(&mut h);
    h.finish()
}

/// The cache file of the module compiled under `filename` (`<frozen os>` is `os`).
fn file_for(dir: &Path, filename: &str) -> PathBuf {
    let stem: String = filename
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_start_matches("frozen ")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    dir.join(format!("{stem}.mpyc"))
}

fn header(source_len: u64, image_hash: u64) -> Vec<u8> {
    let mut h = Vec::with_capacity(HEADER_LEN);
    h.extend_from_slice(MAGIC);
    for v in [fingerprint(), source_len, image_hash] {
        h.extend_from_slice(&v.to_le_bytes());
    }
    h
}

impl Vm {
    /// The code of a frozen module: from the cache when it holds this source compiled
    /// by this build, else compiled (and cached, when allowed).
    pub(crate) fn compile_frozen(
        &mut self,
        source: &'static str,
        filename: &str,
    ) -> Result<Rc<CodeObject>, CompileFailure> {
        self.add_frozen_source(filename, source);
        let Some(cache) = self.config.code_cache.clone() else {
            return self.compile_recorded(source, filename, CompileMode::Module);
        };
        let path = file_for(&cache.dir, filename);
        // The build's fingerprint already covers the text of every frozen module (all of
        // `src/` is hashed), so its length suffices here: hashing the text would read
        // every page of it from the binary, only to learn what the fingerprint says.
        let source_len = source.len() as u64;
        if let Some(code) = self.read_cached(&path, source_len, filename) {
            return Ok(code);
        }
        let code = self.compile_recorded(source, filename, CompileMode::Module)?;
        if cache.write {
            self.write_cached(&cache.dir, &path, source_len, &code);
        }
        Ok(code)
    }

    fn read_cached(
        &mut self,
        path: &Path,
        source_len: u64,
        filename: &str,
    ) -> Option<Rc<CodeObject>> {
        let bytes = std::fs::read(path).ok()?;
        let (head, image) = bytes.split_at_checked(HEADER_LEN)?;
        if head != header(source_len, hash_of(image)).as_slice() {
            return None;
        }
        read_image(self, image, filename)
    }

    fn write_cached(&mut self, dir: &Path, path: &Path, source_len: u64, code: &Rc<CodeObject>) {
        let Some(image) = write_image(self, code) else {
            return;
        };
        let mut bytes = header(source_len, hash_of(&image));
        bytes.extend_from_slice(&image);
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        let written = std::fs::create_dir_all(dir)
            .and_then(|()| std::fs::write(&tmp, &bytes))
            .and_then(|()| std::fs::rename(&tmp, path));
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}
