try:
    compile('for i in range(2): i', '<s>', 'single')
    print('accepted')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
