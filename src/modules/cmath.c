/*
** cmath.c -- mathematical functions over complex numbers.
**
** The values come from the C library's C99 complex functions (glibc
** natively, musl's in wasi-libc), which follow C99 Annex G for infinities,
** NaNs and signed zeros as CPython's own code does. The errors are
** CPython's: a finite argument that gives a NaN is a ValueError ("math
** domain error"), one that gives an infinity an OverflowError ("math range
** error"); a few functions are singular at a finite point (log at 0, atanh
** at +-1) and raise ValueError there.
*/
#include <complex.h>
#include <math.h>

#include "modules/modules.h"
#include "objects/float.h"
#include "compiler/opcodes.h"
#include "runtime/import.h"

typedef double complex (*ComplexFn)(double complex);

/* The complex value of an argument: a complex, something with __complex__,
** or a real number (__float__ / __index__). */
static int complex_arg(VM *vm, Value v, double complex *out) {
    double re, im;
    int r = complex_coerce(vm, v, &re, &im);
    if (r < 0) return -1;
    if (r == 0) {
        Value method = obj_type_lookup(val_type(v), str_intern_cstr(vm, "__complex__"));
        if (!val_is_null(method)) {
            Value conv = obj_call_method(vm, v, "__complex__", NULL, 0);
            if (val_is_error(conv)) return -1;
            if (!val_is_obj(conv) || complex_coerce(vm, conv, &re, &im) != 1 || float_check(conv) ||
                val_is_intlike(conv)) {
                vm_raise(vm, &type_TypeError, "__complex__ returned non-complex (type %T)", conv);
                return -1;
            }
        } else {
            if (float_as_double(vm, v, &re) < 0) return -1;
            im = 0.0;
        }
    }
    *out = CMPLX(re, im);
    return 0;
}

static bool finite_cx(double complex z) { return isfinite(creal(z)) && isfinite(cimag(z)); }

static bool has_nan(double complex z) { return isnan(creal(z)) || isnan(cimag(z)); }

/* w = f(z) with CPython's errors: a NaN out of an argument without one is a
** domain error (for infinite arguments too, where C99 Annex G raises
** "invalid"); an infinity out of a finite argument is a range error. */
static Value checked(VM *vm, double complex z, double complex w) {
    if (!has_nan(z) && has_nan(w)) return vm_raise(vm, &type_ValueError, "math domain error");
    if (finite_cx(z) && (isinf(creal(w)) || isinf(cimag(w))))
        return vm_raise(vm, &type_OverflowError, "math range error");
    return complex_new(vm, creal(w), cimag(w));
}

