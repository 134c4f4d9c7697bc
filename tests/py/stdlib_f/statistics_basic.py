# statistics: means, medians, modes, spreads, with ints, floats, Fractions
# and Decimals.
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data),
      st.median_high(data), st.mode(data), st.multimode(data))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data))
print(st.mean([F(1, 2), F(1, 3)]), st.mean([D('0.1'), D('0.2')]),
      st.variance([D('1.5'), D('2.5'), D('2.5')]))
print(st.harmonic_mean([40, 60]), st.geometric_mean([1, 10, 100]))
print(st.median_grouped([52, 52, 53, 54]), st.quantiles(range(1, 11), n=4))
print(st.correlation([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [1, 3, 2]))
print(st.linear_regression([1, 2, 3], [2, 4, 6]))
for f, arg in [(st.mean, []), (st.variance, [1]), (st.mode, [])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print('StatisticsError', e)
n = st.NormalDist(100, 15)
print(n, round(n.cdf(115), 6), round(n.inv_cdf(0.5), 6), n.mean, n.stdev)
# Decimal spreads are correctly rounded square roots of exact fractions.
print(st.stdev([D('1.5'), D('2.5'), D('2.5'), D('3.75'), D('0.001')]),
      st.pstdev([D(1), D(2), D(4)]), st.stdev([D('0.2'), D('0.7'), D('0.9')]))
print(st.mean([F(1, 40), F(3, 8)]), st.variance([F(1, 3), F(1, 2), 1]))
