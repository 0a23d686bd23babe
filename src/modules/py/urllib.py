"""The urllib package: minipy provides its urllib.parse submodule."""
