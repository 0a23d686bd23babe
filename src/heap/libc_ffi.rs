//! Safe wrappers over the few C library calls that `time` and `os` need and Rust's
//! std reaches only through `unsafe`: the C library's local time zone (`tzset`,
//! `localtime_r`, `mktime`, as CPython uses them), changing the process environment
//! (`setenv`/`unsetenv`, which the time zone code reads), and `fstat` on a raw file
//! descriptor; whether SIGINT is ignored and waiting for input with a timeout (Ctrl-C);
//! the character-type locale the environment selects (the standard streams' encoding);
//! the `signal` module's `alarm`, `pause`, `strsignal` and signal dispositions; the
//! low-level `os` calls on descriptors, links, owners, terminals and process facts.
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

// ---- The low-level `os` calls: process facts, file descriptors, terminals. ----

/// The errno the last failed C library call left.
fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// `Ok(r)` for a non-negative result of a call that reports failure as -1 and errno.
fn checked<T: Copy + PartialOrd + Default>(r: T) -> Result<T, i32> {
    if r < T::default() {
        Err(last_errno())
    } else {
        Ok(r)
    }
}

/// A path as the NUL-terminated string the C library takes (the caller has refused
/// embedded NULs already; one that slips through is EINVAL).
fn c_path(path: &std::path::Path) -> Result<std::ffi::CString, i32> {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::CString::new(path.as_os_str().as_bytes()).map_err(|_| libc::EINVAL)
}

/// The real and effective user and group ids, the parent's process id and the process
/// group: `[getuid, geteuid, getgid, getegid, getppid, getpgrp]`.
pub fn process_ids() -> [i64; 6] {
    // SAFETY: each of these takes no arguments, only reads the process's credentials
    // and cannot fail.
    unsafe {
        [
            i64::from(libc::getuid()),
            i64::from(libc::geteuid()),
            i64::from(libc::getgid()),
            i64::from(libc::getegid()),
            i64::from(libc::getppid()),
            i64::from(libc::getpgrp()),
        ]
    }
}

/// `getsid(pid)`: the session id of a process.
pub fn getsid(pid: i32) -> Result<i32, i32> {
    // SAFETY: getsid takes a plain integer and only queries the kernel.
    checked(unsafe { libc::getsid(pid) })
}

/// `umask(mask)`: sets the file-mode creation mask, returning the previous one.
pub fn umask(mask: u32) -> u32 {
    // SAFETY: umask takes a plain integer, changes only the process's mask and cannot
    // fail.
    unsafe { libc::umask(mask) }
}

/// `times()` in seconds: user, system, children's user, children's system, and the
/// elapsed real time since an arbitrary moment in the past.
pub fn times() -> Result<[f64; 5], i32> {
    // SAFETY: `libc::tms` is plain integers; all-zero is a valid value.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a live local that times fills.
    let elapsed = unsafe { libc::times(&mut t) };
    if elapsed == -1 {
        return Err(last_errno());
    }
    // SAFETY: sysconf takes a plain integer name.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let ticks = if ticks > 0 { ticks as f64 } else { 100.0 };
    Ok([
        t.tms_utime as f64 / ticks,
        t.tms_stime as f64 / ticks,
        t.tms_cutime as f64 / ticks,
        t.tms_cstime as f64 / ticks,
        elapsed as f64 / ticks,
    ])
}

/// `getloadavg()`: the 1, 5 and 15 minute load averages; None when unobtainable.
pub fn getloadavg() -> Option<[f64; 3]> {
    let mut avg = [0f64; 3];
    // SAFETY: `avg` has room for the 3 values asked for.
    let n = unsafe { libc::getloadavg(avg.as_mut_ptr(), 3) };
    (n == 3).then_some(avg)
}

/// `sysconf(name)`: Ok(-1) for a limit that is indeterminate (errno left at 0).
pub fn sysconf(name: i32) -> Result<i64, i32> {
    // SAFETY: errno is thread-local; clearing it tells "no limit" from failure.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: sysconf takes a plain integer name; an unknown one only fails.
    let r = unsafe { libc::sysconf(name) };
    if r == -1 {
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        if e != 0 {
            return Err(e);
        }
    }
    Ok(r)
}

