# + - * // % divmod over mixed signs and sizes, around the small-int boundary
vals = [0, 1, -1, 2, -3, 7, -7, 10, 2**31 - 1, -2**31, 2**32, 2**47 - 1, -2**47, 2**47,
        -2**47 - 1, 2**48, 2**63 - 1, -2**63, 2**64 + 1, -(2**64) - 7, 3**50, -(5**40)]
for a in vals:
    for b in vals:
        row = [a + b, a - b, a * b]
        if b:
            row += [a // b, a % b, divmod(a, b)]
        print(a, b, row)
