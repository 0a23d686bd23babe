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

/// One replacement field as CPython's `parse_field` splits it.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
}

/// Parses the field that starts at `chars[*pos]` (just after its `{`), leaving `*pos`
/// after the closing `}`, with CPython's errors for malformed fields.
fn parse_field(vm: &mut Vm, chars: &[char], pos: &mut usize) -> PyResult<Field> {
    let name_start = *pos;
    let mut c = '\0';
    while *pos < chars.len() {
        c = chars[*pos];
        *pos += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < chars.len() && chars[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name_end = if matches!(c, '}' | ':' | '!') {
        *pos - 1
    } else {
        *pos
    };
    let name: String = chars[name_start..name_end].iter().collect();
    if c != '!' && c != ':' {
        if c != '}' || name_end == *pos {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        return Ok(Field {
            name,
            conversion: None,
            spec: String::new(),
        });
    }
    let mut conversion = None;
    if c == '!' {
        let Some(&conv) = chars.get(*pos) else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        *pos += 1;
        conversion = Some(conv);
        if let Some(&next) = chars.get(*pos) {
            *pos += 1;
            if next == '}' {
                return Ok(Field {
                    name,
                    conversion,
                    spec: String::new(),
                });
            }
            if next != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < chars.len() {
        let ch = chars[*pos];
        *pos += 1;
        match ch {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(Field {
                        name,
                        conversion,
                        spec: chars[spec_start..*pos - 1].iter().collect(),
                    });
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

/// Renders a template: literal text with `{{`/`}}` escapes and replacement fields, in
/// the order CPython's markup iterator reads them (so errors come in the same order).
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
        i += 1;
        if c != '{' && c != '}' {
            out.push(c);
            continue;
        }
        let next = chars.get(i).copied();
        if c == '}' && next != Some('}') {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c == '{' && next.is_none() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if next == Some(c) {
            out.push(c);
            i += 1;
            continue;
        }
        let field = parse_field(vm, &chars, &mut i)?;
        let s = render_field(vm, field, src, st, depth)?;
        vm.grow_string(&mut out, s.len())?;
        out.push_str(&s);
    }
    Ok(out)
}

fn render_field(
    vm: &mut Vm,
    field: Field,
    src: &Source,
    st: &mut State,
    depth: u32,
) -> PyResult<String> {
    let Field {
        name,
        conversion,
        spec,
    } = field;
    let value = lookup_field(vm, &name, src, st)?;
    let value = match conversion {
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
    match vm.utf8_text(&r) {
        Some(s) => s.map(str::to_owned),
        None => Ok(String::new()),
    }
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
    } else if let Ok(i) = first.parse::<usize>()
        && first.bytes().all(|b| b.is_ascii_digit())
    {
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
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            // Only plain digits index by integer (`{0[-1]}` looks up the key '-1').
            let k = match key.parse::<i64>() {
                Ok(i) if key.bytes().all(|b| b.is_ascii_digit()) => vm.new_int(i)?,
                _ => vm.new_str(key)?,
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