static Value apply1(VM *vm, const char *name, Value *args, int nargs, Value kwnames, ComplexFn fn) {
    if (vm_check_args(vm, name, nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double complex z;
    if (complex_arg(vm, args[0], &z) < 0) return VAL_ERROR;
    return checked(vm, z, fn(z));
}

/* Where C99 gives a zero or a finite part and CPython's tables say NaN. */
static double complex tan_cx(double complex z) {
    return isnan(creal(z)) && cimag(z) == 0 ? CMPLX(NAN, NAN) : ctan(z);
}
static double complex tanh_cx(double complex z) {
    return creal(z) == 0 && isnan(cimag(z)) ? CMPLX(NAN, NAN) : ctanh(z);
}
static double complex acosh_cx(double complex z) {
    return creal(z) == 0 && isnan(cimag(z)) ? CMPLX(NAN, NAN) : cacosh(z);
}

#define CMATH_FN(name, cfn)                                                         \
    static Value cmath_##name(VM *vm, Value *args, int nargs, Value kwnames) {      \
        return apply1(vm, #name, args, nargs, kwnames, cfn);                        \
    }

CMATH_FN(exp, cexp)
CMATH_FN(sqrt, csqrt)
CMATH_FN(sin, csin)
CMATH_FN(cos, ccos)
CMATH_FN(tan, tan_cx)
CMATH_FN(asin, casin)
CMATH_FN(acos, cacos)
CMATH_FN(sinh, csinh)
CMATH_FN(cosh, ccosh)
CMATH_FN(tanh, tanh_cx)
CMATH_FN(asinh, casinh)
CMATH_FN(acosh, acosh_cx)

/* atan and atanh are singular at finite points: +-1j and +-1. */
static Value cmath_atan(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "atan", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double complex z;
    if (complex_arg(vm, args[0], &z) < 0) return VAL_ERROR;
    if (creal(z) == 0 && fabs(cimag(z)) == 1.0) return vm_raise(vm, &type_ValueError, "math domain error");
    return checked(vm, z, catan(z));
}

static Value cmath_atanh(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "atanh", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double complex z;
    if (complex_arg(vm, args[0], &z) < 0) return VAL_ERROR;
    if (cimag(z) == 0 && fabs(creal(z)) == 1.0) return vm_raise(vm, &type_ValueError, "math domain error");
    return checked(vm, z, catanh(z));
}

static Value cmath_log(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "log", nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    double complex z;
    if (complex_arg(vm, args[0], &z) < 0) return VAL_ERROR;
    if (creal(z) == 0 && cimag(z) == 0) return vm_raise(vm, &type_ValueError, "math domain error");
    double complex w = clog(z);
    if (nargs == 2) {
        double complex b;
        if (complex_arg(vm, args[1], &b) < 0) return VAL_ERROR;
        if (creal(b) == 0 && cimag(b) == 0) return vm_raise(vm, &type_ValueError, "math domain error");
        double complex lb = clog(b);
        if (creal(lb) == 0 && cimag(lb) == 0)
            return vm_raise(vm, &type_ValueError, "math domain error");   /* as CPython */
        /* the quotient exactly as complex division computes it */
        Value num = complex_new(vm, creal(w), cimag(w));
        if (val_is_error(num)) return num;
        gc_push_root(vm, &num);
        Value den = complex_new(vm, creal(lb), cimag(lb));
        gc_pop_roots(vm, 1);
        if (val_is_error(den)) return den;
        return obj_binary_op(vm, num, den, BINOP_TRUE_DIVIDE);
    }
    return checked(vm, z, w);
}

static Value cmath_log10(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "log10", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double complex z;
    if (complex_arg(vm, args[0], &z) < 0) return VAL_ERROR;
    if (creal(z) == 0 && cimag(z) == 0) return vm_raise(vm, &type_ValueError, "math domain error");
    double complex w = clog(z);
    return checked(vm, z, CMPLX(creal(w) / 2.302585092994045684017991454684364208, cimag(w) / 2.302585092994045684017991454684364208));
}

static Value cmath_phase(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "phase", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double complex z;
    if (complex_arg(vm, args[0], &z) < 0) return VAL_ERROR;
    return val_from_float(carg(z));
}

static Value cmath_polar(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "polar", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double complex z;
    if (complex_arg(vm, args[0], &z) < 0) return VAL_ERROR;
    double r = hypot(creal(z), cimag(z));
    if (isinf(r) && finite_cx(z)) return vm_raise(vm, &type_OverflowError, "math range error");
    return tuple_pack(vm, 2, val_from_float(r), val_from_float(carg(z)));
}

static int real_arg(VM *vm, Value v, double *out) { return float_as_double(vm, v, out); }

static Value cmath_rect(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "rect", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    double r, phi;
    if (real_arg(vm, args[0], &r) < 0 || real_arg(vm, args[1], &phi) < 0) return VAL_ERROR;
    if (isfinite(r) && isinf(phi)) return vm_raise(vm, &type_ValueError, "math domain error");
    double re, im;
    if (isinf(r) && isfinite(phi) && phi != 0) {
        /* the sign of each part follows cos/sin of the angle */
        re = r > 0 ? copysign(INFINITY, cos(phi)) : -copysign(INFINITY, cos(phi));
        im = r > 0 ? copysign(INFINITY, sin(phi)) : -copysign(INFINITY, sin(phi));
    } else if (phi == 0 && !isnan(r)) {
        re = r;
        im = isinf(r) ? phi : r * phi;
    } else {
        re = r * cos(phi);
        im = r * sin(phi);
    }
    return complex_new(vm, re, im);
}

static Value predicate(VM *vm, const char *name, Value *args, int nargs, Value kwnames, int which) {
    if (vm_check_args(vm, name, nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double complex z;
    if (complex_arg(vm, args[0], &z) < 0) return VAL_ERROR;
    double a = creal(z), b = cimag(z);
    if (which == 0) return val_from_bool(isfinite(a) && isfinite(b));
    if (which == 1) return val_from_bool(isinf(a) || isinf(b));
    return val_from_bool(isnan(a) || isnan(b));
}

static Value cmath_isfinite(VM *vm, Value *args, int nargs, Value kwnames) {
    return predicate(vm, "isfinite", args, nargs, kwnames, 0);
}
static Value cmath_isinf(VM *vm, Value *args, int nargs, Value kwnames) {
    return predicate(vm, "isinf", args, nargs, kwnames, 1);
}
static Value cmath_isnan(VM *vm, Value *args, int nargs, Value kwnames) {
    return predicate(vm, "isnan", args, nargs, kwnames, 2);
}

static Value cmath_isclose(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Value a[4];
    if (vm_parse_args(vm, "isclose", args, nargs, kwnames, names, 2, 2, a) < 0) return VAL_ERROR;
    double complex x, y;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (complex_arg(vm, a[0], &x) < 0 || complex_arg(vm, a[1], &y) < 0) return VAL_ERROR;
    if (!val_is_null(a[2]) && real_arg(vm, a[2], &rel_tol) < 0) return VAL_ERROR;
    if (!val_is_null(a[3]) && real_arg(vm, a[3], &abs_tol) < 0) return VAL_ERROR;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return vm_raise(vm, &type_ValueError, "tolerances must be non-negative");
    if (creal(x) == creal(y) && cimag(x) == cimag(y)) return VAL_TRUE;
    if (!finite_cx(x) || !finite_cx(y)) return VAL_FALSE;
    double diff = cabs(x - y);
    return val_from_bool((diff <= rel_tol * cabs(y)) || (diff <= rel_tol * cabs(x)) || diff <= abs_tol);
}

static const MethodDef cmath_functions[] = {
    {"acos", cmath_acos, 0, NULL},         {"acosh", cmath_acosh, 0, NULL},
    {"asin", cmath_asin, 0, NULL},         {"asinh", cmath_asinh, 0, NULL},
    {"atan", cmath_atan, 0, NULL},         {"atanh", cmath_atanh, 0, NULL},
    {"cos", cmath_cos, 0, NULL},           {"cosh", cmath_cosh, 0, NULL},
    {"exp", cmath_exp, 0, NULL},           {"isclose", cmath_isclose, 0, NULL},
    {"isfinite", cmath_isfinite, 0, NULL}, {"isinf", cmath_isinf, 0, NULL},
    {"isnan", cmath_isnan, 0, NULL},       {"log", cmath_log, 0, NULL},
    {"log10", cmath_log10, 0, NULL},       {"phase", cmath_phase, 0, NULL},
    {"polar", cmath_polar, 0, NULL},       {"rect", cmath_rect, 0, NULL},
    {"sin", cmath_sin, 0, NULL},           {"sinh", cmath_sinh, 0, NULL},
    {"sqrt", cmath_sqrt, 0, NULL},         {"tan", cmath_tan, 0, NULL},
    {"tanh", cmath_tanh, 0, NULL},         {NULL, NULL, 0, NULL},
};

Value cmath_module_init(VM *vm) {
    Value m = native_module_new(vm, "cmath", cmath_functions);
    if (val_is_error(m)) return m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    Value infj = complex_new(vm, 0.0, INFINITY);
    if (val_is_error(infj) || dict_set_cstr(vm, d, "infj", infj) < 0) return VAL_ERROR;
    Value nanj = complex_new(vm, 0.0, NAN);
    if (val_is_error(nanj) || dict_set_cstr(vm, d, "nanj", nanj) < 0) return VAL_ERROR;
    if (dict_set_cstr(vm, d, "pi", val_from_float(3.141592653589793)) < 0 ||
        dict_set_cstr(vm, d, "e", val_from_float(2.718281828459045)) < 0 ||
        dict_set_cstr(vm, d, "tau", val_from_float(6.283185307179586)) < 0 ||
        dict_set_cstr(vm, d, "inf", val_from_float(INFINITY)) < 0 ||
        dict_set_cstr(vm, d, "nan", val_from_float(NAN)) < 0)
        return VAL_ERROR;
    return m;
}
