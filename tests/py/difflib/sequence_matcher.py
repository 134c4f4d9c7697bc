import difflib

pairs = [('abcd', 'bcde'), ('private Thread currentThread;', 'private volatile Thread currentThread;'),
         ('', ''), ('abc', ''), ('qabxcd', 'abycdf'), ('a' * 300 + 'b', 'b' + 'a' * 300),
         (' abcd', 'abcd abcd'), ([1, 2, 3, 4], [1, 3, 4, 5])]
for a, b in pairs:
    s = difflib.SequenceMatcher(None, a, b)
    print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
    print(s.get_matching_blocks())
    print(s.get_opcodes())
    print(s.find_longest_match(0, len(a), 0, len(b)))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
a = list(map(str, range(1, 40)))
b = a[:]
b[8:10] = ['x']
b[30] = 'y'
print(list(difflib.SequenceMatcher(None, a, b).get_grouped_opcodes()))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist, n=5, cutoff=0.3))
try:
    difflib.get_close_matches('x', [], n=0)
except ValueError as e:
    print(e)
