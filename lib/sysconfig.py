"""sysconfig: the interpreter's configuration (a small fixed set here)."""

import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars',
           'get_makefile_filename', 'get_path', 'get_path_names', 'get_paths',
           'get_platform', 'get_python_version', 'get_scheme_names',
           'is_python_build', 'parse_config_h']

_SCHEME_NAMES = ('posix_prefix', 'posix_home', 'posix_user', 'posix_venv')
_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
               'platinclude', 'scripts', 'data')
_config_vars = None


def get_python_version():
    """'3.11': the major and minor version."""
    return '%d.%d' % sys.version_info[:2]


def get_platform():
    """The platform name, as in 'linux-x86_64' or 'wasi-wasm32'."""
    if sys.platform.startswith('linux'):
        machine = os.uname().machine if hasattr(os, 'uname') else 'x86_64'
        return 'linux-' + machine
    return sys.platform


def get_scheme_names():
    return _SCHEME_NAMES


def get_default_scheme():
    return 'posix_prefix'


def get_preferred_scheme(key):
    return 'posix_prefix' if key in ('prefix', 'home') else 'posix_' + key


def get_path_names():
    return _PATH_NAMES


def get_paths(scheme=None, vars=None, expand=True):
    """The install paths of a scheme: everything lives in the frozen library."""
    base = sys.prefix if hasattr(sys, 'prefix') else '/'
    lib = os.path.join(base, 'lib', 'python' + get_python_version())
    paths = {
        'stdlib': lib, 'platstdlib': lib,
        'purelib': os.path.join(lib, 'site-packages'),
        'platlib': os.path.join(lib, 'site-packages'),
        'include': os.path.join(base, 'include', 'python' + get_python_version()),
        'platinclude': os.path.join(base, 'include', 'python' + get_python_version()),
        'scripts': os.path.join(base, 'bin'),
        'data': base,
    }
    return paths


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_config_vars(*args):
    """The configuration variables (a dict), or the values of those named."""
    global _config_vars
    if _config_vars is None:
        _config_vars = {
            'prefix': getattr(sys, 'prefix', '/'),
            'exec_prefix': getattr(sys, 'exec_prefix', '/'),
            'py_version': '%d.%d.%d' % sys.version_info[:3],
            'py_version_short': get_python_version(),
            'py_version_nodot': '%d%d' % sys.version_info[:2],
            'VERSION': get_python_version(),
            'EXT_SUFFIX': '',
            'SOABI': None,
            'Py_DEBUG': 0,
            'Py_ENABLE_SHARED': 0,
            'WITH_DOC_STRINGS': 0,
            'HAVE_FORK': 0,
            'MACHDEP': sys.platform,
            'CC': 'cc',
            'CFLAGS': '',
            'CONFIG_ARGS': '',
            'SIZEOF_VOID_P': 8,
        }
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """The value of one configuration variable, or None."""
    return get_config_vars().get(name)


def is_python_build(check_home=False):
    return False


def get_config_h_filename():
    return os.path.join(get_path('include'), 'pyconfig.h')


def get_makefile_filename():
    return os.path.join(get_path('stdlib'), 'config', 'Makefile')


def parse_config_h(fp, vars=None):
    """Read #define lines from fp into a dict."""
    import re
    if vars is None:
        vars = {}
    define_rx = re.compile("#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undef_rx = re.compile("/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    for line in fp:
        m = define_rx.match(line)
        if m:
            n, v = m.group(1, 2)
            try:
                v = int(v)
            except ValueError:
                pass
            vars[n] = v
            continue
        m = undef_rx.match(line)
        if m:
            vars[m.group(1)] = 0
    return vars
