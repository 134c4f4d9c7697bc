def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except ArithmeticError:
        return 'arith'
    except Exception as e:
        return 'other ' + type(e).__name__
print(classify(KeyError()), classify(IndexError), classify(ZeroDivisionError), classify(OSError('x')))
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    e
except NameError as ne:
    print(type(ne).__name__, ne)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print('matched first in tuple')
except TypeError as e:
    print(type(e).__name__, e)
def bare():
    try:
        raise KeyError('bare')
    except:
        return 'bare caught'
print(bare())
def reraise():
    try:
        raise KeyError('orig')
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print('reraised', e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
import sys
try:
    raise ValueError('info')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, 'exception') else True)
print(sys.exc_info())
def nested():
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise KeyError('inner')
        except KeyError:
            pass
        print(sys.exc_info()[1])
nested()
try:
    raise TypeError('with tb')
except TypeError as e:
    print(e.__traceback__ is not None, e.with_traceback(None) is e)
