import sys
words = ["loaded", "from", "a", "file"]
print(" ".join(words), sys.version_info[:2] >= (3, 11))
