a, b, c = 1, [2], "s"
print(f"{a!r:>4}|{b}|{c!s}|{c!a}|{a:03d}")
print(f"{a + 1}", f"{'nested' + c}", f"{{braces}}", f"")
width = 6
print(f"{3.14159:{width}.2f}|")
print(f"{a=}", f"{c=!r}", f"{a + 1 = }")
print(f"{'é'!a}")
x = 255
print(f"{x:#x} {x:b} {x:,}")
print(f"a" f"b{x}" "c")
print(F"{x}" rf"\n{x}")
