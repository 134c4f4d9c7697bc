/*
** test_exceptions.c -- exceptions, raising, argument checking, traceback
** text and a few builtins, driven from C (no compiler needed).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "modules/builtins.h"
#include "objects/exceptions.h"
#include "runtime/traceback.h"
#include "runtime/vm.h"

static int failures;
static char captured[8192];
static size_t captured_len;

static void capture(void *ctx, int fd, const char *data, size_t len) {
    if (captured_len + len >= sizeof captured) len = sizeof captured - captured_len - 1;
    memcpy(captured + captured_len, data, len);
    captured_len += len;
    captured[captured_len] = 0;
}

static void check_text(const char *what, const char *got, const char *want, int line) {
    if (got && strcmp(got, want) == 0) return;
    printf("FAIL line %d: %s\n  got:  [%s]\n  want: [%s]\n", line, what, got ? got : "(null)", want);
    failures++;
}
#define CHECK_TEXT(what, got, want) check_text(what, got, want, __LINE__)

static void check(bool ok, const char *what, int line) {
    if (ok) return;
    printf("FAIL line %d: %s\n", line, what);
    failures++;
}
#define CHECK(cond) check((cond), #cond, __LINE__)

/* str(v) or repr(v) as C text (clearing any error into "<error ...>"). */
static const char *text_of(VM *vm, Value v, bool repr) {
    static char buf[4][2048];
    static int k;
    char *out = buf[k++ & 3];
    if (val_is_error(v)) {
        Value e = vm_take_exc(vm);
        Value s = obj_str(vm, e);
        snprintf(out, 2048, "<error %s: %s>", type_name(val_type(e)),
                 val_is_str(s) ? str_cstr(s) : "?");
        vm_clear_exc(vm);
        return out;
    }
    Value s = repr ? obj_repr(vm, v) : obj_str(vm, v);
    if (val_is_error(s)) {
        vm_clear_exc(vm);
        return "<str failed>";
    }
    snprintf(out, 2048, "%s", str_cstr(s));
    return out;
}

static Value builtin(VM *vm, const char *name) { return dict_get_cstr(vm, vm->builtins, name); }

static Value call(VM *vm, const char *name, int n, ...) {
    Value args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, Value);
    va_end(ap);
    return obj_call(vm, builtin(vm, name), args, n, VAL_NULL);
}

static Value s(VM *vm, const char *c) { return str_from_cstr(vm, c); }

static void test_raise(VM *vm) {
    Value r = vm_raise(vm, &type_TypeError, "x %d %s", 5, "y");
    CHECK(val_is_error(r));
    CHECK(vm_exc_matches(vm, &type_TypeError));
    CHECK(vm_exc_matches(vm, &type_Exception));
    CHECK(!vm_exc_matches(vm, &type_ValueError));
    Value e = vm_take_exc(vm);
    CHECK(val_is_null(vm->exc));
    CHECK_TEXT("str", text_of(vm, e, false), "x 5 y");
    CHECK_TEXT("repr", text_of(vm, e, true), "TypeError('x 5 y')");
    vm_raise_value(vm, val_from_obj(&type_KeyError));
    CHECK_TEXT("class raised", text_of(vm, vm_take_exc(vm), true), "KeyError()");
    vm_raise_value(vm, val_from_small(3));
    CHECK_TEXT("non-exception", text_of(vm, vm_take_exc(vm), false),
               "exceptions must derive from BaseException");
    vm_raise_nomem(vm);
    CHECK(vm_exc_matches(vm, &type_MemoryError));
    vm_clear_exc(vm);
}

