# Standard packages are packages: they have a __path__ and are their own __package__,
# and their modules name the package as theirs.
import json, json.decoder, logging, logging.handlers, xml.etree.ElementTree, concurrent.futures
import textwrap, collections.abc

for m in (json, logging, xml, xml.etree, concurrent):
    print(m.__name__, m.__package__, isinstance(m.__path__, list))
for m in (json.decoder, logging.handlers, xml.etree.ElementTree, textwrap):
    print(m.__name__, repr(m.__package__), hasattr(m, '__path__'))
