//! The methods of `str`, over the pure text functions in `crate::text`.

use crate::heap::Obj;
use crate::objects::NativeFn;
use crate::objects::str::{as_str, as_text};
use crate::objects::tuple::as_tuple;
use crate::text;
use crate::text::wtf8::{Placeholders, to_placeholders};
use crate::vm::params::ssize_arg;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// The text of `self` (a str, or the value of a str subclass instance).
fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<String> {
    match args.pos.first() {
        Some(o) => {
            if let Some(s) = as_str(o) {
                return Ok(s.to_owned());
            }
            if let Some(b) = vm.base_value(o)
                && let Some(s) = as_str(&b)
            {
                return Ok(s.to_owned());
            }
            let n = vm.type_name(o);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{n}' object"
            )))
        }
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

/// The text bytes of `self`, lone surrogates included (see text::wtf8).
fn this_text(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    match args.pos.first() {
        Some(o) => {
            if let Some(s) = as_text(o) {
                return Ok(s.to_vec());
            }
            if let Some(b) = vm.base_value(o)
                && let Some(s) = as_text(&b)
            {
                return Ok(s.to_vec());
            }
            let n = vm.type_name(o);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{n}' object"
            )))
        }
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

/// A str argument, with CPython's "must be str, not X" error.
fn str_arg(vm: &mut Vm, o: &Obj, what: &str) -> PyResult<String> {
    match as_str(o) {
        Some(s) => Ok(s.to_owned()),
        None => {
            let n = vm.type_name(o);
            Err(vm.type_error(format!("{what} must be str, not {n}")))
        }
    }
}

/// An optional index argument (None allowed).
fn opt_index(vm: &mut Vm, o: Option<&Obj>) -> PyResult<Option<i64>> {
    match o {
        None => Ok(None),
        Some(v) if v.ptr_eq(&vm.s.none) => Ok(None),
        Some(v) => match vm.slice_bound_value(v) {
            Some(r) => r.map(Some),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

fn ret_str(vm: &mut Vm, s: &str) -> PyResult {
    vm.new_str(s)
}

fn text_err(vm: &mut Vm, e: crate::format::PyErrorMsg) -> crate::vm::PyErr {
    vm.fmt_error(e)
}

macro_rules! simple_transform {
    ($fname:ident, $name:literal, $f:path) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            args.check_method(vm, concat!("str.", $name), 0, 0)?;
            let s = this(vm, &args, $name)?;
            let r = $f(&s);
            ret_str(vm, &r)
        }
    };
}

simple_transform!(str_upper, "upper", text::upper);
simple_transform!(str_lower, "lower", text::lower);
simple_transform!(str_casefold, "casefold", text::casefold);
simple_transform!(str_swapcase, "swapcase", text::swapcase);
simple_transform!(str_title, "title", text::title);
simple_transform!(str_capitalize, "capitalize", text::capitalize);

macro_rules! predicate {
    ($fname:ident, $name:literal, $f:path) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            args.check_method(vm, concat!("str.", $name), 0, 0)?;
            let s = this(vm, &args, $name)?;
            Ok(vm.new_bool($f(&s)))
        }
    };
}

predicate!(str_isalpha, "isalpha", text::isalpha);
predicate!(str_isdigit, "isdigit", text::isdigit);
predicate!(str_isdecimal, "isdecimal", text::isdecimal);
predicate!(str_isnumeric, "isnumeric", text::isnumeric);
predicate!(str_isalnum, "isalnum", text::isalnum);
predicate!(str_isspace, "isspace", text::isspace);
predicate!(str_isupper, "isupper", text::isupper);
predicate!(str_islower, "islower", text::islower);
predicate!(str_istitle, "istitle", text::istitle);
predicate!(str_isidentifier, "isidentifier", text::isidentifier);
predicate!(str_isprintable, "isprintable", text::isprintable);
predicate!(str_isascii, "isascii", text::isascii);

