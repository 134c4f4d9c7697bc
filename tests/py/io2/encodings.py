# text files in other encodings, errors= handlers
import os

F = '_t_io2_enc.txt'
with open(F, 'w', encoding='latin-1') as f:
    f.write('caf\u00e9\n')
with open(F, 'rb') as f:
    print(f.read())
with open(F, encoding='latin-1') as f:
    print(repr(f.read()))
try:
    with open(F) as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(F, errors='replace') as f:
    print(repr(f.read()))
with open(F, errors='ignore') as f:
    print(repr(f.read()))
with open(F, 'w', encoding='ascii', errors='replace') as f:
    f.write('na\u00efve')
with open(F, 'rb') as f:
    print(f.read())
try:
    with open(F, 'w', encoding='ascii') as f:
        f.write('\u00e9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
with open(F, 'w', encoding='utf-8') as f:
    f.write('\u00e9\u20ac\U0001f600')
with open(F, 'rb') as f:
    print(f.read())
with open(F, encoding='utf-8') as f:
    print(f.read(2), f.tell(), repr(f.read()))
os.remove(F)
