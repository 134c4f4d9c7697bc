"""rot13: the Caesar cipher over ASCII letters, str to str."""

import codecs

_TABLE = str.maketrans(
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def rot13(infile, outfile):
    outfile.write(codecs.encode(infile.read(), 'rot-13'))


def _rot(input, errors='strict'):
    return str.translate(input, _TABLE), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return str.translate(input, _TABLE)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return str.translate(input, _TABLE)


StreamWriter, StreamReader = codecs._stream_classes(_rot, _rot)


def getregentry():
    return codecs.CodecInfo(name='rot-13', encode=_rot, decode=_rot,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader,
                            _is_text_encoding=False)