fn strip_chars(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<String>> {
    match args.get(1) {
        None => Ok(None),
        Some(c) if c.ptr_eq(&vm.s.none) => Ok(None),
        Some(c) => match as_str(c) {
            Some(s) => Ok(Some(s.to_owned())),
            None => {
                let n = vm.type_name(c);
                Err(vm.type_error(format!("{name} arg must be None or str, not {n}")))
            }
        },
    }
}

macro_rules! stripper {
    ($fname:ident, $name:literal, $f:path) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            args.check_method(vm, concat!("str.", $name), 0, 1)?;
            let s = this(vm, &args, $name)?;
            let chars = strip_chars(vm, &args, $name)?;
            let r = $f(&s, chars.as_deref()).to_owned();
            if r.len() == s.len()
                && let Some(o) = args
                    .pos
                    .first()
                    .filter(|o| o.is::<crate::objects::StrObj>())
            {
                return Ok(o.clone());
            }
            ret_str(vm, &r)
        }
    };
}

stripper!(str_strip, "strip", text::strip);
stripper!(str_lstrip, "lstrip", text::lstrip);
stripper!(str_rstrip, "rstrip", text::rstrip);

fn split_impl(vm: &mut Vm, mut args: Args, name: &str, right: bool) -> PyResult {
    let sep_kw = args.take_kw("sep");
    let max_kw = args.take_kw("maxsplit");
    args.check_method_kw(vm, name, 0, 2)?;
    let s = this(vm, &args, name)?;
    let sep = match sep_kw.or_else(|| args.get(1).cloned()) {
        Some(o) if !o.ptr_eq(&vm.s.none) => Some(str_arg(vm, &o, "must be str or None, not")?),
        _ => None,
    };
    let maxsplit = match max_kw.or_else(|| args.get(2).cloned()) {
        Some(m) => crate::vm::params::ssize_arg(vm, &m)?,
        None => -1,
    };
    let parts = if right {
        text::rsplit(&s, sep.as_deref(), maxsplit)
    } else {
        text::split(&s, sep.as_deref(), maxsplit)
    }
    .map_err(|e| text_err(vm, e))?;
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        items.push(vm.new_str(p)?);
    }
    vm.new_list(items)
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult {
    split_impl(vm, args, "split", false)
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult {
    split_impl(vm, args, "rsplit", true)
}

fn str_splitlines(vm: &mut Vm, mut args: Args) -> PyResult {
    let ke = args.take_kw("keepends");
    args.check_method_kw(vm, "str.splitlines", 0, 1)?;
    let s = this(vm, &args, "splitlines")?;
    let keep = match ke.or_else(|| args.get(1).cloned()) {
        Some(k) => vm.truthy(&k)?,
        None => false,
    };
    let mut items = Vec::new();
    for p in text::splitlines(&s, keep) {
        items.push(vm.new_str(p)?);
    }
    vm.new_list(items)
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "str.join", 1, 1)?;
    let sep_text = this_text(vm, &args, "join")?;
    let it = args.pos[1].clone();
    if vm.get_iter(&it).is_err() {
        return Err(vm.type_error("can only join an iterable"));
    }
    // CPython materialises the iterable (PySequence_Fast) and so do we; the pieces are
    // then measured and written straight into the result, with no list of pieces.
    let items = vm.iterate_to_vec(&it)?;
    let (mut nbytes, mut nchars) = (0usize, 0usize);
    let sep = match String::from_utf8(sep_text) {
        Ok(sep) => sep,
        Err(e) => return join_wtf8(vm, e.as_bytes(), &items),
    };
    let sep_chars = sep.chars().count();
    for (i, x) in items.iter().enumerate() {
        if x.downcast::<crate::objects::StrObj>()
            .is_some_and(|s| s.is_wtf8())
        {
            return join_wtf8(vm, sep.as_bytes(), &items);
        }
        let Some((so, text)) = crate::objects::str::as_str_obj(x) else {
            let n = vm.type_name(x);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {n} found"
            )));
        };
        if i > 0 {
            nbytes = nbytes.checked_add(sep.len()).ok_or(PyErr::NoMemory)?;
            nchars += sep_chars;
        }
        nbytes = nbytes.checked_add(text.len()).ok_or(PyErr::NoMemory)?;
        nchars += so.char_len();
    }
    let texts = || items.iter().map(|x| as_str(x).unwrap_or(""));
    if nchars <= 1 {
        // Empty or one character: the shared cached strings.
        let joined: String = texts().collect::<Vec<_>>().join(&sep);
        return ret_str(vm, &joined);
    }
    vm.ensure_room(nbytes)?;
    let payload = crate::objects::StrObj::with_counts(nbytes, nchars);
    Ok(vm
        .heap
        .alloc_with_str_joined(payload, nbytes, &sep, texts())?)
}

