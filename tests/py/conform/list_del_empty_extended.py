# Deleting an empty extended slice leaves a list unchanged, for every step sign.
import sys
indices = (0, None, 1, 3, 19, 100, sys.maxsize, -1, -2, -31, -100)
bad = 0
for start in indices:
    for stop in indices:
        for step in indices[1:]:
            L = list(range(5))
            del L[start:stop:step]
            R = list(range(5))
            data = R[start:stop:step]
            data.reverse()
            R[start:stop:step] = data
            print(start, stop, step, L, R)
import sys; print(tuple(range(5))[1::sys.maxsize], tuple(range(5))[::-sys.maxsize], list(range(5))[2::sys.maxsize])
