//! Binding the arguments of module functions written in Rust to their parameters, with
//! the error messages CPython gives for the same function: Python-style for the
//! functions CPython writes in Python (`random.randint`, `copy.deepcopy`, ...), and the
//! C argument parser's for the ones it writes in C (`itertools.count`, `bisect.bisect`).

use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::vm::{Args, PyResult, Vm};

/// Which of CPython's argument parsers a function mirrors.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// A function defined in Python (messages name `qualname()`).
    Python,
    /// A C function with keyword support (`_PyArg_UnpackKeywords`).
    Clinic,
}

/// A parameter list: `params[..posonly]` are positional-only, `params[kwonly..]` are
/// keyword-only, the first `required` are required (keyword-only ones are optional).
pub struct Sig {
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub required: usize,
    pub posonly: usize,
    pub kwonly: usize,
    pub style: Style,
}

impl Sig {
    /// A Python function whose parameters are all positional-or-keyword.
    pub const fn py(name: &'static str, params: &'static [&'static str], required: usize) -> Sig {
        Sig {
            name,
            params,
            required,
            posonly: 0,
            kwonly: params.len(),
            style: Style::Python,
        }
    }

    /// A C function whose parameters are all positional-or-keyword.
    pub const fn c(name: &'static str, params: &'static [&'static str], required: usize) -> Sig {
        Sig {
            name,
            params,
            required,
            posonly: 0,
            kwonly: params.len(),
            style: Style::Clinic,
        }
    }

    /// The same signature with the parameters from `i` on keyword-only.
    pub const fn kwonly_from(self, i: usize) -> Sig {
        Sig { kwonly: i, ..self }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` (CPython's list of missing names).
fn name_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [a] => format!("'{a}'"),
        [a, b] => format!("'{a}' and '{b}'"),
        _ => {
            let mut s = String::new();
            for (i, n) in names.iter().enumerate() {
                if i + 1 == names.len() {
                    s.push_str(&format!("and '{n}'"));
                } else {
                    s.push_str(&format!("'{n}', "));
                }
            }
            s
        }
    }
}

/// Binds `args` to `sig` (self, if any, already removed): one slot per parameter.
pub fn bind(vm: &mut Vm, args: Args, sig: &Sig) -> PyResult<Vec<Option<Obj>>> {
    let npos_params = sig.kwonly.min(sig.params.len());
    let mut out: Vec<Option<Obj>> = vec![None; sig.params.len()];
    let given = args.pos.len();
    if sig.style == Style::Clinic && given + args.kw.len() > sig.params.len() {
        return Err(too_many(vm, sig, given + args.kw.len(), sig.params.len()));
    }
    if given > npos_params {
        return Err(too_many(vm, sig, given, npos_params));
    }
    for (slot, v) in out.iter_mut().zip(args.pos) {
        *slot = Some(v);
    }
    for (k, v) in args.kw {
        let key = as_str(&k).unwrap_or("?");
        let idx = sig.params.iter().position(|p| *p == key);
        match idx {
            Some(i) if i >= sig.posonly => {
                if out[i].is_some() {
                    return Err(match sig.style {
                        Style::Python => vm.type_error(format!(
                            "{}() got multiple values for argument '{key}'",
                            sig.name
                        )),
                        Style::Clinic => vm.type_error(format!(
                            "argument for {}() given by name ('{key}') and position ({})",
                            sig.name,
                            i + 1
                        )),
                    });
                }
                out[i] = Some(v);
            }
            Some(_) if sig.style == Style::Python => {
                return Err(vm.type_error(format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{key}'",
                    sig.name
                )));
            }
            _ => {
                return Err(match sig.style {
                    Style::Python => vm.type_error(format!(
                        "{}() got an unexpected keyword argument '{key}'",
                        sig.name
                    )),
                    Style::Clinic => vm.type_error(format!(
                        "'{key}' is an invalid keyword argument for {}()",
                        sig.name
                    )),
                });
            }
        }
    }
    let missing: Vec<(usize, &str)> = (0..sig.required.min(sig.params.len()))
        .filter(|&i| out[i].is_none())
        .map(|i| (i, sig.params[i]))
        .collect();
    if let Some(&(first, name)) = missing.first() {
        return Err(match sig.style {
            Style::Python => {
                let names: Vec<&str> = missing.iter().map(|m| m.1).collect();
                let kind = if first >= sig.kwonly {
                    "keyword-only"
                } else {
                    "positional"
                };
                vm.type_error(format!(
                    "{}() missing {} required {kind} argument{}: {}",
                    sig.name,
                    names.len(),
                    plural(names.len()),
                    name_list(&names)
                ))
            }
            Style::Clinic => vm.type_error(format!(
                "{}() missing required argument '{name}' (pos {})",
                sig.name,
                first + 1
            )),
        });
    }
    Ok(out)
}

fn too_many(vm: &mut Vm, sig: &Sig, given: usize, max: usize) -> crate::vm::PyErr {
    let min = sig.required.min(max);
    match sig.style {
        Style::Python => {
            let takes = if min == max {
                format!("{max} positional argument{}", plural(max))
            } else {
                format!("from {min} to {max} positional arguments")
            };
            let was = if given == 1 { "was" } else { "were" };
            vm.type_error(format!(
                "{}() takes {takes} but {given} {was} given",
                sig.name
            ))
        }
        Style::Clinic => {
            if max == 0 {
                return vm.type_error(format!("{}() takes no positional arguments", sig.name));
            }
            let how = if min == max && sig.kwonly < sig.params.len() {
                "exactly"
            } else {
                "at most"
            };
            let positional = if sig.kwonly < sig.params.len() {
                " positional"
            } else {
                ""
            };
            vm.type_error(format!(
                "{}() takes {how} {max}{positional} argument{} ({given} given)",
                sig.name,
                plural(max)
            ))
        }
    }
}

/// Checks a positional-only C function's argument count (`name expected 2 arguments,
/// got 1`), rejecting keywords.
pub fn check_positional(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    };
    Err(vm.type_error(msg))
}

/// Checks the arguments of a C method (self excluded): `deque.pop() takes no arguments
/// (1 given)`, `deque.append() takes exactly one argument (0 given)`, and
/// `index expected at least 1 argument, got 0` for the others.
pub fn check_method(
    vm: &mut Vm,
    args: &Args,
    qualname: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("unbound method {qualname}() needs an argument")));
    }
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let n = args.pos.len() - 1;
    if n >= min && n <= max {
        return Ok(());
    }
    let short = qualname.rsplit('.').next().unwrap_or(qualname);
    let msg = match (min, max) {
        (0, 0) => format!("{qualname}() takes no arguments ({n} given)"),
        (1, 1) => format!("{qualname}() takes exactly one argument ({n} given)"),
        _ if n < min => format!(
            "{short} expected at least {min} argument{}, got {n}",
            plural(min)
        ),
        _ => format!(
            "{short} expected at most {max} argument{}, got {n}",
            plural(max)
        ),
    };
    Err(vm.type_error(msg))
}

/// The class argument of a native type's constructor and the arguments after it.
pub fn split_cls(mut args: Args) -> (Args, Option<Obj>) {
    let cls = if args.pos.is_empty() {
        None
    } else {
        Some(args.pos.remove(0))
    };
    (args, cls)
}

/// An argument C code reads as a `Py_ssize_t`: an int (or `__index__`) that fits.
pub fn ssize_arg(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    if let Some(v) = vm.to_bigint(o) {
        return i64::try_from(&v)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    match vm.index_value(o) {
        Some(r) => r,
        None => Err(vm.type_error_for(o, "cannot be interpreted as an integer")),
    }
}
