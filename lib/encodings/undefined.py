"""undefined: a codec that refuses everything (for sys.setdefaultencoding
style tests)."""

import codecs


def _refuse(input, errors='strict'):
    raise UnicodeError('undefined encoding')


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        raise UnicodeError('undefined encoding')


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        raise UnicodeError('undefined encoding')


StreamWriter, StreamReader = codecs._stream_classes(_refuse, _refuse)


def getregentry():
    return codecs.CodecInfo(name='undefined', encode=_refuse, decode=_refuse,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
