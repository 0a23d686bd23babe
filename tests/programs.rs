//! Runs every `tests/programs/*.py` and `tests/realistic/*.py` under minipy and compares with the expectations
//! recorded from CPython 3.11: stdout byte for byte (`.out`), stderr (`.err`, caret
//! lines under traceback source lines included) and the exit status.
//! Each program also runs with collection disabled and with collection at every safe
//! point: its output must not change. The default run adds `--check-leaks`: an object
//! left alive after teardown makes minipy report it on stderr and exit with status 3,
//! which fails the comparison.

use std::path::{Path, PathBuf};
use std::process::Command;

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs")
}

fn realistic_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/realistic")
}

/// Normalises memory addresses and reduces `File "dir/name.py"` to the file name
/// (CPython names files by absolute path, which depends on the checkout).
fn normalise_stderr(s: &str) -> String {
    // Warnings name the script by its absolute path (regen.sh drops the directory).
    let dir = format!("{}/", programs_dir().display());
    let realistic = format!("{}/", realistic_dir().display());
    s.lines()
        .map(|l| l.replace(&dir, "").replace(&realistic, ""))
        .map(|l| normalise_addresses(&l))
        .map(|l| normalise_file_path(&l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reduces the script paths in a program's own output (tracebacks it prints with the
/// `traceback` module) as `normalise_stderr` does, so recordings made in one checkout
/// hold in another.
fn normalise_paths(s: &str) -> String {
    let dir = format!("{}/", programs_dir().display());
    let realistic = format!("{}/", realistic_dir().display());
    // `split`, not `lines`: a missing or extra final newline still counts.
    s.split('\n')
        .map(|l| l.replace(&dir, "").replace(&realistic, ""))
        .map(|l| normalise_file_path(&l))
        .collect::<Vec<_>>()
        .join("\n")
}

fn normalise_file_path(line: &str) -> String {
    let Some(start) = line.find("File \"") else {
        return line.to_string();
    };
    let path_start = start + "File \"".len();
    let Some(len) = line[path_start..].find('"') else {
        return line.to_string();
    };
    let path = &line[path_start..path_start + len];
    let name = path.rsplit('/').next().unwrap_or(path);
    format!(
        "{}{}{}",
        &line[..path_start],
        name,
        &line[path_start + len..]
    )
}

fn normalise_addresses(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 2..];
        let n = tail.chars().take_while(|c| c.is_ascii_hexdigit()).count();
        out.push_str(if n >= 6 {
            "0xADDR"
        } else {
            &rest[i..i + 2 + n]
        });
        rest = &tail[n..];
    }
    out.push_str(rest);
    out
}

struct Expectation {
    stdout: String,
    stderr: Option<String>,
    status: i32,
}

fn expectation(py: &Path) -> Expectation {
    let stdout = std::fs::read_to_string(py.with_extension("out")).unwrap_or_default();
    let stderr = std::fs::read_to_string(py.with_extension("err")).ok();
    let status = std::fs::read_to_string(py.with_extension("status"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    Expectation {
        stdout,
        stderr,
        status,
    }
}

fn run_one(py: &Path, extra: &[&str]) -> Result<(), String> {
    let exp = expectation(py);
    let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
        // Standard output as CPython sets it up by default, whatever the environment
        // running the tests asks for (the expected outputs were made that way).
        .env_remove("PYTHONUNBUFFERED")
        .args(extra)
        .arg(py.file_name().unwrap_or_default())
        .current_dir(py.parent().unwrap_or(Path::new(".")))
        .output()
        .map_err(|e| format!("cannot run minipy: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let status = out.status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if normalise_paths(&stdout) != normalise_paths(&exp.stdout) {
        problems.push(format!(
            "stdout differs:\n--- expected\n{}\n--- got\n{}",
            exp.stdout, stdout
        ));
    }
    match &exp.stderr {
        Some(e) => {
            if normalise_stderr(e) != normalise_stderr(&stderr) {
                problems.push(format!(
                    "stderr differs:\n--- expected\n{e}\n--- got\n{stderr}"
                ));
            }
        }
        None => {
            if !stderr.is_empty() {
                problems.push(format!("unexpected stderr:\n{stderr}"));
            }
        }
    }
    if status != exp.status {
        problems.push(format!("exit status {status}, expected {}", exp.status));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// The test programs: `tests/programs/*.py` (one feature each) and
/// `tests/realistic/*.py` (longer programs written as ordinary scripts are).
fn all_programs() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = [programs_dir(), realistic_dir()]
        .iter()
        .filter_map(|dir| std::fs::read_dir(dir).ok())
        .flat_map(|d| d.filter_map(|e| e.ok().map(|e| e.path())))
        .collect();
    v.retain(|p| {
        p.extension().is_some_and(|e| e == "py")
            && !p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("mod_"))
    });
    v.sort();
    v
}

fn run_all(extra: &[&str]) {
    let programs = all_programs();
    assert!(!programs.is_empty(), "no test programs found");
    let failures: Vec<String> = std::thread::scope(|s| {
        let chunks: Vec<&[PathBuf]> = programs.chunks(programs.len().div_ceil(4).max(1)).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .filter_map(|p| {
                            run_one(p, extra)
                                .err()
                                .map(|e| format!("== {} {:?}\n{e}", p.display(), extra))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        // A worker that panicked lost its list of failures: that is a failure itself.
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|_| vec![format!("a worker panicked {extra:?}")])
            })
            .collect()
    });
    if !failures.is_empty() {
        panic!(
            "{} of {} programs failed:\n{}",
            failures.len(),
            programs.len(),
            failures.join("\n\n")
        );
    }
}

#[test]
fn programs_match_cpython() {
    run_all(&["--check-leaks"]);
}

#[test]
fn programs_match_cpython_without_collection() {
    run_all(&["--gc-disabled"]);
}

#[test]
fn programs_match_cpython_under_gc_stress() {
    run_all(&["--gc-stress"]);
}
