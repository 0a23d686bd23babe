//! "Did you mean" hints for NameError and AttributeError, as CPython 3.11 prints them
//! under an uncaught exception (Python/suggestions.c): the closest candidate name by a
//! case-aware Levenshtein distance, within a third of the characters involved.

use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::objects::{DictObj, ExceptionObj};

use super::{PyErr, PyResult, Vm};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's bounded Levenshtein distance over UTF-8 bytes (max_cost + 1 = too far).
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first())
        && x == y
    {
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last())
        && x == y
    {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The best suggestion for `name` among `candidates`, if one is close enough.
fn best_match(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn dict_keys(d: &Obj) -> Vec<String> {
    d.downcast::<DictObj>()
        .map(|d| {
            d.table
                .borrow()
                .iter()
                .filter_map(|e| as_str(&e.key).map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

impl Vm {
    /// `NameError: name 'x' is not defined`, remembering the name for suggestions.
    pub(crate) fn name_error_for(&mut self, name: &Obj) -> PyErr {
        let n = as_str(name).unwrap_or("?");
        let err = self.name_error(format!("name '{n}' is not defined"));
        if let PyErr::Exc(e) = &err {
            let set = |vm: &mut Vm| -> PyResult<()> {
                let k = vm.intern("name")?;
                vm.instance_attr_set(e, &k, name.clone())
            };
            if let Err(e2) = set(self) {
                return e2;
            }
        }
        err
    }

    /// Records `name` and `obj` on an AttributeError raised by attribute lookup.
    pub(crate) fn attach_attribute_error_info(&mut self, err: PyErr, o: &Obj, name: &Obj) -> PyErr {
        if let PyErr::Exc(e) = &err {
            let set = |vm: &mut Vm| -> PyResult<()> {
                let k = vm.intern("name")?;
                vm.instance_attr_set(e, &k, name.clone())?;
                let k = vm.intern("obj")?;
                vm.instance_attr_set(e, &k, o.clone())
            };
            if let Err(e2) = set(self) {
                return e2;
            }
        }
        err
    }

    /// The name to suggest for an uncaught NameError or AttributeError, if any.
    pub(crate) fn suggestion_for(&mut self, exc: &Obj) -> Option<String> {
        let cls = self.type_of(exc);
        let is_name_error = cls.ptr_eq(&self.exc.name_error);
        let is_attr_error = self.is_subclass(&cls, &self.exc.attribute_error.clone());
        if !is_name_error && !is_attr_error {
            return None;
        }
        let key = self.intern("name").ok()?;
        let name = self.getattr_opt(exc, &key).ok()??;
        let name = as_str(&name)?.to_owned();
        if is_attr_error {
            let key = self.intern("obj").ok()?;
            let obj = self.getattr_opt(exc, &key).ok()??;
            let candidates: Vec<String> = crate::vm::dir_names::dir_names(self, &obj)
                .ok()?
                .into_iter()
                .filter_map(|n| String::from_utf8(n).ok())
                .collect();
            return best_match(&candidates, &name);
        }
        let innermost = exc
            .downcast::<ExceptionObj>()?
            .traceback()
            .first()
            .cloned()?;
        let locals: Vec<String> = innermost
            .code
            .varnames
            .iter()
            .filter_map(|v| as_str(v).map(str::to_owned))
            .collect();
        if let Some(s) = best_match(&locals, &name) {
            return Some(s);
        }
        if let Some(s) = best_match(&dict_keys(&innermost.globals), &name) {
            return Some(s);
        }
        let builtins = self.builtins.clone();
        best_match(&dict_keys(&builtins), &name)
    }
}
