"""The `json.decoder` submodule: the decoder classes of `json` (minipy keeps the
implementation in `json` itself)."""
from json import JSONDecoder, JSONDecodeError

__all__ = ['JSONDecoder', 'JSONDecodeError']
