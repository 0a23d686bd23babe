for src in ["for i in range(3): print(i)\n", "if 1:\n    print(5)\n", "if 1:\n", "x = (1,\n", "def f():\n  return 1\n", "1 + 2\n", "a = 1; b = 2\n", "while False: pass\n"]:
    try:
        c = compile(src, "<s>", "single"); print("ok", repr(src)); exec(c)
    except SyntaxError as e:
        print("err", repr(src), e)
