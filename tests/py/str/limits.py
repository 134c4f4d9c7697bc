# huge and out-of-range numeric arguments of str and bytes methods
for f in ['"a".center(10**20)', '"a".center(-10**20)', 'b"a".center(10**20)', '"a".zfill(10**20)', '"a"*(10**20)',
          'b"a"*10**20', '"a".expandtabs(10**20)', '"a".split(None, 10**20)', 'bytearray(10**20)', 'bytes(10**20)',
          '"abc"[10**20]', '"abc".find("a", 10**20)', '"a".ljust(2**40)', 'b"a".ljust(2**40)', '"ab" * 2**62',
          '"abc"[-10**20:10**20]', '"abc"[::10**20]', '"abc"[::-10**20]', 'b"abc"[10**20:]', '"a".replace("a", "b", 10**20)',
          '"abc".count("", -10**20, 10**20)', '"%*d" % (10**20, 1)', '"{:10000000000000000000000}".format(1)']:
    try:
        print(repr(eval(f))[:40])
    except Exception as e:
        print(f, type(e).__name__, e)
