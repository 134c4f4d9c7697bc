# TypeError texts of argument checking in built-in functions
calls = [
    lambda: len(), lambda: len(1, 2), lambda: len(x=1), lambda: abs(1, 2), lambda: hash(x=1),
    lambda: divmod(1), lambda: divmod(1, 2, 3), lambda: getattr(1), lambda: getattr(1, 2, 3, 4),
    lambda: isinstance(1), lambda: iter(), lambda: iter(1, 2, 3), lambda: next(), lambda: min(),
    lambda: pow(), lambda: pow(1), lambda: pow(1, 2, 3, 4), lambda: pow(1, 2, base=1),
    lambda: round(), lambda: round(1, 2, 3), lambda: round(x=1), lambda: sorted(), lambda: sum(),
    lambda: sum([], 1, 2), lambda: setattr(1, "a"), lambda: repr(), lambda: chr(), lambda: ord(),
    lambda: callable(), lambda: format(), lambda: format(1, "", 2), lambda: vars(1, 2),
    lambda: dir(1, 2), lambda: globals(1), lambda: locals(1), lambda: exec(), lambda: compile("1"),
    lambda: any(), lambda: all(1, 2), lambda: bin(), lambda: hex(1, 2), lambda: id(),
    lambda: delattr(1), lambda: hasattr(1),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