/// `sep.join(items)` where the separator or a piece holds lone surrogates.
fn join_wtf8(vm: &mut Vm, sep: &[u8], items: &[Obj]) -> PyResult {
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(text) = as_text(x) else {
            let n = vm.type_name(x);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {n} found"
            )));
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(text);
        vm.ensure_room(out.len())?;
    }
    vm.new_str_wtf8(&out)
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "str.replace", 2, 3)?;
    let s = this(vm, &args, "replace")?;
    let old = str_arg(vm, &args.pos[1], "replace() argument 1")?;
    let new = str_arg(vm, &args.pos[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(c) => crate::vm::params::ssize_arg(vm, c)?,
        None => -1,
    };
    let r = text::replace(&s, &old, &new, count).map_err(|e| text_err(vm, e))?;
    ret_str(vm, &r)
}

/// find/rfind/index/rindex/count share their argument handling.
fn search_args(
    vm: &mut Vm,
    args: &Args,
    name: &str,
) -> PyResult<(String, String, Option<i64>, Option<i64>)> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    args.check_method_kw(vm, name, 1, 3)?;
    let s = this(vm, args, name)?;
    let sub = str_arg(vm, &args.pos[1], "must be str, not")?;
    let start = opt_index(vm, args.get(2))?;
    let end = opt_index(vm, args.get(3))?;
    Ok((s, sub, start, end))
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult {
    let (s, sub, a, b) = search_args(vm, &args, "find")?;
    vm.new_int(text::find(&s, &sub, a, b))
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult {
    let (s, sub, a, b) = search_args(vm, &args, "rfind")?;
    vm.new_int(text::rfind(&s, &sub, a, b))
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult {
    let (s, sub, a, b) = search_args(vm, &args, "index")?;
    match text::index(&s, &sub, a, b) {
        Ok(i) => vm.new_int(i as i64),
        Err(e) => Err(text_err(vm, e)),
    }
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult {
    let (s, sub, a, b) = search_args(vm, &args, "rindex")?;
    match text::rindex(&s, &sub, a, b) {
        Ok(i) => vm.new_int(i as i64),
        Err(e) => Err(text_err(vm, e)),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult {
    let (s, sub, a, b) = search_args(vm, &args, "count")?;
    vm.new_int(text::count(&s, &sub, a, b) as i64)
}

fn starts_ends(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    args.check_method_kw(vm, name, 1, 3)?;
    let s = this(vm, &args, name)?;
    let start = opt_index(vm, args.get(2))?;
    let end = opt_index(vm, args.get(3))?;
    let test = |p: &str| {
        if ends {
            text::endswith(&s, p, start, end)
        } else {
            text::startswith(&s, p, start, end)
        }
    };
    let arg = &args.pos[1];
    if let Some(items) = as_tuple(arg) {
        for it in items {
            match as_str(it) {
                Some(p) => {
                    if test(p) {
                        return Ok(vm.new_bool(true));
                    }
                }
                None => {
                    let n = vm.type_name(it);
                    return Err(
                        vm.type_error(format!("tuple for {name} must only contain str, not {n}"))
                    );
                }
            }
        }
        return Ok(vm.new_bool(false));
    }
    match as_str(arg) {
        Some(p) => Ok(vm.new_bool(test(p))),
        None => {
            let n = vm.type_name(arg);
            Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {n}"
            )))
        }
    }
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult {
    starts_ends(vm, args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult {
    starts_ends(vm, args, "endswith", true)
}

fn fill_char(vm: &mut Vm, o: Option<&Obj>, name: &str) -> PyResult<char> {
    match o {
        None => Ok(' '),
        Some(f) => {
            let s = str_arg(vm, f, &format!("{name}() argument 2"))?;
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
    }
}

macro_rules! padder {
    ($fname:ident, $name:literal, $f:path) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            args.check_method(vm, concat!("str.", $name), 1, 2)?;
            let s = this(vm, &args, $name)?;
            let w = ssize_arg(vm, &args.pos[1])?;
            let fill = fill_char(vm, args.get(2), $name)?;
            vm.room_for(usize::try_from(w).unwrap_or(0), fill.len_utf8())?;
            let r = $f(&s, w, fill).map_err(|e| text_err(vm, e))?;
            ret_str(vm, &r)
        }
    };
}

padder!(str_center, "center", text::center);
padder!(str_ljust, "ljust", text::ljust);
padder!(str_rjust, "rjust", text::rjust);

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "str.zfill", 1, 1)?;
    let s = this(vm, &args, "zfill")?;
    let w = ssize_arg(vm, &args.pos[1])?;
    vm.ensure_room(usize::try_from(w).unwrap_or(0))?;
    let r = text::zfill(&s, w).map_err(|e| text_err(vm, e))?;
    ret_str(vm, &r)
}

fn str_expandtabs(vm: &mut Vm, mut args: Args) -> PyResult {
    let ts = args.take_kw("tabsize");
    args.check_method_kw(vm, "str.expandtabs", 0, 1)?;
    let s = this(vm, &args, "expandtabs")?;
    let n = match ts.or_else(|| args.get(1).cloned()) {
        Some(t) => match vm.to_bigint(&t) {
            // CPython takes a C int: anything wider overflows before the tab logic.
            Some(b) => i64::try_from(&b).unwrap_or(i64::MAX),
            None => vm.to_index(&t)?,
        },
        None => 8,
    };
    let r = text::expandtabs(&s, n).map_err(|e| text_err(vm, e))?;
    ret_str(vm, &r)
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, right: bool) -> PyResult {
    args.check_method(vm, &format!("str.{name}"), 1, 1)?;
    let s = this(vm, &args, name)?;
    let sep = str_arg(vm, &args.pos[1], "must be str, not")?;
    let (a, b, c) = if right {
        text::rpartition(&s, &sep)
    } else {
        text::partition(&s, &sep)
    }
    .map_err(|e| text_err(vm, e))?;
    let items = vec![vm.new_str(a)?, vm.new_str(b)?, vm.new_str(c)?];
    vm.new_tuple(items)
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "rpartition", true)
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "str.removeprefix", 1, 1)?;
    let s = this(vm, &args, "removeprefix")?;
    let p = str_arg(vm, &args.pos[1], "removeprefix() argument")?;
    let r = text::removeprefix(&s, &p).to_owned();
    ret_str(vm, &r)
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "str.removesuffix", 1, 1)?;
    let s = this(vm, &args, "removesuffix")?;
    let p = str_arg(vm, &args.pos[1], "removesuffix() argument")?;
    let r = text::removesuffix(&s, &p).to_owned();
    ret_str(vm, &r)
}

