# str.format parsing errors in CPython's order: braces, brackets, conversions and specs.
for t in ['{0[}]}', '{0[}', '{', 'a{', '{0:{', '{0!r', '{:{}}}', '{0[a}b]}', '}{', '{0]}', 'x}y', '{{}', '{}}', '{0.}', '{0[]}', '{0[0]x}', '{!}', '{0!}', '{0!rr}', '{0:}}', '{0!x}', '{0:{1}}', '{a{}', '{0:{:{}}}}', '{:>{}}', 'ok {{x}}', '{0[-1]}', '{0.real}']:
    try: print(repr(t), repr(t.format({'}': 5, 'a}b': 6, -1: 'neg', '-1': 'str'}, 'x')))
    except Exception as e: print(repr(t), type(e).__name__, e)
