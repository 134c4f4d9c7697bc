import threading, queue, _thread

results = []
def work(n, out):
    out.append(n * n)

threads = [threading.Thread(target=work, args=(i, results)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.is_alive() for t in threads])
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), isinstance(threading.get_ident(), int))
lock = threading.Lock()
with lock:
    print(lock.locked(), lock.acquire(False))
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
r = threading.RLock()
with r:
    with r:
        print('reentrant ok')
e = threading.Event()
print(e.is_set(), e.wait(0.001))
e.set()
print(e.wait(), e.is_set())
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
loc = threading.local()
loc.x = 5
print(loc.x)
t = threading.Thread(target=lambda: None, name='worker')
print(t.name, t.daemon, t.ident)
try:
    t.join()
except RuntimeError as e:
    print('RuntimeError', e)

q = queue.Queue()
for i in [3, 1, 2]:
    q.put(i)
print(q.qsize(), q.get(), q.get_nowait(), q.empty(), q.full())
q.get()
try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
try:
    q.get(timeout=0.001)
except queue.Empty:
    print('Empty after timeout')
pq = queue.PriorityQueue()
for i in [5, 1, 3]:
    pq.put((i, str(i)))
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(maxsize=2)
lq.put(1)
lq.put(2)
print(lq.full())
try:
    lq.put_nowait(3)
except queue.Full:
    print('Full')
print(lq.get(), lq.get())
sq = queue.SimpleQueue()
sq.put('a')
print(sq.get(), sq.empty())
q2 = queue.Queue()
q2.put(1)
q2.task_done()
try:
    q2.task_done()
except ValueError as e:
    print('ValueError', e)