/// The template of `str.format` / `format_map`: its text, with any lone surrogates as
/// placeholders, and the map that turns them back.
fn format_template(
    vm: &mut Vm,
    args: &Args,
    name: &str,
) -> PyResult<(String, Option<Placeholders>)> {
    if args.pos.first().is_some_and(|o| as_str(o).is_some()) {
        return Ok((this(vm, args, name)?, None));
    }
    let text = this_text(vm, args, name)?;
    let map = Placeholders::for_texts(&[&text]).ok_or(crate::vm::PyErr::NoMemory)?;
    Ok((to_placeholders(&text, &map), Some(map)))
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult {
    let (s, map) = format_template(vm, &args, "format")?;
    let pos: Vec<Obj> = args.pos[1..].to_vec();
    let out = crate::vm::str_format::format_method(vm, &s, map.as_ref(), &pos, &args.kw)?;
    vm.new_str_buf(&out)
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "str.format_map", 1, 1)?;
    let (s, map) = format_template(vm, &args, "format_map")?;
    let out = crate::vm::str_format::format_map(vm, &s, map.as_ref(), &args.pos[1])?;
    vm.new_str_buf(&out)
}

fn str_encode(vm: &mut Vm, mut args: Args) -> PyResult {
    let enc = args.take_kw("encoding");
    let errors = args.take_kw("errors");
    args.check_method_kw(vm, "str.encode", 0, 2)?;
    let s = this_text(vm, &args, "encode")?;
    let enc = enc.or_else(|| args.get(1).cloned());
    let errors = errors.or_else(|| args.get(2).cloned());
    let name = vm.str_param(enc.as_ref(), "encode() argument 'encoding'", "utf-8")?;
    let errors = vm.errors_arg(errors.as_ref(), "encode() argument 'errors'")?;
    let Some(codec) = text::codecs::Codec::lookup(&name) else {
        return vm.registry_codec("_encode_as_text", args.pos[0].clone(), &name, &errors);
    };
    let bytes = text::codecs::encode_wtf8(&s, codec, &errors)
        .map_err(|e| vm.codec_error(e, crate::vm::unicode_error::CodecInput::Text(&s)))?;
    vm.new_bytes(bytes)
}

