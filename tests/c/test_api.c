/*
** test_api.c -- the embedding API: stepping with an instruction budget,
** resuming with the same result, waits served by the host, interrupts,
** syntax errors and tracebacks, several tasks sharing __main__.
*/
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipit.h"

static int failures;

#define CHECK(cond, ...)                                   \
    do {                                                   \
        if (!(cond)) {                                     \
            failures++;                                    \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);    \
            printf(__VA_ARGS__);                           \
            printf("\n");                                  \
        }                                                  \
    } while (0)

typedef struct Output {
    char buf[65536];
    size_t len;
} Output;

static void capture(void *ctx, int fd, const char *data, size_t len) {
    Output *o = ctx;
    if (o->len + len >= sizeof o->buf) len = sizeof o->buf - 1 - o->len;
    memcpy(o->buf + o->len, data, len);
    o->len += len;
    o->buf[o->len] = 0;
}

static PipitVM *new_vm(Output *out) {
    PipitConfig cfg = {0};
    cfg.write = capture;
    cfg.write_ctx = out;
    out->len = 0;
    out->buf[0] = 0;
    return pipit_new(&cfg);
}

static const char *program =
    "def fib(n):\n"
    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "total = 0\n"
    "for i in range(200):\n"
    "    total += i * i\n"
    "print(fib(15), total, [x * 2 for x in range(5)])\n";

static void test_budget_and_resume(void) {
    Output whole, stepped;
    PipitVM *vm = new_vm(&whole);
    CHECK(vm != NULL, "pipit_new");
    int r = pipit_run(vm, program, strlen(program), "<test>", PIPIT_MODE_FILE);
    CHECK(r == PIPIT_DONE, "run to completion: %d", r);
    pipit_free(vm);

    vm = new_vm(&stepped);
    int task = pipit_start(vm, program, strlen(program), "<test>", PIPIT_MODE_FILE);
    CHECK(task >= 0, "start");
    int steps = 0;
    do {
        r = pipit_step(vm, task, 100);
        steps++;
    } while (r == PIPIT_YIELD && steps < 100000);
    CHECK(r == PIPIT_DONE, "stepped run ends: %d", r);
    CHECK(steps > 10, "the budget made it yield (%d steps)", steps);
    CHECK(strcmp(whole.buf, stepped.buf) == 0, "same output: '%s' vs '%s'", whole.buf, stepped.buf);
    CHECK(strcmp(whole.buf, "610 2646700 [0, 2, 4, 6, 8]\n") == 0, "expected output: '%s'", whole.buf);
    pipit_free(vm);
}

static void test_interrupt(void) {
    Output out;
    PipitVM *vm = new_vm(&out);
    const char *src = "n = 0\nwhile True:\n    n += 1\n";
    int task = pipit_start(vm, src, strlen(src), "<loop>", PIPIT_MODE_FILE);
    int r = pipit_step(vm, task, 10000);
    CHECK(r == PIPIT_YIELD, "infinite loop yields: %d", r);
    pipit_interrupt(vm);
    r = pipit_step(vm, task, 10000);
    CHECK(r == PIPIT_ERROR, "interrupted: %d", r);
    CHECK(strstr(pipit_error_text(vm), "KeyboardInterrupt") != NULL, "KeyboardInterrupt: %s",
          pipit_error_text(vm));
    /* the VM keeps working, and the globals survived */
    const char *after = "print(n > 0)\n";
    r = pipit_run(vm, after, strlen(after), "<after>", PIPIT_MODE_FILE);
    CHECK(r == PIPIT_DONE && strstr(out.buf, "True\n") != NULL, "works after interrupt: %s", out.buf);
    pipit_free(vm);
}

static void test_input_wait(void) {
    Output out;
    PipitVM *vm = new_vm(&out);
    const char *src = "name = input('name? ')\nprint('hello', name)\n";
    int task = pipit_start(vm, src, strlen(src), "<input>", PIPIT_MODE_FILE);
    int r = pipit_step(vm, task, 0);
    CHECK(r == PIPIT_WAIT, "input waits: %d", r);
    CHECK(pipit_wait_kind(vm, task) == PIPIT_WAIT_INPUT, "wait kind %d", pipit_wait_kind(vm, task));
    CHECK(strcmp(pipit_wait_text(vm, task), "name? ") == 0, "prompt '%s'", pipit_wait_text(vm, task));
    CHECK(pipit_resume_str(vm, task, "Ada", 3) == PIPIT_OK, "resume");
    r = pipit_step(vm, task, 0);
    CHECK(r == PIPIT_DONE, "done after input: %d", r);
    CHECK(strstr(out.buf, "hello Ada\n") != NULL, "output: '%s'", out.buf);
    pipit_free(vm);
}

static void test_input_eof(void) {
    Output out;
    PipitVM *vm = new_vm(&out);
    const char *src = "try:\n    input()\nexcept EOFError as e:\n    print('EOF:', e)\n";
    int task = pipit_start(vm, src, strlen(src), "<eof>", PIPIT_MODE_FILE);
    int r = pipit_step(vm, task, 0);
    CHECK(r == PIPIT_WAIT, "input waits: %d", r);
    CHECK(pipit_resume_eof(vm, task) == PIPIT_OK, "resume with end of input");
    r = pipit_step(vm, task, 0);
    CHECK(r == PIPIT_DONE, "done: %d %s", r, pipit_error_text(vm));
    CHECK(strstr(out.buf, "EOF: EOF when reading a line\n") != NULL, "output: '%s'", out.buf);
    pipit_free(vm);
}

