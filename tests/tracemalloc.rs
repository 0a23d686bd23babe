//! tracemalloc's exact figures: the traced sizes are the heap's real block sizes, so
//! they equal `sys.getsizeof` of what a line allocated (minipy-only assertions; the
//! API and formatting are compared with CPython in tests/programs/tracemalloc_api.py).

use std::process::Command;

const PROGRAM: &str = "\
import sys, tracemalloc
tracemalloc.start()
data = [bytes(1000) for _ in range(10)]
snap = tracemalloc.take_snapshot()
stat = [s for s in snap.statistics('lineno') if s.traceback[0].lineno == 3][0]
print(stat.size == sys.getsizeof(data) + sum(sys.getsizeof(b) for b in data), stat.count)
print(tracemalloc.get_traced_memory()[0] >= stat.size)
tracemalloc.stop()
tracemalloc.start(3)
def inner():
    return [0] * 100
def outer():
    return inner()
x = outer()
snap = tracemalloc.take_snapshot()
tb = [s for s in snap.statistics('traceback') if s.traceback[-1].lineno == 11][0]
print([f.lineno for f in tb.traceback], tb.size == sys.getsizeof(x), tb.count)
print(tracemalloc.get_object_traceback(x).format(most_recent_first=True)[0].endswith('line 11'))
";

#[test]
fn traced_sizes_are_block_sizes() {
    let dir = std::env::temp_dir().join(format!("minipy-tm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("prog.py");
    std::fs::write(&path, PROGRAM).expect("write program");
    for flags in [&[][..], &["--gc-stress"][..]] {
        let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
            .args(flags)
            .arg("--check-leaks")
            .arg(&path)
            .output()
            .expect("run minipy");
        assert_eq!(
            out.status.code(),
            Some(0),
            "stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // The list, its item storage and ten bytes objects; then the list of [0] * 100
        // (object and storage) traced with the three frames that led to it.
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "True 12\nTrue\n[14, 13, 11] True 2\nTrue\n"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
