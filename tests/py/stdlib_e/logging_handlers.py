# logging.handlers: buffering, memory, queue and rotating file handlers
import logging
import logging.handlers
import os
import queue
import tempfile

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []
    def emit(self, record):
        self.seen.append(self.format(record))

log = logging.getLogger('hx')
log.propagate = False
log.setLevel(logging.DEBUG)

target = ListHandler()
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.addHandler(mem)
log.info('one')
log.info('two')
print(len(mem.buffer), target.seen)
log.info('three')
print(len(mem.buffer), target.seen)
log.debug('four')
log.error('five')
print(len(mem.buffer), target.seen)
log.warning('six')
mem.close()
print(target.seen)
log.removeHandler(mem)

buf = logging.handlers.BufferingHandler(2)
log.addHandler(buf)
log.info('a')
print(len(buf.buffer), buf.shouldFlush(None))
log.info('b')
print(len(buf.buffer))
log.removeHandler(buf)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
log.addHandler(qh)
log.warning('queued %d', 7)
rec = q.get_nowait()
print(rec.msg, rec.args, rec.getMessage())
log.removeHandler(qh)
dest = ListHandler()
listener = logging.handlers.QueueListener(q, dest)
q.put_nowait(logging.makeLogRecord({'msg': 'from queue', 'levelno': 20}))
listener.start()
listener.stop()
print(dest.seen)

d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')
rot = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=2)
rot.setFormatter(logging.Formatter('%(message)s'))
log.addHandler(rot)
for i in range(6):
    log.info('message number %d', i)
rot.close()
log.removeHandler(rot)
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))

sh = logging.handlers.SysLogHandler()
print(sh.encodePriority('user', 'info'), sh.encodePriority(sh.LOG_LOCAL0, sh.LOG_ERR))
print(sh.mapPriority('ERROR'), sh.mapPriority('OTHER'))
try:
    logging.handlers.TimedRotatingFileHandler(os.path.join(d, 't.log'), when='X')
except ValueError as e:
    print('ValueError', e)
t = logging.handlers.TimedRotatingFileHandler(os.path.join(d, 't.log'), when='m', interval=2)
print(t.interval, t.suffix)
t.close()
