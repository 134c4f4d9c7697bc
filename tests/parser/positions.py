result = some_function(argument_one,
                       argument_two,
                       keyword=value)
text = """
multi-line
""" + 'x'
if (a and
        b):
    pass
def f(
    a,
    b: int = 3,
):
    return (
        a
        + b
    )
x = [
    1,
    2,
]
y = {
    'k': 'v',
}
value = (1 +
         2)
msg = 'é' + x + '€€'
z = 'é'; w = é
class K(
    Base,
):
    pass
t = a \
    + b