/// The code points of a str argument of `maketrans` (lone surrogates included).
fn maketrans_code_points(vm: &mut Vm, o: &Obj, what: &str) -> PyResult<Vec<u32>> {
    match as_text(o) {
        Some(t) => Ok(text::wtf8::code_points(t).collect()),
        None => {
            let n = vm.type_name(o);
            Err(vm.type_error(format!("{what} must be str, not {n}")))
        }
    }
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points (ints) to what they become;
/// from one dict its str keys of one character become their code points.
fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let n = args.pos.len();
    if n == 0 {
        return Err(vm.type_error("maketrans expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")));
    }
    let d = vm.new_dict()?;
    if n == 1 {
        let src = args.pos[0].clone();
        // A dict exactly: CPython refuses its subclasses too.
        if !vm.type_of(&src).ptr_eq(&vm.types.dict) {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        // Copied out first: storing the entries may run code.
        let pairs: Vec<(Obj, Obj)> = src
            .downcast::<crate::objects::DictObj>()
            .map(|dd| {
                dd.table
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let int_type = vm.types.int.clone();
        for (k, v) in pairs {
            let key = if let Some(t) = as_text(&k) {
                let mut cps = text::wtf8::code_points(t);
                match (cps.next(), cps.next()) {
                    (Some(cp), None) => vm.new_int(i64::from(cp))?,
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        );
                    }
                }
            } else if vm.isinstance(&k, &int_type) {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set(&d, key, v)?;
        }
        return Ok(d);
    }
    if as_text(&args.pos[0]).is_none() {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    }
    let a = maketrans_code_points(vm, &args.pos[0], "maketrans() argument 1")?;
    let b = maketrans_code_points(vm, &args.pos[1], "maketrans() argument 2")?;
    if a.len() != b.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (x, y) in a.iter().zip(&b) {
        let k = vm.new_int(i64::from(*x))?;
        let v = vm.new_int(i64::from(*y))?;
        vm.dict_set(&d, k, v)?;
    }
    if let Some(z) = args.get(2) {
        for c in maketrans_code_points(vm, z, "maketrans() argument 3")? {
            let k = vm.new_int(i64::from(c))?;
            let none = vm.none();
            vm.dict_set(&d, k, none)?;
        }
    }
    Ok(d)
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "str.translate", 1, 1)?;
    // Over code points, lone surrogates included: a table may map them or to them.
    let s = this_text(vm, &args, "translate")?;
    let table = args.pos[1].clone();
    let mut out = crate::text::wtf8::Wtf8Buf::with_capacity(s.len());
    for c in crate::text::wtf8::code_points(&s) {
        let k = vm.new_int(c as i64)?;
        match vm.getitem(&table, &k) {
            Ok(v) => {
                if v.ptr_eq(&vm.s.none) {
                    continue;
                }
                if let Some(t) = as_text(&v) {
                    out.0.extend_from_slice(t);
                } else {
                    let i = vm.to_index(&v)?;
                    match u32::try_from(i).ok().filter(|&cp| cp <= 0x10FFFF) {
                        Some(cp) => out.push_code_point(cp),
                        None => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            );
                        }
                    }
                }
            }
            Err(e) => {
                let le = vm.exc.lookup_error.clone();
                if vm.err_matches(&e, &le) {
                    out.push_code_point(c);
                } else {
                    return Err(e);
                }
            }
        }
    }
    vm.new_str_wtf8(&out.0)
}

