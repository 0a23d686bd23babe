lam = lambda: await x
