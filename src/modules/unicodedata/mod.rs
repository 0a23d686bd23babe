//! The `unicodedata` module at Unicode 14.0.0, as CPython 3.11 has it.
//!
//! Properties (category, bidirectional class, East Asian width, mirrored, combining
//! class, numeric values, decompositions) come from `tables.rs`, generated from CPython
//! 3.11's own unicodedata by `gen_tables.py`, so they are exactly Unicode 14.0. Names
//! come from the `unicode_names2` crate and normalization from `unicode-normalization`,
//! which follow a newer Unicode version: for characters unassigned in 14.0, `name`
//! raises ValueError and `lookup` KeyError (both checked against the 14.0 table), but
//! normalization may decompose or reorder characters added after 14.0 where CPython
//! 3.11 leaves them as they are. Named sequences and the `ucd_3_2_0` object are left
//! out.

mod tables;

use unicode_normalization::UnicodeNormalization;

use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::text::wtf8::{Placeholders, from_placeholders, to_placeholders};
use crate::vm::params::check_positional;
use crate::vm::{Args, PyResult, Vm};

/// (category, bidirectional, east_asian_width, mirrored, combining) of code point `cp`.
fn props(cp: u32) -> (&'static str, &'static str, &'static str, u8, u8) {
    if crate::text::wtf8::is_surrogate(cp) {
        // CPython's database gives a lone surrogate these.
        return ("Cs", "L", "N", 0, 0);
    }
    let i = tables::RANGES.partition_point(|&(start, _)| start <= cp);
    let idx = tables::RANGES
        .get(i.wrapping_sub(1))
        .map_or(0, |&(_, p)| p as usize);
    tables::PROPS
        .get(idx)
        .copied()
        .unwrap_or(("Cn", "", "N", 0, 0))
}

fn numeric_entry(cp: u32) -> Option<(i8, i8, f64)> {
    tables::NUMERIC
        .binary_search_by_key(&cp, |e| e.0)
        .ok()
        .map(|i| {
            let e = tables::NUMERIC[i];
            (e.1, e.2, e.3)
        })
}

/// The character argument of a function: a str of length 1, as its code point (a lone
/// surrogate included).
fn char_arg(vm: &mut Vm, o: &Obj, func: &str, numbered: bool) -> PyResult<u32> {
    if let Some(s) = crate::objects::str::as_text(o) {
        let mut it = crate::text::wtf8::code_points(s);
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
    }
    let t = vm.type_name(o);
    let which = if numbered { "argument 1" } else { "argument" };
    Err(vm.type_error(format!(
        "{func}() {which} must be a unicode character, not {t}"
    )))
}

fn one_char(vm: &mut Vm, args: &Args, func: &str) -> PyResult<u32> {
    check_positional(vm, args, func, 1, 1)?;
    char_arg(vm, &args.pos[0], func, false)
}

fn ud_category(vm: &mut Vm, args: Args) -> PyResult {
    let c = one_char(vm, &args, "category")?;
    vm.new_str(props(c).0)
}

fn ud_bidirectional(vm: &mut Vm, args: Args) -> PyResult {
    let c = one_char(vm, &args, "bidirectional")?;
    vm.new_str(props(c).1)
}

fn ud_east_asian_width(vm: &mut Vm, args: Args) -> PyResult {
    let c = one_char(vm, &args, "east_asian_width")?;
    vm.new_str(props(c).2)
}

fn ud_mirrored(vm: &mut Vm, args: Args) -> PyResult {
    let c = one_char(vm, &args, "mirrored")?;
    vm.new_int(props(c).3 as i64)
}

fn ud_combining(vm: &mut Vm, args: Args) -> PyResult {
    let c = one_char(vm, &args, "combining")?;
    vm.new_int(props(c).4 as i64)
}

fn ud_decomposition(vm: &mut Vm, args: Args) -> PyResult {
    let cp = one_char(vm, &args, "decomposition")?;
    let d = tables::DECOMPOSITION
        .binary_search_by_key(&cp, |e| e.0)
        .ok()
        .map_or("", |i| tables::DECOMPOSITION[i].1);
    vm.new_str(d)
}

/// `f(chr[, default])`: the value, the default, or ValueError(`msg`).
fn with_default(
    vm: &mut Vm,
    args: Args,
    func: &str,
    value: impl FnOnce(&mut Vm, u32) -> PyResult<Option<Obj>>,
    msg: &str,
) -> PyResult {
    check_positional(vm, &args, func, 1, 2)?;
    let c = char_arg(vm, &args.pos[0], func, true)?;
    if let Some(v) = value(vm, c)? {
        return Ok(v);
    }
    match args.pos.get(1) {
        Some(d) => Ok(d.clone()),
        None => Err(vm.value_error(msg)),
    }
}

fn ud_decimal(vm: &mut Vm, args: Args) -> PyResult {
    with_default(
        vm,
        args,
        "decimal",
        |vm, c| match numeric_entry(c) {
            Some((d, _, _)) if d >= 0 => vm.new_int(d as i64).map(Some),
            _ => Ok(None),
        },
        "not a decimal",
    )
}

