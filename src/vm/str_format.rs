//! `str.format` and `str.format_map`: replacement fields with indexing, attributes,
//! conversions and nested format specs.

use crate::heap::Obj;
use crate::objects::str::as_str;

use super::{PyResult, Vm};

/// Where arguments come from.
enum Source<'a> {
    Args {
        pos: &'a [Obj],
        kw: &'a [(Obj, Obj)],
    },
    Map(&'a Obj),
}

struct State {
    auto_index: usize,
    /// None until the first field decides between automatic and manual numbering.
    manual: Option<bool>,
}

pub fn format_method(
    vm: &mut Vm,
    template: &str,
    pos: &[Obj],
    kw: &[(Obj, Obj)],
) -> PyResult<String> {
    let mut st = State {
        auto_index: 0,
        manual: None,
    };
    render(vm, template, &Source::Args { pos, kw }, &mut st, 2)
}

pub fn format_map(vm: &mut Vm, template: &str, mapping: &Obj) -> PyResult<String> {
    let mut st = State {
        auto_index: 0,
        manual: None,
    };
    render(vm, template, &Source::Map(mapping), &mut st, 2)
}

fn render(
    vm: &mut Vm,
    template: &str,
    src: &Source,
    st: &mut State,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing one level of nesting in the spec.
            let mut j = i + 1;
            let mut level = 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            let s = render_field(vm, &field, src, st, depth)?;
            out.push_str(&s);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn render_field(
    vm: &mut Vm,
    field: &str,
    src: &Source,
    st: &mut State,
    depth: u32,
) -> PyResult<String> {
    // Split off the spec (after the first ':' outside brackets) and conversion.
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (idx, ch) in field.char_indices() {
        match ch {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            ':' | '!' if !in_bracket => {
                name_end = idx;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut cs = r.chars();
        let conv = cs.next();
        let after: String = cs.collect();
        match after.strip_prefix(':') {
            Some(spec) => (conv, spec.to_owned()),
            None if after.is_empty() => (conv, String::new()),
            None => return Err(vm.value_error("expected ':' after conversion specifier")),
        }
    } else if let Some(spec) = rest.strip_prefix(':') {
        (None, spec.to_owned())
    } else {
        (None, String::new())
    };
    let value = lookup_field(vm, name, src, st)?;
    let value = match conv {
        None => value,
        Some('r') => vm.repr(&value)?,
        Some('s') => vm.str_of(&value)?,
        Some('a') => vm.ascii_of(&value)?,
        Some(c) => {
            return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
        }
    };
    let spec = if spec.contains('{') {
        render(vm, &spec, src, st, depth - 1)?
    } else {
        spec
    };
    let spec_obj = vm.new_str(&spec)?;
    let r = vm.format(&value, Some(&spec_obj))?;
    Ok(as_str(&r).unwrap_or("").to_owned())
}

fn lookup_field(vm: &mut Vm, name: &str, src: &Source, st: &mut State) -> PyResult<Obj> {
    // The first part is up to '.' or '['.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut obj = if first.is_empty() {
        if st.manual == Some(true) {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        st.manual = Some(false);
        let i = st.auto_index;
        st.auto_index += 1;
        positional(vm, src, i)?
    } else if let Ok(i) = first.parse::<usize>() {
        if st.manual == Some(false) {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        st.manual = Some(true);
        positional(vm, src, i)?
    } else {
        keyword(vm, src, first)?
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            obj = vm.getattr_str(&obj, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(i) => vm.new_int(i)?,
                Err(_) => vm.new_str(key)?,
            };
            obj = vm.getitem(&obj, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(obj)
}

fn positional(vm: &mut Vm, src: &Source, i: usize) -> PyResult<Obj> {
    match src {
        Source::Args { pos, .. } => match pos.get(i) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.index_error(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))),
        },
        Source::Map(_) => Err(vm.value_error("Format string contains positional fields")),
    }
}

fn keyword(vm: &mut Vm, src: &Source, name: &str) -> PyResult<Obj> {
    match src {
        Source::Args { kw, .. } => {
            for (k, v) in kw.iter() {
                if as_str(k) == Some(name) {
                    return Ok(v.clone());
                }
            }
            let k = vm.new_str(name)?;
            Err(vm.key_error(k))
        }
        Source::Map(m) => {
            let k = vm.new_str(name)?;
            let m = (*m).clone();
            vm.getitem(&m, &k)
        }
    }
}
