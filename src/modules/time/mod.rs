//! The `time` module: clocks, sleep, and the native halves of the calendar functions
//! (`gmtime`, `localtime`, `mktime`, `strftime`, `asctime`, `ctime`); `time.py`
//! beside this file defines `struct_time`, the argument checks, the time zone
//! constants and `strptime`.

mod calendar;
mod strftime;

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::heap::Obj;
use crate::heap::libc_ffi::{self, BrokenDownTime};
use crate::objects::ExceptionObj;
use crate::objects::bool_none::NoneObj;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::vm::{Args, PyErr, PyResult, Vm};

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

fn origin() -> Instant {
    use std::sync::OnceLock;
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn time_time(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "time", 0, 0)?;
    vm.new_float(now())
}

fn time_time_ns(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "time_ns", 0, 0)?;
    let ns = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    vm.new_bigint(num_bigint::BigInt::from(ns))
}

fn time_perf_counter(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "perf_counter", 0, 0)?;
    vm.new_float(origin().elapsed().as_secs_f64())
}

fn time_perf_counter_ns(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "perf_counter_ns", 0, 0)?;
    vm.new_bigint(num_bigint::BigInt::from(origin().elapsed().as_nanos()))
}

fn time_sleep(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "sleep", 1, 1)?;
    let ns = sleep_nanoseconds(vm, &args.pos[0])?;
    if ns < 0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    // CPython sleeps until the monotonic clock reaches now + the timeout; a timeout that
    // takes that deadline past the clock's range (within a day of the largest
    // nanosecond count: about 292 years) is refused by the system with EINVAL.
    if ns > i64::MAX - 86_400 * 1_000_000_000 {
        return Err(vm.new_os_error(22, None));
    }
    vm.flush_stdout();
    vm.sleep_interruptibly(Duration::from_nanos(ns.unsigned_abs()))?;
    Ok(vm.none())
}

/// The timeout of `time.sleep(secs)` in nanoseconds, with CPython's conversion errors
/// (`_PyTime_FromSecondsObject`, rounding away from zero).
fn sleep_nanoseconds(vm: &mut Vm, secs: &Obj) -> PyResult<i64> {
    if let Some(f) = secs.downcast::<crate::objects::float::FloatObj>() {
        let x = f.0;
        if x.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let ns = x * 1e9;
        let ns = if ns < 0.0 { ns.floor() } else { ns.ceil() };
        if !(ns >= i64::MIN as f64 && ns < i64::MAX as f64) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(ns as i64);
    }
    let too_large =
        |vm: &mut Vm| vm.overflow_error("timestamp too large to convert to C _PyTime_t");
    if let Some(b) = vm.to_bigint(secs) {
        return i64::try_from(&b)
            .ok()
            .and_then(|s| s.checked_mul(1_000_000_000))
            .ok_or_else(|| too_large(vm));
    }
    match vm.index_value(secs) {
        Some(r) => r?.checked_mul(1_000_000_000).ok_or_else(|| too_large(vm)),
        None => {
            let n = vm.type_name(secs);
            Err(vm.type_error(format!("'{n}' object cannot be interpreted as an integer")))
        }
    }
}

fn time_process_time(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "process_time", 0, 0)?;
    vm.new_float(libc_ffi::process_cpu_ns() as f64 / 1e9)
}

fn time_process_time_ns(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "process_time_ns", 0, 0)?;
    vm.new_int(libc_ffi::process_cpu_ns())
}

/// Seconds since the epoch from a `secs` argument (None: now), floored as CPython
/// does for gmtime/localtime.
fn seconds_arg(vm: &mut Vm, secs: Option<&Obj>) -> PyResult<i64> {
    let Some(o) = secs.filter(|o| !o.is::<NoneObj>()) else {
        vm.require(crate::vm::Capability::Clock)?;
        return Ok(now().floor() as i64);
    };
    if let Some(f) = o.downcast::<crate::objects::float::FloatObj>() {
        if f.0.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let f = f.0.floor();
        if !(-9.2e18..9.2e18).contains(&f) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(f as i64);
    }
    match vm.index_value(o) {
        Some(Ok(v)) => Ok(v),
        Some(Err(_)) => Err(vm.overflow_error("timestamp out of range for platform time_t")),
        None => Err(vm.type_error_for(o, "cannot be interpreted as an integer")),
    }
}

/// The 11-tuple `(year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff)`.
fn tuple_of(vm: &mut Vm, t: &BrokenDownTime) -> PyResult {
    let mut items = vec![vm.new_int(t.year)?];
    for v in [t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst] {
        items.push(vm.new_int(i64::from(v))?);
    }
    items.push(vm.new_str(&t.zone)?);
    items.push(vm.new_int(t.gmtoff)?);
    vm.new_tuple(items)
}

