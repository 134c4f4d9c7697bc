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

static int bind_keywords(VM *vm, const char *fname, Value *args, int nargs, Value kwnames,
                         const char *const *names, int n, int npos_only, Value *out) {
    TupleObj *kn = as_tuple(kwnames);
    if (kn->len > 0 && npos_only >= n) {
        vm_raise(vm, &type_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    for (size_t k = 0; k < kn->len; k++) {
        int i = find_keyword(kn->items[k], names, n);
        if (i < 0 || i < npos_only) {
            vm_raise(vm, &type_TypeError, "'%U' is an invalid keyword argument for %s()",
                     kn->items[k], fname);
            return -1;
        }
        if (i < nargs) {
            vm_raise(vm, &type_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                     fname, names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + (int)k];
    }
    return 0;
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
    if (nkw > 0 && bind_keywords(vm, fname, args, nargs, kwnames, names, n, npos_only, out) < 0)
        return -1;
    for (int i = 0; i < nrequired; i++) {
        if (!val_is_null(out[i])) continue;
        vm_raise(vm, &type_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                 names[i], i + 1);
        return -1;
    }
    return 0;
}
