"""platform: what Pipit runs on."""

import sys
import os

__all__ = ['architecture', 'machine', 'node', 'platform', 'processor', 'python_build',
           'python_compiler', 'python_implementation', 'python_version',
           'python_version_tuple', 'release', 'system', 'uname', 'version', 'libc_ver',
           'python_branch', 'python_revision', 'freedesktop_os_release']


def _web():
    return sys.platform in ('wasi', 'emscripten') or os.name == 'wasi'


class uname_result(tuple):
    _fields = ('system', 'node', 'release', 'version', 'machine')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    @property
    def processor(self):
        return ''

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple(self))


def uname():
    if _web():
        return uname_result('WASI', '', '', '', 'wasm32')
    return uname_result('Linux', '', '', '', 'x86_64')


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    return ('32bit' if sys.maxsize < 2 ** 32 else '64bit', '')


def python_implementation():
    return 'Pipit'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_build():
    return ('main', '')


def python_compiler():
    return 'clang' if _web() else 'cc'


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return (lib, version)


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return u.system
    return '-'.join(p for p in (u.system, u.release, u.machine) if p)


def freedesktop_os_release():
    raise OSError('no os-release file')


def win32_edition():
    """The Windows edition: None elsewhere."""
    return None


def win32_is_iot():
    """Whether this is Windows IoT Core: never here."""
    return win32_edition() in ('IoTUAP', 'NanoServer', 'WindowsCoreHeadless', 'IoTEdgeOS')
