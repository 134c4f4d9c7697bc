import io
import logging
import sys

sys.stderr = sys.stdout        # the default handlers write to stderr: show it here
logging.warning('plain %s', 'warning')
logging.info('not shown')
logging.error('an error: %d', 42)
log = logging.getLogger('app.db')
log.warning('child logger')
log.debug('hidden')
print(log, log.parent, logging.getLogger('app'), logging.getLogger('app.db') is log)
print(log.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName('INFO'),
      logging.getLevelName(5))

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(message)s|%(funcName)s|%(lineno)d'))
app = logging.getLogger('app')
app.addHandler(h)
app.setLevel(logging.DEBUG)

def work():
    log.debug('debug from %s', 'work')
    log.info('dict args %(a)s', {'a': 1})

work()
app.propagate = False
log.critical('critical')
print(stream.getvalue(), end='')

stream2 = io.StringIO()
h2 = logging.StreamHandler(stream2)
h2.setFormatter(logging.Formatter('{levelname:>8} {message}', style='{'))
h2.setLevel(logging.WARNING)
app.addHandler(h2)
log.info('only first')
log.error('both')
print(stream2.getvalue(), end='')

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1

f = OnlyOdd()
app.addFilter(f)
for i in range(4):
    app.warning('n=%d', i)
app.removeFilter(f)
print(stream2.getvalue().splitlines()[-2:])

try:
    1 / 0
except ZeroDivisionError:
    app.exception('failed')
print(stream.getvalue().splitlines()[-1])

adapter = logging.LoggerAdapter(app, {'user': 'ann'})
adapter.warning('via adapter')
print(adapter, stream.getvalue().splitlines()[-1])
rec = logging.makeLogRecord({'msg': 'hi %s', 'args': ('x',), 'levelno': 20})
print(rec.getMessage(), logging.Formatter('%(message)s!').format(rec))
logging.disable(logging.CRITICAL)
app.critical('disabled')
logging.disable(logging.NOTSET)
print(stream.getvalue().count('disabled'))
try:
    logging.Formatter('%(x', validate=True)
except ValueError as e:
    print('ValueError', e)
try:
    app.setLevel('LOUD')
except ValueError as e:
    print('ValueError', e)
print(logging.getLogger() is logging.root, logging.root)
