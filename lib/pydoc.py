"""pydoc: plain-text documentation of modules, classes and functions (a
small subset: no server, no pager, no topics)."""

import builtins
import inspect
import sys

__all__ = ['help', 'render_doc', 'describe', 'getdoc', 'plain', 'Helper',
           'locate', 'resolve', 'TextDoc', 'text', 'plaintext']


def getdoc(object):
    """The object's docstring, cleaned up, or ''."""
    result = inspect.getdoc(object)
    return result and result.rstrip() or ''


def splitdoc(doc):
    """(synopsis line, rest) of a docstring."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


def classname(object, modname):
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + '.' + name
    return name


def describe(thing):
    """A short description of what kind of object thing is."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing):
        return 'getset descriptor %s.%s.%s' % (
            thing.__objclass__.__module__, thing.__objclass__.__name__, thing.__name__)
    if inspect.ismemberdescriptor(thing):
        return 'member descriptor %s.%s.%s' % (
            thing.__objclass__.__module__, thing.__objclass__.__name__, thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def plain(text):
    """Remove the overstrike (char backspace char) bold of man-page text."""
    import re
    return re.sub('.\b', '', text)


def locate(path, forceload=0):
    """The object a dotted path names, or None."""
    parts = [part for part in path.split('.') if part]
    module, n = None, 0
    while n < len(parts):
        try:
            nextmodule = __import__('.'.join(parts[:n + 1]))
        except ImportError:
            break
        module, n = nextmodule, n + 1
    if module:
        object = module
    else:
        object = builtins
    for part in parts[n:]:
        try:
            object = getattr(object, part)
        except AttributeError:
            return None
    return object


class ErrorDuringImport(Exception):
    def __init__(self, filename, exc_info):
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        return 'problem in %s - %s: %s' % (self.filename, self.exc.__name__, self.value)


def resolve(thing, forceload=0):
    """(object, name) for an object or a dotted name."""
    if isinstance(thing, str):
        object = locate(thing, forceload)
        if object is None:
            raise ImportError('No Python documentation found for %r.\n'
                              'Use help() to get the interactive help utility.\n'
                              'Use help(str) for help on the str class.' % thing)
        return object, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


class TextDoc:
    """Formats documentation as plain text."""

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        lines = [(prefix + line).rstrip() for line in text.split('\n')]
        return '\n'.join(lines)

    def section(self, title, contents):
        return title + '\n' + self.indent(contents).rstrip() + '\n\n'

    def bold(self, text):
        return text

    def document(self, object, name=None, *args):
        if inspect.ismodule(object):
            return self.docmodule(object, name)
        if inspect.isclass(object):
            return self.docclass(object, name)
        if inspect.isroutine(object):
            return self.docroutine(object, name)
        return self.docother(object, name)

    def docmodule(self, object, name=None):
        name = object.__name__
        synop, desc = splitdoc(getdoc(object))
        result = self.section('NAME', name + (synop and ' - ' + synop))
        if desc:
            result += self.section('DESCRIPTION', desc)
        classes = [(k, v) for k, v in sorted(vars(object).items())
                   if inspect.isclass(v) and getattr(v, '__module__', None) == name
                   and not k.startswith('_')]
        funcs = [(k, v) for k, v in sorted(vars(object).items())
                 if inspect.isroutine(v) and not k.startswith('_')
                 and getattr(v, '__module__', name) == name]
        if classes:
            result += self.section('CLASSES', '\n'.join(
                self.docclass(v, k) for k, v in classes))
        if funcs:
            result += self.section('FUNCTIONS', '\n'.join(
                self.docroutine(v, k) for k, v in funcs))
        file = getattr(object, '__file__', None)
        if file:
            result += self.section('FILE', file)
        return result

    def docclass(self, object, name=None, *args):
        realname = object.__name__
        name = name or realname
        bases = object.__bases__
        title = 'class ' + realname if name == realname else name + ' = class ' + realname
        if bases and bases != (object,) and bases != (builtins.object,):
            title += '(%s)' % ', '.join(classname(b, object.__module__) for b in bases)
        parts = []
        doc = getdoc(object)
        if doc:
            parts.append(doc + '\n')
        mro = inspect.getmro(object)
        if len(mro) > 2:
            parts.append('Method resolution order:\n' + self.indent(
                '\n'.join(classname(c, object.__module__) for c in mro)) + '\n')
        methods = [(k, v) for k, v in sorted(object.__dict__.items())
                   if inspect.isroutine(v) or isinstance(v, (staticmethod, classmethod))]
        if methods:
            parts.append('Methods defined here:\n\n' + '\n'.join(
                self.indent(self.docroutine(getattr(object, k), k)) for k, v in methods))
        contents = '\n'.join(parts)
        return title + '\n' + self.indent(contents, ' |  ') + '\n'

    def docroutine(self, object, name=None, *args):
        realname = getattr(object, '__name__', name)
        name = name or realname
        title = name if name == realname else name + ' = ' + realname
        try:
            argspec = str(inspect.signature(object))
        except (ValueError, TypeError):
            argspec = '(...)'
        decl = title + argspec
        doc = getdoc(object)
        return decl + '\n' + (doc and self.indent(doc) + '\n')

    def docother(self, object, name=None, *args, **kwargs):
        line = (name and name + ' = ' or '') + repr(object)
        return line + '\n'


text = TextDoc()
plaintext = TextDoc()


def render_doc(thing, title='Python Library Documentation: %s', forceload=0,
               renderer=None):
    """The text help(thing) shows."""
    if renderer is None:
        renderer = text
    object, name = resolve(thing, forceload)
    desc = describe(object)
    module = inspect.getmodule(object)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not object:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(object) or inspect.isclass(object) or
            inspect.isroutine(object) or inspect.isdatadescriptor(object)):
        object = type(object)
        desc += ' object'
    return title % desc + '\n\n' + renderer.document(object, name)


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None):
    """Write the documentation of thing to output (stdout by default)."""
    try:
        text_ = plain(render_doc(thing, title, forceload))
    except (ImportError, ErrorDuringImport) as value:
        print(value)
        return
    (output or sys.stdout).write(text_)


class Helper:
    """What help() is: help(thing) writes thing's documentation."""

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        return ('Type help() for interactive help, or help(object) for help '
                'about object.')

    def __call__(self, request=None):
        if request is None:
            self.output.write('Interactive help is not available here; '
                              'use help(object).\n')
            return
        self.help(request)

    def help(self, request):
        if isinstance(request, str) and request.strip() in ('keywords', 'symbols',
                                                            'topics', 'modules'):
            self.output.write('No listing of %s is available.\n' % request.strip())
            return
        doc(request, 'Help on %s:', output=self._output)


help = Helper()
