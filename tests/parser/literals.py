a = 0
b = 123_456
c = 0x_FF + 0o777 + 0b1010 + 0XdeadBEEF
d = 9223372036854775807
e = 9223372036854775808
f = 0xFFFFFFFFFFFFFFFFFFFF
g = 1_000_000_000_000_000_000_000
h = 1.5 + .5 + 5. + 1e10 + 1E-5 + 1.5e+3 + 1_0.0_1
i = 3j + 1.5J + 1e3j + 0j
j = 1e400
k = 0.1 + 1e16 + 1e-5 + 123456789.123 + 1e22 + 2.5e-7
l = 00 + 0_0
m = 'single' + "double" + '''triple
quoted''' + """also
triple"""
n = 'a\tb\nc\\d\'e\"f\x41\u00e9\U0001F600\101\0g'
o = r'raw\n\t' + R"RAW\d"
p = b'bytes\x00\xff' + rb'raw\d' + Br"x" + bR'y'
q = u'unicode'
r = 'implicit' "concat" '''enation'''
s = 'invalid \d \q escape'
t = 'line\
continued'
u = 'é€😀'
v = "quote's"
w = 'both \' and "'
x = b"quote's" + b'\'"'
y = '\a\b\f\v\r'
z = "\\N"
