x = ('''abc
