/*
** complex.c -- the complex type: arithmetic with CPython's algorithms
** (Smith's division, repeated squaring for small integer powers), repr,
** hash, complex() parsing and format().
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../compiler/opcodes.h"
#include "../runtime/dtoa.h"
#include "../runtime/format.h"
#include "../runtime/names.h"
#include "../runtime/typeobject.h"
#include "../runtime/setup.h"
#include "float.h"
#include "int.h"

typedef struct Cx {
    double re, im;
} Cx;

static bool complex_check(Value v) {
    return val_is_obj(v) && (val_as_obj(v)->type == &type_complex ||
                             type_is_subtype(val_as_obj(v)->type, &type_complex));
}

static Cx complex_of(Value v) {
    ComplexObj *c = (ComplexObj *)val_as_obj(v);
    return (Cx){c->real, c->imag};
}

Value complex_new(VM *vm, double real, double imag) {
    ComplexObj *c = gc_alloc(vm, &type_complex, sizeof(ComplexObj));
    if (!c) return VAL_ERROR;
    c->real = real;
    c->imag = imag;
    return val_from_obj(c);
}

static Value complex_from_cx(VM *vm, Cx c) { return complex_new(vm, c.re, c.im); }

int complex_coerce(VM *vm, Value v, double *re, double *im) {
    if (complex_check(v)) {
        Cx c = complex_of(v);
        *re = c.re;
        *im = c.im;
        return 1;
    }
    *im = 0.0;
    if (float_check(v)) {
        *re = float_value(v);
        return 1;
    }
    if (val_is_int(v) || val_is_intlike(v)) return float_from_int(vm, v, re) < 0 ? -1 : 1;
    return 0;
}

/* ---- the arithmetic of CPython's _Py_c_* ---- */

