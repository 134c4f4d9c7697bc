import logging
import sys

sys.stderr = sys.stdout
logging.basicConfig(level=logging.INFO, format='%(levelname)s - %(name)s - %(message)s')
logging.info('configured')
logging.getLogger('x.y').debug('not shown')
logging.getLogger('x.y').info('shown')
logging.basicConfig(level=logging.DEBUG, format='ignored %(message)s')
logging.debug('still info level, so hidden')
logging.basicConfig(level=logging.DEBUG, format='forced %(message)s', force=True)
logging.debug('now shown')
fmt = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
rec = logging.LogRecord('n', logging.INFO, 'p.py', 3, 'msg', None, None)
print(len(fmt.format(rec).split()[0]), rec.filename, rec.module, rec.levelname)
print(logging.getLevelNamesMapping()['WARN'])
try:
    logging.basicConfig(stream=sys.stdout, filename='x', force=True)
except ValueError as e:
    print('ValueError', e)
