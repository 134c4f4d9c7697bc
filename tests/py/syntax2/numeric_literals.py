# Numeric literal corners: bases, underscores, floats, imaginaries.
print(0b1010, 0B11, 0o17, 0O7, 0xFF, 0Xa, 1_000_000, 0x_ff, 0b_1, 0o_7)
print(00, 0_0, 000)
print(1., .5, 1e3, 1E-3, 1_0.0_1, 1e1_0, 0e0, 00.5, 09.5, 1_2e3)
print(1j, 1.5J, 1e2j, 0j, 1_0j, .5j, 00j, 09j)
print(123456789012345678901234567890, -0x7fffffffffffffffffff)
print(0.1 + 0.2, 1e308 * 10, 5e-324, 2.5e-324 == 0.0)
print(type(1_0), type(1_0.), type(1_0j))
print(1 .real, 1.0.real, 0x10 .bit_length())
print(1if 1 else 2)
for src in ["0b", "0b2", "0o9", "0xg", "1__0", "1_", "1._5", "1e", "1e+", "1_e1", "1e_1", "0_7", "07", "1.e_1",
            "0b1_", "0x_", "1jj", "1.2.3", "1e1e1", "0777777777777777777777", "1__", "1.__class__", "1_000j_"]:
    try:
        compile(src, "<s>", "eval")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset, e.end_offset)
