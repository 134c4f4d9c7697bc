import statistics as s
from fractions import Fraction as F
print(s.mean([1, 2, 3, 4]), s.mean([1, 2, 3]), s.mean([1.5, 2.5]), s.mean([F(1, 2), F(1, 3)]), s.mean([1, 2.5]), s.mean(iter([True, False])))
print(s.fmean([1, 2, 3, 4]), s.fmean(iter([3.5, 4])), s.fmean([1, 2, 3], weights=[3, 2, 1]))
print(s.median([3, 1, 2]), s.median([4, 1, 3, 2]), s.median_low([4, 1, 3, 2]), s.median_high([4, 1, 3, 2]), s.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(s.mode([1, 1, 2, 3, 3]), s.mode('aabbbcc'), s.multimode('aabbbccc'), s.multimode([]))
print(s.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), s.variance([1, 2, 3, 4]), s.variance([1, 3, 5]), s.pvariance([1, 2, 3, 4]), s.pvariance([F(1, 4), F(5, 4)]))
print(s.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), s.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), s.stdev([1, 2, 3, 4, 5]), s.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(s.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), s.quantiles(range(1, 11), n=10, method='inclusive'))
print(s.geometric_mean([54, 24, 36]), s.harmonic_mean([40, 60]), s.harmonic_mean([40, 60], weights=[5, 30]))
print(s.covariance([1, 2, 3, 4], [1, 3, 2, 5]), s.correlation([1, 2, 3, 4], [2, 4, 6, 8]), s.linear_regression([1, 2, 3], [2, 4, 7]))
for f, a in [(s.mean, []), (s.variance, [1]), (s.pvariance, []), (s.median, []), (s.mode, []), (s.stdev, [1]), (s.fmean, []), (s.harmonic_mean, [])]:
    try: f(a)
    except s.StatisticsError as e: print(f.__name__, e)
print(issubclass(s.StatisticsError, ValueError), s.variance([1, 2, 3], xbar=2), s.mean([F(1), 2]))
nd = s.NormalDist(100, 15)
print(nd, round(nd.cdf(115), 6), round(nd.inv_cdf(0.5), 6), nd.mean, nd.variance, round(nd.pdf(100), 8))
