import errno, stat, timeit, atexit, codecs

print(errno.ENOENT, errno.EEXIST, errno.errorcode[2], errno.EAGAIN == errno.EWOULDBLOCK)
print(stat.S_ISDIR(0o40755), stat.S_ISREG(0o100644), stat.S_IMODE(0o100644), stat.filemode(0o100755))
print(stat.filemode(0o40700), stat.filemode(0o120777), stat.S_IFMT(0o100644) == stat.S_IFREG)
t = timeit.Timer('x = sum(range(10))')
print(t.timeit(number=10) >= 0, len(timeit.repeat('pass', number=5, repeat=3)))
print(timeit.timeit(lambda: None, number=3) >= 0)
print(timeit.timeit('y', setup='y = 5', number=2) >= 0)
try:
    timeit.Timer('return 5')
except SyntaxError as e:
    print('SyntaxError', e.msg)
print(callable(atexit.register))
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo', 'utf-8'))
print(codecs.lookup('UTF8').name, codecs.lookup('latin_1').name, codecs.lookup('ascii').name)
print(codecs.encode('é', 'latin-1'), codecs.getencoder('ascii')('abc'))
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'h\xc3')), repr(dec.decode(b'\xa9!')), repr(dec.decode(b'', True)))
print(list(codecs.iterdecode([b'a\xe2', b'\x82', b'\xacb'], 'utf-8')))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE)
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError', e)
