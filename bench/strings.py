# String and list work: split, join, sort, append, comprehensions, dicts.
WORDS = ("the quick brown fox jumps over the lazy dog and then sleeps "
         "under a warm sun while birds sing in tall green trees").split()


def make_text(lines):
    out = []
    for i in range(lines):
        k = i % len(WORDS)
        out.append(" ".join(WORDS[k:] + WORDS[:k]) + " " + str(i))
    return "\n".join(out)


def word_counts(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split(" "):
            counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    total = 0
    for rnd in range(6):
        text = make_text(4000)
        counts = word_counts(text)
        common = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        upper = [w.upper() for w in WORDS if len(w) > 3]
        joined = "-".join(sorted(upper, reverse=True))
        total += len(text) + len(counts) + len(joined) + sum(c for _, c in common)
    print(total, common[0], joined[:20])


main()