/// A broken-down time from the tuple the Python part passes (9 ints, then
/// optionally the zone name and offset).
fn broken_down(vm: &mut Vm, o: &Obj) -> PyResult<BrokenDownTime> {
    let items = as_tuple(o).map(<[Obj]>::to_vec).unwrap_or_default();
    if items.len() < 9 {
        return Err(vm.type_error("a 9-tuple is required"));
    }
    let mut v = [0i64; 9];
    for (slot, item) in v.iter_mut().zip(&items) {
        *slot = vm.to_index(item)?;
    }
    let small = |x: i64| i32::try_from(x).unwrap_or(if x < 0 { i32::MIN } else { i32::MAX });
    let zone = items.get(9).and_then(as_str).unwrap_or("").to_owned();
    let gmtoff = match items.get(10) {
        Some(g) if !g.is::<NoneObj>() => vm.to_index(g)?,
        _ => 0,
    };
    Ok(BrokenDownTime {
        year: v[0],
        mon: small(v[1]),
        mday: small(v[2]),
        hour: small(v[3]),
        min: small(v[4]),
        sec: small(v[5]),
        wday: small(v[6]),
        yday: small(v[7]),
        isdst: small(v[8]),
        gmtoff,
        zone,
    })
}

/// A `time.struct_time` of the 11-tuple (the class is defined by `time.py`).
fn struct_time(vm: &mut Vm, t: &BrokenDownTime) -> PyResult {
    let tuple = tuple_of(vm, t)?;
    let module = vm.import_module("time")?;
    let cls = vm.getattr_str(&module, "struct_time")?;
    vm.call(&cls, vec![tuple])
}

/// `gmtime` and `localtime` are builtin functions, not Python ones, so that a class
/// may hold them as attributes without binding (`Formatter.converter = time.gmtime`).
fn time_gmtime(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "gmtime", 0, 1)?;
    let secs = seconds_arg(vm, args.get(0))?;
    match calendar::gmtime(secs) {
        Some(t) => struct_time(vm, &t),
        None => Err(vm.new_os_error(75, None)),
    }
}

fn time_localtime(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "localtime", 0, 1)?;
    let secs = seconds_arg(vm, args.get(0))?;
    match libc_ffi::localtime(secs) {
        Some(t) => struct_time(vm, &t),
        None => Err(vm.new_os_error(75, None)),
    }
}

/// Runs the argument check `helper` of `time.py` on a time tuple: the 11-tuple the
/// native functions take, or the check's exception raised.
fn checked_tuple(vm: &mut Vm, helper: &str, t: &Obj, fname: &str) -> PyResult<BrokenDownTime> {
    let module = vm.import_module("time")?;
    let check = vm.getattr_str(&module, helper)?;
    let name = vm.new_str(fname)?;
    let result = vm.call(&check, vec![t.clone(), name])?;
    if result.is::<ExceptionObj>() {
        return Err(PyErr::Exc(result));
    }
    broken_down(vm, &result)
}

/// The struct_time argument `i`, or the current local time when it is absent.
fn time_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<Obj> {
    match args.get(i) {
        Some(t) if !t.is::<NoneObj>() => Ok(t.clone()),
        _ => time_localtime(vm, Args::new([])),
    }
}

fn time_mktime(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "mktime", 1, 1)?;
    let t = checked_tuple(vm, "_tuple_arg", &args.pos[0], "mktime")?;
    match libc_ffi::mktime(&t) {
        Some(s) => vm.new_float(s as f64),
        None => Err(vm.overflow_error("mktime argument out of range")),
    }
}

fn time_strftime(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "strftime", 1, 2)?;
    let Some(fmt) = as_str(&args.pos[0]).map(str::to_owned) else {
        let n = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {n}")));
    };
    let t = time_arg(vm, &args, 1)?;
    let t = checked_tuple(vm, "_checked", &t, "strftime")?;
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    vm.new_str(&strftime::strftime(&fmt, &t))
}

fn time_asctime(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "asctime", 0, 1)?;
    let t = time_arg(vm, &args, 0)?;
    let t = checked_tuple(vm, "_checked", &t, "asctime")?;
    vm.new_str(&strftime::asctime(&t))
}

fn time_ctime(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "ctime", 0, 1)?;
    let secs = seconds_arg(vm, args.get(0))?;
    match libc_ffi::localtime(secs) {
        Some(t) => vm.new_str(&strftime::asctime(&t)),
        None => Err(vm.new_os_error(75, None)),
    }
}

fn time_tzset(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "tzset", 0, 0)?;
    libc_ffi::tzset();
    Ok(vm.none())
}

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let _ = origin();
    libc_ffi::tzset();
    let m = super::module_with_functions(
        vm,
        "time",
        &[
            ("time", time_time),
            ("time_ns", time_time_ns),
            ("perf_counter", time_perf_counter),
            ("perf_counter_ns", time_perf_counter_ns),
            ("monotonic", time_perf_counter),
            ("monotonic_ns", time_perf_counter_ns),
            ("process_time", time_process_time),
            ("process_time_ns", time_process_time_ns),
            ("sleep", time_sleep),
            ("gmtime", time_gmtime),
            ("localtime", time_localtime),
            ("mktime", time_mktime),
            ("strftime", time_strftime),
            ("asctime", time_asctime),
            ("ctime", time_ctime),
            ("_tzset", time_tzset),
        ],
    )?;
    super::exec_python(vm, &m, include_str!("time.py"), "<time>")?;
    Ok(m)
}
