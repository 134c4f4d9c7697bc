# deeply nested expressions: CPython raises RecursionError while compiling
for n in (100, 900, 5000):
    src = "x = " + "+".join(["1"] * n)
    try:
        ns = {}
        exec(src, ns)
        print(n, ns["x"])
    except RecursionError as e:
        print(n, "RecursionError", e)
