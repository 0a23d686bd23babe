x = f"""
  {y}"""
x = f"""ab
  {y} and {z!r:>{w}}
"""
value = (f"{a}"
         f"{b}"
         "plain"
         f"{c:{d}}")
call(f"{x}", key=f"{y=}")
nested = f"{f'{inner}'}"
spec = f"{x:{'>' if right else '<'}{width}}"
multi = f'''{
    x
}'''
tuple_field = f"{x, y}"
