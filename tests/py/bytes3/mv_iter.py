# iterating a memoryview: memory_iterator, released views
import array
m=memoryview(array.array("h",[1,-2,3]))
it=iter(m)
print(type(it).__name__, next(it), list(it), list(it), list(m[::-1]))
m2=memoryview(b"ab"); i2=iter(m2); m2.release()
try: next(i2)
except ValueError as e: print(e)
print(iter(it) is it)
