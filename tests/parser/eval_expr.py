a + b * f(x, *y, **z)[1:2].attr
