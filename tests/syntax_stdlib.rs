//! Optional sweep over the CPython standard library installed on this machine: every
//! module must parse to what the local `python3` (3.11) prints with `ast.dump`. Run with
//! `cargo test --test syntax_stdlib -- --ignored`; it needs `python3` and its library.
//! Files using syntax outside the supported subset (async, match, ...) are skipped
//! when our parser rejects them, and counted.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use minipy::syntax::{Mode, dump::dump_module, parse};

const DUMP_SCRIPT: &str = r#"
import ast, sys
for path in sys.argv[1:]:
    try:
        src = open(path, encoding="utf-8").read()
        print(ast.dump(ast.parse(src), include_attributes=True))
    except Exception as e:
        print("ERROR")
"#;

fn stdlib_files() -> Vec<PathBuf> {
    let Ok(out) = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
    else {
        return Vec::new();
    };
    let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let mut files = Vec::new();
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                if name != "site-packages" && name != "__pycache__" {
                    dirs.push(path);
                }
            } else if name.ends_with(".py") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Does the dump contain a `\\udXXX` escape for a surrogate code point?
fn has_lone_surrogate(dump: &str) -> bool {
    dump.as_bytes().windows(4).any(|w| {
        w[0] == b'\\' && w[1] == b'u' && w[2] == b'd' && matches!(w[3], b'8'..=b'9' | b'a'..=b'f')
    })
}

#[test]
#[ignore = "needs python3 and its standard library"]
fn stdlib_matches_cpython() {
    let files = stdlib_files();
    assert!(!files.is_empty(), "no python3 standard library found");
    let mut expected = Vec::new();
    for chunk in files.chunks(50) {
        let out = Command::new("python3")
            .arg("-c")
            .arg(DUMP_SCRIPT)
            .args(chunk)
            .output()
            .expect("python3 runs");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        expected.extend(text.lines().map(str::to_owned).collect::<Vec<_>>());
    }
    assert_eq!(expected.len(), files.len());
    let (mut same, mut rejected, mut differ) = (0, Vec::new(), Vec::new());
    let mut both_reject = 0;
    let mut skipped = 0;
    for (path, want) in files.iter().zip(&expected) {
        let Ok(source) = fs::read_to_string(path) else {
            continue;
        };
        if want == "ERROR" {
            both_reject += 1;
            continue;
        }
        if has_lone_surrogate(want) {
            // A lone surrogate cannot be held in a Rust string (known difference).
            skipped += 1;
            continue;
        }
        // The AST has no `kind` field for `u"..."` literals (known difference).
        let want = &want.replace(", kind='u'", "");
        let arena = bumpalo::Bump::new();
        match parse(&source, Mode::File, &arena) {
            Ok(m) => {
                let got = dump_module(&m, true);
                if &got == want {
                    same += 1;
                } else {
                    let at = got
                        .bytes()
                        .zip(want.bytes())
                        .position(|(a, b)| a != b)
                        .unwrap_or(0);
                    let lo = at.saturating_sub(120);
                    differ.push(format!(
                        "{}\n  want ...{}\n  got  ...{}",
                        path.display(),
                        &want.get(lo..(at + 80).min(want.len())).unwrap_or(""),
                        &got.get(lo..(at + 80).min(got.len())).unwrap_or("")
                    ));
                }
            }
            Err(e) => rejected.push(format!("{}: {e}", path.display())),
        }
    }
    eprintln!(
        "{same} same, {both_reject} invalid for CPython too, {skipped} skipped, {} rejected, {} differ",
        rejected.len(),
        differ.len()
    );
    for r in &rejected {
        eprintln!("rejected {r}");
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
