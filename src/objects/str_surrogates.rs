//! The methods of `str` on strings holding lone surrogates. Rather than a second
//! implementation of each method, every surrogate among the operands is swapped for a
//! private-use code point none of the operands holds (text::wtf8::Placeholders), the
//! ordinary method runs on that UTF-8 text, and the placeholders in its results are
//! swapped back. This is exact for the methods it wraps because a private-use code point
//! behaves as a surrogate does in each of them: one code point, unprintable, not a
//! letter, digit, space or identifier character, no case mapping, not a line break.
//! `join`, `encode` and `translate` read the text directly instead.

use crate::heap::Obj;
use crate::objects::str::as_text;
use crate::objects::tuple::as_tuple;
use crate::objects::{ListObj, NativeFn, StrObj, TupleObj};
use crate::text::wtf8::{Placeholders, from_placeholders, to_placeholders};
use crate::vm::{Args, PyResult, Vm};

/// Whether `o` is a str holding a lone surrogate.
#[inline]
fn holds_surrogates(o: &Obj) -> bool {
    o.downcast::<StrObj>().is_some_and(|s| s.is_wtf8())
}

/// A str, or a tuple of them (`startswith`'s prefixes), holding lone surrogates.
fn operand_holds_surrogates(o: &Obj) -> bool {
    holds_surrogates(o)
        || (o.is::<TupleObj>() && as_tuple(o).is_some_and(|t| t.iter().any(holds_surrogates)))
}

/// Calls the str method `f`, through placeholders when an operand holds surrogates.
#[inline]
pub fn call(vm: &mut Vm, args: Args, f: NativeFn) -> PyResult {
    if !args.pos.iter().any(operand_holds_surrogates)
        && !args.kw.iter().any(|(_, v)| operand_holds_surrogates(v))
    {
        return f(vm, args);
    }
    call_with_placeholders(vm, args, f)
}

fn call_with_placeholders(vm: &mut Vm, mut args: Args, f: NativeFn) -> PyResult {
    let mut texts: Vec<Vec<u8>> = Vec::new();
    let mut note = |o: &Obj| {
        if let Some(t) = as_text(o) {
            texts.push(t.to_vec());
        }
    };
    for o in args.pos.iter().chain(args.kw.iter().map(|(_, v)| v)) {
        note(o);
        if o.is::<TupleObj>()
            && let Some(t) = as_tuple(o)
        {
            t.iter().for_each(&mut note);
        }
    }
    let slices: Vec<&[u8]> = texts.iter().map(Vec::as_slice).collect();
    let Some(map) = Placeholders::for_texts(&slices) else {
        // More distinct private-use characters than remain free: only texts of
        // hundreds of kilobytes can hold that many.
        return Err(crate::vm::PyErr::NoMemory);
    };
    for o in args.pos.iter_mut() {
        *o = to_mapped(vm, o, &map)?;
    }
    for (_, v) in args.kw.iter_mut() {
        *v = to_mapped(vm, v, &map)?;
    }
    let r = f(vm, args)?;
    from_mapped(vm, r, &map)
}

/// `o` with its surrogates (or those of the strs in a tuple) swapped for placeholders.
fn to_mapped(vm: &mut Vm, o: &Obj, map: &Placeholders) -> PyResult {
    if holds_surrogates(o) {
        let text = as_text(o).unwrap_or(b"");
        return vm.new_str(&to_placeholders(text, map));
    }
    if o.is::<TupleObj>()
        && let Some(items) = as_tuple(o).filter(|t| t.iter().any(holds_surrogates))
    {
        let items = items.to_vec();
        let mut out = Vec::with_capacity(items.len());
        for it in &items {
            out.push(to_mapped(vm, it, map)?);
        }
        return vm.new_tuple(out);
    }
    Ok(o.clone())
}

/// A method's result with the placeholders back as surrogates: a str, or the strs of a
/// list (`split`) or tuple (`partition`).
fn from_mapped(vm: &mut Vm, r: Obj, map: &Placeholders) -> PyResult {
    if let Some(s) = crate::objects::str::as_str(&r) {
        if s.is_ascii() {
            return Ok(r);
        }
        let text = from_placeholders(s, map);
        return vm.new_str_wtf8(&text);
    }
    if let Some(l) = r.downcast::<ListObj>() {
        let items = l.items.borrow().to_vec();
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(from_mapped(vm, it, map)?);
        }
        return vm.new_list(out);
    }
    if r.is::<TupleObj>()
        && let Some(items) = as_tuple(&r).map(<[Obj]>::to_vec)
    {
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(from_mapped(vm, it, map)?);
        }
        return vm.new_tuple(out);
    }
    Ok(r)
}