fn ud_digit(vm: &mut Vm, args: Args) -> PyResult {
    with_default(
        vm,
        args,
        "digit",
        |vm, c| match numeric_entry(c) {
            Some((_, d, _)) if d >= 0 => vm.new_int(d as i64).map(Some),
            _ => Ok(None),
        },
        "not a digit",
    )
}

fn ud_numeric(vm: &mut Vm, args: Args) -> PyResult {
    with_default(
        vm,
        args,
        "numeric",
        |vm, c| match numeric_entry(c) {
            Some((_, _, n)) => vm.new_float(n).map(Some),
            None => Ok(None),
        },
        "not a numeric character",
    )
}

/// The name of `c` at Unicode 14.0 (None for unnamed and unassigned characters).
fn char_name(cp: u32) -> Option<String> {
    if props(cp).0 == "Cn" {
        return None;
    }
    // A lone surrogate has no name.
    unicode_names2::name(char::from_u32(cp)?).map(|n| n.to_string())
}

fn ud_name(vm: &mut Vm, args: Args) -> PyResult {
    with_default(
        vm,
        args,
        "name",
        |vm, c| match char_name(c) {
            Some(n) => vm.new_str(&n).map(Some),
            None => Ok(None),
        },
        "no such name",
    )
}

fn ud_lookup(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "lookup", 1, 1)?;
    let o = &args.pos[0];
    let name: String = if let Some(s) = as_str(o) {
        s.to_owned()
    } else if let Some(b) = crate::objects::bytes::as_bytes(o) {
        b.iter().map(|&x| x as char).collect()
    } else {
        let t = vm.type_name(o);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    };
    if name.len() > 256 {
        return Err(vm.key_error_msg("name too long"));
    }
    match unicode_names2::character(&name).filter(|&c| props(c as u32).0 != "Cn") {
        Some(c) => vm.new_str(c.encode_utf8(&mut [0; 4])),
        None => Err(vm.key_error_msg(&format!("undefined character name '{name}'"))),
    }
}

/// The form and the string of `normalize` / `is_normalized`.
fn form_args(vm: &mut Vm, args: &Args, func: &str) -> PyResult<(String, String, Placeholders)> {
    check_positional(vm, args, func, 2, 2)?;
    let mut out = Vec::with_capacity(2);
    for (i, o) in args.pos.iter().enumerate() {
        match crate::objects::str::as_text(o) {
            Some(s) => out.push(s.to_vec()),
            None => {
                let t = vm.type_name(o);
                return Err(
                    vm.type_error(format!("{func}() argument {} must be str, not {t}", i + 1))
                );
            }
        }
    }
    let s = out.pop().unwrap_or_default();
    let form = String::from_utf8_lossy(&out.pop().unwrap_or_default()).into_owned();
    // Lone surrogates are normalized as private-use placeholders, which like them have
    // no decomposition, no composition and combining class 0.
    let map = Placeholders::for_texts(&[&s]).ok_or(crate::vm::PyErr::NoMemory)?;
    Ok((form, to_placeholders(&s, &map), map))
}

fn normalized(vm: &mut Vm, form: &str, s: &str) -> PyResult<String> {
    Ok(match form {
        "NFC" => s.nfc().collect(),
        "NFD" => s.nfd().collect(),
        "NFKC" => s.nfkc().collect(),
        "NFKD" => s.nfkd().collect(),
        _ => return Err(vm.value_error("invalid normalization form")),
    })
}

fn ud_normalize(vm: &mut Vm, args: Args) -> PyResult {
    let (form, s, map) = form_args(vm, &args, "normalize")?;
    let r = normalized(vm, &form, &s)?;
    if r == s {
        return Ok(args.pos[1].clone());
    }
    if map.is_empty() {
        return vm.new_str(&r);
    }
    vm.new_str_wtf8(&from_placeholders(&r, &map))
}

fn ud_is_normalized(vm: &mut Vm, args: Args) -> PyResult {
    let (form, s, _) = form_args(vm, &args, "is_normalized")?;
    let r = normalized(vm, &form, &s)?;
    Ok(vm.new_bool(r == s))
}

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(
        vm,
        "unicodedata",
        &[
            ("lookup", ud_lookup),
            ("name", ud_name),
            ("category", ud_category),
            ("bidirectional", ud_bidirectional),
            ("combining", ud_combining),
            ("decimal", ud_decimal),
            ("digit", ud_digit),
            ("numeric", ud_numeric),
            ("mirrored", ud_mirrored),
            ("east_asian_width", ud_east_asian_width),
            ("decomposition", ud_decomposition),
            ("normalize", ud_normalize),
            ("is_normalized", ud_is_normalized),
        ],
    )?;
    let v = vm.new_str("14.0.0")?;
    super::set_attr(vm, &m, "unidata_version", v)?;
    Ok(m)
}
