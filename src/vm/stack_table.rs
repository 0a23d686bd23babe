//! Call stacks for the heap profile (`--flamegraph`, `--mem-timeline`): each distinct
//! Python stack of (function, line) frames is interned once as a node of a tree whose
//! parent is the caller's stack, so that attributing an allocation to the whole stack
//! costs one hash lookup when the running line changes, whatever the depth.

use std::rc::{Rc, Weak};

use rustc_hash::FxHashMap;

use crate::compile::bytecode::CodeObject;
use crate::heap::profile::StackId;

/// The stack of no frame (allocations before the program's first instruction).
pub const ROOT: StackId = 0;

/// A function as the profile names it.
pub struct FunctionName {
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    /// Keeps the code's address from being reused by another code object while the
    /// table keys on it (it does not keep the code's contents alive).
    _code: Weak<CodeObject>,
}

/// One frame of a stack: the function and the line it is running.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Node {
    parent: StackId,
    function: u32,
    line: u32,
}

#[derive(Default)]
pub struct StackTable {
    functions: Vec<FunctionName>,
    function_ids: FxHashMap<usize, u32>,
    /// Node `i + 1` is stack id `i + 1`; id 0 is `ROOT`.
    nodes: Vec<Node>,
    node_ids: FxHashMap<Node, StackId>,
    /// The stack of each frame on the VM's frame stack, by depth, as of its last step.
    frame_stacks: Vec<StackId>,
    /// (depth, code, line) of the last step, and its stack.
    last: Option<(usize, usize, u32, StackId)>,
}

impl StackTable {
    fn function_id(&mut self, code: &Rc<CodeObject>) -> u32 {
        let key = Rc::as_ptr(code) as usize;
        if let Some(&id) = self.function_ids.get(&key) {
            return id;
        }
        let id = self.functions.len() as u32;
        self.functions.push(FunctionName {
            qualname: code.qualname.clone(),
            filename: code.filename.clone(),
            _code: Rc::downgrade(code),
        });
        self.function_ids.insert(key, id);
        id
    }

    fn intern(&mut self, parent: StackId, code: &Rc<CodeObject>, line: u32) -> StackId {
        let node = Node {
            parent,
            function: self.function_id(code),
            line,
        };
        if let Some(&id) = self.node_ids.get(&node) {
            return id;
        }
        self.nodes.push(node);
        let id = self.nodes.len() as StackId;
        self.node_ids.insert(node, id);
        id
    }

    /// A frame at `depth` (1 = the outermost) starts or resumes running: the stacks of
    /// frames above it are gone, and those of its callers are filled in from `callers`
    /// (code and line of each, outermost first) where missing.
    pub fn enter_frame<'a>(
        &mut self,
        depth: usize,
        callers: impl Iterator<Item = (&'a Rc<CodeObject>, u32)>,
    ) {
        self.last = None;
        let keep = depth.saturating_sub(1);
        self.frame_stacks.truncate(keep);
        if self.frame_stacks.len() < keep {
            let have = self.frame_stacks.len();
            for (code, line) in callers.skip(have).take(keep - have) {
                let parent = self.frame_stacks.last().copied().unwrap_or(ROOT);
                let id = self.intern(parent, code, line);
                self.frame_stacks.push(id);
            }
        }
    }

    /// The frame at `depth` runs `line` of `code`: its stack.
    #[inline]
    pub fn step(&mut self, depth: usize, code: &Rc<CodeObject>, line: u32) -> StackId {
        let key = (depth, Rc::as_ptr(code) as usize, line);
        if let Some((d, c, l, id)) = self.last
            && (d, c, l) == key
        {
            return id;
        }
        let below = depth.saturating_sub(1);
        let parent = match below.checked_sub(1) {
            Some(i) => self.frame_stacks.get(i).copied().unwrap_or(ROOT),
            None => ROOT,
        };
        let id = self.intern(parent, code, line);
        self.frame_stacks.truncate(below);
        if self.frame_stacks.len() == below {
            self.frame_stacks.push(id);
        }
        self.last = Some((key.0, key.1, key.2, id));
        id
    }

    /// The frames of a stack, outermost first: (function, file, line).
    pub fn frames(&self, mut id: StackId) -> Vec<(&FunctionName, u32)> {
        let mut out = Vec::new();
        while id != ROOT {
            let Some(node) = self.nodes.get(id as usize - 1) else {
                break;
            };
            if let Some(f) = self.functions.get(node.function as usize) {
                out.push((f, node.line));
            }
            id = node.parent;
        }
        out.reverse();
        out
    }
}
