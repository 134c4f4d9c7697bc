# Attribute names built at run time are looked up by value (a cache keyed
# by a freed name's address must not answer for a new name).
class C:
    def m_a(self):
        return 'a'

    def m_bb(self):
        return 'bb'

c = C()
bad = 0
for i in range(20000):
    k = 'a' if i % 2 else 'bb'
    if getattr(c, 'm_' + k)() != k:
        bad += 1
    if i % 100 == 0:
        junk = ' ' * 300000   # garbage: collections happen
print('wrong lookups:', bad)
