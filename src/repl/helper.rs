//! The line editor's view of the session: Tab completion (rustyline's `Completer`).

use std::cell::RefCell;
use std::rc::Rc;

use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};

use super::complete::{Base, Target, target_at};
use super::names::{attribute_completions, name_completions};
use crate::Interpreter;
use crate::heap::Obj;

/// Completes from the names of a running session.
pub struct SessionHelper {
    /// The namespace of `__main__`, where entries run. (Declared first so that it is
    /// dropped before the session: no object may outlive its interpreter's heap.)
    globals: Obj,
    session: Rc<RefCell<Interpreter>>,
}

impl SessionHelper {
    pub fn new(session: Rc<RefCell<Interpreter>>) -> Option<SessionHelper> {
        let globals = session.try_borrow_mut().ok()?.main_globals()?;
        Some(SessionHelper { globals, session })
    }

    /// The candidates for the text before the cursor, and where the word they replace
    /// starts.
    pub fn candidates(&self, before: &str) -> (usize, Vec<String>) {
        let (start, target) = target_at(before);
        // The editor only asks while no entry runs; if the session is busy anyway,
        // there is simply nothing to offer.
        let Ok(mut session) = self.session.try_borrow_mut() else {
            return (start, Vec::new());
        };
        let vm = session.vm();
        let found = match target {
            Target::Indent => vec!["\t".to_owned()],
            Target::Name(prefix) => name_completions(vm, &self.globals, prefix),
            Target::Attribute {
                base: Base::Path(parts),
                prefix,
            } => {
                // As CPython's rlcompleter: candidates are whole dotted names
                // (`math.acos(`), replacing the chain typed so far.
                let found =
                    attribute_completions(vm, &self.globals, &Base::Path(parts.clone()), prefix);
                let chain = parts.join(".");
                let Some(chain_start) = start.checked_sub(chain.len() + 1) else {
                    return (start, found);
                };
                let whole = found.into_iter().map(|c| format!("{chain}.{c}"));
                return (chain_start, whole.collect());
            }
            Target::Attribute { base, prefix } => {
                attribute_completions(vm, &self.globals, &base, prefix)
            }
            Target::Nothing => Vec::new(),
        };
        (start, found)
    }
}

impl Completer for SessionHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = line.get(..pos).unwrap_or(line);
        Ok(self.candidates(before))
    }
}

impl Hinter for SessionHelper {
    type Hint = String;
}

impl Highlighter for SessionHelper {}

impl Validator for SessionHelper {}

impl Helper for SessionHelper {}