/// The methods that run on strings holding lone surrogates through placeholders
/// (objects/str_surrogates.rs): each entry point checks its operands and goes on to the
/// ordinary method.
macro_rules! surrogate_safe {
    ($($wrapper:ident => $f:ident),* $(,)?) => {
        $(
            fn $wrapper(vm: &mut Vm, args: Args) -> PyResult {
                crate::objects::str_surrogates::call(vm, args, $f)
            }
        )*
    };
}

surrogate_safe! {
    str_upper_any => str_upper,
    str_lower_any => str_lower,
    str_casefold_any => str_casefold,
    str_swapcase_any => str_swapcase,
    str_title_any => str_title,
    str_capitalize_any => str_capitalize,
    str_isalpha_any => str_isalpha,
    str_isdigit_any => str_isdigit,
    str_isdecimal_any => str_isdecimal,
    str_isnumeric_any => str_isnumeric,
    str_isalnum_any => str_isalnum,
    str_isspace_any => str_isspace,
    str_isupper_any => str_isupper,
    str_islower_any => str_islower,
    str_istitle_any => str_istitle,
    str_isidentifier_any => str_isidentifier,
    str_isprintable_any => str_isprintable,
    str_isascii_any => str_isascii,
    str_strip_any => str_strip,
    str_lstrip_any => str_lstrip,
    str_rstrip_any => str_rstrip,
    str_split_any => str_split,
    str_rsplit_any => str_rsplit,
    str_splitlines_any => str_splitlines,
    str_replace_any => str_replace,
    str_find_any => str_find,
    str_rfind_any => str_rfind,
    str_index_any => str_index,
    str_rindex_any => str_rindex,
    str_count_any => str_count,
    str_startswith_any => str_startswith,
    str_endswith_any => str_endswith,
    str_center_any => str_center,
    str_ljust_any => str_ljust,
    str_rjust_any => str_rjust,
    str_zfill_any => str_zfill,
    str_expandtabs_any => str_expandtabs,
    str_partition_any => str_partition,
    str_rpartition_any => str_rpartition,
    str_removeprefix_any => str_removeprefix,
    str_removesuffix_any => str_removesuffix,
}

/// `str.__new__`-free constructor pieces live in `vm::construct`; these are the
/// methods found on the type.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("upper", str_upper_any),
    ("lower", str_lower_any),
    ("casefold", str_casefold_any),
    ("swapcase", str_swapcase_any),
    ("title", str_title_any),
    ("capitalize", str_capitalize_any),
    ("isalpha", str_isalpha_any),
    ("isdigit", str_isdigit_any),
    ("isdecimal", str_isdecimal_any),
    ("isnumeric", str_isnumeric_any),
    ("isalnum", str_isalnum_any),
    ("isspace", str_isspace_any),
    ("isupper", str_isupper_any),
    ("islower", str_islower_any),
    ("istitle", str_istitle_any),
    ("isidentifier", str_isidentifier_any),
    ("isprintable", str_isprintable_any),
    ("isascii", str_isascii_any),
    ("strip", str_strip_any),
    ("lstrip", str_lstrip_any),
    ("rstrip", str_rstrip_any),
    ("split", str_split_any),
    ("rsplit", str_rsplit_any),
    ("splitlines", str_splitlines_any),
    ("join", str_join),
    ("replace", str_replace_any),
    ("find", str_find_any),
    ("rfind", str_rfind_any),
    ("index", str_index_any),
    ("rindex", str_rindex_any),
    ("count", str_count_any),
    ("startswith", str_startswith_any),
    ("endswith", str_endswith_any),
    ("center", str_center_any),
    ("ljust", str_ljust_any),
    ("rjust", str_rjust_any),
    ("zfill", str_zfill_any),
    ("expandtabs", str_expandtabs_any),
    ("partition", str_partition_any),
    ("rpartition", str_rpartition_any),
    ("removeprefix", str_removeprefix_any),
    ("removesuffix", str_removesuffix_any),
    // These take templates and arguments holding lone surrogates themselves (a `!r`
    // of an argument must see the argument, not a placeholder).
    ("format", str_format),
    ("format_map", str_format_map),
    ("encode", str_encode),
    ("translate", str_translate),
];

/// Static methods of `str`.
pub const STATIC_METHODS: &[(&str, NativeFn)] = &[("maketrans", str_maketrans)];