static void test_interrupt_cancels_wait(void) {
    Output out;
    PipitVM *vm = new_vm(&out);
    const char *src = "import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('stopped')\n";
    int task = pipit_start(vm, src, strlen(src), "<sleep>", PIPIT_MODE_FILE);
    int r = pipit_step(vm, task, 0);
    CHECK(r == PIPIT_WAIT && pipit_wait_kind(vm, task) == PIPIT_WAIT_SLEEP, "sleep waits: %d", r);
    CHECK(pipit_wait_seconds(vm, task) == 30.0, "seconds %g", pipit_wait_seconds(vm, task));
    pipit_interrupt(vm);
    r = pipit_step(vm, task, 0);
    CHECK(r == PIPIT_DONE, "interrupted sleep: %d %s", r, pipit_error_text(vm));
    CHECK(strcmp(out.buf, "stopped\n") == 0, "output '%s'", out.buf);
    pipit_free(vm);
}

/* 50,000 nested Python calls on a thread whose C stack is 1 MiB: calls
** between Python functions must not use the C stack. */
static void *deep_recursion(void *arg) {
    Output *out = arg;
    PipitVM *vm = new_vm(out);
    const char *src =
        "import sys\n"
        "sys.setrecursionlimit(60000)\n"
        "def depth(n):\n"
        "    return 0 if n == 0 else depth(n - 1) + 1\n"
        "print(depth(50000))\n"
        "sys.setrecursionlimit(1000)\n"
        "try:\n"
        "    depth(5000)\n"
        "except RecursionError as e:\n"
        "    print('RecursionError:', e)\n";
    int r = pipit_run(vm, src, strlen(src), "<deep>", PIPIT_MODE_FILE);
    if (r != PIPIT_DONE) snprintf(out->buf, sizeof out->buf, "status %d: %s", r, pipit_error_text(vm));
    pipit_free(vm);
    return NULL;
}

static void test_deep_recursion_small_c_stack(void) {
    static Output out;
    pthread_attr_t attr;
    pthread_t th;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 1 << 20);
    CHECK(pthread_create(&th, &attr, deep_recursion, &out) == 0, "thread");
    pthread_join(th, NULL);
    CHECK(strcmp(out.buf, "50000\nRecursionError: maximum recursion depth exceeded\n") == 0,
          "deep recursion output: '%s'", out.buf);
}

static void test_errors(void) {
    Output out;
    PipitVM *vm = new_vm(&out);
    const char *bad = "x = (1,\ny = 2\n";
    int task = pipit_start(vm, bad, strlen(bad), "bad.py", PIPIT_MODE_FILE);
    CHECK(task < 0, "syntax error does not start");
    CHECK(strstr(pipit_error_text(vm), "SyntaxError") != NULL, "SyntaxError text: %s", pipit_error_text(vm));
    const char *raises = "def f():\n    return 1 / 0\nf()\n";
    int r = pipit_run(vm, raises, strlen(raises), "zero.py", PIPIT_MODE_FILE);
    CHECK(r == PIPIT_ERROR, "uncaught: %d", r);
    const char *text = pipit_error_text(vm);
    CHECK(strstr(text, "Traceback (most recent call last):") != NULL, "traceback: %s", text);
    CHECK(strstr(text, "line 2, in f") != NULL, "frame line: %s", text);
    CHECK(strstr(text, "ZeroDivisionError: division by zero") != NULL, "message: %s", text);
    pipit_free(vm);
}

static void test_shared_namespace(void) {
    Output out;
    PipitVM *vm = new_vm(&out);
    const char *a = "counter = 41\n", *b = "counter += 1\nprint(counter)\n";
    int ta = pipit_start(vm, a, strlen(a), "<a>", PIPIT_MODE_FILE);
    int tb = pipit_start(vm, b, strlen(b), "<b>", PIPIT_MODE_FILE);
    CHECK(pipit_step(vm, ta, 0) == PIPIT_DONE, "task a");
    CHECK(pipit_step(vm, tb, 0) == PIPIT_DONE, "task b");
    CHECK(strcmp(out.buf, "42\n") == 0, "shared globals: '%s'", out.buf);
    pipit_free(vm);
}

static void test_vfs_import(void) {
    Output out;
    PipitVM *vm = new_vm(&out);
    const char *mod = "VALUE = 7\ndef twice(x):\n    return 2 * x\n";
    CHECK(pipit_vfs_write(vm, "/lib/helper.py", mod, strlen(mod)) == PIPIT_OK, "vfs write");
    const char *src = "import helper\nprint(helper.twice(helper.VALUE))\n";
    int r = pipit_run(vm, src, strlen(src), "<imp>", PIPIT_MODE_FILE);
    CHECK(r == PIPIT_DONE, "import from the VFS: %d %s", r, pipit_error_text(vm));
    CHECK(strcmp(out.buf, "14\n") == 0, "output '%s'", out.buf);
    size_t len = 0;
    char *back = pipit_vfs_read(vm, "/lib/helper.py", &len);
    CHECK(back && len == strlen(mod) && memcmp(back, mod, len) == 0, "vfs read back");
    free(back);
    pipit_free(vm);
}

int main(void) {
    test_budget_and_resume();
    test_interrupt();
    test_input_wait();
    test_input_eof();
    test_interrupt_cancels_wait();
    test_deep_recursion_small_c_stack();
    test_errors();
    test_shared_namespace();
    test_vfs_import();
    printf("api: %s\n", failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
