//! Binding the arguments of builtin methods and functions to named parameters, with
//! CPython's messages for missing, surplus and unknown arguments.

use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::vm::{Args, PyResult, Vm};

/// Binds the arguments of a method after `self` (`args.pos[0]`) to `names`; `min` of
/// them are required. Keywords are accepted only when `keywords` is true.
pub(crate) fn bind(
    vm: &mut Vm,
    args: &mut Args,
    name: &str,
    names: &[&str],
    min: usize,
    keywords: bool,
) -> PyResult<Vec<Option<Obj>>> {
    bind_from(vm, args, 1, name, names, min, keywords)
}

/// Binds the arguments of a function (no receiver), positionally or by keyword.
pub(crate) fn bind_function(
    vm: &mut Vm,
    args: &mut Args,
    name: &str,
    names: &[&str],
    min: usize,
) -> PyResult<Vec<Option<Obj>>> {
    bind_from(vm, args, 0, name, names, min, true)
}

/// Binds `args.pos[skip..]` and the keywords to `names`.
fn bind_from(
    vm: &mut Vm,
    args: &mut Args,
    skip: usize,
    name: &str,
    names: &[&str],
    min: usize,
    keywords: bool,
) -> PyResult<Vec<Option<Obj>>> {
    let given = args.len().saturating_sub(skip);
    let mut out: Vec<Option<Obj>> = vec![None; names.len()];
    if !args.kw.is_empty() && !keywords {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    for (slot, (i, _)) in out.iter_mut().zip(names.iter().enumerate()) {
        *slot = args.pos.get(i + skip).cloned();
    }
    for (k, v) in std::mem::take(&mut args.kw) {
        let key = as_str(&k).unwrap_or("?").to_owned();
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(_) => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position"
                )));
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    // Methods taking no argument or exactly one are named with their type.
    let qualified = || match args.pos.first().filter(|_| skip > 0) {
        Some(o) => {
            let o = vm.base_value(o).unwrap_or_else(|| o.clone());
            let t = vm.type_name(&o);
            format!("{}.{name}", t.rsplit('.').next().unwrap_or(&t))
        }
        None => name.to_owned(),
    };
    if given > names.len() {
        return Err(vm.type_error(match names.len() {
            0 => format!("{}() takes no arguments ({given} given)", qualified()),
            1 if min == 1 => format!(
                "{}() takes exactly one argument ({given} given)",
                qualified()
            ),
            n => format!(
                "{name}() takes at most {n} argument{} ({given} given)",
                plural(n)
            ),
        }));
    }
    if out.iter().take(min).any(Option::is_none) {
        return Err(vm.type_error(if min == 1 && names.len() == 1 {
            format!(
                "{}() takes exactly one argument ({given} given)",
                qualified()
            )
        } else {
            format!(
                "{name}() takes at least {min} argument{} ({given} given)",
                plural(min)
            )
        }));
    }
    Ok(out)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The arity check of CPython's positional-only methods: "strip expected at most 1
/// argument, got 2" (and no keywords at all).
pub(crate) fn check_positional(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !args.kw.is_empty() {
        let t = match args.pos.first() {
            Some(o) => {
                let o = vm.base_value(o).unwrap_or_else(|| o.clone());
                vm.type_name(&o).to_string()
            }
            None => String::new(),
        };
        return Err(vm.type_error(format!("{t}.{name}() takes no keyword arguments")));
    }
    let n = args.len().saturating_sub(1);
    if min == max && n != min {
        return Err(vm.type_error(format!(
            "{name} expected {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n < min {
        return Err(vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}
