f(**a a)
