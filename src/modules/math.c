/*
** math.c -- the math module: CPython 3.11's functions with its results and
** errors. Float functions follow C99 Annex F and turn its special results
** into "math domain error" (ValueError) or "math range error"
** (OverflowError) as CPython does; integer functions (factorial, comb,
** perm, isqrt, gcd, lcm) are exact on ints of any size.
*/
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>

#include "modules/modules.h"
#include "compiler/opcodes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "runtime/import.h"
#include "runtime/names.h"
#include "runtime/typeobject.h"

#define MATH_PI 3.141592653589793238462643383279502884
#define MATH_E 2.718281828459045235360287471352662498

static Value domain_error(VM *vm) { return vm_raise(vm, &type_ValueError, "math domain error"); }
static Value range_error(VM *vm) { return vm_raise(vm, &type_OverflowError, "math range error"); }

static bool has_kwargs(Value kwnames) { return val_is_obj(kwnames) && as_tuple(kwnames)->len > 0; }

/* ---- one- and two-argument float functions ---- */

/* Apply [f] to the float value of args[0]: a NaN out of a non-NaN is a
** domain error; an infinity out of a finite value is a range error when
** the function can overflow, else a domain error (a pole such as atanh(1)). */
static Value math_1(VM *vm, const char *fname, Value *args, int nargs, Value kwnames,
                    double (*f)(double), bool can_overflow) {
    if (vm_check_args(vm, fname, nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double x;
    if (float_as_double(vm, args[0], &x) < 0) return VAL_ERROR;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error(vm);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
    return val_from_float(r);
}

#define MATH_FUNC1(name, cfunc, can_overflow)                                        \
    static Value math_##name(VM *vm, Value *args, int nargs, Value kwnames) {         \
        return math_1(vm, "math." #name, args, nargs, kwnames, cfunc, can_overflow);  \
    }

MATH_FUNC1(acos, acos, false)
MATH_FUNC1(acosh, acosh, false)
MATH_FUNC1(asin, asin, false)
MATH_FUNC1(asinh, asinh, false)
MATH_FUNC1(atan, atan, false)
MATH_FUNC1(atanh, atanh, false)
MATH_FUNC1(cbrt, cbrt, false)
MATH_FUNC1(cos, cos, false)
MATH_FUNC1(cosh, cosh, true)
MATH_FUNC1(erf, erf, false)
MATH_FUNC1(erfc, erfc, false)
MATH_FUNC1(exp, exp, true)
MATH_FUNC1(exp2, exp2, true)
MATH_FUNC1(expm1, expm1, true)
MATH_FUNC1(fabs, fabs, false)
MATH_FUNC1(log1p, log1p, false)
MATH_FUNC1(sin, sin, false)
MATH_FUNC1(sinh, sinh, true)
MATH_FUNC1(sqrt, sqrt, false)
MATH_FUNC1(tan, tan, false)
MATH_FUNC1(tanh, tanh, false)

static double to_degrees(double x) { return x * (180.0 / MATH_PI); }
static double to_radians(double x) { return x * (MATH_PI / 180.0); }
MATH_FUNC1(degrees, to_degrees, true)
MATH_FUNC1(radians, to_radians, false)

/* gamma and lgamma as CPython computes them (its results are the
** reference): the Lanczos approximation with Boost's lanczos13m53
** coefficients, exact values for small integers, reflection for x < 0. */
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[13] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
static const double lanczos_den[13] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};

/* The rational function of the Lanczos approximation, for x > 0; evaluated
** in 1/x for large x so that it cannot overflow. */
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = 12; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < 13; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x), accurate near the integers. */
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(MATH_PI * y); break;
    case 1: r = cos(MATH_PI * (y - 0.5)); break;
    case 2: r = sin(MATH_PI * (1.0 - y)); break;
    case 3: r = -cos(MATH_PI * (y - 1.5)); break;
    default: r = sin(MATH_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* gamma(x) for finite x that is not a pole; may return an infinity. */
static double gamma_finite(double x) {
    double absx = fabs(x);
    if (x == floor(x) && x <= 23) {
        double f = 1.0;
        for (int k = 2; k < (int)x; k++) f *= k;
        return f;
    }
    if (absx < 1e-20) return 1.0 / x;
    if (absx > 200.0) return x < 0 ? 0.0 / sin_pi(x) : INFINITY;
    double y = absx + lanczos_g_minus_half, q, z;
    if (absx > lanczos_g_minus_half) {
        q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0) {
        r = -MATH_PI / sin_pi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    return r;
}

static Value math_gamma(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "math.gamma", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double x;
    if (float_as_double(vm, args[0], &x) < 0) return VAL_ERROR;
    if (isnan(x) || x == INFINITY) return val_from_float(x);
    if (x == -INFINITY || (x <= 0 && x == floor(x))) return domain_error(vm);   /* poles */
    double r = gamma_finite(x);
    if (isinf(r)) return range_error(vm);
    return val_from_float(r);
}

static Value math_lgamma(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "math.lgamma", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double x;
    if (float_as_double(vm, args[0], &x) < 0) return VAL_ERROR;
    if (isnan(x)) return val_from_float(x);
    if (isinf(x)) return val_from_float(INFINITY);
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0) return domain_error(vm);
        return val_from_float(0.0);   /* lgamma(1) == lgamma(2) == 0 exactly */
    }
    double absx = fabs(x);
    if (absx < 1e-20) return val_from_float(-log(absx));
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0) r = log(MATH_PI) - log(fabs(sin_pi(absx))) - log(absx) - r;
    if (isinf(r)) return range_error(vm);
    return val_from_float(r);
}

