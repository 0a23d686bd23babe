//! Safe wrappers over the few C library calls that `time` and `os` need and Rust's
//! std reaches only through `unsafe`: the C library's local time zone (`tzset`,
//! `localtime_r`, `mktime`, as CPython uses them), changing the process environment
//! (`setenv`/`unsetenv`, which the time zone code reads), and `fstat` on a raw file
//! descriptor; whether SIGINT is ignored and waiting for input with a timeout (Ctrl-C);
//! the character-type locale the environment selects (the standard streams' encoding);
//! the `signal` module's `alarm`, `pause`, `strsignal` and signal dispositions.
//! It lives under `heap/` because that is minipy's one home for `unsafe`.

use std::ffi::CStr;

/// The broken-down time of `struct tm`, plus the zone fields glibc adds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BrokenDownTime {
    pub year: i64,
    /// 1..=12.
    pub mon: i32,
    pub mday: i32,
    pub hour: i32,
    pub min: i32,
    pub sec: i32,
    /// Monday is 0, as Python counts.
    pub wday: i32,
    /// 1..=366.
    pub yday: i32,
    pub isdst: i32,
    pub gmtoff: i64,
    pub zone: String,
}

fn to_tm(t: &BrokenDownTime) -> Option<libc::tm> {
    // SAFETY: `libc::tm` is a plain C struct of integers and one pointer; all-zero
    // bytes (a null `tm_zone`) are a valid value of it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = i32::try_from(t.year.checked_sub(1900)?).ok()?;
    tm.tm_mon = t.mon.checked_sub(1)?;
    tm.tm_mday = t.mday;
    tm.tm_hour = t.hour;
    tm.tm_min = t.min;
    tm.tm_sec = t.sec;
    tm.tm_wday = (t.wday + 1) % 7;
    tm.tm_yday = t.yday - 1;
    tm.tm_isdst = t.isdst;
    Some(tm)
}

fn from_tm(tm: &libc::tm) -> BrokenDownTime {
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: glibc points `tm_zone` at a NUL-terminated abbreviation in its
        // static time zone tables, which stay alive for the life of the process.
        unsafe { CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    BrokenDownTime {
        year: i64::from(tm.tm_year) + 1900,
        mon: tm.tm_mon + 1,
        mday: tm.tm_mday,
        hour: tm.tm_hour,
        min: tm.tm_min,
        sec: tm.tm_sec,
        wday: (tm.tm_wday + 6) % 7,
        yday: tm.tm_yday + 1,
        isdst: tm.tm_isdst,
        gmtoff: tm.tm_gmtoff,
        zone,
    }
}

/// `localtime_r(secs)`: None when the C library cannot represent the time.
pub fn localtime(secs: i64) -> Option<BrokenDownTime> {
    let t: libc::time_t = secs;
    // SAFETY: as in `to_tm`, a zeroed `tm` is valid.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are to live locals; localtime_r writes only into `tm`.
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    (!r.is_null()).then(|| from_tm(&tm))
}

/// `mktime(t)`: the seconds since the epoch of a local broken-down time; None on
/// overflow (mktime's -1 with the input not meaning one second before the epoch).
pub fn mktime(t: &BrokenDownTime) -> Option<i64> {
    let mut tm = to_tm(t)?;
    // glibc leaves tm_wday alone on failure: a sentinel tells failure from -1.
    tm.tm_wday = -1;
    // SAFETY: `tm` is a live local that mktime reads and normalizes in place.
    let r = unsafe { libc::mktime(&mut tm) };
    if r == -1 && tm.tm_wday == -1 {
        return None;
    }
    Some(r)
}

unsafe extern "C" {
    // POSIX; the libc crate does not declare it for every target.
    #[link_name = "tzset"]
    fn c_tzset();
}

/// `tzset()`: rereads the TZ environment variable.
pub fn tzset() {
    // SAFETY: tzset takes no arguments and only updates the C library's zone state;
    // minipy runs Python code on one thread, so no localtime_r call races with it.
    unsafe { c_tzset() }
}

/// `setenv(key, value, 1)`; false when the key or value cannot be a C string (or
/// the key contains `=`).
pub fn set_env(key: &str, value: &str) -> bool {
    if key.is_empty() || key.contains('=') || key.contains('\0') || value.contains('\0') {
        return false;
    }
    // SAFETY: minipy's interpreter is the only thread that reads or writes the
    // environment while a program runs (the main thread only waits for it).
    unsafe { std::env::set_var(key, value) };
    true
}

/// `unsetenv(key)`; false for a key that cannot name a variable.
pub fn unset_env(key: &str) -> bool {
    if key.is_empty() || key.contains('=') || key.contains('\0') {
        return false;
    }
    // SAFETY: as in `set_env`.
    unsafe { std::env::remove_var(key) };
    true
}

/// The fields of `struct stat` that `os.stat_result` shows.
#[derive(Clone, Debug, Default)]
pub struct FileStat {
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: i64,
    pub atime: (i64, i64),
    pub mtime: (i64, i64),
    pub ctime: (i64, i64),
    pub blksize: i64,
    pub blocks: i64,
    pub rdev: u64,
}

/// `fstat(fd)`, or the errno of its failure.
pub fn fstat(fd: i32) -> Result<FileStat, i32> {
    // SAFETY: `libc::stat` is plain integers; all-zero is a valid value.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a live local that fstat fills; a bad fd only makes it fail.
    let r = unsafe { libc::fstat(fd, &mut st) };
    if r != 0 {
        return Err(std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EBADF));
    }
    Ok(FileStat {
        mode: st.st_mode,
        ino: st.st_ino,
        dev: st.st_dev,
        nlink: st.st_nlink,
        uid: st.st_uid,
        gid: st.st_gid,
        size: st.st_size,
        atime: (st.st_atime, st.st_atime_nsec),
        mtime: (st.st_mtime, st.st_mtime_nsec),
        ctime: (st.st_ctime, st.st_ctime_nsec),
        blksize: st.st_blksize,
        blocks: st.st_blocks,
        rdev: st.st_rdev,
    })
}

