"""mac-arabic: a one-byte charmap codec (table generated from CPython's)."""

from encodings._charmap import ASCII, codec_entry

TABLE = ASCII + (
    'Ä ÇÉÑÖÜáàâäں«çéèêëí…îïñó»ôö÷úùûü'
    ' !"#$٪&\'()*+،-./٠١٢٣٤٥٦٧٨٩:؛<=>؟'
    '❊ءآأؤإئابةتثجحخدذرزسشصضطظعغ[\\]^_'
    'ـفقكلمنهوىيًٌٍَُِّْپٹچەڤگڈڑ{|}ژے'
)


def getregentry():
    return codec_entry('mac-arabic', TABLE)
