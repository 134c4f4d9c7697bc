WHO = "mod_a"
def twice(x):
    return 2 * x
