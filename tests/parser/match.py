match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case [*_]:
        pass
    case _:
        pass

match point:
    case Point(x=0, y=0):
        print("Origin")
    case Point(0, y=yy) if yy > 0:
        pass
    case Point():
        pass
    case mod.Cls(a, b, c=d):
        pass

match value:
    case 0 | 1 | -1:
        pass
    case 1.5 | -2.5 | 1 + 2j | -1 - 2j | 3j:
        pass
    case "str" | b"bytes" | "con" "cat":
        pass
    case None:
        pass
    case True | False:
        pass
    case Color.RED:
        pass
    case a.b.c:
        pass
    case {"key": v, 1: w, **rest}:
        pass
    case {Color.RED: x}:
        pass
    case {}:
        pass
    case []:
        pass
    case ():
        pass
    case (a, b):
        pass
    case (a):
        pass
    case (a,):
        pass
    case [a, [b, c], (d, e)] as whole:
        pass
    case x if x > 10:
        pass
    case 1, 2:
        pass
    case a, *b:
        pass
    case (1 | 2) as n:
        pass
    case str() | int():
        pass

match a, b:
    case x, y: pass

match *a, b:
    case _: pass

match (x):
    case _: pass

match = 1
match.x = 2
match(x)
case = 3
_ = 4
print(match, case)