static Cx c_prod(Cx a, Cx b) { return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

/* Smith's algorithm; *zero_div when b is 0. */
static Cx c_quot(Cx a, Cx b, bool *zero_div) {
    double abs_bre = fabs(b.re), abs_bim = fabs(b.im);
    *zero_div = false;
    if (abs_bre >= abs_bim) {
        if (abs_bre == 0.0) {
            *zero_div = true;
            return (Cx){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_bim >= abs_bre) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (Cx){NAN, NAN}; /* a NaN in b */
}

/* *zero_div: 0 to a negative or complex power. */
static Cx c_pow(Cx a, Cx b, bool *zero_div) {
    *zero_div = false;
    if (b.re == 0.0 && b.im == 0.0) return (Cx){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) *zero_div = true;
        return (Cx){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im), len = pow(vabs, b.re);
    double at = atan2(a.im, a.re), phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    /* cos/sin of an infinity set errno to EDOM, which CPython reports as
    ** this ZeroDivisionError */
    if (isinf(phase)) *zero_div = true;
    return (Cx){len * cos(phase), len * sin(phase)};
}

static Cx c_powu(Cx x, long n) {
    Cx r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

static Cx c_powi(Cx x, long n, bool *zero_div) {
    *zero_div = false;
    if (n > 0) return c_powu(x, n);
    return c_quot((Cx){1.0, 0.0}, c_powu(x, -n), zero_div);
}

Value complex_pow_doubles(VM *vm, double ar, double ai, double br, double bi) {
    Cx a = {ar, ai}, b = {br, bi}, p;
    bool zero_div;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) p = c_powi(a, (long)b.re, &zero_div);
    else p = c_pow(a, b, &zero_div);
    if (zero_div)
        return vm_raise(vm, &type_ZeroDivisionError, "0.0 to a negative or complex power");
    if (isinf(p.re) || isinf(p.im))
        return vm_raise(vm, &type_OverflowError, "complex exponentiation");
    return complex_from_cx(vm, p);
}

/* ---- number slots ---- */

#define COMPLEX_OPERANDS(a, b, x, y)                                   \
    Cx x, y;                                                           \
    do {                                                               \
        int ra_ = complex_coerce(vm, a, &x.re, &x.im);                 \
        if (ra_ <= 0) return ra_ < 0 ? VAL_ERROR : VAL_NOTIMPL;        \
        int rb_ = complex_coerce(vm, b, &y.re, &y.im);                 \
        if (rb_ <= 0) return rb_ < 0 ? VAL_ERROR : VAL_NOTIMPL;        \
    } while (0)

static Value complex_add(VM *vm, Value a, Value b) {
    COMPLEX_OPERANDS(a, b, x, y);
    return complex_new(vm, x.re + y.re, x.im + y.im);
}

static Value complex_sub(VM *vm, Value a, Value b) {
    COMPLEX_OPERANDS(a, b, x, y);
    return complex_new(vm, x.re - y.re, x.im - y.im);
}

static Value complex_mul(VM *vm, Value a, Value b) {
    COMPLEX_OPERANDS(a, b, x, y);
    return complex_from_cx(vm, c_prod(x, y));
}

static Value complex_truediv(VM *vm, Value a, Value b) {
    COMPLEX_OPERANDS(a, b, x, y);
    bool zero_div;
    Cx q = c_quot(x, y, &zero_div);
    if (zero_div) return vm_raise(vm, &type_ZeroDivisionError, "complex division by zero");
    return complex_from_cx(vm, q);
}

static Value complex_pow(VM *vm, Value a, Value b, Value m) {
    if (m != VAL_NONE && !val_is_null(m)) {
        double t1, t2;
        int r = complex_coerce(vm, a, &t1, &t2);
        if (r > 0) r = complex_coerce(vm, b, &t1, &t2);
        if (r < 0) return VAL_ERROR;
        if (r == 0) return VAL_NOTIMPL;
        return vm_raise(vm, &type_ValueError, "complex modulo");
    }
    COMPLEX_OPERANDS(a, b, x, y);
    return complex_pow_doubles(vm, x.re, x.im, y.re, y.im);
}

static Value complex_neg(VM *vm, Value a) {
    Cx c = complex_of(a);
    return complex_new(vm, -c.re, -c.im);
}

static Value complex_pos(VM *vm, Value a) {
    if (val_is_type(a, &type_complex)) return a;
    return complex_from_cx(vm, complex_of(a));
}

static Value complex_abs(VM *vm, Value a) {
    Cx c = complex_of(a);
    if (isinf(c.re) || isinf(c.im)) return val_from_float(INFINITY);
    if (c.re != c.re || c.im != c.im) return val_from_float(NAN);
    double r = hypot(c.re, c.im);
    if (isinf(r)) return vm_raise(vm, &type_OverflowError, "absolute value too large");
    return val_from_float(r);
}

static int complex_bool(VM *vm, Value self) {
    Cx c = complex_of(self);
    return c.re != 0.0 || c.im != 0.0;
}

NumberSlots complex_number = {
    .add = complex_add, .sub = complex_sub, .mul = complex_mul, .truediv = complex_truediv,
    .pow = complex_pow, .neg = complex_neg, .pos = complex_pos, .abs = complex_abs,
};

/* ---- comparison, hash ---- */

static Value complex_richcompare(VM *vm, Value a, Value b, int op) {
    if (!complex_check(a) || (op != CMPOP_EQ && op != CMPOP_NE)) return VAL_NOTIMPL;
    Cx x = complex_of(a);
    bool eq;
    if (val_is_int(b) || val_is_intlike(b)) {
        if (x.im != 0.0) {
            eq = false;
        } else {
            int c;
            int r = float_compare_int(vm, x.re, b, &c);
            if (r < 0) return VAL_ERROR;
            eq = r > 0 && c == 0;
        }
    } else if (float_check(b)) {
        eq = x.re == float_value(b) && x.im == 0.0;
    } else if (complex_check(b)) {
        Cx y = complex_of(b);
        eq = x.re == y.re && x.im == y.im;
    } else {
        return VAL_NOTIMPL;
    }
    return val_from_bool(op == CMPOP_EQ ? eq : !eq);
}

static int64_t complex_hash(VM *vm, Value self) {
    Cx c = complex_of(self);
    uint64_t hr = (uint64_t)float_hash_double(c.re), hi = (uint64_t)float_hash_double(c.im);
    int64_t h = (int64_t)(hr + UINT64_C(1000003) * hi);
    return h == -1 ? -2 : h;
}

/* ---- repr ---- */

Value complex_repr_value(VM *vm, double re, double im) {
    char buf[80];
    size_t n = 0;
    if (re == 0.0 && !signbit(re)) {
        n = dtoa_format(im, 'r', 0, 0, buf, 40);
        buf[n++] = 'j';
        return str_new(vm, buf, n);
    }
    buf[n++] = '(';
    n += dtoa_format(re, 'r', 0, 0, buf + n, 36);
    n += dtoa_format(im, 'r', 0, DTOA_SIGN_PLUS, buf + n, 36);
    buf[n++] = 'j';
    buf[n++] = ')';
    return str_new(vm, buf, n);
}

static Value complex_repr(VM *vm, Value self) {
    Cx c = complex_of(self);
    return complex_repr_value(vm, c.re, c.im);
}

/* ---- complex() ---- */

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* A float at s (no whitespace): bytes used, 0 if none. */
static size_t parse_float_at(const char *s, size_t len, double *out) {
    return dtoa_parse_prefix(s, len, out);
}

/* The grammar of complex(str), on text without underscores. */
static bool parse_complex_text(const char *s, size_t len, double *re, double *im) {
    size_t i = 0;
    bool bracket = false;
    *re = *im = 0.0;
    while (i < len && is_space(s[i])) i++;
    if (i < len && s[i] == '(') {
        bracket = true;
        i++;
        while (i < len && is_space(s[i])) i++;
    }
    double z;
    size_t used = parse_float_at(s + i, len - i, &z);
    if (used > 0) {
        i += used;
        if (i < len && (s[i] == '+' || s[i] == '-')) {
            *re = z;
            size_t u2 = parse_float_at(s + i, len - i, im);
            if (u2 > 0) {
                i += u2;
            } else {
                *im = s[i] == '+' ? 1.0 : -1.0;
                i++;
            }
            if (i >= len || (s[i] != 'j' && s[i] != 'J')) return false;
            i++;
        } else if (i < len && (s[i] == 'j' || s[i] == 'J')) {
            *im = z;
            i++;
        } else {
            *re = z;
        }
    } else {
        *im = 1.0;
        if (i < len && (s[i] == '+' || s[i] == '-')) *im = s[i++] == '+' ? 1.0 : -1.0;
        if (i >= len || (s[i] != 'j' && s[i] != 'J')) return false;
        i++;
    }
    while (i < len && is_space(s[i])) i++;
    if (bracket) {
        if (i >= len || s[i] != ')') return false;
        i++;
        while (i < len && is_space(s[i])) i++;
    }
    return i == len;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* complex(str): PEP 515 underscores first (their own error), then the grammar. */
static int complex_from_text(VM *vm, Value orig, const char *s, size_t len, double *re, double *im) {
    char small[80];
    char *buf = len < sizeof small ? small : malloc(len + 1);
    if (!buf) {
        vm_raise_nomem(vm);
        return -1;
    }
    size_t k = 0;
    bool underscores_ok = true;
    for (size_t i = 0; i < len && underscores_ok; i++) {
        if (s[i] != '_') buf[k++] = s[i];
        else underscores_ok = i > 0 && i + 1 < len && is_digit(s[i - 1]) && is_digit(s[i + 1]);
    }
    bool ok = underscores_ok && !memchr(s, '\0', len) && parse_complex_text(buf, k, re, im);
    if (buf != small) free(buf);
    if (ok) return 0;
    if (!underscores_ok) vm_raise(vm, &type_ValueError, "could not convert string to complex: %R", orig);
    else vm_raise(vm, &type_ValueError, "complex() arg is a malformed string");
    return -1;
}

static Value make_complex(VM *vm, Type *cls, double re, double im) {
    if (cls == &type_complex) return complex_new(vm, re, im);
    ComplexObj *c = gc_alloc_instance(vm, cls, sizeof(ComplexObj));
    if (!c) return VAL_ERROR;
    c->real = re;
    c->imag = im;
    return val_from_obj(c);
}

/* __complex__ of v: 1 found (*out set), 0 none, -1 error. */
static int try_complex_method(VM *vm, Value v, Cx *out) {
    if (val_is_type(v, &type_complex) || !val_is_obj(v)) return 0;
    bool found;
    Value r = call_special(vm, v, NAME(vm, __complex__), NULL, 0, &found);
    if (!found) return 0;
    if (val_is_error(r)) return -1;
    if (!complex_check(r)) {
        vm_raise(vm, &type_TypeError, "__complex__ returned non-complex (type %s)", type_name(val_type(r)));
        return -1;
    }
    *out = complex_of(r);
    return 1;
}

static bool is_number_like(Value v) {
    if (complex_check(v) || float_check(v) || val_is_int(v) || val_is_intlike(v)) return true;
    NumberSlots *ns = val_type(v)->number;
    return ns && (ns->float_ || ns->index);
}

static int real_part(VM *vm, Value v, double *out) { return float_as_double(vm, v, out); }

static Value complex_tp_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"real", "imag", NULL};
    Value a[2];
    if (vm_parse_args(vm, "complex", args, nargs, kwnames, names, 0, 0, a) < 0) return VAL_ERROR;
    Value r = a[0], i = a[1];
    if (val_is_null(r)) r = val_from_small(0);
    const char *s;
    size_t len;
    if (val_is_str(r)) {
        if (!val_is_null(i))
            return vm_raise(vm, &type_TypeError, "complex() can't take second arg if first is a string");
        s = as_str(r)->data;
        len = as_str(r)->size;
        double re, im;
        char *ascii = NULL;
        if (!as_str(r)->ascii) {
            ascii = float_ascii_text(s, len, &len);
            if (!ascii) return vm_raise_nomem(vm);
            s = ascii;
        }
        int rc = complex_from_text(vm, r, s, len, &re, &im);
        free(ascii);
        if (rc < 0) return VAL_ERROR;
        return make_complex(vm, cls, re, im);
    }
    if (!val_is_null(i) && val_is_str(i))
        return vm_raise(vm, &type_TypeError, "complex() second arg can't be a string");
    if (val_is_type(r, &type_complex) && val_is_null(i) && cls == &type_complex) return r;
    Cx cr = {0, 0}, ci = {0, 0};
    bool r_complex = false, i_complex = false;
    int got = try_complex_method(vm, r, &cr);
    if (got < 0) return VAL_ERROR;
    r_complex = got > 0;
    if (!r_complex && !is_number_like(r))
        return vm_raise(vm, &type_TypeError, "complex() first argument must be a string or a number, not '%s'",
                        type_name(val_type(r)));
    if (!val_is_null(i) && !is_number_like(i))
        return vm_raise(vm, &type_TypeError, "complex() second argument must be a number, not '%s'",
                        type_name(val_type(i)));
    if (!r_complex) {
        if (complex_check(r)) {
            cr = complex_of(r);
            r_complex = true;
        } else if (real_part(vm, r, &cr.re) < 0) {
            return VAL_ERROR;
        }
    }
    if (val_is_null(i)) {
        ci.re = cr.im;
    } else if (complex_check(i)) {
        ci = complex_of(i);
        i_complex = true;
    } else if (real_part(vm, i, &ci.re) < 0) {
        return VAL_ERROR;
    }
    /* real + imag*1j with complex arguments: (a+bj) + (c+dj)*1j */
    if (i_complex) cr.re -= ci.im;
    if (r_complex && !val_is_null(i)) ci.re += cr.im;
    return make_complex(vm, cls, cr.re, ci.re);
}

/* ---- methods ---- */

static Value complex_conjugate(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "complex.conjugate", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    Cx c = complex_of(args[0]);
    return complex_new(vm, c.re, -c.im);
}

static Value complex_getnewargs(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "complex.__getnewargs__", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    Cx c = complex_of(args[0]);
    return tuple_pack(vm, 2, val_from_float(c.re), val_from_float(c.im));
}

static Value complex_complex(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "complex.__complex__", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    return complex_pos(vm, args[0]);
}

/* One part of format(complex): sign (forced '+' for the imaginary part
** after a real part), digits, grouping. */
static int format_part(VM *vm, StrBuf *sb, double x, char mode, int prec, unsigned flags,
                       const FormatSpec *fs, char sign_mode, bool z) {
    char small[400];
    size_t cap = dtoa_format_bound(x, mode, prec) + 2;
    char *body = cap <= sizeof small ? small : malloc(cap);
    if (!body) {
        vm_raise_nomem(vm);
        return -1;
    }
    size_t blen = dtoa_format(fabs(x), mode, prec, flags, body, cap);
    bool neg = signbit(x) && x == x;
    if (neg && z) {
        bool zero = true;
        for (size_t k = 0; k < blen && body[k] != 'e' && body[k] != 'E'; k++)
            if ((body[k] >= '1' && body[k] <= '9') || body[k] == 'i' || body[k] == 'n' ||
                body[k] == 'I' || body[k] == 'N')
                zero = false;
        if (zero) neg = false;
    }
    if (neg) sb_addc(sb, '-');
    else if (sign_mode == '+' || sign_mode == ' ') sb_addc(sb, sign_mode);
    size_t intlen = 0;
    while (intlen < blen && is_digit(body[intlen])) intlen++;
    if (fs->grouping && intlen > 0) {
        format_group_digits(sb, body, intlen, fs->grouping, 3, 0);
        sb_add(sb, body + intlen, blen - intlen);
    } else {
        sb_add(sb, body, blen);
    }
    if (body != small) free(body);
    return 0;
}

static Value complex_format(VM *vm, Cx c, Value spec) {
    if (as_str(spec)->size == 0) return complex_repr_value(vm, c.re, c.im);
    bool z;
    FormatSpec fs;
    if (formatspec_parse_as(vm, spec, "complex", &fs, &z) < 0) return VAL_ERROR;
    char type = fs.type, mode;
    int prec = fs.precision < 0 ? -1 : fs.precision > 100000000 ? 100000000 : (int)fs.precision;
    unsigned flags = fs.alternate ? DTOA_ALT : 0;
    bool skip_re = false, parens = false;
    if (type == 0) {
        mode = prec < 0 ? 'r' : 'g';
        if (c.re == 0.0 && !signbit(c.re)) skip_re = true;
        else parens = true;
        if (prec < 0) prec = 0;
    } else if (strchr("eEfFgGn", type)) {
        mode = type == 'n' ? 'g' : (char)(type | 0x20);
        if (type == 'E' || type == 'F' || type == 'G') flags |= DTOA_UPPER;
        if (prec < 0) prec = 6;
    } else {
        return vm_raise(vm, &type_ValueError, "Unknown format code '%c' for object of type 'complex'", type);
    }
    if (type == 'n' && fs.grouping)
        return vm_raise(vm, &type_ValueError, "Cannot specify '%c' with 'n'.", fs.grouping);
    if (fs.fill == '0')
        return vm_raise(vm, &type_ValueError, "Zero padding is not allowed in complex format specifier");
    if (fs.align == '=')
        return vm_raise(vm, &type_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    StrBuf num, out;
    sb_init(&num);
    if (parens) sb_addc(&num, '(');
    if (!skip_re && format_part(vm, &num, c.re, mode, prec, flags, &fs, fs.sign, z) < 0) goto fail;
    if (format_part(vm, &num, c.im, mode, prec, flags, &fs, skip_re ? fs.sign : '+', z) < 0) goto fail;
    sb_addc(&num, 'j');
    if (parens) sb_addc(&num, ')');
    if (num.failed) {
        sb_free(&num);
        return vm_raise_nomem(vm);
    }
    sb_init(&out);
    format_pad(&out, &fs, num.data, num.len, num.len, '>', 0);
    sb_free(&num);
    return sb_finish(vm, &out);
fail:
    sb_free(&num);
    return VAL_ERROR;
}

static Value complex_format_method(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "complex.__format__", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &type_TypeError, "__format__() argument must be str, not %s",
                        val_is_none(args[1]) ? "None" : type_name(val_type(args[1])));
    if (as_str(args[1])->size == 0 && !val_is_type(args[0], &type_complex)) return obj_str(vm, args[0]);
    return complex_format(vm, complex_of(args[0]), args[1]);
}

static Value complex_get_real(VM *vm, Value self) { return val_from_float(complex_of(self).re); }
static Value complex_get_imag(VM *vm, Value self) { return val_from_float(complex_of(self).im); }

static const MethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, 0, "Return the complex conjugate of its argument."},
    {"__getnewargs__", complex_getnewargs, 0, NULL},
    {"__complex__", complex_complex, 0, "Convert complex to a complex."},
    {"__format__", complex_format_method, 0, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef complex_getsets[] = {
    {"real", complex_get_real, NULL},
    {"imag", complex_get_imag, NULL},
    {NULL, NULL, NULL},
};

Type type_complex = {
    .hdr = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "complex",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(ComplexObj),
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .bool_ = complex_bool,
    .new_ = complex_tp_new,
    .number = &complex_number,
};

int setup_complex(VM *vm) {
    if (type_add_methods(vm, &type_complex, complex_methods) < 0) return -1;
    return type_add_getsets(vm, &type_complex, complex_getsets);
}