/// `uname()`: the system name, node name, release, version and machine, or the errno
/// of its failure.
pub fn uname() -> Result<[String; 5], i32> {
    // SAFETY: `libc::utsname` is arrays of C chars; all-zero is a valid value.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a live local that uname fills in.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EFAULT));
    }
    // Each field is NUL-terminated within its array (zeroed above, so even a full one
    // stops at the array's end).
    let text = |field: &[libc::c_char]| -> String {
        let bytes: Vec<u8> = field
            .iter()
            .map(|&c| c as u8)
            .take_while(|&b| b != 0)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Ok([
        text(&u.sysname),
        text(&u.nodename),
        text(&u.release),
        text(&u.version),
        text(&u.machine),
    ])
}

/// CPU time of the process in nanoseconds (`clock_gettime(CLOCK_PROCESS_CPUTIME_ID)`).
pub fn process_cpu_ns() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a live local that clock_gettime fills; the clock id is valid.
    let r = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    if r != 0 {
        return 0;
    }
    ts.tv_sec
        .saturating_mul(1_000_000_000)
        .saturating_add(ts.tv_nsec)
}

/// `access(path, mode)`: whether the real user may use the path so; false for a path
/// with a NUL byte or an invalid mode.
pub fn access(path: &std::path::Path, mode: i32) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c_path) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: `c_path` is a NUL-terminated string alive for the call; access only
    // reads it.
    unsafe { libc::access(c_path.as_ptr(), mode) == 0 }
}

/// Whether SIGINT is ignored (a program started in the background by a shell): then
/// Ctrl-C handling is not installed, as CPython leaves an ignored SIGINT alone.
pub fn sigint_ignored() -> bool {
    // SAFETY: an all-zero sigaction is a valid value to be overwritten.
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: a null new action only queries the current one into `old`.
    let r = unsafe { libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) };
    r == 0 && old.sa_sigaction == libc::SIG_IGN
}

/// Waits up to `timeout_ms` milliseconds for descriptor `fd` to be readable; true when
/// a read would not block (input, end of input, or an error the read will report).
pub fn wait_readable(fd: i32, timeout_ms: i32) -> bool {
    let mut p = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd, alive for the call.
    let r = unsafe { libc::poll(&mut p, 1, timeout_ms) };
    // Interrupted by a signal: not readable yet (the caller checks for Ctrl-C).
    if r < 0 {
        return std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted;
    }
    r > 0
}

/// The character-type locale the environment selects (`setlocale(LC_CTYPE, "")`, as
/// CPython calls it at start-up): its name and its codeset (`nl_langinfo(CODESET)`),
/// or None when the C library cannot set it (an unknown or uninstalled locale). The
/// process's locale is put back afterwards: minipy's own code assumes the C locale.
pub fn environment_ctype_locale() -> Option<(String, String)> {
    // SAFETY: setlocale with a null locale only returns the current name; the string
    // it points to is copied before any other setlocale call can replace it. minipy
    // calls this before the interpreter starts, on the one thread reading locales.
    let saved = unsafe {
        let p = libc::setlocale(libc::LC_CTYPE, std::ptr::null());
        (!p.is_null()).then(|| CStr::from_ptr(p).to_owned())
    };
    // SAFETY: the empty string asks for the locale the environment names; the result
    // is copied at once, as above.
    let name = unsafe {
        let p = libc::setlocale(libc::LC_CTYPE, c"".as_ptr());
        (!p.is_null()).then(|| CStr::from_ptr(p).to_string_lossy().into_owned())
    };
    // SAFETY: nl_langinfo returns a string owned by the C library, valid until the
    // next locale change; it is copied before the locale is restored.
    let codeset = name.as_ref().map(|_| unsafe {
        let p = libc::nl_langinfo(libc::CODESET);
        if p.is_null() {
            String::new()
        } else {
            CStr::from_ptr(p).to_string_lossy().into_owned()
        }
    });
    if let Some(saved) = saved {
        // SAFETY: `saved` is a NUL-terminated name this C library returned.
        unsafe { libc::setlocale(libc::LC_CTYPE, saved.as_ptr()) };
    }
    Some((name?, codeset?))
}

