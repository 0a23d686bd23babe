//! The encoding and error handler of `sys.stdin`, `sys.stdout` and `sys.stderr`, chosen
//! from the environment as CPython 3.11 chooses them: `PYTHONIOENCODING`
//! (`encoding[:errors]`), else the locale's codeset, or UTF-8 in the UTF-8 mode
//! (`PYTHONUTF8=1`, or the legacy C / POSIX locale); the error handler is
//! `surrogateescape` in the UTF-8 mode, the C / POSIX locale and the UTF-8 locales
//! CPython coerces the C locale to, `strict` elsewhere (standard error always uses
//! `backslashreplace`). Embedders get UTF-8 / strict unless they ask otherwise.

use crate::heap::libc_ffi;
use crate::text::codecs::{ByteOrder, Codec};

/// The locales CPython 3.11 coerces the legacy C locale to (PEP 538), in its order of
/// preference; they also get `surrogateescape` on the standard streams.
const COERCION_TARGETS: [&str; 3] = ["C.UTF-8", "C.utf8", "UTF-8"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StdioConfig {
    pub codec: Codec,
    /// The codec's Python name, as `sys.stdout.encoding` reports it.
    pub encoding: String,
    /// The error handler of standard input and output.
    pub errors: String,
    /// `sys.flags.utf8_mode`.
    pub utf8_mode: bool,
    /// Standard output written at every write (`-u`, `PYTHONUNBUFFERED`), as CPython's
    /// `write_through` streams.
    pub unbuffered: bool,
}

impl Default for StdioConfig {
    fn default() -> StdioConfig {
        StdioConfig {
            codec: Codec::Utf8,
            encoding: "utf-8".to_owned(),
            errors: "strict".to_owned(),
            utf8_mode: false,
            unbuffered: false,
        }
    }
}

/// A start-up failure, reported as CPython's "Fatal Python error" (exit status 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StdioConfigError {
    pub message: String,
}

impl std::fmt::Display for StdioConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// An environment variable, None when unset or empty (as CPython reads them).
fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// The name `codecs.lookup(name).name` gives for a codec.
fn python_codec_name(codec: Codec) -> &'static str {
    match codec {
        Codec::Latin1 => "iso8859-1",
        Codec::Utf16(ByteOrder::Little) => "utf-16-le",
        Codec::Utf16(ByteOrder::Big) => "utf-16-be",
        other => other.name(),
    }
}

impl StdioConfig {
    /// The standard streams' settings for this process's environment. Leaves
    /// `LC_CTYPE` set to the coercion target when CPython would coerce the C locale.
    pub fn from_environment() -> Result<StdioConfig, StdioConfigError> {
        let (mut locale, mut codeset) = libc_ffi::environment_ctype_locale()
            .unwrap_or_else(|| ("C".to_owned(), "ANSI_X3.4-1968".to_owned()));
        let legacy = locale == "C" || locale == "POSIX";
        let utf8_mode = match env_var("PYTHONUTF8").as_deref() {
            None => legacy,
            Some("1") => true,
            Some("0") => false,
            Some(_) => {
                return Err(StdioConfigError {
                    message: "Fatal Python error: preconfig_init_utf8_mode: invalid PYTHONUTF8 \
                              environment variable value\nPython runtime state: preinitializing\n\n"
                        .to_owned(),
                });
            }
        };
        // PEP 538: the C locale becomes a UTF-8 one, unless LC_ALL overrides it.
        if locale == "C"
            && env_var("LC_ALL").is_none()
            && env_var("PYTHONCOERCECLOCALE").as_deref() != Some("0")
            && let Some(target) = COERCION_TARGETS
                .into_iter()
                .find(|t| libc_ffi::ctype_locale_exists(t))
        {
            libc_ffi::set_env("LC_CTYPE", target);
            locale = target.to_owned();
            codeset = "UTF-8".to_owned();
        }
        let mut encoding = None;
        let mut errors = None;
        if let Some(v) = env_var("PYTHONIOENCODING") {
            let (enc, errs) = match v.split_once(':') {
                Some((e, r)) => (e.to_owned(), Some(r.to_owned()).filter(|r| !r.is_empty())),
                None => (v, None),
            };
            if !enc.is_empty() {
                encoding = Some(enc);
                // An encoding without an error handler means strict.
                errors = Some(errs.clone().unwrap_or_else(|| "strict".to_owned()));
            }
            if let Some(r) = errs {
                errors = Some(r);
            }
        }
        let encoding = encoding.unwrap_or_else(|| match utf8_mode || codeset.is_empty() {
            true => "utf-8".to_owned(),
            false => codeset,
        });
        let Some(codec) = Codec::lookup(&encoding) else {
            return Err(StdioConfigError {
                message: format!(
                    "Fatal Python error: init_stdio_encoding: failed to get the Python codec \
                     name of the stdio encoding\nPython runtime state: core initialized\n\
                     LookupError: unknown encoding: {encoding}\n"
                ),
            });
        };
        let lenient = utf8_mode || legacy || COERCION_TARGETS.contains(&locale.as_str());
        let errors = errors.unwrap_or_else(|| match lenient {
            true => "surrogateescape".to_owned(),
            false => "strict".to_owned(),
        });
        Ok(StdioConfig {
            codec,
            encoding: python_codec_name(codec).to_owned(),
            errors,
            utf8_mode,
            // Any non-empty value, as CPython reads it.
            unbuffered: env_var("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()),
        })
    }
}
