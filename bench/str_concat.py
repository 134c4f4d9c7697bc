# Building strs by appending: s += t and s = s + t in loops, ASCII and not.
def append_loop(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s


def concat_loop(n):
    s = ""
    for i in range(n):
        s = s + str(i % 10)
    return s


def lines(n):
    out = ""
    for i in range(n):
        out += "line %d: é€\n" % i
    return out


def main():
    total = 0
    for rnd in range(5):
        total += len(append_loop(200000)) + len(concat_loop(200000)) + len(lines(50000))
    print(total)


main()
