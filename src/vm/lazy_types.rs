//! Classes the interpreter creates on first use rather than at start-up: plain classes
//! whose behaviour comes from native methods (traceback objects, generic aliases,
//! union types).

use crate::objects::function::NativeFn;

use super::{MethodKind, PyResult, Vm};

impl Vm {
    /// The class `name` (in module `module`) with the given native methods, made once.
    pub(crate) fn lazy_class(
        &mut self,
        name: &'static str,
        module: &'static str,
        methods: &'static [(&'static str, NativeFn)],
    ) -> PyResult {
        if let Some(c) = self.lazy_types.get(name) {
            return Ok(c.clone());
        }
        let ns = self.new_dict()?;
        let k = self.intern("__module__")?;
        let m = self.new_str(module)?;
        self.dict_set(&ns, k, m)?;
        let cls = self.new_class(name, vec![], &ns)?;
        self.add_methods(&cls, name, methods, MethodKind::Instance)?;
        self.lazy_types.insert(name, cls.clone());
        Ok(cls)
    }
}
