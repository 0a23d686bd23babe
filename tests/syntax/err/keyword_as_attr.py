a.if