/// The names `os.sysconf` knows, with their numbers in glibc's `_SC_*` enumeration
/// (a stable ABI; the libc crate does not declare every one of them).
pub const SYSCONF_NAMES: &[(&str, i32)] = &[
    ("SC_ARG_MAX", 0),
    ("SC_CHILD_MAX", 1),
    ("SC_CLK_TCK", 2),
    ("SC_NGROUPS_MAX", 3),
    ("SC_OPEN_MAX", 4),
    ("SC_STREAM_MAX", 5),
    ("SC_TZNAME_MAX", 6),
    ("SC_JOB_CONTROL", 7),
    ("SC_SAVED_IDS", 8),
    ("SC_REALTIME_SIGNALS", 9),
    ("SC_PRIORITY_SCHEDULING", 10),
    ("SC_TIMERS", 11),
    ("SC_ASYNCHRONOUS_IO", 12),
    ("SC_PRIORITIZED_IO", 13),
    ("SC_SYNCHRONIZED_IO", 14),
    ("SC_FSYNC", 15),
    ("SC_MAPPED_FILES", 16),
    ("SC_MEMLOCK", 17),
    ("SC_MEMLOCK_RANGE", 18),
    ("SC_MEMORY_PROTECTION", 19),
    ("SC_MESSAGE_PASSING", 20),
    ("SC_SEMAPHORES", 21),
    ("SC_SHARED_MEMORY_OBJECTS", 22),
    ("SC_AIO_LISTIO_MAX", 23),
    ("SC_AIO_MAX", 24),
    ("SC_AIO_PRIO_DELTA_MAX", 25),
    ("SC_DELAYTIMER_MAX", 26),
    ("SC_MQ_OPEN_MAX", 27),
    ("SC_MQ_PRIO_MAX", 28),
    ("SC_VERSION", 29),
    ("SC_PAGESIZE", 30),
    ("SC_PAGE_SIZE", 30),
    ("SC_RTSIG_MAX", 31),
    ("SC_SEM_NSEMS_MAX", 32),
    ("SC_SEM_VALUE_MAX", 33),
    ("SC_SIGQUEUE_MAX", 34),
    ("SC_TIMER_MAX", 35),
    ("SC_BC_BASE_MAX", 36),
    ("SC_BC_DIM_MAX", 37),
    ("SC_BC_SCALE_MAX", 38),
    ("SC_BC_STRING_MAX", 39),
    ("SC_COLL_WEIGHTS_MAX", 40),
    ("SC_EQUIV_CLASS_MAX", 41),
    ("SC_EXPR_NEST_MAX", 42),
    ("SC_LINE_MAX", 43),
    ("SC_RE_DUP_MAX", 44),
    ("SC_CHARCLASS_NAME_MAX", 45),
    ("SC_2_VERSION", 46),
    ("SC_2_C_BIND", 47),
    ("SC_2_C_DEV", 48),
    ("SC_2_FORT_DEV", 49),
    ("SC_2_FORT_RUN", 50),
    ("SC_2_SW_DEV", 51),
    ("SC_2_LOCALEDEF", 52),
    ("SC_PII", 53),
    ("SC_PII_XTI", 54),
    ("SC_PII_SOCKET", 55),
    ("SC_PII_INTERNET", 56),
    ("SC_PII_OSI", 57),
    ("SC_POLL", 58),
    ("SC_SELECT", 59),
    ("SC_IOV_MAX", 60),
    ("SC_UIO_MAXIOV", 60),
    ("SC_PII_INTERNET_STREAM", 61),
    ("SC_PII_INTERNET_DGRAM", 62),
    ("SC_PII_OSI_COTS", 63),
    ("SC_PII_OSI_CLTS", 64),
    ("SC_PII_OSI_M", 65),
    ("SC_T_IOV_MAX", 66),
    ("SC_THREADS", 67),
    ("SC_THREAD_SAFE_FUNCTIONS", 68),
    ("SC_GETGR_R_SIZE_MAX", 69),
    ("SC_GETPW_R_SIZE_MAX", 70),
    ("SC_LOGIN_NAME_MAX", 71),
    ("SC_TTY_NAME_MAX", 72),
    ("SC_THREAD_DESTRUCTOR_ITERATIONS", 73),
    ("SC_THREAD_KEYS_MAX", 74),
    ("SC_THREAD_STACK_MIN", 75),
    ("SC_THREAD_THREADS_MAX", 76),
    ("SC_THREAD_ATTR_STACKADDR", 77),
    ("SC_THREAD_ATTR_STACKSIZE", 78),
    ("SC_THREAD_PRIORITY_SCHEDULING", 79),
    ("SC_THREAD_PRIO_INHERIT", 80),
    ("SC_THREAD_PRIO_PROTECT", 81),
    ("SC_THREAD_PROCESS_SHARED", 82),
    ("SC_NPROCESSORS_CONF", 83),
    ("SC_NPROCESSORS_ONLN", 84),
    ("SC_PHYS_PAGES", 85),
    ("SC_AVPHYS_PAGES", 86),
    ("SC_ATEXIT_MAX", 87),
    ("SC_PASS_MAX", 88),
    ("SC_XOPEN_VERSION", 89),
    ("SC_XOPEN_XCU_VERSION", 90),
    ("SC_XOPEN_UNIX", 91),
    ("SC_XOPEN_CRYPT", 92),
    ("SC_XOPEN_ENH_I18N", 93),
    ("SC_XOPEN_SHM", 94),
    ("SC_2_CHAR_TERM", 95),
    ("SC_2_C_VERSION", 96),
    ("SC_2_UPE", 97),
    ("SC_XOPEN_XPG2", 98),
    ("SC_XOPEN_XPG3", 99),
    ("SC_XOPEN_XPG4", 100),
    ("SC_CHAR_BIT", 101),
    ("SC_CHAR_MAX", 102),
    ("SC_CHAR_MIN", 103),
    ("SC_INT_MAX", 104),
    ("SC_INT_MIN", 105),
    ("SC_LONG_BIT", 106),
    ("SC_WORD_BIT", 107),
    ("SC_MB_LEN_MAX", 108),
    ("SC_NZERO", 109),
    ("SC_SSIZE_MAX", 110),
    ("SC_SCHAR_MAX", 111),
    ("SC_SCHAR_MIN", 112),
    ("SC_SHRT_MAX", 113),
    ("SC_SHRT_MIN", 114),
    ("SC_UCHAR_MAX", 115),
    ("SC_UINT_MAX", 116),
    ("SC_ULONG_MAX", 117),
    ("SC_USHRT_MAX", 118),
    ("SC_NL_ARGMAX", 119),
    ("SC_NL_LANGMAX", 120),
    ("SC_NL_MSGMAX", 121),
    ("SC_NL_NMAX", 122),
    ("SC_NL_SETMAX", 123),
    ("SC_NL_TEXTMAX", 124),
    ("SC_XBS5_ILP32_OFF32", 125),
    ("SC_XBS5_ILP32_OFFBIG", 126),
    ("SC_XBS5_LP64_OFF64", 127),
    ("SC_XBS5_LPBIG_OFFBIG", 128),
    ("SC_XOPEN_LEGACY", 129),
    ("SC_XOPEN_REALTIME", 130),
    ("SC_XOPEN_REALTIME_THREADS", 131),
    ("SC_MINSIGSTKSZ", 249),
];

