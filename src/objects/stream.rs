//! `sys.stdin`, `sys.stdout` and `sys.stderr`: text streams over the process's standard
//! input, output and error (stdout is buffered by the interpreter and flushed before
//! stderr is written; reading stdin is in `stdin.rs`).
//! They share the `TextIOWrapper` type with text files; its methods
//! (`objects/file_methods.rs`) call `stream_write` / `stream_flush` for them.

use super::Tag;
use crate::declare_payload;
use crate::heap::Behaviour;
use crate::objects::str::as_str;
use crate::vm::{Args, PyResult, Vm};

pub struct StreamObj {
    /// 0 for standard input, 1 for standard output, 2 for standard error.
    pub fd: u8,
}
declare_payload!(StreamObj, "TextIOWrapper", Tag::TextStream, nogc);
impl Behaviour for StreamObj {}

fn stream_fd(vm: &mut Vm, args: &Args) -> PyResult<u8> {
    match args.pos.first().and_then(|o| o.downcast::<StreamObj>()) {
        Some(s) => Ok(s.fd),
        None => Err(vm.type_error("descriptor requires a stream object")),
    }
}

pub(crate) fn stream_write(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "write", 2, 2)?;
    let fd = stream_fd(vm, &args)?;
    let Some(s) = as_str(&args.pos[1]) else {
        let n = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("write() argument must be str, not {n}")));
    };
    let s = s.to_owned();
    if fd == 1 {
        vm.write_stdout(&s)?;
    } else {
        vm.write_stderr(&s);
    }
    vm.new_int(s.chars().count() as i64)
}

pub(crate) fn stream_flush(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "flush", 1, 1)?;
    let fd = stream_fd(vm, &args)?;
    if fd == 1 {
        vm.flush_stdout_checked()?;
    }
    Ok(vm.none())
}
