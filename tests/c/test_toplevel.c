/*
** test_toplevel.c -- a task compiled with PIPIT_MODE_TOP_AWAIT awaits at the
** top level: it runs on asyncio's loop, its sleeps are waits the host
** serves, and it shares __main__ with the tasks started after it.
*/
#include <stdio.h>
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

static char out[8192];
static size_t out_len;

static void capture(void *ctx, int fd, const char *data, size_t len) {
    (void)ctx;
    (void)fd;
    if (out_len + len >= sizeof out) len = sizeof out - 1 - out_len;
    memcpy(out + out_len, data, len);
    out_len += len;
    out[out_len] = 0;
}

/* Steps [task] to its end, serving sleeps at once; counts the waits. */
static int run_task(PipitVM *vm, int task, int *waits) {
    for (;;) {
        int r = pipit_step(vm, task, 1000);
        if (r == PIPIT_YIELD) continue;
        if (r != PIPIT_WAIT) return r;
        (*waits)++;
        CHECK(pipit_wait_kind(vm, task) == PIPIT_WAIT_SLEEP, "a sleep wait");
        pipit_resume_none(vm, task);
    }
}

static const char *program =
    "import asyncio\n"
    "async def double(x):\n"
    "    await asyncio.sleep(0.01)\n"
    "    return 2 * x\n"
    "value = await double(21)\n"
    "print('value', value)\n"
    "results = await asyncio.gather(double(1), double(2))\n"
    "print('gathered', results)\n";

static void test_top_level_await(void) {
    PipitConfig cfg = {0};
    cfg.write = capture;
    PipitVM *vm = pipit_new(&cfg);
    int task = pipit_start(vm, program, strlen(program), "<page>", PIPIT_MODE_FILE | PIPIT_MODE_TOP_AWAIT);
    CHECK(task >= 0, "compiles with top-level await: %s", pipit_error_text(vm));
    int waits = 0;
    int r = run_task(vm, task, &waits);
    CHECK(r == PIPIT_DONE, "finishes: %d %s", r, pipit_error_text(vm));
    CHECK(waits >= 2, "the sleeps were waits of the task: %d", waits);
    CHECK(strstr(out, "value 42\ngathered [2, 4]\n") != NULL, "output: %s", out);
    const char *next = "print('again', value + 1)\n";
    task = pipit_start(vm, next, strlen(next), "<page>", PIPIT_MODE_FILE);
    CHECK(run_task(vm, task, &waits) == PIPIT_DONE, "shares __main__");
    CHECK(strstr(out, "again 43\n") != NULL, "output: %s", out);
    pipit_free(vm);
}

static void test_error_in_awaiting_body(void) {
    PipitConfig cfg = {0};
    cfg.write = capture;
    PipitVM *vm = pipit_new(&cfg);
    const char *src = "import asyncio\nawait asyncio.sleep(0)\nraise ValueError('late')\n";
    int task = pipit_start(vm, src, strlen(src), "<page>", PIPIT_MODE_FILE | PIPIT_MODE_TOP_AWAIT);
    int waits = 0;
    CHECK(run_task(vm, task, &waits) == PIPIT_ERROR, "fails");
    CHECK(strstr(pipit_error_text(vm), "ValueError: late") != NULL, "traceback: %s", pipit_error_text(vm));
    pipit_free(vm);
}

static void test_await_outside_page_mode(void) {
    PipitConfig cfg = {0};
    cfg.write = capture;
    PipitVM *vm = pipit_new(&cfg);
    const char *src = "await x\n";
    CHECK(pipit_start(vm, src, strlen(src), "<file>", PIPIT_MODE_FILE) < 0, "a plain file may not await");
    CHECK(strstr(pipit_error_text(vm), "'await' outside function") != NULL, "%s", pipit_error_text(vm));
    pipit_free(vm);
}

int main(void) {
    test_top_level_await();
    test_error_in_awaiting_body();
    test_await_outside_page_mode();
    printf("test_toplevel: %s\n", failures ? "FAILED" : "ok");
    return failures != 0;
}
