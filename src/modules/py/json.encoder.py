"""The `json.encoder` submodule: the encoder class of `json` (minipy keeps the
implementation in `json` itself)."""
from json import JSONEncoder