/* Two float arguments: NaN from non-NaNs is a domain error, an infinity
** from finite values a range error. */
static Value math_2(VM *vm, const char *fname, Value *args, int nargs, Value kwnames,
                    double (*f)(double, double)) {
    if (vm_check_args(vm, fname, nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    double x, y;
    if (float_as_double(vm, args[0], &x) < 0 || float_as_double(vm, args[1], &y) < 0)
        return VAL_ERROR;
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(vm);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error(vm);
    return val_from_float(r);
}

/* fmod(x, +-inf) is x for finite x, which C99 already gives. */
static Value math_fmod(VM *vm, Value *args, int nargs, Value kwnames) {
    return math_2(vm, "fmod", args, nargs, kwnames, fmod);
}

static Value math_remainder(VM *vm, Value *args, int nargs, Value kwnames) {
    return math_2(vm, "remainder", args, nargs, kwnames, remainder);
}

static Value math_atan2(VM *vm, Value *args, int nargs, Value kwnames) {
    return math_2(vm, "atan2", args, nargs, kwnames, atan2);
}

static Value math_copysign(VM *vm, Value *args, int nargs, Value kwnames) {
    return math_2(vm, "copysign", args, nargs, kwnames, copysign);
}

static Value math_nextafter(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "nextafter", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    double x, y;
    if (float_as_double(vm, args[0], &x) < 0 || float_as_double(vm, args[1], &y) < 0)
        return VAL_ERROR;
    return val_from_float(nextafter(x, y));
}

static Value math_ulp(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "math.ulp", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double x;
    if (float_as_double(vm, args[0], &x) < 0) return VAL_ERROR;
    if (isnan(x)) return val_from_float(x);
    x = fabs(x);
    if (isinf(x)) return val_from_float(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return val_from_float(x - nextafter(x, -INFINITY));
    return val_from_float(up - x);
}

/* pow(x, y) with C99's special cases made explicit (the C library's pow
** is not trusted on them) and CPython's errors: 0 ** negative and
** negative ** non-integer are domain errors, overflow a range error. */
static bool is_odd_integer(double y) { return isfinite(y) && fmod(fabs(y), 2.0) == 1.0; }

static double pow_special(double x, double y) {
    if (isnan(x)) return y == 0.0 ? 1.0 : x;
    if (isnan(y)) return x == 1.0 ? 1.0 : y;
    if (isinf(x)) {
        if (y > 0) return is_odd_integer(y) ? x : fabs(x);
        if (y == 0) return 1.0;
        return is_odd_integer(y) ? copysign(0.0, x) : 0.0;
    }
    /* y is infinite, x finite */
    if (fabs(x) == 1.0) return 1.0;
    if (y > 0 && fabs(x) > 1.0) return y;
    if (y < 0 && fabs(x) < 1.0) return -y;
    return 0.0;
}

static Value math_pow(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "pow", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    double x, y;
    if (float_as_double(vm, args[0], &x) < 0 || float_as_double(vm, args[1], &y) < 0)
        return VAL_ERROR;
    if (!isfinite(x) || !isfinite(y)) return val_from_float(pow_special(x, y));
    if (x == 0.0 && y < 0) return domain_error(vm);
    double r = pow(x, y);
    if (isnan(r)) return domain_error(vm);
    if (isinf(r)) return range_error(vm);
    return val_from_float(r);
}

/* ---- logarithms (also of ints beyond the float range) ---- */

enum { LOG_E, LOG_2, LOG_10 };

static double log_kind(int kind, double x) {
    return kind == LOG_E ? log(x) : kind == LOG_2 ? log2(x) : log10(x);
}

/* The logarithm of a float: log of 0 or a negative is a domain error. */
static int log_double(VM *vm, int kind, double x, double *out) {
    if (isnan(x) || x == INFINITY) {
        *out = x;
        return 0;
    }
    if (!(x > 0)) {
        domain_error(vm);
        return -1;
    }
    *out = log_kind(kind, x);
    return 0;
}

/* An int too large for a float: as CPython, log(m) + e * log(2) where
** n = m * 2**e with m in [0.5, 1) correctly rounded (62 top bits and a
** sticky bit for the rest, so one rounding to double). */
static int log_big_int(VM *vm, int kind, Value n, double *out) {
    uint64_t bits = int_bit_length(n);
    Value shift = val_from_small((int64_t)bits - 62);
    Value top = int_rshift(vm, n, shift);
    if (val_is_error(top)) return -1;
    Value back = int_lshift(vm, top, shift);
    if (val_is_error(back)) return -1;
    int64_t t;
    if (int_as_i64(vm, top, &t) < 0) return -1;
    if (int_compare(back, n) != 0) t |= 1;
    double m = ldexp((double)t, -62);
    double e = (double)bits;
    *out = kind == LOG_2 ? log2(m) + e : log_kind(kind, m) + log_kind(kind, 2.0) * e;
    return 0;
}

static int log_value(VM *vm, int kind, Value x, double *out) {
    if (val_is_intlike(x)) {
        if (int_sign(x) <= 0) {
            domain_error(vm);
            return -1;
        }
        bool overflow;
        double d = int_as_double(vm, x, &overflow);
        if (overflow) return log_big_int(vm, kind, x, out);
        *out = log_kind(kind, d);
        return 0;
    }
    double d;
    if (float_as_double(vm, x, &d) < 0) return -1;
    return log_double(vm, kind, d, out);
}

static Value math_log(VM *vm, Value *args, int nargs, Value kwnames) {
    if (has_kwargs(kwnames))
        return vm_raise(vm, &type_TypeError, "log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return vm_raise(vm, &type_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (log_value(vm, LOG_E, args[0], &num) < 0) return VAL_ERROR;
    if (nargs == 1) return val_from_float(num);
    if (log_value(vm, LOG_E, args[1], &den) < 0) return VAL_ERROR;
    if (den == 0) return vm_raise(vm, &type_ZeroDivisionError, "float division by zero");
    return val_from_float(num / den);
}

static Value log_one(VM *vm, const char *fname, int kind, Value *args, int nargs,
                     Value kwnames) {
    if (vm_check_args(vm, fname, nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double r;
    if (log_value(vm, kind, args[0], &r) < 0) return VAL_ERROR;
    return val_from_float(r);
}

static Value math_log2(VM *vm, Value *args, int nargs, Value kwnames) {
    return log_one(vm, "math.log2", LOG_2, args, nargs, kwnames);
}

static Value math_log10(VM *vm, Value *args, int nargs, Value kwnames) {
    return log_one(vm, "math.log10", LOG_10, args, nargs, kwnames);
}

/* ---- rounding to ints ---- */

/* ceil/floor: exact floats directly, then the type's __ceil__/__floor__,
** then the float value. */
static Value round_to_int(VM *vm, Value x, Value special,
                          double (*f)(double)) {
    if (val_is_float(x)) return int_from_double(vm, f(val_as_float(x)));
    if (val_is_int(x)) return x;
    bool found;
    Value r = call_special(vm, x, special, NULL, 0, &found);
    if (found || val_is_error(r)) return r;
    if (val_is_intlike(x)) return int_exact(vm, x);
    double d;
    if (float_as_double(vm, x, &d) < 0) return VAL_ERROR;
    return int_from_double(vm, f(d));
}

static Value math_ceil(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "math.ceil", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return round_to_int(vm, args[0], NAME(vm, __ceil__), ceil);
}

static Value math_floor(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "math.floor", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return round_to_int(vm, args[0], NAME(vm, __floor__), floor);
}

static Value math_trunc(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "math.trunc", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value x = args[0];
    if (val_is_float(x)) return int_from_double(vm, val_as_float(x));
    if (val_is_int(x)) return x;
    bool found;
    Value r = call_special(vm, x, NAME(vm, __trunc__), NULL, 0, &found);
    if (found || val_is_error(r)) return r;
    if (val_is_intlike(x)) return int_exact(vm, x);
    return vm_raise(vm, &type_TypeError, "type %s doesn't define __trunc__ method",
                    type_name(val_type(x)));
}

/* ---- decomposing floats ---- */

static Value math_frexp(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "math.frexp", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double x;
    if (float_as_double(vm, args[0], &x) < 0) return VAL_ERROR;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    return tuple_pack(vm, 2, val_from_float(m), val_from_small(e));
}

static Value math_modf(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "math.modf", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double x;
    if (float_as_double(vm, args[0], &x) < 0) return VAL_ERROR;
    if (isinf(x)) return tuple_pack(vm, 2, val_from_float(copysign(0.0, x)), val_from_float(x));
    double ip;
    double frac = modf(x, &ip);
    return tuple_pack(vm, 2, val_from_float(frac), val_from_float(ip));
}

static Value math_ldexp(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "ldexp", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    double x;
    if (float_as_double(vm, args[0], &x) < 0) return VAL_ERROR;
    Value i = args[1];
    if (!val_is_intlike(i))
        return vm_raise(vm, &type_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (int_as_i64(vm, i, &e) < 0) {
        vm_clear_exc(vm);
        e = int_sign(i) > 0 ? INT64_MAX : INT64_MIN;
    }
    if (x == 0 || !isfinite(x)) return val_from_float(x);
    if (e > INT_MAX) return range_error(vm);
    if (e < INT_MIN) return val_from_float(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error(vm);
    return val_from_float(r);
}

/* ---- classification and comparison ---- */

static Value classify(VM *vm, const char *fname, Value *args, int nargs, Value kwnames,
                      int which) {
    if (vm_check_args(vm, fname, nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double x;
    if (float_as_double(vm, args[0], &x) < 0) return VAL_ERROR;
    bool r = which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x);
    return val_from_bool(r);
}

static Value math_isfinite(VM *vm, Value *args, int nargs, Value kwnames) {
    return classify(vm, "math.isfinite", args, nargs, kwnames, 0);
}

static Value math_isinf(VM *vm, Value *args, int nargs, Value kwnames) {
    return classify(vm, "math.isinf", args, nargs, kwnames, 1);
}

static Value math_isnan(VM *vm, Value *args, int nargs, Value kwnames) {
    return classify(vm, "math.isnan", args, nargs, kwnames, 2);
}

static Value math_isclose(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    if (nargs > 2)
        return vm_raise(vm, &type_TypeError,
                        "isclose() takes exactly 2 positional arguments (%d given)", nargs);
    Value a[4];
    if (vm_parse_args(vm, "isclose", args, nargs, kwnames, names, 2, 0, a) < 0) return VAL_ERROR;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (float_as_double(vm, a[0], &x) < 0 || float_as_double(vm, a[1], &y) < 0) return VAL_ERROR;
    if (!val_is_null(a[2]) && float_as_double(vm, a[2], &rel_tol) < 0) return VAL_ERROR;
    if (!val_is_null(a[3]) && float_as_double(vm, a[3], &abs_tol) < 0) return VAL_ERROR;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return vm_raise(vm, &type_ValueError, "tolerances must be non-negative");
    if (x == y) return VAL_TRUE;
    if (isinf(x) || isinf(y)) return VAL_FALSE;
    double diff = fabs(y - x);
    return val_from_bool(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) ||
                         diff <= abs_tol);
}

/* ---- hypot, dist: Euclidean norms ---- */

/* Add [x] to the Neumaier sum (*sum, *comp). */
static void neumaier_add(double *sum, double *comp, double x) {
    double t = *sum + x;
    if (fabs(*sum) >= fabs(x))
        *comp += (*sum - t) + x;
    else
        *comp += (x - t) + *sum;
    *sum = t;
}

/* The norm of v[0..n) (absolute values, max the largest): the values are
** scaled so the largest is near 1, their squares summed exactly enough
** (fma gives each square's rounding error), and the square root corrected
** by one Newton step, which makes the result nearly always correctly
** rounded, as CPython's is. */
static double vector_norm(double *v, size_t n, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0 || n <= 1) return max;
    int e;
    frexp(max, &e);
    if (e < -1021) {   /* subnormals: bring them into the normal range first */
        for (size_t i = 0; i < n; i++) v[i] = ldexp(v[i], 1074);
        return ldexp(vector_norm(v, n, ldexp(max, 1074), false), -1074);
    }
    double scale = ldexp(1.0, -e), sum = 0.0, comp = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        double hi = x * x;
        neumaier_add(&sum, &comp, hi);
        neumaier_add(&sum, &comp, fma(x, x, -hi));
    }
    double s = sum + comp;
    double h = sqrt(s);
    double hh = h * h;
    double residual = ((sum - hh) - fma(h, h, -hh)) + comp;
    h += residual / (2.0 * h);
    return h / scale;
}

/* Absolute float values of [items] into a malloc'ed array, with the
** largest and whether a NaN was seen. NULL on error (or no memory). */
static double *abs_values(VM *vm, const Value *items, size_t n, double *max, bool *nan) {
    double *v = malloc((n ? n : 1) * sizeof(double));
    if (!v) {
        vm_raise_nomem(vm);
        return NULL;
    }
    *max = 0.0;
    *nan = false;
    for (size_t i = 0; i < n; i++) {
        double x;
        if (float_as_double(vm, items[i], &x) < 0) {
            free(v);
            return NULL;
        }
        v[i] = fabs(x);
        if (isnan(x)) *nan = true;
        if (v[i] > *max) *max = v[i];
    }
    return v;
}

static Value math_hypot(VM *vm, Value *args, int nargs, Value kwnames) {
    if (has_kwargs(kwnames))
        return vm_raise(vm, &type_TypeError, "hypot() takes no keyword arguments");
    double max;
    bool nan;
    double *v = abs_values(vm, args, (size_t)nargs, &max, &nan);
    if (!v) return VAL_ERROR;
    double r = vector_norm(v, (size_t)nargs, max, nan);
    free(v);
    return val_from_float(r);
}

/* The coordinate differences of two points (tuples). */
static double *point_differences(VM *vm, Value p, Value q, size_t n, double *max, bool *nan) {
    double *v = malloc((n ? n : 1) * sizeof(double));
    if (!v) {
        vm_raise_nomem(vm);
        return NULL;
    }
    *max = 0.0;
    *nan = false;
    for (size_t i = 0; i < n; i++) {
        double a, b;
        if (float_as_double(vm, as_tuple(p)->items[i], &a) < 0 ||
            float_as_double(vm, as_tuple(q)->items[i], &b) < 0) {
            free(v);
            return NULL;
        }
        v[i] = fabs(a - b);
        if (isnan(v[i])) *nan = true;
        if (v[i] > *max) *max = v[i];
    }
    return v;
}

static Value as_point(VM *vm, Value p) {
    return val_is_type(p, &type_tuple) ? p : seq_to_tuple(vm, p);
}

static Value math_dist(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "dist", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    Value p = as_point(vm, args[0]);
    if (val_is_error(p)) return p;
    gc_push_root(vm, &p);
    Value q = as_point(vm, args[1]);
    gc_push_root(vm, &q);
    Value result = VAL_ERROR;
    if (val_is_error(q)) goto done;
    size_t n = as_tuple(p)->len;
    if (as_tuple(q)->len != n) {
        vm_raise(vm, &type_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    double max;
    bool nan;
    double *v = point_differences(vm, p, q, n, &max, &nan);
    if (!v) goto done;
    result = val_from_float(vector_norm(v, n, max, nan));
    free(v);
done:
    gc_pop_roots(vm, 2);
    return result;
}

/* ---- fsum: Shewchuk's exact summation of partials ---- */

typedef struct Partials {
    double *p;
    size_t n, cap;
    double special_sum;       /* the sum of the infinities and NaNs seen */
    double inf_sum;           /* the sum of the infinities alone */
} Partials;

/* Add [x] into the non-overlapping partials; -1 on intermediate overflow
** or no memory (exception set). */
static int partials_add(VM *vm, Partials *ps, double x) {
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) ps->p[i++] = lo;
        x = hi;
    }
    ps->n = i;
    if (x == 0.0) return 0;
    if (!isfinite(x)) {
        if (isfinite(xsave)) {
            vm_raise(vm, &type_OverflowError, "intermediate overflow in fsum");
            return -1;
        }
        if (isinf(xsave)) ps->inf_sum += xsave;
        ps->special_sum += xsave;
        ps->n = 0;
        return 0;
    }
    if (ps->n == ps->cap) {
        size_t cap = ps->cap ? ps->cap * 2 : 32;
        double *np = realloc(ps->p, cap * sizeof(double));
        if (!np) {
            vm_raise_nomem(vm);
            return -1;
        }
        ps->p = np;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
    return 0;
}

/* The correctly rounded sum of the partials (round-half-even across the
** last two partials, as the exact sum requires). */
static double partials_total(Partials *ps) {
    size_t n = ps->n;
    if (n == 0) return 0.0;
    double hi = ps->p[--n], lo = 0.0;
    while (n > 0) {
        double x = hi, y = ps->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0) || (lo > 0.0 && ps->p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y;
        if (y == x - hi) hi = x;
    }
    return hi;
}

static Value math_fsum(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "math.fsum", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value it = obj_iter(vm, args[0]);
    if (val_is_error(it)) return it;
    gc_push_root(vm, &it);
    Partials ps = {NULL, 0, 0, 0.0, 0.0};
    Value result = VAL_ERROR;
    for (;;) {
        Value item = obj_next(vm, it);
        if (val_is_error(item)) goto done;
        if (val_is_null(item)) break;
        double x;
        if (float_as_double(vm, item, &x) < 0 || partials_add(vm, &ps, x) < 0) goto done;
    }
    if (ps.special_sum != 0.0) {
        if (isnan(ps.inf_sum))
            vm_raise(vm, &type_ValueError, "-inf + inf in fsum");
        else
            result = val_from_float(ps.special_sum);
        goto done;
    }
    result = val_from_float(partials_total(&ps));
done:
    free(ps.p);
    gc_pop_roots(vm, 1);
    return result;
}

/* ---- prod ---- */

static Value math_prod(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"", "start", NULL};
    if (nargs != 1)
        return vm_raise(vm, &type_TypeError,
                        "prod() takes exactly 1 positional argument (%d given)", nargs);
    Value a[2];
    if (vm_parse_args(vm, "prod", args, nargs, kwnames, names, 1, 1, a) < 0) return VAL_ERROR;
    Value acc = val_is_null(a[1]) ? val_from_small(1) : a[1];
    Value it = obj_iter(vm, a[0]);
    if (val_is_error(it)) return it;
    Value item = VAL_NONE;
    gc_push_root(vm, &it);
    gc_push_root(vm, &acc);
    gc_push_root(vm, &item);
    for (;;) {
        item = obj_next(vm, it);
        if (val_is_error(item) || val_is_null(item)) break;
        acc = obj_binary_op(vm, acc, item, BINOP_MULTIPLY);
        if (val_is_error(acc)) break;
    }
    gc_pop_roots(vm, 3);
    if (val_is_error(item) || val_is_error(acc)) return VAL_ERROR;
    return acc;
}

/* ---- exact integer functions ---- */

/* The product lo * (lo+1) * ... * hi of u64 factors (lo <= hi), by binary
** splitting so that the big multiplications are balanced. */
static Value range_product(VM *vm, uint64_t lo, uint64_t hi) {
    if (hi - lo < 16) {
        Value acc = val_from_small(1);
        uint64_t part = 1;
        for (uint64_t k = lo;; k++) {
            uint64_t next;
            if (__builtin_mul_overflow(part, k, &next)) {
                acc = int_mul(vm, acc, int_from_u64(vm, part));
                if (val_is_error(acc)) return acc;
                next = k;
            }
            part = next;
            if (k == hi) break;
        }
        Value p = int_from_u64(vm, part);
        if (val_is_error(p)) return p;
        return int_mul(vm, acc, p);
    }
    uint64_t mid = lo + (hi - lo) / 2;
    Value left = range_product(vm, lo, mid);
    if (val_is_error(left)) return left;
    Value right = range_product(vm, mid + 1, hi);
    if (val_is_error(right)) return right;
    return int_mul(vm, left, right);
}

static Value factorial_u64(VM *vm, uint64_t n) {
    if (n < 2) return val_from_small(1);
    return range_product(vm, 2, n);
}

/* An int argument (via __index__), as an exact int. */
static Value index_arg(VM *vm, Value v) { return obj_index(vm, v); }

static Value math_factorial(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "math.factorial", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value n = index_arg(vm, args[0]);
    if (val_is_error(n)) return n;
    if (int_sign(n) < 0)
        return vm_raise(vm, &type_ValueError, "factorial() not defined for negative values");
    int64_t k;
    if (int_as_i64(vm, n, &k) < 0) {
        vm_clear_exc(vm);
        return vm_raise(vm, &type_OverflowError,
                        "factorial() argument should not exceed %lld", (long long)INT64_MAX);
    }
    return factorial_u64(vm, (uint64_t)k);
}

/* n * (n-1) * ... * (n-k+1) for an int n >= k >= 1, by binary splitting. */
static Value falling_product(VM *vm, Value n, uint64_t k) {
    int64_t small;
    if (int_as_i64(vm, n, &small) == 0) return range_product(vm, (uint64_t)small - k + 1, (uint64_t)small);
    vm_clear_exc(vm);
    if (k == 1) return n;
    uint64_t j = k / 2;
    Value left = falling_product(vm, n, j);
    if (val_is_error(left)) return left;
    Value rest = int_sub(vm, n, int_from_u64(vm, j));
    if (val_is_error(rest)) return rest;
    Value right = falling_product(vm, rest, k - j);
    if (val_is_error(right)) return right;
    return int_mul(vm, left, right);
}

/* Check comb/perm's n and k (exact non-negative ints); *k_small gets k when
** k <= n, else the function's result is 0 (returns 1). */
static int comb_args(VM *vm, Value *n, Value *k, uint64_t *k_small) {
    if (int_sign(*n) < 0) {
        vm_raise(vm, &type_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (int_sign(*k) < 0) {
        vm_raise(vm, &type_ValueError, "k must be a non-negative integer");
        return -1;
    }
    if (int_compare(*k, *n) > 0) return 1;
    int64_t ks;
    if (int_as_i64(vm, *k, &ks) < 0) {
        vm_clear_exc(vm);
        vm_raise(vm, &type_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
        return -1;
    }
    *k_small = (uint64_t)ks;
    return 0;
}

static Value math_perm(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "perm", nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    Value n = index_arg(vm, args[0]);
    if (val_is_error(n)) return n;
    if (nargs == 1 || val_is_none(args[1])) return math_factorial(vm, &n, 1, VAL_NULL);
    gc_push_root(vm, &n);
    Value k = index_arg(vm, args[1]);
    gc_pop_roots(vm, 1);
    if (val_is_error(k)) return k;
    uint64_t ks;
    int r = comb_args(vm, &n, &k, &ks);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return val_from_small(0);
    if (ks == 0) return val_from_small(1);
    return falling_product(vm, n, ks);
}

static Value math_comb(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "comb", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    Value n = index_arg(vm, args[0]);
    if (val_is_error(n)) return n;
    gc_push_root(vm, &n);
    Value k = index_arg(vm, args[1]);
    gc_pop_roots(vm, 1);
    if (val_is_error(k)) return k;
    if (int_sign(n) >= 0 && int_sign(k) >= 0 && int_compare(k, n) <= 0) {
        /* comb(n, k) == comb(n, n - k): take the smaller k */
        Value nk = int_sub(vm, n, k);
        if (val_is_error(nk)) return nk;
        if (int_compare(nk, k) < 0) k = nk;
    }
    uint64_t ks;
    int r = comb_args(vm, &n, &k, &ks);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return val_from_small(0);
    if (ks == 0) return val_from_small(1);
    Value top = falling_product(vm, n, ks);
    if (val_is_error(top)) return top;
    Value bottom = factorial_u64(vm, ks);
    if (val_is_error(bottom)) return bottom;
    return int_floordiv(vm, top, bottom);
}

/* gcd of two exact ints, non-negative. */
static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static Value gcd_ints(VM *vm, Value a, Value b) {
    a = int_abs(vm, a);
    if (val_is_error(a)) return a;
    b = int_abs(vm, b);
    if (val_is_error(b)) return b;
    while (int_sign(b) != 0) {
        int64_t x, y;
        if (val_is_int(a) && val_is_int(b)) {
            x = val_as_int(a);
            y = val_as_int(b);
            return int_from_u64(vm, gcd_u64((uint64_t)x, (uint64_t)y));
        }
        Value t = int_mod(vm, a, b);
        if (val_is_error(t)) return t;
        a = b;
        b = t;
    }
    return a;
}

static Value math_gcd(VM *vm, Value *args, int nargs, Value kwnames) {
    if (has_kwargs(kwnames))
        return vm_raise(vm, &type_TypeError, "gcd() takes no keyword arguments");
    Value g = val_from_small(0);
    gc_push_root(vm, &g);
    for (int i = 0; i < nargs; i++) {
        Value x = index_arg(vm, args[i]);
        if (val_is_error(x) || val_is_error(g = gcd_ints(vm, g, x))) {
            g = VAL_ERROR;
            break;
        }
    }
    gc_pop_roots(vm, 1);
    return g;
}

static Value lcm_ints(VM *vm, Value a, Value b) {
    if (int_sign(a) == 0 || int_sign(b) == 0) return val_from_small(0);
    Value g = gcd_ints(vm, a, b);
    if (val_is_error(g)) return g;
    Value q = int_floordiv(vm, a, g);
    if (val_is_error(q)) return q;
    Value r = int_mul(vm, q, b);
    if (val_is_error(r)) return r;
    return int_abs(vm, r);
}

static Value math_lcm(VM *vm, Value *args, int nargs, Value kwnames) {
    if (has_kwargs(kwnames))
        return vm_raise(vm, &type_TypeError, "lcm() takes no keyword arguments");
    Value l = val_from_small(1);
    gc_push_root(vm, &l);
    for (int i = 0; i < nargs; i++) {
        Value x = index_arg(vm, args[i]);
        if (val_is_error(x)) {
            l = VAL_ERROR;
            break;
        }
        if (nargs == 1) {
            l = int_abs(vm, x);
            break;
        }
        l = lcm_ints(vm, l, x);
        if (val_is_error(l)) break;
    }
    gc_pop_roots(vm, 1);
    return l;
}

/* isqrt of an int that fits in 64 bits: the float square root, corrected. */
static uint64_t isqrt_u64(uint64_t n) {
    uint64_t r = (uint64_t)sqrt((double)n);
    while (r > 0 && (r > UINT32_MAX || r * r > n)) r--;
    while ((r + 1) <= UINT32_MAX && (r + 1) * (r + 1) <= n) r++;
    return r;
}

/* Newton's iteration from 2**ceil(bits/2) >= sqrt(n): it decreases
** monotonically to floor(sqrt(n)). */
static Value isqrt_big(VM *vm, Value n) {
    uint64_t bits = int_bit_length(n);
    Value x = int_lshift(vm, val_from_small(1), val_from_small((int64_t)(bits + 1) / 2));
    if (val_is_error(x)) return x;
    for (;;) {
        Value q = int_floordiv(vm, n, x);
        if (val_is_error(q)) return q;
        Value s = int_add(vm, x, q);
        if (val_is_error(s)) return s;
        Value y = int_rshift(vm, s, val_from_small(1));
        if (val_is_error(y)) return y;
        if (int_compare(y, x) >= 0) return x;
        x = y;
    }
}

static Value math_isqrt(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "math.isqrt", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value n = index_arg(vm, args[0]);
    if (val_is_error(n)) return n;
    if (int_sign(n) < 0)
        return vm_raise(vm, &type_ValueError, "isqrt() argument must be nonnegative");
    int64_t small;
    if (int_as_i64(vm, n, &small) == 0) return int_from_u64(vm, isqrt_u64((uint64_t)small));
    vm_clear_exc(vm);
    return isqrt_big(vm, n);
}

/* ---- the module ---- */

static const MethodDef math_functions[] = {
    {"acos", math_acos, 0, NULL},           {"acosh", math_acosh, 0, NULL},
    {"asin", math_asin, 0, NULL},           {"asinh", math_asinh, 0, NULL},
    {"atan", math_atan, 0, NULL},           {"atan2", math_atan2, 0, NULL},
    {"atanh", math_atanh, 0, NULL},         {"cbrt", math_cbrt, 0, NULL},
    {"ceil", math_ceil, 0, NULL},           {"comb", math_comb, 0, NULL},
    {"copysign", math_copysign, 0, NULL},   {"cos", math_cos, 0, NULL},
    {"cosh", math_cosh, 0, NULL},           {"degrees", math_degrees, 0, NULL},
    {"dist", math_dist, 0, NULL},           {"erf", math_erf, 0, NULL},
    {"erfc", math_erfc, 0, NULL},           {"exp", math_exp, 0, NULL},
    {"exp2", math_exp2, 0, NULL},           {"expm1", math_expm1, 0, NULL},
    {"fabs", math_fabs, 0, NULL},           {"factorial", math_factorial, 0, NULL},
    {"floor", math_floor, 0, NULL},         {"fmod", math_fmod, 0, NULL},
    {"frexp", math_frexp, 0, NULL},         {"fsum", math_fsum, 0, NULL},
    {"gamma", math_gamma, 0, NULL},         {"gcd", math_gcd, 0, NULL},
    {"hypot", math_hypot, 0, NULL},         {"isclose", math_isclose, 0, NULL},
    {"isfinite", math_isfinite, 0, NULL},   {"isinf", math_isinf, 0, NULL},
    {"isnan", math_isnan, 0, NULL},         {"isqrt", math_isqrt, 0, NULL},
    {"lcm", math_lcm, 0, NULL},             {"ldexp", math_ldexp, 0, NULL},
    {"lgamma", math_lgamma, 0, NULL},       {"log", math_log, 0, NULL},
    {"log10", math_log10, 0, NULL},         {"log1p", math_log1p, 0, NULL},
    {"log2", math_log2, 0, NULL},           {"modf", math_modf, 0, NULL},
    {"nextafter", math_nextafter, 0, NULL}, {"perm", math_perm, 0, NULL},
    {"pow", math_pow, 0, NULL},             {"prod", math_prod, 0, NULL},
    {"radians", math_radians, 0, NULL},     {"remainder", math_remainder, 0, NULL},
    {"sin", math_sin, 0, NULL},             {"sinh", math_sinh, 0, NULL},
    {"sqrt", math_sqrt, 0, NULL},           {"tan", math_tan, 0, NULL},
    {"tanh", math_tanh, 0, NULL},           {"trunc", math_trunc, 0, NULL},
    {"ulp", math_ulp, 0, NULL},             {NULL, NULL, 0, NULL},
};

Value math_module_init(VM *vm) {
    Value m = native_module_new(vm, "math", math_functions);
    if (val_is_error(m)) return m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    if (dict_set_cstr(vm, d, "pi", val_from_float(MATH_PI)) < 0 ||
        dict_set_cstr(vm, d, "e", val_from_float(MATH_E)) < 0 ||
        dict_set_cstr(vm, d, "tau", val_from_float(2 * MATH_PI)) < 0 ||
        dict_set_cstr(vm, d, "inf", val_from_float(INFINITY)) < 0 ||
        dict_set_cstr(vm, d, "nan", val_from_float(NAN)) < 0)
        return VAL_ERROR;
    return m;
}
