//! `str.format` and `str.format_map`: replacement fields with indexing, attributes,
//! conversions and nested format specs.

use crate::heap::Obj;
use crate::objects::str::push_text;
use crate::text::text_buf::TextBuf;
use crate::text::wtf8::{Placeholders, from_placeholders};

use super::{PyResult, Vm};

/// Where arguments come from.
enum Source<'a> {
    Args {
        pos: &'a [Obj],
        kw: &'a [(Obj, Obj)],
    },
    Map(&'a Obj),
}

struct State<'a> {
    auto_index: usize,
    /// None until the first field decides between automatic and manual numbering.
    manual: Option<bool>,
    /// The template's lone surrogates, which arrive as these placeholders: literal text,
    /// names and specs map them back.
    surrogates: Option<&'a Placeholders>,
}

impl State<'_> {
    /// A name or spec of the template as a str.
    fn text_obj(&self, vm: &mut Vm, s: &str) -> PyResult {
        match self.surrogates {
            Some(m) => vm.new_str_wtf8(&from_placeholders(s, m)),
            None => vm.new_str(s),
        }
    }
}

/// `template.format(*pos, **kw)`; `surrogates` maps the placeholders standing for the
/// template's lone surrogates.
pub fn format_method(
    vm: &mut Vm,
    template: &str,
    surrogates: Option<&Placeholders>,
    pos: &[Obj],
    kw: &[(Obj, Obj)],
) -> PyResult<TextBuf> {
    let mut st = State {
        auto_index: 0,
        manual: None,
        surrogates,
    };
    render(vm, template, &Source::Args { pos, kw }, &mut st, 2)
}

pub fn format_map(
    vm: &mut Vm,
    template: &str,
    surrogates: Option<&Placeholders>,
    mapping: &Obj,
) -> PyResult<TextBuf> {
    let mut st = State {
        auto_index: 0,
        manual: None,
        surrogates,
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
) -> PyResult<TextBuf> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = TextBuf::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '{' && c != '}' {
            match st.surrogates.and_then(|m| m.surrogate(c as u32)) {
                Some(cp) => out.push_code_point(cp),
                None => out.push(c),
            }
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
        let n = crate::objects::str::as_text(&s).map_or(0, <[u8]>::len);
        vm.ensure_room(out.len().saturating_add(n))?;
        push_text(&mut out, &s);
    }
    Ok(out)
}

fn render_field(vm: &mut Vm, field: Field, src: &Source, st: &mut State, depth: u32) -> PyResult {
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
    let spec_obj = if spec.contains('{') {
        let spec = render(vm, &spec, src, st, depth - 1)?;
        vm.new_str_buf(&spec)?
    } else {
        st.text_obj(vm, &spec)?
    };
    vm.format(&value, Some(&spec_obj))
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
        let k = st.text_obj(vm, first)?;
        keyword(vm, src, &k)?
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            obj = match st.surrogates {
                // The name may hold lone surrogates: it is looked up as that str.
                Some(_) => {
                    let name = st.text_obj(vm, attr)?;
                    vm.getattr(&obj, &name)?
                }
                None => vm.getattr_str(&obj, attr)?,
            };
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
                _ => st.text_obj(vm, key)?,
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

fn keyword(vm: &mut Vm, src: &Source, name: &Obj) -> PyResult<Obj> {
    let text = crate::objects::str::as_text(name);
    match src {
        Source::Args { kw, .. } => {
            for (k, v) in kw.iter() {
                if crate::objects::str::as_text(k) == text {
                    return Ok(v.clone());
                }
            }
            Err(vm.key_error(name.clone()))
        }
        Source::Map(m) => {
            let m = (*m).clone();
            vm.getitem(&m, name)
        }
    }
}