/// `nice(increment)`: the new niceness (which may itself be -1, told from failure by
/// errno, as CPython does).
pub fn nice(increment: i32) -> Result<i32, i32> {
    // SAFETY: errno is thread-local; clearing it tells a niceness of -1 from failure.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: nice takes a plain integer and changes only the process's priority.
    let r = unsafe { libc::nice(increment) };
    if r == -1 {
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        if e != 0 {
            return Err(e);
        }
    }
    Ok(r)
}

/// `getlogin()`: the name of the user logged in on the controlling terminal; `Err(0)`
/// when the C library finds none without setting errno.
pub fn getlogin() -> Result<String, i32> {
    // SAFETY: errno is thread-local; clearing it tells "no name" from failure.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: getlogin takes no arguments; it returns a pointer to a static
    // NUL-terminated name (or null), copied at once, before any other call could
    // replace it (minipy runs Python code, which alone calls this, one thread at a time).
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        return Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(0));
    }
    // SAFETY: as above: `p` is a valid NUL-terminated string.
    let name = unsafe { CStr::from_ptr(p) };
    Ok(name.to_string_lossy().into_owned())
}

/// `openat(dir_fd or AT_FDCWD, path, flags, mode)`: a new descriptor.
pub fn open(
    path: &std::path::Path,
    flags: i32,
    mode: u32,
    dir_fd: Option<i32>,
) -> Result<i32, i32> {
    let c = c_path(path)?;
    loop {
        // SAFETY: `c` is a NUL-terminated path alive for the call; the other arguments
        // are plain integers (a bad directory descriptor only makes the call fail).
        let r = unsafe { libc::openat(dir_fd.unwrap_or(libc::AT_FDCWD), c.as_ptr(), flags, mode) };
        match checked(r) {
            Err(libc::EINTR) => continue,
            other => return other,
        }
    }
}

