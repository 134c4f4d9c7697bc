# __import__ argument forms and errors
def t(f):
    try:
        r = f()
        print(getattr(r, '__name__', r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: __import__('os.path'))
t(lambda: __import__('os.path', fromlist=['join']))
t(lambda: __import__('os', globals(), None, ['path'], 0))
t(lambda: __import__('nonexistent_mod_xyz'))
t(lambda: __import__(''))
t(lambda: __import__(5))
t(lambda: __import__('os', level=-1))
t(lambda: __import__('x', level=1))
t(lambda: __import__('json').dumps)
t(lambda: __import__(name='math').pi)
t(lambda: __import__('x', {}, None, [], 1))
t(lambda: __import__('x', {'__name__': 'top'}, None, [], 1))
t(lambda: __import__('x', 5, None, [], 1))
