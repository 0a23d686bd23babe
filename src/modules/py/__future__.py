"""The language changes a module can ask for early with `from __future__ import X`.

Every feature is described by a `_Feature`: the release that first accepted the import,
the release in which the behaviour became the default (None: not decided), and the bit
it sets in a code object's flags.  The import itself is handled by the compiler; this
module is only the record that programs can inspect.
"""

# Code-object flag bits.  Features that are simply always on in Python 3 keep the bit
# they had when they were optional, so that compile() still accepts them.
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    """When one `__future__` feature arrived and when it becomes the rule."""

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        # Release tuples are shaped like sys.version_info.
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """The first release that accepted the future import."""
        return self.optional

    def getMandatoryRelease(self):
        """The release where the feature is always on, or None if not yet planned."""
        return self.mandatory

    def __repr__(self):
        fields = (self.optional, self.mandatory, self.compiler_flag)
        return "_Feature" + repr(fields)


# name, accepted since, default since, flag -- in the order the features arrived.
_HISTORY = (
    ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED),
    ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED),
    ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION),
    ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0),
     CO_FUTURE_ABSOLUTE_IMPORT),
    ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0),
     CO_FUTURE_WITH_STATEMENT),
    ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0),
     CO_FUTURE_PRINT_FUNCTION),
    ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0),
     CO_FUTURE_UNICODE_LITERALS),
    ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0),
     CO_FUTURE_BARRY_AS_BDFL),
    ("generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0),
     CO_FUTURE_GENERATOR_STOP),
    ("annotations", (3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS),
)

all_feature_names = [entry[0] for entry in _HISTORY]

__all__ = ["all_feature_names", *all_feature_names]

for _name, _since, _default, _flag in _HISTORY:
    globals()[_name] = _Feature(_since, _default, _flag)

del _HISTORY, _name, _since, _default, _flag