static void test_fields(VM *vm) {
    Value e = exc_new(vm, &type_StopIteration, tuple_pack(vm, 1, val_from_small(7)));
    CHECK(exc_get_field(vm, e, "value") == val_from_small(7));
    e = exc_new(vm, &type_KeyError, tuple_pack(vm, 1, s(vm, "k")));
    CHECK_TEXT("KeyError str", text_of(vm, e, false), "'k'");
    Value oe = call(vm, "OSError", 3, val_from_small(2), s(vm, "No such file"), s(vm, "f.txt"));
    CHECK_TEXT("OSError subclass", type_name(val_type(oe)), "FileNotFoundError");
    CHECK_TEXT("OSError str", text_of(vm, oe, false), "[Errno 2] No such file: 'f.txt'");
    Value se = call(vm, "SystemExit", 1, val_from_small(4));
    bool print_it;
    CHECK(exc_systemexit_status(vm, se, &print_it) == 4 && !print_it);
    vm_raise_syntax(vm, &type_SyntaxError, "invalid syntax", s(vm, "t.py"), 1, 5, 1, 6,
                    s(vm, "x = = 1\n"));
    Value syn = vm_take_exc(vm);
    CHECK_TEXT("SyntaxError str", text_of(vm, syn, false), "invalid syntax (t.py, line 1)");
    CHECK_TEXT("SyntaxError report", text_of(vm, traceback_format(vm, syn), false),
               "  File \"t.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n");
    Value ue = call(vm, "UnicodeDecodeError", 5, s(vm, "utf-8"), bytes_new(vm, "\xff", 1),
                    val_from_small(0), val_from_small(1), s(vm, "invalid start byte"));
    CHECK_TEXT("UnicodeDecodeError", text_of(vm, ue, false),
               "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
}

/* A code object with [src] and one instruction at the given position. */
static Value fake_code(VM *vm, const char *src, const char *name, int line, int col, int end_col) {
    Value cv = code_new(vm);
    CodeObj *co = (CodeObj *)val_as_obj(cv);
    co->filename = s(vm, "t.py");
    co->name = s(vm, name);
    co->source = s(vm, src);
    co->ncode = 1;
    co->code = calloc(1, sizeof(uint32_t));
    co->positions = calloc(1, sizeof(Position));
    co->positions[0] = (Position){line, line, col, end_col};
    return cv;
}

static void test_traceback(VM *vm) {
    const char *src = "x = 1\ny = a[0] + 2\nz = b + c\nf()\n";
    Value e = call(vm, "IndexError", 1, s(vm, "list index out of range"));
    Value tb = traceback_new(vm, VAL_NONE, fake_code(vm, src, "g", 2, 4, 8), 0, 2);
    tb = traceback_new(vm, tb, fake_code(vm, src, "<module>", 4, 0, 3), 0, 4);
    as_exc(e)->traceback = tb;
    CHECK_TEXT("subscript carets", text_of(vm, traceback_format(vm, e), false),
               "Traceback (most recent call last):\n"
               "  File \"t.py\", line 4, in <module>\n    f()\n"
               "  File \"t.py\", line 2, in g\n    y = a[0] + 2\n        ~^^^\n"
               "IndexError: list index out of range\n");
    Value e2 = call(vm, "TypeError", 1, s(vm, "bad"));
    as_exc(e2)->traceback = traceback_new(vm, VAL_NONE, fake_code(vm, src, "h", 3, 4, 9), 0, 3);
    as_exc(e2)->context = e;
    CHECK_TEXT("binop carets and context", text_of(vm, traceback_format(vm, e2), false),
               "Traceback (most recent call last):\n"
               "  File \"t.py\", line 4, in <module>\n    f()\n"
               "  File \"t.py\", line 2, in g\n    y = a[0] + 2\n        ~^^^\n"
               "IndexError: list index out of range\n"
               "\nDuring handling of the above exception, another exception occurred:\n\n"
               "Traceback (most recent call last):\n"
               "  File \"t.py\", line 3, in h\n    z = b + c\n        ~~^~~\n"
               "TypeError: bad\n");
    Value e3 = call(vm, "ValueError", 0);
    Value rec = VAL_NONE;
    for (int i = 0; i < 10; i++) rec = traceback_new(vm, rec, fake_code(vm, src, "f", 4, 0, 3), 0, 4);
    as_exc(e3)->traceback = rec;
    CHECK_TEXT("repeated frames", text_of(vm, traceback_format(vm, e3), false),
               "Traceback (most recent call last):\n"
               "  File \"t.py\", line 4, in f\n    f()\n"
               "  File \"t.py\", line 4, in f\n    f()\n"
               "  File \"t.py\", line 4, in f\n    f()\n"
               "  [Previous line repeated 7 more times]\n"
               "ValueError\n");
    captured_len = 0;
    traceback_print(vm, e3);
    CHECK(captured_len > 0 && strstr(captured, "ValueError\n"));
}

static void test_args(VM *vm) {
    CHECK_TEXT("len()", text_of(vm, call(vm, "len", 0), false),
               "<error TypeError: len() takes exactly one argument (0 given)>");
    CHECK_TEXT("divmod(1)", text_of(vm, call(vm, "divmod", 1, val_from_small(1)), false),
               "<error TypeError: divmod expected 2 arguments, got 1>");
    CHECK_TEXT("pow()", text_of(vm, call(vm, "pow", 0), false),
               "<error TypeError: pow() missing required argument 'base' (pos 1)>");
    CHECK_TEXT("round(1,2,3)",
               text_of(vm, call(vm, "round", 3, val_from_small(1), val_from_small(2), val_from_small(3)), false),
               "<error TypeError: round() takes at most 2 arguments (3 given)>");
    CHECK_TEXT("sum()", text_of(vm, call(vm, "sum", 0), false),
               "<error TypeError: sum() takes at least 1 positional argument (0 given)>");
    Value kw = tuple_pack(vm, 1, s(vm, "x"));
    Value args[2] = {val_from_small(1), val_from_small(2)};
    CHECK_TEXT("len(x=)", text_of(vm, obj_call(vm, builtin(vm, "len"), args, 0, kw), false),
               "<error TypeError: len() takes no keyword arguments>");
    CHECK_TEXT("print(x=)", text_of(vm, obj_call(vm, builtin(vm, "print"), args, 0, kw), false),
               "<error TypeError: 'x' is an invalid keyword argument for print()>");
}

static void test_builtins(VM *vm) {
    Value l = list_new(vm, 0);
    list_append(vm, l, val_from_small(3));
    list_append(vm, l, val_from_small(1));
    list_append(vm, l, val_from_small(2));
    CHECK_TEXT("len", text_of(vm, call(vm, "len", 1, l), false), "3");
    CHECK_TEXT("max", text_of(vm, call(vm, "max", 1, l), false), "3");
    CHECK_TEXT("min", text_of(vm, call(vm, "min", 3, val_from_small(4), val_from_small(2), val_from_small(9)), false), "2");
    CHECK_TEXT("sorted", text_of(vm, call(vm, "sorted", 1, l), false), "[1, 2, 3]");
    CHECK_TEXT("sum", text_of(vm, call(vm, "sum", 1, l), false), "6");
    CHECK_TEXT("sum float", text_of(vm, call(vm, "sum", 2, l, val_from_float(0.5)), false), "6.5");
    CHECK_TEXT("max empty", text_of(vm, call(vm, "max", 1, list_new(vm, 0)), false),
               "<error ValueError: max() arg is an empty sequence>");
    CHECK_TEXT("abs", text_of(vm, call(vm, "abs", 1, val_from_small(-4)), false), "4");
    CHECK_TEXT("hex", text_of(vm, call(vm, "hex", 1, val_from_small(255)), false), "0xff");
    CHECK_TEXT("chr", text_of(vm, call(vm, "chr", 1, val_from_small(65)), false), "A");
    CHECK_TEXT("ord", text_of(vm, call(vm, "ord", 1, s(vm, "\xe2\x82\xac")), false), "8364");
    CHECK_TEXT("isinstance", text_of(vm, call(vm, "isinstance", 2, val_from_small(1),
                                                 tuple_pack(vm, 2, val_from_obj(&type_str), val_from_obj(&type_int))), false), "True");
    CHECK_TEXT("issubclass", text_of(vm, call(vm, "issubclass", 2, val_from_obj(&type_KeyError),
                                                 val_from_obj(&type_LookupError)), false), "True");
    CHECK_TEXT("all", text_of(vm, call(vm, "all", 1, l), false), "True");
    CHECK_TEXT("divmod", text_of(vm, call(vm, "divmod", 2, val_from_small(7), val_from_small(2)), false), "(3, 1)");
    CHECK_TEXT("repr", text_of(vm, call(vm, "repr", 1, s(vm, "a")), false), "'a'");
    CHECK_TEXT("getattr default", text_of(vm, call(vm, "getattr", 3, val_from_small(1), s(vm, "nope"), s(vm, "d")), false), "d");
    captured_len = 0;
    call(vm, "print", 3, s(vm, "a"), val_from_small(1), l);
    CHECK_TEXT("print", captured, "a 1 [3, 1, 2]\n");
    Value sys = dict_get_cstr(vm, vm->modules, "sys");
    CHECK(val_is_obj(sys));
    CHECK_TEXT("sys.version_info", text_of(vm, obj_getattr_cstr(vm, sys, "version_info"), false),
               "sys.version_info(major=3, minor=11, micro=0, releaselevel='final', serial=0)");
    captured_len = 0;
    Value out = obj_getattr_cstr(vm, sys, "stdout");
    Value n = obj_call_method(vm, out, "write", (Value[]){s(vm, "hey\n")}, 1);
    CHECK_TEXT("stdout.write", captured, "hey\n");
    CHECK_TEXT("write count", text_of(vm, n, false), "4");
}

static void test_groups(VM *vm) {
    Value l = list_new(vm, 0);
    list_append(vm, l, call(vm, "ValueError", 1, val_from_small(1)));
    list_append(vm, l, call(vm, "TypeError", 1, val_from_small(2)));
    Value eg = call(vm, "BaseExceptionGroup", 2, s(vm, "m"), l);
    CHECK_TEXT("group type", type_name(val_type(eg)), "ExceptionGroup");
    CHECK_TEXT("group str", text_of(vm, eg, false), "m (2 sub-exceptions)");
    CHECK_TEXT("group repr", text_of(vm, eg, true), "ExceptionGroup('m', [ValueError(1), TypeError(2)])");
    Value sp = obj_call_method(vm, eg, "split", (Value[]){val_from_obj(&type_ValueError)}, 1);
    CHECK_TEXT("split", text_of(vm, sp, true),
               "(ExceptionGroup('m', [ValueError(1)]), ExceptionGroup('m', [TypeError(2)]))");
    Value match, rest;
    Value naked = call(vm, "ValueError", 1, s(vm, "naked"));
    CHECK(exc_group_match(vm, naked, val_from_obj(&type_ValueError), &match, &rest) == 0);
    CHECK_TEXT("wrapped", text_of(vm, match, true), "ExceptionGroup('', (ValueError('naked'),))");
    CHECK(val_is_none(rest));
    CHECK(exc_group_match(vm, eg, val_from_obj(&type_TypeError), &match, &rest) == 0);
    CHECK_TEXT("match", text_of(vm, match, true), "ExceptionGroup('m', [TypeError(2)])");
    Value excs = list_new(vm, 0);
    Value raised = call(vm, "KeyError", 1, s(vm, "new"));
    as_exc(raised)->context = match;   /* raised in the except* clause */
    list_append(vm, excs, raised);
    list_append(vm, excs, rest);
    CHECK_TEXT("reraise star", text_of(vm, exc_prep_reraise_star(vm, eg, excs), true),
               "ExceptionGroup('', [KeyError('new'), ExceptionGroup('m', [ValueError(1)])])");
    CHECK_TEXT("bad group", text_of(vm, call(vm, "ExceptionGroup", 2, s(vm, "m"), list_new(vm, 0)), false),
               "<error ValueError: second argument (exceptions) must be a non-empty sequence>");
}

int main(void) {
    PipitConfig cfg = {0};
    cfg.write = capture;
    PipitVM *vm = pipit_new(&cfg);
    if (!vm) {
        printf("FAIL: pipit_new\n");
        return 1;
    }
    test_raise(vm);
    test_fields(vm);
    test_traceback(vm);
    test_args(vm);
    test_builtins(vm);
    test_groups(vm);
    pipit_free(vm);
    if (failures) printf("test_exceptions: %d failures\n", failures);
    else printf("test_exceptions: ok\n");
    return failures != 0;
}
