# AttributeError on a module: the module's names are the candidates.
import mod_helper
print(mod_helper.greet("x"))
mod_helper.gret("y")