/// `read(fd)` of up to `n` bytes into a new vector. The `n` bytes are reserved but not
/// touched (as CPython's buffer is), so a large request costs only what is read.
/// `Err(None)` when they cannot be reserved; `Err(Some(EINTR))` when a signal
/// interrupted the wait, for the caller to run handlers and retry.
pub fn read_to_vec(fd: i32, n: usize) -> Result<Vec<u8>, Option<i32>> {
    let mut buf: Vec<u8> = Vec::new();
    buf.try_reserve_exact(n).map_err(|_| None)?;
    let spare = buf.spare_capacity_mut();
    // SAFETY: the spare capacity is valid for writes of `n` bytes (reserved above);
    // read writes at most that many.
    let r = unsafe { libc::read(fd, spare.as_mut_ptr().cast(), n) };
    let got = checked(r).map_err(Some)? as usize;
    // SAFETY: read initialised the first `got` bytes, and got <= n <= capacity.
    unsafe { buf.set_len(got) };
    buf.shrink_to_fit();
    Ok(buf)
}

/// `write(fd, data)`: how many bytes were written.
pub fn write(fd: i32, data: &[u8]) -> Result<usize, i32> {
    // SAFETY: `data` is valid for reads of its whole length.
    let r = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    checked(r).map(|n| n as usize)
}

/// `close(fd)`. The descriptor is the program's, as in CPython: closing one that a
/// file object also holds is the program's choice.
pub fn close(fd: i32) -> Result<(), i32> {
    // SAFETY: close takes a plain integer; minipy's own descriptors (the standard
    // streams, files) tolerate being closed under them: their calls then fail.
    checked(unsafe { libc::close(fd) }).map(|_| ())
}

/// `lseek(fd, pos, how)`: the new offset.
pub fn lseek(fd: i32, pos: i64, how: i32) -> Result<i64, i32> {
    // SAFETY: plain integers only.
    checked(unsafe { libc::lseek(fd, pos, how) })
}

