//! The `time` module.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::heap::Obj;
use crate::vm::{Args, PyResult, Vm};

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
    let secs = match super::math::to_f64(vm, &args.pos[0]) {
        Ok(s) => s,
        Err(_) => {
            let n = vm.type_name(&args.pos[0]);
            return Err(vm.type_error(format!("'{n}' object cannot be interpreted as an integer")));
        }
    };
    if secs < 0.0 || secs.is_nan() {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    std::thread::sleep(Duration::from_secs_f64(secs.min(1e9)));
    Ok(vm.none())
}

fn time_process_time(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "process_time", 0, 0)?;
    vm.new_float(origin().elapsed().as_secs_f64())
}

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let _ = origin();
    super::module_with_functions(
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
            ("sleep", time_sleep),
        ],
    )
}
