//! `sys.stdin.buffer`, `sys.stdout.buffer`, `sys.stderr.buffer`: the binary layers
//! under the standard text streams. Bytes written to stdout's layer go through the
//! same interpreter-side buffer as text, so text and bytes keep their order; stderr's
//! layer flushes stdout first, as text written to stderr does.

use std::io::Write;

use crate::heap::Obj;
use crate::objects::native::{NativeState, native_state};
use crate::vm::native::NativeTypeSpec;
use crate::vm::{Args, PyResult, Vm};

static WRITER: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("write", buffer_write),
        ("writelines", buffer_writelines),
        ("flush", buffer_flush),
        ("close", buffer_close),
        ("fileno", buffer_fileno),
        ("writable", buffer_true),
        ("readable", buffer_false),
        ("__repr__", buffer_repr),
    ],
    ..NativeTypeSpec::new("_io", "BufferedWriter")
};

static READER: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("read", buffer_read),
        ("readline", buffer_readline),
        ("fileno", buffer_fileno),
        ("flush", buffer_flush),
        ("close", buffer_close),
        ("readable", buffer_true),
        ("writable", buffer_false),
        ("__repr__", buffer_repr),
    ],
    ..NativeTypeSpec::new("_io", "BufferedReader")
};

/// The file descriptor (0, 1 or 2) the layer reads or writes.
struct StdBuffer(u8);

impl NativeState for StdBuffer {}

/// The binary layer of standard stream `fd`.
pub(crate) fn buffer_of(vm: &mut Vm, fd: u8) -> PyResult<Obj> {
    let spec = if fd == 0 { &READER } else { &WRITER };
    vm.new_native(spec, StdBuffer(fd))
}

fn fd_of(vm: &mut Vm, args: &Args, name: &str) -> PyResult<u8> {
    match args.pos.first().and_then(native_state::<StdBuffer>) {
        Some(s) => Ok(s.0),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a standard stream buffer"
        ))),
    }
}

fn write_bytes(vm: &mut Vm, fd: u8, data: &[u8]) -> PyResult<()> {
    if fd != 1 {
        vm.write_stderr_bytes(data);
        return Ok(());
    }
    if vm.stdout.closed {
        return Err(vm.value_error("write to closed file"));
    }
    vm.stdout.write_all(data).map_err(|e| vm.io_error(&e, None))
}

fn buffer_write(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "write", 2, 2)?;
    let fd = fd_of(vm, &args, "write")?;
    let data = vm.bytes_arg(&args.pos[1])?;
    write_bytes(vm, fd, &data)?;
    vm.new_int(data.len() as i64)
}

fn buffer_writelines(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "writelines", 2, 2)?;
    let fd = fd_of(vm, &args, "writelines")?;
    for line in vm.iterate_to_vec(&args.pos[1])? {
        let data = vm.bytes_arg(&line)?;
        write_bytes(vm, fd, &data)?;
    }
    Ok(vm.none())
}

fn buffer_flush(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "flush", 1, 1)?;
    if fd_of(vm, &args, "flush")? == 1 {
        if vm.stdout.closed {
            return Err(vm.value_error("flush of closed file"));
        }
        vm.flush_stdout_checked()?;
    }
    Ok(vm.none())
}

/// `close()`: flushes; the process's descriptor stays open for the interpreter (a
/// `TextIOWrapper` over the layer closes it when freed).
fn buffer_close(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "close", 1, 1)?;
    if fd_of(vm, &args, "close")? == 1 && !vm.stdout.closed {
        vm.flush_stdout_checked()?;
    }
    Ok(vm.none())
}

fn buffer_fileno(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "fileno", 1, 1)?;
    let fd = fd_of(vm, &args, "fileno")?;
    vm.new_int(i64::from(fd))
}

fn buffer_true(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.new_bool(true))
}

fn buffer_false(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.new_bool(false))
}

fn buffer_repr(vm: &mut Vm, args: Args) -> PyResult {
    let fd = fd_of(vm, &args, "__repr__")?;
    let (kind, name) = match fd {
        0 => ("BufferedReader", "<stdin>"),
        1 => ("BufferedWriter", "<stdout>"),
        _ => ("BufferedWriter", "<stderr>"),
    };
    vm.new_str(&format!("<_io.{kind} name='{name}'>"))
}

/// `read(size=-1)`: up to `size` bytes, or everything up to end of input.
fn buffer_read(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "read", 1, 2)?;
    fd_of(vm, &args, "read")?;
    vm.require(crate::vm::Capability::Stdin)?;
    let size = match args.get(1) {
        Some(o) if !o.is::<crate::objects::NoneObj>() => vm.to_index(o)?,
        _ => -1,
    };
    vm.flush_stdout();
    let out = crate::objects::stdin::read_bytes(usize::try_from(size).ok(), false)
        .map_err(|e| vm.io_error(&e, None))?;
    vm.new_bytes(out)
}

fn buffer_readline(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "readline", 1, 2)?;
    fd_of(vm, &args, "readline")?;
    vm.require(crate::vm::Capability::Stdin)?;
    vm.flush_stdout();
    let out = crate::objects::stdin::read_bytes(None, true).map_err(|e| vm.io_error(&e, None))?;
    vm.new_bytes(out)
}
