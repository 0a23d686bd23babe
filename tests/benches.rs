//! Runs every benchmark in `benches/` at the small size listed in
//! `tests/bench_outputs/sizes.txt` and compares minipy's stdout with CPython 3.11's,
//! recorded in `tests/bench_outputs/NAME.out` by `tests/bench_outputs/regen.sh`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// (benchmark name, size argument) pairs from sizes.txt.
fn sizes() -> Vec<(String, String)> {
    let text =
        std::fs::read_to_string(root().join("tests/bench_outputs/sizes.txt")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            Some((parts.next()?.to_string(), parts.next()?.to_string()))
        })
        .collect()
}

fn run(name: &str, size: &str, extra: &[&str]) -> Result<(), String> {
    let script = root().join("benches").join(format!("{name}.py"));
    let expected_path = root().join(format!("tests/bench_outputs/{name}.out"));
    let expected = std::fs::read_to_string(&expected_path)
        .map_err(|e| format!("{}: {e}", expected_path.display()))?;
    let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(extra)
        .arg(&script)
        .arg(size)
        .output()
        .map_err(|e| format!("cannot run minipy: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stdout != expected || !out.status.success() || !stderr.is_empty() {
        return Err(format!(
            "== {name} {size} {extra:?}: status {:?}\n--- expected\n{expected}\n--- got\n{stdout}\n--- stderr\n{stderr}",
            out.status.code()
        ));
    }
    Ok(())
}

fn run_all(extra: &[&str]) {
    let list = sizes();
    assert!(
        list.len() >= 11,
        "sizes.txt lists {} benchmarks",
        list.len()
    );
    let failures: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = list
            .chunks(list.len().div_ceil(2))
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .filter_map(|(name, size)| run(name, size, extra).err())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn benchmarks_match_cpython() {
    run_all(&[]);
}

#[test]
fn benchmarks_match_cpython_under_gc_stress() {
    run_all(&["--gc-stress"]);
}

/// Every benchmark that takes a size argument must have a recorded small run.
#[test]
fn every_sized_benchmark_is_checked() {
    let listed: Vec<String> = sizes().into_iter().map(|(n, _)| n).collect();
    let dir = root().join("benches");
    let entries = std::fs::read_dir(&dir).map(|d| d.filter_map(|e| e.ok()).collect::<Vec<_>>());
    for entry in entries.unwrap_or_default() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        let name = stem(&path);
        assert!(
            !source.contains("sys.argv") || listed.contains(&name),
            "{name} takes a size argument but is missing from sizes.txt"
        );
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}
