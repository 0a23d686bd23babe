for f() in
