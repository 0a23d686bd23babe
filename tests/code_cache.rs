//! The compiled-module cache: the first run that imports a frozen module writes its
//! image, later runs read it, and nothing about a program's behaviour depends on which
//! happened. A damaged or foreign file is ignored and replaced; `-B` reads but never
//! writes; a sandboxed run touches no cache file; `MINIPY_CACHE_DIR=` turns it off.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_minipy");

/// Imports that cover frozen modules with classes, closures, generators, frozenset
/// and big-int constants, and prints what they compute.
const PROGRAM: &str = r#"
import json, collections, dataclasses, typing, fractions, textwrap
@dataclasses.dataclass(order=True)
class P:
    x: int
    y: typing.List[int] = dataclasses.field(default_factory=list)
print(sorted([P(2), P(1, [3])]))
print(json.dumps({"a": [1, 2.5, None], "b": "\u00e9"}, indent=1, sort_keys=True))
print(collections.Counter("abracadabra").most_common(3))
print(fractions.Fraction(3, 12) + fractions.Fraction(1, 3))
print(textwrap.fill("memory you can see at a glance " * 3, 30))
try:
    json.loads("[1,")
except json.JSONDecodeError as e:
    print("error:", e)
"#;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("minipy-cache-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn run_with_cache(cache: &Path, extra: &[&str]) -> Output {
    Command::new(BIN)
        .args(extra)
        .args(["-c", PROGRAM])
        .env("MINIPY_CACHE_DIR", cache)
        .stdin(Stdio::null())
        .output()
        .expect("run minipy")
}

fn cached_files(cache: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(cache)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn modified_times(cache: &Path, files: &[String]) -> Vec<Option<std::time::SystemTime>> {
    files
        .iter()
        .map(|f| {
            std::fs::metadata(cache.join(f))
                .and_then(|m| m.modified())
                .ok()
        })
        .collect()
}

fn expected_output() -> Output {
    Command::new(BIN)
        .args(["-c", PROGRAM])
        .env("MINIPY_CACHE_DIR", "")
        .stdin(Stdio::null())
        .output()
        .expect("run minipy")
}

#[test]
fn the_first_run_writes_images_and_later_runs_read_them_with_the_same_output() {
    let cache = scratch("reuse");
    let uncached = expected_output();
    assert!(uncached.status.success(), "{uncached:?}");
    let first = run_with_cache(&cache, &[]);
    let files = cached_files(&cache);
    assert!(files.contains(&"json.mpyc".to_owned()), "{files:?}");
    assert!(files.contains(&"dataclasses.mpyc".to_owned()), "{files:?}");
    assert!(files.iter().all(|f| f.ends_with(".mpyc")), "{files:?}");
    let stamps = modified_times(&cache, &files);
    let second = run_with_cache(&cache, &[]);
    assert_eq!(first.stdout, uncached.stdout);
    assert_eq!(second.stdout, uncached.stdout);
    assert_eq!(second.stderr, uncached.stderr);
    assert_eq!(cached_files(&cache), files);
    let stamps_after = modified_times(&cache, &files);
    assert_eq!(stamps, stamps_after, "a valid image is read, not rewritten");
    let _ = std::fs::remove_dir_all(&cache);
}

#[test]
fn a_damaged_image_is_ignored_and_replaced() {
    let cache = scratch("damaged");
    let expected = expected_output();
    run_with_cache(&cache, &[]);
    let json = cache.join("json.mpyc");
    let mut bytes = std::fs::read(&json).expect("json was cached");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    std::fs::write(&json, &bytes).expect("rewrite");
    std::fs::write(cache.join("textwrap.mpyc"), b"not an image").expect("write");
    let out = run_with_cache(&cache, &[]);
    assert_eq!(out.stdout, expected.stdout);
    assert_ne!(std::fs::read(&json).expect("json"), bytes, "replaced");
    assert_ne!(
        std::fs::read(cache.join("textwrap.mpyc")).expect("textwrap"),
        b"not an image"
    );
    let _ = std::fs::remove_dir_all(&cache);
}

#[test]
fn dash_b_reads_the_cache_but_writes_nothing() {
    let cache = scratch("dash-b");
    let out = run_with_cache(&cache, &["-B"]);
    assert_eq!(out.stdout, expected_output().stdout);
    assert!(cached_files(&cache).is_empty());
    let _ = std::fs::remove_dir_all(&cache);
}

#[test]
fn a_sandboxed_run_touches_no_cache_file() {
    let cache = scratch("sandbox");
    let out = Command::new(BIN)
        .args([
            "--sandbox",
            "-c",
            "import json, textwrap; print(json.dumps([1]))",
        ])
        .env("MINIPY_CACHE_DIR", &cache)
        .stdin(Stdio::null())
        .output()
        .expect("run minipy");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[1]\n");
    assert!(!cache.exists());
}
