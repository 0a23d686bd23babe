//! Build steps: the parser from `grammar/python.lalrpop`, and the table of frozen modules
//! (every `src/modules/py/NAME.py` is the module `NAME`; a dotted file name such as
//! `collections.abc.py` is a submodule), both written into OUT_DIR; and the source
//! fingerprint that keys the compiled-module cache.
use std::fmt::Write as _;
use std::hash::{Hash, Hasher};

fn main() {
    println!("cargo:rerun-if-changed=grammar");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    if let Err(err) = lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(&out_dir)
        .emit_rerun_directives(true)
        .process()
    {
        eprintln!("lalrpop failed: {err}");
        std::process::exit(1);
    }
    write_frozen_table(&out_dir);
    write_source_fingerprint(&out_dir);
    link_compactly();
}

/// Link arguments that keep the `minipy` executable's resident memory small on Linux.
///
/// A position-independent executable makes the dynamic loader write every absolute
/// pointer of the binary (vtables, method tables, string tables) at start-up: about 18,000
/// relocations, whose table (400 KiB) is read and whose targets (360 KiB of
/// `.data.rel.ro`) become private dirty pages in every run. Linked at a fixed address, the
/// pointers are final in the file and those pages are read only when used.
///
/// The functions a run calls are placed together, in the order of
/// `layout/function-order.txt` (written by `benches/layout.sh`): the kernel maps an
/// executable's code in 64 KiB pieces around each page a run touches, so the few hundred
/// functions of start-up, scattered over 4.7 MiB of code, would make most of it resident.
/// The order file is for lld, the linker rustc uses for this target.
fn link_compactly() {
    let target = std::env::var("TARGET").unwrap_or_default();
    if target.ends_with("-linux-gnu") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=layout/function-order.txt");
    println!("cargo:rerun-if-env-changed=CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER");
    let order = std::path::Path::new("layout/function-order.txt");
    // A build that names its own linker (which may not be lld) goes without the order.
    let own_linker = std::env::var_os("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER").is_some()
        || std::env::var("CARGO_ENCODED_RUSTFLAGS").is_ok_and(|f| f.contains("link"));
    if target == "x86_64-unknown-linux-gnu" && order.is_file() && !own_linker {
        let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
        let path = std::path::Path::new(&dir).join(order);
        println!(
            "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            path.display()
        );
        // Functions a later build renamed or dropped are skipped without a word.
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}

/// `source_fingerprint.txt`: a hash of every file under `src/` and `grammar/`.
/// Compiled-module images (`vm/code_cache.rs`) carry it, so that a build whose compiler,
/// instruction semantics or frozen modules differ in any way never runs code another
/// build compiled.
fn write_source_fingerprint(out_dir: &str) {
    println!("cargo:rerun-if-changed=src");
    let mut files = Vec::new();
    for root in ["src", "grammar"] {
        collect_files(std::path::Path::new(root), &mut files);
    }
    files.sort();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for path in &files {
        path.hash(&mut hasher);
        std::fs::read(path).unwrap_or_default().hash(&mut hasher);
    }
    let path = std::path::Path::new(out_dir).join("source_fingerprint.txt");
    if let Err(err) = std::fs::write(&path, format!("{:016x}", hasher.finish())) {
        eprintln!("cannot write {}: {err}", path.display());
        std::process::exit(1);
    }
}

fn collect_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Writes `frozen_modules.rs`: a sorted `&[(module name, source)]` table.
fn write_frozen_table(out_dir: &str) {
    let dir = std::path::Path::new("src/modules/py");
    println!("cargo:rerun-if-changed=src/modules/py");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                .filter_map(|n| n.strip_suffix(".py").map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut table = String::from("&[\n");
    for name in &names {
        println!("cargo:rerun-if-changed=src/modules/py/{name}.py");
        let _ = writeln!(
            table,
            "    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/src/modules/py/{name}.py\"))),"
        );
    }
    table.push(']');
    let path = std::path::Path::new(out_dir).join("frozen_modules.rs");
    if let Err(err) = std::fs::write(&path, table) {
        eprintln!("cannot write {}: {err}", path.display());
        std::process::exit(1);
    }
}
