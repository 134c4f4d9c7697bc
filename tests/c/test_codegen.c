/*
** test_codegen.c -- the compiler from source to code objects: a verifier
** that re-walks every code object's control flow (jumps, exception table,
** stack depth), a few disassemblies of key constructs, code object
** attributes (flags, qualnames, locals layout), and compile-time errors.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/codegen.h"
#include "compiler/dis.h"
#include "compiler/opcodes.h"
#include "runtime/vm.h"

static int failures;

#define CHECK(cond, ...)                                \
    do {                                                \
        if (!(cond)) {                                  \
            failures++;                                 \
            printf("FAIL %s:%d: ", __FILE__, __LINE__); \
            printf(__VA_ARGS__);                        \
            printf("\n");                               \
        }                                               \
    } while (0)

static VM *vm;

static Value compile(const char *src) {
    return compile_source(vm, src, strlen(src), str_from_cstr(vm, "<test>"), 0);
}

static CodeObj *as_code(Value v) { return (CodeObj *)val_as_obj(v); }

/* ---- an independent verifier of the assembled code ---- */

static bool is_jump_op(int op) {
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE || op == OP_JUMP_IF_FALSE_OR_POP ||
           op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER || op == OP_SEND;
}

static bool ends_flow(int op) {
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

static const ExcTableEntry *handler_of(CodeObj *co, uint32_t i) {
    for (uint32_t k = 0; k < co->nexctable; k++)
        if (co->exctable[k].start <= i && i < co->exctable[k].end) return &co->exctable[k];
    return NULL;
}

static int verify_reach(CodeObj *co, int *depth, int *work, int *nwork, uint32_t at, int d, const char *why) {
    if (at >= co->ncode) {
        printf("  %s: target %u out of range\n", why, at);
        return -1;
    }
    if (d < 0 || d > co->stacksize) {
        printf("  %s: depth %d at %u outside [0, %d]\n", why, d, at, co->stacksize);
        return -1;
    }
    if (depth[at] < 0) {
        depth[at] = d;
        work[(*nwork)++] = (int)at;
    } else if (depth[at] != d) {
        printf("  %s: depth %d != %d at %u\n", why, d, depth[at], at);
        return -1;
    }
    return 0;
}

/* Every instruction reachable, depths consistent and within stacksize,
** exception table sorted and in range. */
static bool verify_code(Value code) {
    CodeObj *co = as_code(code);
    bool ok = co->ncode > 0 && co->stacksize >= 0;
    for (uint32_t k = 0; k < co->nexctable; k++) {
        const ExcTableEntry *e = &co->exctable[k];
        if (e->start >= e->end || e->end > co->ncode || e->target >= co->ncode) ok = false;
        if (k && co->exctable[k - 1].end > e->start) ok = false;
    }
    int *depth = malloc(sizeof(int) * co->ncode), *work = malloc(sizeof(int) * co->ncode);
    int nwork = 0;
    for (uint32_t i = 0; i < co->ncode; i++) depth[i] = -1;
    if (ok && verify_reach(co, depth, work, &nwork, 0, 0, "entry") < 0) ok = false;
    while (ok && nwork) {
        uint32_t i = (uint32_t)work[--nwork];
        int op = (int)INSTR_OP(co->code[i]), arg = (int)INSTR_ARG(co->code[i]);
        int d = depth[i];
        const ExcTableEntry *h = handler_of(co, i);
        if (h && verify_reach(co, depth, work, &nwork, h->target, h->depth + h->lasti + 1, "handler") < 0)
            ok = false;
        if (is_jump_op(op) &&
            verify_reach(co, depth, work, &nwork, (uint32_t)arg, d + codegen_stack_effect(op, arg, true), "jump") < 0)
            ok = false;
        if (!ends_flow(op) &&
            verify_reach(co, depth, work, &nwork, i + 1, d + codegen_stack_effect(op, arg, false), "next") < 0)
            ok = false;
    }
    for (uint32_t i = 0; ok && i < co->ncode; i++)
        if (depth[i] < 0) {
            printf("  unreachable instruction %u\n", i);
            ok = false;
        }
    free(depth);
    free(work);
    TupleObj *consts = as_tuple(co->consts);
    for (size_t i = 0; i < consts->len; i++)
        if (val_is_type(consts->items[i], &type_code) && !verify_code(consts->items[i])) ok = false;
    return ok;
}

static const char *const corpus[] = {
    "x = 1\nprint(x + 2)\n",
    "def f(a, b=2, *args, c, d=4, **kw):\n    return a, b, args, c, d, kw\n",
    "for i in range(3):\n    if i: continue\n    else: break\nelse:\n    pass\n",
    "while x:\n    try:\n        break\n    finally:\n        y()\n",
    "def f():\n    try:\n        return g()\n    except E as e:\n        return e\n    else:\n        pass\n    finally:\n        h()\n",
    "def f():\n    for x in y:\n        try:\n            continue\n        except:\n            break\n",
    "with a as b, c as d:\n    e()\n",
    "def f():\n    with a:\n        return 1\n",
    "async def f():\n    async with a as b:\n        async for x in b:\n            await x\n    return [y async for y in z]\n",
    "def g():\n    x = yield 1\n    yield from x\n",
    "class C(B, metaclass=M):\n    x: int = 1\n    def m(self):\n        return super().m(__class__)\n",
    "match p:\n    case [1, *r] | (r, 2):\n        pass\n    case {'a': x, **kw} if x:\n        pass\n    case P(a, b=c) as q:\n        pass\n    case _:\n        pass\n",
    "try:\n    pass\nexcept* ValueError as e:\n    pass\nexcept* TypeError:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "a, *b, c = d\nx[1:2] += 3\no.a -= 1\ndel x[0], o.a, v\n",
    "print(f'{a!r:>{w}}', *args, **kw, k=1)\n",
    "r = [x for x in y if x for z in x] + list(i for i in j) + {k: v for k, v in w}.keys()\n",
    "def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n        return lambda: v\n    return inner\n",
    "import a.b.c as d\nfrom .. import e as f\nfrom g import *\n",
    "assert x, 'm'\nraise E from F\n",
    "x = 1 if a and not b or c < d < e else 2\n",
};

static void test_corpus(void) {
    for (size_t i = 0; i < sizeof corpus / sizeof corpus[0]; i++) {
        Value code = compile(corpus[i]);
        CHECK(!val_is_error(code), "corpus %zu does not compile", i);
        if (val_is_error(code)) {
            vm_clear_exc(vm);
            continue;
        }
        CHECK(verify_code(code), "corpus %zu fails verification:\n%s", i, corpus[i]);
    }
}

/* ---- disassembly of key constructs ---- */

static void check_dis(const char *src, const char *func, const char *expected) {
    Value code = compile(src);
    CHECK(!val_is_error(code), "does not compile: %s", src);
    if (val_is_error(code)) {
        vm_clear_exc(vm);
        return;
    }
    if (func) {
        TupleObj *consts = as_tuple(as_code(code)->consts);
        for (size_t i = 0; i < consts->len; i++)
            if (val_is_type(consts->items[i], &type_code) && str_eq_cstr(as_code(consts->items[i])->name, func))
                code = consts->items[i];
    }
    StrBuf sb;
    sb_init(&sb);
    dis_code(vm, &sb, code, false);
    sb_addc(&sb, 0);
    /* compare the opcode column only: names and arguments */
    char got[4096] = "";
    for (char *line = strtok(sb.data, "\n"); line; line = strtok(NULL, "\n")) {
        char name[64];
        unsigned idx, arg;
        if (strncmp(line, "  ", 2) == 0 && strstr(line, "->")) {
            strncat(got, line + 2, sizeof got - strlen(got) - 2);
            strcat(got, "\n");
        } else if (strlen(line) > 7 && sscanf(line + 7, "%u %63s %u", &idx, name, &arg) == 3) {
            char one[100];
            snprintf(one, sizeof one, "%s %u\n", name, arg);
            strncat(got, one, sizeof got - strlen(got) - 1);
        }
    }
    CHECK(strcmp(got, expected) == 0, "disassembly of %s\n--- got:\n%s--- expected:\n%s", src, got, expected);
    sb_free(&sb);
}

static void test_dis(void) {
    check_dis("f(a, b=1)\n", NULL,
              "LOAD_NAME 0\nPUSH_NULL 0\nLOAD_NAME 1\nLOAD_CONST 0\nKW_NAMES 1\nCALL 2\nPOP_TOP 0\n"
              "LOAD_CONST 2\nRETURN_VALUE 0\n");
    check_dis("def f(x):\n    return g(x.y, x.m(1))\n", "f",
              "LOAD_GLOBAL 1\nLOAD_FAST 0\nLOAD_ATTR 1\nLOAD_FAST 0\nLOAD_METHOD 2\nLOAD_CONST 1\n"
              "CALL 1\nCALL 2\nRETURN_VALUE 0\n");
    check_dis("def f():\n    try:\n        a()\n    except E as e:\n        b()\n", "f",
              "LOAD_GLOBAL 1\nCALL 0\nPOP_TOP 0\nJUMP 25\nPUSH_EXC_INFO 0\n"
              "LOAD_GLOBAL 2\nCHECK_EXC_MATCH 0\nPOP_JUMP_IF_FALSE 21\nSTORE_FAST 0\nLOAD_GLOBAL 5\n"
              "CALL 0\nPOP_TOP 0\nPOP_EXCEPT 0\nLOAD_CONST 0\nSTORE_FAST 0\nDELETE_FAST 0\n"
              "JUMP 25\nLOAD_CONST 0\nSTORE_FAST 0\nDELETE_FAST 0\nRERAISE 1\n"
              "RERAISE 0\nCOPY 3\nPOP_EXCEPT 0\nRERAISE 1\nLOAD_CONST 0\nRETURN_VALUE 0\n"
              "0 to 3 -> 4 [0]\n4 to 9 -> 22 [1] lasti\n9 to 12 -> 17 [1] lasti\n17 to 22 -> 22 [1] lasti\n");
    check_dis("def g():\n    yield from x\n", "g",
              "LOAD_GLOBAL 0\nGET_YIELD_FROM_ITER 0\nLOAD_CONST 0\nSEND 6\nYIELD_VALUE 1\nJUMP 3\n"
              "POP_TOP 0\nLOAD_CONST 0\nRETURN_VALUE 0\n");
    check_dis("a < b < c\n", NULL,
              "LOAD_NAME 0\nLOAD_NAME 1\nSWAP 2\nCOPY 2\nCOMPARE_OP 0\nJUMP_IF_FALSE_OR_POP 9\n"
              "LOAD_NAME 2\nCOMPARE_OP 0\nJUMP 11\nSWAP 2\nPOP_TOP 0\nPOP_TOP 0\nLOAD_CONST 0\nRETURN_VALUE 0\n");
}

/* ---- code object attributes ---- */

static Value find_code(Value code, const char *qualname) {
    CodeObj *co = as_code(code);
    if (str_eq_cstr(co->qualname, qualname)) return code;
    TupleObj *consts = as_tuple(co->consts);
    for (size_t i = 0; i < consts->len; i++) {
        if (!val_is_type(consts->items[i], &type_code)) continue;
        Value r = find_code(consts->items[i], qualname);
        if (!val_is_null(r)) return r;
    }
    return VAL_NULL;
}

static void test_attributes(void) {
    Value code = compile(
        "def f(a, b, *c, d, **e):\n"
        "    x = 1\n"
        "    def g():\n"
        "        return a + x\n"
        "    return g\n"
        "class C:\n"
        "    def m(self):\n"
        "        return [lambda: super() for _ in ()]\n"
        "def gen():\n    yield\n"
        "async def co():\n    pass\n"
        "async def ag():\n    yield\n");
    CHECK(!val_is_error(code), "attributes source does not compile");
    if (val_is_error(code)) {
        vm_clear_exc(vm);
        return;
    }
    CodeObj *f = as_code(find_code(code, "f"));
    CHECK(f->argcount == 2 && f->kwonlyargcount == 1 && f->nlocals == 6, "f counts %d %d %d", f->argcount,
          f->kwonlyargcount, f->nlocals);
    CHECK(f->flags == (CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS), "f flags %#x", f->flags);
    CHECK(f->ncellvars == 2 && f->nlocalsplus == 7, "f cells %d, localsplus %d", f->ncellvars, f->nlocalsplus);
    CHECK(f->localspluskinds[0] == (CO_FAST_LOCAL | CO_FAST_CELL) && f->localspluskinds[6] == CO_FAST_CELL,
          "f kinds %#x %#x", f->localspluskinds[0], f->localspluskinds[6]);
    CodeObj *g = as_code(find_code(code, "f.<locals>.g"));
    CHECK(g->nfreevars == 2 && (g->flags & CO_NESTED), "g frees %d flags %#x", g->nfreevars, g->flags);
    CHECK(!val_is_null(find_code(code, "C.m.<locals>.<listcomp>.<lambda>")), "lambda qualname");
    CodeObj *cls = as_code(find_code(code, "C"));
    CHECK(cls->ncellvars == 1 && str_eq_cstr(as_tuple(cls->localsplusnames)->items[0], "__class__"),
          "class cell");
    CHECK(as_code(find_code(code, "gen"))->flags & CO_GENERATOR, "generator flag");
    CHECK(as_code(find_code(code, "co"))->flags & CO_COROUTINE, "coroutine flag");
    CHECK(as_code(find_code(code, "ag"))->flags & CO_ASYNC_GENERATOR, "async generator flag");
    CHECK(val_is_none(as_tuple(f->consts)->items[0]), "None is consts[0] without a docstring");
}

/* ---- compile-time errors ---- */

static void check_error(const char *src, const char *msg, int lineno) {
    Value code = compile(src);
    CHECK(val_is_error(code), "compiled, expected %s", msg);
    if (!val_is_error(code)) return;
    Value exc = vm_take_exc(vm);
    Value args = as_exc(exc)->args;
    Value m = as_tuple(args)->items[0];
    CHECK(str_eq_cstr(m, msg), "message %s, expected %s", str_cstr(m), msg);
    if (as_tuple(args)->len > 1) {
        Value info = as_tuple(args)->items[1];
        Value l = as_tuple(info)->items[1];
        CHECK(val_is_int(l) && val_as_int(l) == lineno, "lineno for %s", msg);
    }
}

static void test_errors(void) {
    check_error("x = 1\nreturn x\n", "'return' outside function", 2);
    check_error("break\n", "'break' outside loop", 1);
    check_error("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3);
    check_error("def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2);
    check_error("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1);
    check_error("a, *b, *c = d\n", "multiple starred expressions in assignment", 1);
    check_error("def f():\n    await x\n", "'await' outside async function", 2);
    check_error("[(yield) for x in y]\n", "'yield' inside list comprehension", 1);
    check_error("async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3);
}

/* test_codegen FILE...: compile and verify those files instead (a corpus
** such as CPython's Lib/ finds what the built-in snippets miss). */
static void verify_files(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) continue;
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *buf = malloc((size_t)n + 1);
        size_t got = fread(buf, 1, (size_t)n, f);
        fclose(f);
        Value code = compile_source(vm, buf, got, str_from_cstr(vm, argv[i]), 0);
        if (val_is_error(code)) {
            Value e = vm_take_exc(vm);
            CHECK(!val_is_type(e, &type_SystemError), "%s: SystemError", argv[i]);
        } else {
            CHECK(verify_code(code), "%s fails verification", argv[i]);
        }
        free(buf);
    }
}

int main(int argc, char **argv) {
    PipitConfig cfg = {0};
    vm = pipit_new(&cfg);
    if (!vm) {
        printf("FAIL: pipit_new\n");
        return 1;
    }
    if (argc > 1) {
        verify_files(argc, argv);
        pipit_free(vm);
        return failures ? 1 : 0;
    }
    test_corpus();
    test_dis();
    test_attributes();
    test_errors();
    pipit_free(vm);
    if (failures) printf("test_codegen: %d failures\n", failures);
    return failures ? 1 : 0;
}
