import __future__ as f
for n in f.all_feature_names:
    feat = getattr(f, n)
    print(n, feat, feat.getOptionalRelease(), feat.getMandatoryRelease(), feat.compiler_flag)
from_future = __import__("__future__")
print(from_future.annotations is f.annotations)
