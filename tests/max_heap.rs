//! `--max-heap` bounds every big result, including the temporary Rust buffers some
//! operations build before their result object: each of these fails with MemoryError
//! at once, and the process never grows far past the limit on the way there (the peak
//! resident size is read from `/proc/self/status`, so the test is Linux-only).

use std::process::Command;

/// Expressions whose results cannot fit in 64 MB (or in any memory).
const TOO_BIG: &[&str] = &[
    "'a' * (3 * 10**9)",
    "'a' * 2**40",
    "'ab' * 10**8",
    "'é' * 10**8",
    "('a' * 10**6).join(['b'] * 10**6)",
    "b''.join([b'x' * 10**6] * 10**6)",
    "'ab'.join(['x' * 10**4] * 10**4)",
    "(5).to_bytes(10**8, 'big')",
    "bytes(10**8)",
    "bytearray(10**8)",
    "b'abc' * 10**8",
    "[0] * 10**8",
    "[[]] * 10**12",
    "list(range(10**8))",
    "tuple(range(10**8))",
    "'{:100000000}'.format(1)",
    "'%100000000d' % 1",
    "'%.100000000f' % 1.0",
    "f'{1.0:.100000000f}'",
    "'x'.ljust(10**8)",
    "'x'.center(10**8, 'é')",
    "'x'.zfill(10**8)",
    "'\\t'.expandtabs(10**8)",
    "b'x'.ljust(10**8)",
    "'ab'.replace('', 'x' * 10**8)",
    "'ab'.replace('a', 'x' * 10**8)",
    "format('x', '>100000000')",
    "'{0}{0}{0}{0}{0}{0}{0}{0}{0}{0}'.format('x' * 10**7)",
];

#[cfg(target_os = "linux")]
#[test]
fn big_results_fail_at_once_under_max_heap() {
    let mut program = String::from(
        "def peak_mb():\n    with open('/proc/self/status') as f:\n        for line in f:\n            if line.startswith('VmHWM:'):\n                return int(line.split()[1]) // 1024\n",
    );
    for (i, expr) in TOO_BIG.iter().enumerate() {
        program.push_str(&format!(
            "try:\n    x = {expr}\n    print({i}, 'built', len(x))\nexcept MemoryError:\n    print({i}, 'MemoryError')\n"
        ));
    }
    program.push_str("print('peak under 200 MB:', peak_mb() < 200)\n");
    let path = std::env::temp_dir().join(format!("minipy_max_heap_{}.py", std::process::id()));
    std::fs::write(&path, program).expect("write the test program");
    let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(["--max-heap", "64M"])
        .arg(&path)
        .output()
        .expect("run minipy");
    let _ = std::fs::remove_file(&path);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut expected: String = (0..TOO_BIG.len())
        .map(|i| format!("{i} MemoryError\n"))
        .collect();
    expected.push_str("peak under 200 MB: True\n");
    assert_eq!(
        stdout,
        expected,
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success());
}
