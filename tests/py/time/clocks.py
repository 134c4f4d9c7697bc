# clocks move forward, sleep waits, errors of sleep
import time

a = time.monotonic(); b = time.monotonic()
print(b >= a, type(a).__name__)
a = time.monotonic_ns(); b = time.monotonic_ns()
print(b >= a, type(a).__name__)
a = time.perf_counter(); time.sleep(0.01); b = time.perf_counter()
print(b - a >= 0.009, b - a < 1.0)
a = time.perf_counter_ns(); time.sleep(0); b = time.perf_counter_ns()
print(b >= a, type(b).__name__)
t = time.time(); tn = time.time_ns()
print(t > 1.7e9, tn > 1.7e18, abs(tn / 1e9 - t) < 5)
print(type(time.process_time()).__name__, type(time.process_time_ns()).__name__, time.process_time() >= 0)
print(time.sleep(0.001), time.sleep(True - 1))
for bad in [-1, -0.5, float('nan'), 'x', None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.sleep()
except TypeError as e:
    print('TypeError', e)
try:
    time.time(1)
except TypeError as e:
    print('TypeError', e)
