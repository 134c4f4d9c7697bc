try:
    input()
except EOFError as e:
    print("EOFError", e)
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError", e)
try:
    input(1, 2)
except TypeError as e:
    print("TypeError", e)
