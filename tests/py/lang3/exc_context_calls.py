# __context__ is set where an exception is raised, also through calls made from C
def f():
    try: raise KeyError('a')
    except KeyError: raise ValueError('b')
try:
    raise TypeError('c')
except TypeError:
    try:
        list(map(lambda x: f(), [1]))
    except ValueError as e:
        print(repr(e.__context__), repr(e.__context__.__context__))
try:
    raise TypeError('c')
except TypeError:
    try:
        sorted([1, 2], key=lambda x: 1/0)
    except ZeroDivisionError as e:
        print(repr(e.__context__))
e0 = KeyError('old')
try:
    raise IndexError
except IndexError:
    try:
        raise e0
    except KeyError as e:
        print(repr(e.__context__))
try:
    raise e0
except KeyError as e:
    print(repr(e.__context__))
try:
    try:
        raise OSError
    except OSError:
        int('x')
except ValueError as e:
    print(repr(e.__context__))
