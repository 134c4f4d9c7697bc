"""The machinery shared by the one-byte codecs: a 256-character decoding
table (U+FFFE where a byte is undefined) and its inverse for encoding."""

import codecs

ASCII = ''.join(map(chr, range(128)))


def codec_entry(name, table):
    encoding_map = codecs.charmap_build(table)

    def encode(input, errors='strict'):
        return codecs.charmap_encode(input, errors, encoding_map)

    def decode(input, errors='strict'):
        return codecs.charmap_decode(input, errors, table)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return codecs.charmap_encode(input, self.errors, encoding_map)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return codecs.charmap_decode(input, self.errors, table)[0]

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors='strict'):
            return codecs.charmap_encode(input, errors, encoding_map)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors='strict'):
            return codecs.charmap_decode(input, errors, table)

    return codecs.CodecInfo(
        name=name, encode=encode, decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader, streamwriter=StreamWriter)
