# uuid3/uuid5: name-based UUIDs (need hashlib).
import uuid

for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    for name in ('python.org', '', 'h\xe9llo'):
        a, b = uuid.uuid3(ns, name), uuid.uuid5(ns, name)
        print(a, a.version, b, b.version)
try:
    uuid.uuid3(uuid.NAMESPACE_DNS, b'bytes')
except TypeError as e:
    print('TypeError', e)
