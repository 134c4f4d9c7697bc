"""The shape of the bytes-to-bytes codecs (hex, base64, ...): stateless,
and not text encodings, so only codecs.encode/decode reach them."""

import codecs


def codec_entry(name, encode_fn, decode_fn):
    def encode(input, errors='strict'):
        if errors != 'strict':
            raise ValueError('Unsupported error handling mode: "%s" - must be "strict"'
                             % errors)
        return encode_fn(input), len(input)

    def decode(input, errors='strict'):
        if errors != 'strict':
            raise ValueError('Unsupported error handling mode: "%s" - must be "strict"'
                             % errors)
        return decode_fn(input), len(input)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode_fn(input)

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return decode_fn(input)

    StreamWriter, StreamReader = codecs._stream_classes(encode, decode)
    StreamReader.charbuffertype = bytes
    return codecs.CodecInfo(name=name, encode=encode, decode=decode,
                            streamwriter=StreamWriter, streamreader=StreamReader,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            _is_text_encoding=False)
