import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=2)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print(e)
print(len(gc.get_threshold()), len(gc.get_count()), type(gc.get_count()[0]).__name__)
gc.set_threshold(700, 10, 10)
print(gc.garbage, gc.callbacks)
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked(object()) in (True, False))
class A: pass
a = A()
print(gc.is_finalized(a))
x = [a]
print(a in gc.get_referents(x), x in gc.get_referrers(a))
print(isinstance(gc.get_objects(), list), len(gc.get_stats()))
print(gc.DEBUG_LEAK, gc.DEBUG_STATS, gc.get_debug())
gc.freeze(); gc.unfreeze()
print(gc.get_freeze_count())