/// Whether the C library knows locale `name` for character types.
pub fn ctype_locale_exists(name: &str) -> bool {
    let Ok(c_name) = std::ffi::CString::new(name) else {
        return false;
    };
    // SAFETY: as in `environment_ctype_locale`: the current name is copied, the
    // candidate tried, and the saved name put back.
    unsafe {
        let p = libc::setlocale(libc::LC_CTYPE, std::ptr::null());
        let saved = (!p.is_null()).then(|| CStr::from_ptr(p).to_owned());
        let ok = !libc::setlocale(libc::LC_CTYPE, c_name.as_ptr()).is_null();
        if let Some(saved) = saved {
            libc::setlocale(libc::LC_CTYPE, saved.as_ptr());
        }
        ok
    }
}

/// `alarm(seconds)`: schedules SIGALRM (0 cancels); the seconds left of the previous
/// alarm.
pub fn alarm(seconds: u32) -> u32 {
    // SAFETY: alarm only sets the process's timer; it takes and returns plain integers.
    unsafe { libc::alarm(seconds) }
}

/// `pause()`: waits until a signal arrives whose action is a handler (or ends the
/// process).
pub fn pause() {
    // SAFETY: pause only blocks the calling thread until a signal is delivered.
    unsafe {
        libc::pause();
    }
}

/// The C library's description of signal `sig` (`strsignal`), None for an unknown one.
pub fn strsignal(sig: i32) -> Option<String> {
    // SAFETY: glibc's strsignal returns a pointer to a NUL-terminated string (static,
    // or in a thread-local buffer), valid until the next call from this thread; it is
    // copied at once.
    let p = unsafe { libc::strsignal(sig) };
    if p.is_null() {
        return None;
    }
    // SAFETY: as above: `p` is a valid NUL-terminated string.
    let text = unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned();
    // glibc describes numbers it does not know as "Unknown signal N".
    (!text.starts_with("Unknown signal")).then_some(text)
}

/// Sets the disposition of signal `sig` to its default action (`ignore` false) or to
/// being ignored; false when the C library refuses (SIGKILL, SIGSTOP, out of range).
pub fn set_signal_disposition(sig: i32, ignore: bool) -> bool {
    let action = if ignore { libc::SIG_IGN } else { libc::SIG_DFL };
    // SAFETY: SIG_IGN and SIG_DFL are the C library's own dispositions (no handler
    // code of ours runs); signal only changes the process's table for `sig`.
    unsafe { libc::signal(sig, action) != libc::SIG_ERR }
}

/// Whether signal `sig` is ignored (SIG_IGN) at the moment.
pub fn signal_ignored(sig: i32) -> bool {
    // SAFETY: an all-zero sigaction is a valid value to be overwritten.
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: a null new action only queries the current one into `old`.
    let r = unsafe { libc::sigaction(sig, std::ptr::null(), &mut old) };
    r == 0 && old.sa_sigaction == libc::SIG_IGN
}

/// `kill(pid, sig)`: sends signal `sig` to process `pid`; the errno on failure.
pub fn kill(pid: i32, sig: i32) -> Result<(), i32> {
    // SAFETY: kill takes plain integers and only asks the kernel to deliver a signal.
    if unsafe { libc::kill(pid, sig) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EINVAL))
    }
}

/// Blocks every signal in the calling thread, so that signals sent to the process are
/// delivered to the other threads (the interpreter's), where their handlers run.
pub fn block_signals_in_this_thread() {
    // SAFETY: an all-zero sigset_t is valid storage for sigfillset to initialise.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid sigset_t; pthread_sigmask only changes this thread's
    // mask (a null old-set pointer is allowed).
    unsafe {
        libc::sigfillset(&mut set);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// The kernel's id of the calling thread (`gettid`, CPython's `get_native_id`).
pub fn thread_native_id() -> u64 {
    // SAFETY: gettid takes no arguments and cannot fail.
    let tid = unsafe { libc::gettid() };
    u64::try_from(tid).unwrap_or(0)
}
