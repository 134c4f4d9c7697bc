import atexit

def bye(name, punct='!'):
    print('bye', name + punct)

atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')

@atexit.register
def last():
    print('registered last, runs first')

def never():
    print('never')

atexit.register(never)
atexit.unregister(never)
print('main done')
