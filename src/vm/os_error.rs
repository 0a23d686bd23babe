//! OSError and its errno subclasses: raising them from Rust I/O errors, their
//! `errno` / `strerror` / `filename` attributes and their `[Errno N] text: 'name'` str.

use crate::heap::Obj;
use crate::objects::ExceptionObj;
use crate::objects::tuple::as_tuple;

use super::{PyErr, PyResult, Vm};

impl Vm {
    /// The OSError subclass CPython raises for an errno.
    fn os_error_class(&self, errno: i32) -> Obj {
        self.os_error_subclass(i64::from(errno))
            .unwrap_or_else(|| self.exc.os_error.clone())
    }

    /// `OSError(errno, strerror)` of the right subclass, with `filename` set.
    pub(crate) fn new_os_error(&mut self, errno: i32, filename: Option<Obj>) -> PyErr {
        let text = super::errno_text::strerror_text(errno);
        self.os_error_with_text(errno, &text, filename)
    }

    pub(crate) fn os_error_with_text(
        &mut self,
        errno: i32,
        text: &str,
        filename: Option<Obj>,
    ) -> PyErr {
        let cls = self.os_error_class(errno);
        let build = |vm: &mut Vm| -> PyResult<Obj> {
            let args = vec![vm.new_int(i64::from(errno))?, vm.new_str(text)?];
            let args = vm.new_tuple(args)?;
            let exc = vm.heap.alloc(ExceptionObj::new(cls.clone(), args))?;
            if let Some(f) = filename {
                let key = vm.intern("filename")?;
                vm.instance_attr_set(&exc, &key, f)?;
            }
            Ok(exc)
        };
        match build(self) {
            Ok(e) => PyErr::Exc(e),
            Err(e) => e,
        }
    }

    /// The Python exception for a failed Rust I/O operation on `filename`.
    pub(crate) fn io_error(&mut self, e: &std::io::Error, filename: Option<Obj>) -> PyErr {
        if crate::objects::stdin::is_ctrl_c(e) {
            return self.keyboard_interrupt();
        }
        match e.raw_os_error() {
            Some(errno) => self.new_os_error(errno, filename),
            None => {
                let text = e.to_string();
                let cls = self.exc.os_error.clone();
                self.new_exception_msg(&cls, &text)
            }
        }
    }

    fn os_error_args(&mut self, o: &Obj) -> Option<Vec<Obj>> {
        let e = o.downcast::<ExceptionObj>()?;
        let cls = self.type_of(o);
        if !self.is_subclass(&cls, &self.exc.os_error.clone()) {
            return None;
        }
        let args = e.args();
        let items = as_tuple(&args)?.to_vec();
        (2..=5).contains(&items.len()).then_some(items)
    }

    /// `errno`, `strerror`, `filename` and `filename2` of an OSError, from its
    /// constructor arguments; None for other exceptions and other names.
    pub(crate) fn os_error_attr(&mut self, o: &Obj, name: &str) -> PyResult<Option<Obj>> {
        let is_os_error =
            o.is::<ExceptionObj>() && self.is_subclass(&self.type_of(o), &self.exc.os_error);
        if !is_os_error {
            return Ok(None);
        }
        let items = self.os_error_args(o).unwrap_or_default();
        let index = match name {
            "errno" => 0,
            "strerror" => 1,
            "filename" => 2,
            "filename2" => 4,
            _ => return Ok(None),
        };
        Ok(Some(
            items.get(index).cloned().unwrap_or_else(|| self.none()),
        ))
    }

    /// `str(exc)` of an OSError built with an errno: `[Errno 2] text: 'name'`.
    pub(crate) fn os_error_str(&mut self, o: &Obj) -> PyResult<Option<String>> {
        let Some(items) = self.os_error_args(o) else {
            return Ok(None);
        };
        let errno = self.str_string(&items[0])?;
        let text = self.str_string(&items[1])?;
        let mut out = format!("[Errno {errno}] {text}");
        let filename = match self.getattr_str(o, "filename") {
            Ok(f) => f,
            Err(_) => self.none(),
        };
        if !filename.ptr_eq(&self.s.none) {
            out.push_str(": ");
            out.push_str(&self.repr_string(&filename)?);
            let filename2 = match self.getattr_str(o, "filename2") {
                Ok(f) => f,
                Err(_) => self.none(),
            };
            if !filename2.ptr_eq(&self.s.none) {
                out.push_str(" -> ");
                out.push_str(&self.repr_string(&filename2)?);
            }
        }
        Ok(Some(out))
    }
}
