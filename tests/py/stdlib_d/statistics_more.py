import statistics as st
from fractions import Fraction as F
print(st.mean([F(1, 3), 1]), st.median([1, 3, 5, 7]), st.median([F(1, 2), F(1, 3)]), st.median_low(['a', 'c', 'b', 'd']), st.median_high('zyx'))
print(st.mode(['red', 'blue', 'red']), st.mode([1.5, 1.5, 2]), st.multimode([1, 1, 2, 2, 3]), st.multimode('aab'))
print(st.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pstdev([1, 1, 1]), st.stdev([2.5, 3.25, 5.5, 11.25]))
print(st.pvariance([1, 2, 3, 4], mu=2.5), st.variance(range(10)), st.stdev(range(10)), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
for f, args in [(st.quantiles, ([1],)), (st.geometric_mean, ([0, 1],)), (st.harmonic_mean, ([-1, 2],)), (st.correlation, ([1, 1, 1], [1, 2, 3])), (st.covariance, ([1, 2], [1])), (st.linear_regression, ([1, 1], [2, 3])), (st.NormalDist, (0, -1))]:
    try:
        print(f(*args))
    except st.StatisticsError as e:
        print('StatisticsError', e)
try:
    st.quantiles([1, 2], method='x')
except ValueError as e:
    print('ValueError', e)
try:
    st.mean(['a', 'b'])
except TypeError as e:
    print('TypeError')
print(st.mean([True, True, False]), st.harmonic_mean([2, 0]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
n = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(n.mean, 6), round(n.stdev, 6), st.NormalDist(1, 2) + st.NormalDist(3, 4) == st.NormalDist(4, 20 ** 0.5), st.NormalDist(2, 3) * 2, round(st.NormalDist().inv_cdf(0.975), 6), [round(q, 4) for q in st.NormalDist().quantiles()])
