# Explicit chaining with raise ... from: "The above exception was the direct cause".
class ConfigError(Exception):
    pass
def read():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ConfigError("bad config") from e
read()
