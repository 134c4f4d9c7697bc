# exit and quit: their repr tells how to leave the REPL; calling them raises SystemExit.
print(repr(exit), str(quit), type(exit).__name__, callable(quit))
for call in (lambda: exit(), lambda: exit(3), lambda: quit(code="bye"), lambda: exit(None),
             lambda: exit(1, 2), lambda: quit(x=1), lambda: exit(1, code=2)):
    try:
        call()
    except SystemExit as e:
        print("SystemExit", e.args, e.code)
    except TypeError as e:
        print("TypeError", e)