/// `pipe2(O_CLOEXEC)`: the read and write ends (not inheritable, as CPython makes them).
pub fn pipe() -> Result<(i32, i32), i32> {
    let mut fds = [-1i32; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    checked(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
    Ok((fds[0], fds[1]))
}

/// `dup(fd)` as a non-inheritable descriptor (`F_DUPFD_CLOEXEC`).
pub fn dup(fd: i32) -> Result<i32, i32> {
    // SAFETY: plain integers only.
    checked(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

/// `dup2(fd, fd2)`, or `dup3(fd, fd2, O_CLOEXEC)` when the copy is not inheritable.
pub fn dup2(fd: i32, fd2: i32, inheritable: bool) -> Result<i32, i32> {
    if inheritable || fd == fd2 {
        // SAFETY: plain integers only.
        let r = checked(unsafe { libc::dup2(fd, fd2) })?;
        if !inheritable {
            set_cloexec(r)?;
        }
        return Ok(r);
    }
    // SAFETY: plain integers only.
    checked(unsafe { libc::dup3(fd, fd2, libc::O_CLOEXEC) })
}

fn set_cloexec(fd: i32) -> Result<(), i32> {
    // SAFETY: plain integers only.
    let flags = checked(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    // SAFETY: plain integers only.
    checked(unsafe { libc::fcntl(fd, libc::F_SETFD, flags | libc::FD_CLOEXEC) }).map(|_| ())
}

/// `fsync(fd)`.
pub fn fsync(fd: i32) -> Result<(), i32> {
    // SAFETY: plain integers only.
    checked(unsafe { libc::fsync(fd) }).map(|_| ())
}

/// `ftruncate(fd, length)`.
pub fn ftruncate(fd: i32, length: i64) -> Result<(), i32> {
    // SAFETY: plain integers only.
    checked(unsafe { libc::ftruncate(fd, length) }).map(|_| ())
}

/// `truncate(path, length)`.
pub fn truncate(path: &std::path::Path, length: i64) -> Result<(), i32> {
    let c = c_path(path)?;
    // SAFETY: `c` is a NUL-terminated path alive for the call.
    checked(unsafe { libc::truncate(c.as_ptr(), length) }).map(|_| ())
}

/// Whether `O_NONBLOCK` is clear on the descriptor.
pub fn get_blocking(fd: i32) -> Result<bool, i32> {
    // SAFETY: plain integers only.
    let flags = checked(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    Ok(flags & libc::O_NONBLOCK == 0)
}

/// Clears (`blocking`) or sets `O_NONBLOCK` on the descriptor.
pub fn set_blocking(fd: i32, blocking: bool) -> Result<(), i32> {
    // SAFETY: plain integers only.
    let flags = checked(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    let new = if blocking {
        flags & !libc::O_NONBLOCK
    } else {
        flags | libc::O_NONBLOCK
    };
    if new != flags {
        // SAFETY: plain integers only.
        checked(unsafe { libc::fcntl(fd, libc::F_SETFL, new) })?;
    }
    Ok(())
}

/// `isatty(fd)`.
pub fn isatty(fd: i32) -> bool {
    // SAFETY: plain integers only; a bad descriptor is just not a terminal.
    unsafe { libc::isatty(fd) == 1 }
}

/// `ttyname(fd)`: the path of the terminal the descriptor is open on.
pub fn ttyname(fd: i32) -> Result<String, i32> {
    let mut buf = [0 as libc::c_char; 4096];
    // SAFETY: `buf` is a live buffer of the length passed; ttyname_r NUL-terminates
    // what it writes or fails.
    let r = unsafe { libc::ttyname_r(fd, buf.as_mut_ptr(), buf.len()) };
    if r != 0 {
        return Err(r);
    }
    // SAFETY: on success `buf` holds a NUL-terminated path.
    let name = unsafe { CStr::from_ptr(buf.as_ptr()) };
    Ok(name.to_string_lossy().into_owned())
}

/// The columns and lines of the terminal on `fd` (`ioctl(TIOCGWINSZ)`).
pub fn terminal_size(fd: i32) -> Result<(u16, u16), i32> {
    let mut ws = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one `winsize` into the live local passed.
    checked(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) })?;
    Ok((ws.ws_col, ws.ws_row))
}

/// A `File` over descriptor `fd`, which the caller hands over: the file closes it
/// when dropped unless the caller takes it back first (`IntoRawFd`). EBADF when `fd`
/// is not open.
pub fn file_from_fd(fd: i32) -> Result<std::fs::File, i32> {
    use std::os::fd::FromRawFd;
    // SAFETY: plain integers only: F_GETFD checks that the descriptor is open.
    checked(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    // SAFETY: `fd` is open (checked above). Descriptor numbers are the Python
    // program's to manage, as in CPython: `open(fd)` makes the file object their
    // owner, and with `closefd=False` the file gives the number back (into_raw_fd)
    // instead of closing it.
    Ok(unsafe { std::fs::File::from_raw_fd(fd) })
}

/// `linkat(src_dir, src, dst_dir, dst, AT_SYMLINK_FOLLOW if follow)`; a None directory
/// is the working directory.
pub fn link(
    src: &std::path::Path,
    dst: &std::path::Path,
    src_dir: Option<i32>,
    dst_dir: Option<i32>,
    follow: bool,
) -> Result<(), i32> {
    let (s, d) = (c_path(src)?, c_path(dst)?);
    let flags = if follow { libc::AT_SYMLINK_FOLLOW } else { 0 };
    // SAFETY: both paths are NUL-terminated strings alive for the call; the rest are
    // plain integers.
    let r = unsafe {
        libc::linkat(
            src_dir.unwrap_or(libc::AT_FDCWD),
            s.as_ptr(),
            dst_dir.unwrap_or(libc::AT_FDCWD),
            d.as_ptr(),
            flags,
        )
    };
    checked(r).map(|_| ())
}

/// `fchownat(dir, path, uid, gid, AT_SYMLINK_NOFOLLOW unless follow)`; None ids stay
/// as they are.
pub fn chown(
    path: &std::path::Path,
    uid: Option<u32>,
    gid: Option<u32>,
    dir: Option<i32>,
    follow: bool,
) -> Result<(), i32> {
    let c = c_path(path)?;
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `c` is a NUL-terminated path alive for the call; (uid_t)-1 means
    // "unchanged" to the kernel.
    let r = unsafe {
        libc::fchownat(
            dir.unwrap_or(libc::AT_FDCWD),
            c.as_ptr(),
            uid.unwrap_or(u32::MAX),
            gid.unwrap_or(u32::MAX),
            flags,
        )
    };
    checked(r).map(|_| ())
}

/// `fchown(fd, uid, gid)`; None ids stay as they are.
pub fn fchown(fd: i32, uid: Option<u32>, gid: Option<u32>) -> Result<(), i32> {
    // SAFETY: plain integers only.
    let r = unsafe { libc::fchown(fd, uid.unwrap_or(u32::MAX), gid.unwrap_or(u32::MAX)) };
    checked(r).map(|_| ())
}
