/*
** args.c -- argument checking for native functions, with the TypeError
** texts CPython 3.11's argument parsers produce.
*/
#include "runtime/vm.h"

static const char *plural(int64_t n) { return n == 1 ? "" : "s"; }

int vm_check_args(VM *vm, const char *fname, int nargs, Value kwnames, int min, int max) {
    if (val_is_obj(kwnames) && as_tuple(kwnames)->len > 0) {
        vm_raise(vm, &type_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs >= min && nargs <= max) return 0;
    if (min == 1 && max == 1)       /* METH_O */
        vm_raise(vm, &type_TypeError, "%s() takes exactly one argument (%d given)", fname, nargs);
    else if (max == 0)              /* METH_NOARGS */
        vm_raise(vm, &type_TypeError, "%s() takes no arguments (%d given)", fname, nargs);
    else if (min == max)
        vm_raise(vm, &type_TypeError, "%s expected %d argument%s, got %d", fname, min,
                 plural(min), nargs);
    else if (nargs < min)
        vm_raise(vm, &type_TypeError, "%s expected at least %d argument%s, got %d", fname, min,
                 plural(min), nargs);
    else
        vm_raise(vm, &type_TypeError, "%s expected at most %d argument%s, got %d", fname, max,
                 plural(max), nargs);
    return -1;
}

static int count_names(const char *const *names) {
    int n = 0;
    while (names[n]) n++;
    return n;
}

/* More arguments than parameters: CPython's text, with "keyword " when
** only keywords were given. */
static int too_many_args(VM *vm, const char *fname, int nargs, int nkw, int max) {
    vm_raise(vm, &type_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, max,
             nargs == 0 ? "keyword " : "", plural(max), nargs + nkw);
    return -1;
}

/* Which parameter keyword [kw] names, or -1. */
static int find_keyword(Value kw, const char *const *names, int n) {
    for (int i = 0; i < n; i++)
        if (str_eq_cstr(kw, names[i])) return i;
    return -1;
}

/* Keyword arguments into out[]; the first one that names no parameter (or
** a positional-only one, or one given by position too) in *bad. */
static void bind_keywords(Value *args, int nargs, Value kwnames, const char *const *names, int n,
                          int npos_only, Value *out, int *bad) {
    TupleObj *kn = as_tuple(kwnames);
    *bad = -1;
    for (size_t k = 0; k < kn->len; k++) {
        int i = find_keyword(kn->items[k], names, n);
        if (i < 0 || i < npos_only || i < nargs) {
            if (*bad < 0) *bad = (int)k;
            continue;
        }
        out[i] = args[nargs + (int)k];
    }
}

static int bad_keyword(VM *vm, const char *fname, Value kw, const char *const *names, int n,
                       int npos_only, int nargs) {
    int i = find_keyword(kw, names, n);
    if (i >= npos_only && i >= 0 && i < nargs)
        vm_raise(vm, &type_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                 fname, names[i], i + 1);
    else if (npos_only >= n)
        vm_raise(vm, &type_TypeError, "%s() takes no keyword arguments", fname);
    else
        vm_raise(vm, &type_TypeError, "'%U' is an invalid keyword argument for %s()", kw, fname);
    return -1;
}

int vm_parse_args(VM *vm, const char *fname, Value *args, int nargs, Value kwnames,
                  const char *const *names, int nrequired, int npos_only, Value *out) {
    int n = count_names(names);
    int nkw = val_is_obj(kwnames) ? (int)as_tuple(kwnames)->len : 0;
    if (nargs + nkw > n) {
        if (n == 0 && nargs > 0) {
            vm_raise(vm, &type_TypeError, "%s() takes no positional arguments", fname);
            return -1;
        }
        if (nkw == 0 || nargs > n || npos_only < n) return too_many_args(vm, fname, nargs, nkw, n);
    }
    int minpos = npos_only < nrequired ? npos_only : nrequired;
    if (nargs < minpos) {
        vm_raise(vm, &type_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                 minpos < n ? "at least" : "exactly", minpos, plural(minpos), nargs);
        return -1;
    }
    for (int i = 0; i < n; i++) out[i] = i < nargs ? args[i] : VAL_NULL;
    int bad = -1;
    if (nkw > 0) bind_keywords(args, nargs, kwnames, names, n, npos_only, out, &bad);
    for (int i = 0; i < nrequired; i++) {
        if (!val_is_null(out[i])) continue;
        vm_raise(vm, &type_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                 names[i], i + 1);
        return -1;
    }
    if (bad >= 0)
        return bad_keyword(vm, fname, as_tuple(kwnames)->items[bad], names, n, npos_only, nargs);
    return 0;
}
