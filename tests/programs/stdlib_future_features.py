import __future__
print(__future__.all_feature_names)
print(__future__.__all__)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f, f.getOptionalRelease(), f.getMandatoryRelease(), hex(f.compiler_flag))
    print(f.optional, f.mandatory, type(f).__name__)
print(sorted(n for n in dir(__future__) if n.startswith("CO_")))
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED)
print(repr(__future__.annotations), __future__._Feature)
print(__future__.__doc__ is not None)
