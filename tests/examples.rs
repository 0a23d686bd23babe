//! Snapshot test over `examples/*.py`: each example's stdout, stderr and exit status
//! are recorded with insta. Examples run with `--check-leaks`, so an example that
//! leaves objects behind changes its snapshot (and its exit status to 3).
//! Addresses and timings vary from run to run and are normalised; so are readings of
//! the whole heap, which include what start-up allocated (see `example_normalise`).
//! Every other figure (refcounts, block counts, sizes, increments) is minipy's exact
//! answer and is checked as is.

use std::path::{Path, PathBuf};
use std::process::Command;

use regex::Regex;

mod example_normalise;

fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples directory")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
}

/// Replaces what legitimately differs between runs: object addresses, elapsed
/// times and the absolute checkout path. (Readings of the whole heap, which change
/// with any start-up allocation, are handled per example in `example_normalise`.)
fn normalise(text: &str) -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = text.replace(root, "<root>");
    let addresses = Regex::new(r"0x[0-9a-f]{6,}").expect("address pattern");
    let text = addresses.replace_all(&text, "0xADDR");
    let times = Regex::new(r"\d+(\.\d+)?(e-?\d+)? ?(s|ms|µs|us|ns)\b").expect("time pattern");
    times.replace_all(&text, "<time>").into_owned()
}

#[test]
fn examples_snapshots() {
    let list = examples();
    assert!(!list.is_empty(), "no examples found");
    for path in list {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("file name");
        let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
            .arg("--check-leaks")
            .arg(&path)
            .current_dir(path.parent().expect("examples dir"))
            .output()
            .expect("run minipy");
        let (stdout, stderr) = example_normalise::for_example(
            name,
            normalise(&String::from_utf8_lossy(&out.stdout)),
            normalise(&String::from_utf8_lossy(&out.stderr)),
        );
        let report = format!(
            "exit status: {}\n--- stdout\n{stdout}--- stderr\n{stderr}",
            out.status.code().unwrap_or(-1),
        );
        insta::assert_snapshot!(name, report);
    }
}
