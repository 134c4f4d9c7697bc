#define _POSIX_C_SOURCE 200809L
/*
** api.c -- the embedding API (pipit.h) over the core.
*/
#include <stdlib.h>
#include <string.h>

#include "pipit.h"
#include "runtime/config.h"
#include "runtime/frame.h"
#include "runtime/names.h"
#include "runtime/toplevel.h"
#include "runtime/traceback.h"
#include "runtime/vfs.h"
#include "modules/sys.h"
#include "compiler/compile.h"
#include "compiler/parser.h"
#include "objects/exceptions.h"

PipitVM *pipit_new(const PipitConfig *config) { return vm_create(config); }


void pipit_free(PipitVM *vm) {
    gc_finalize_at_exit(vm);
    vm_destroy(vm);
}

const char *pipit_version(void) { return PIPIT_VERSION; }

static Fiber *find_task(VM *vm, int task) {
    for (Fiber *fb = vm->fibers; fb; fb = fb->next)
        if (fb->id == task && task >= 0) return fb;
    return NULL;
}

static void remember_error(VM *vm) {
    vm->last_error = vm_take_exc(vm);
    free(vm->error_text);
    vm->error_text = NULL;
}

int pipit_start(PipitVM *vm, const char *src, size_t len, const char *filename, int mode) {
    if (!vm || !src) return -1;
    bool inspect = (mode & PIPIT_MODE_INSPECT) != 0;
    mode &= ~PIPIT_MODE_INSPECT;
    vm->fiber = vm->base_fiber;
    Value fname = str_from_cstr(vm, filename ? filename : "<string>");
    if (val_is_error(fname)) {
        remember_error(vm);
        return -1;
    }
    gc_push_root(vm, &fname);
    /* a module body comes from a script file (or a -c string, where no NUL
    ** or undecodable byte can reach us) */
    Value code = (mode & 0xff) == PIPIT_MODE_FILE ? compile_script(vm, src, len, fname, mode)
                                                  : compile_source(vm, src, len, fname, mode);
    gc_pop_roots(vm, 1);
    if (val_is_error(code)) {
        remember_error(vm);
        return -1;
    }
    Fiber *fb = vm_new_fiber(vm);
    if (!fb) {
        vm_raise_nomem(vm);
        remember_error(vm);
        return -1;
    }
    fb->id = vm->next_task_id++;
    Value globals = ((ModuleObj *)val_as_obj(vm->main_module))->dict;
    vm->fiber = fb;
    gc_push_root(vm, &code);
    /* a body that awaits at the top level runs as a coroutine on asyncio's loop */
    Frame *f = (mode & PIPIT_MODE_TOP_AWAIT) && toplevel_is_coroutine(code)
                   ? toplevel_push(vm, code, globals)
                   : frame_push_code(vm, code, globals, globals);
    gc_pop_roots(vm, 1);
    vm->fiber = vm->base_fiber;
    if (!f) {
        remember_error(vm);
        vm_free_fiber(vm, fb);
        return -1;
    }
    f->prev = NULL;
    f->flags |= FRAME_ENTRY;
    fb->frame = f;
    fb->inspect = inspect;
    return fb->id;
}

static int finish_error(VM *vm, Fiber *fb) {
    int status = PIPIT_ERROR;
    bool inspect = fb->inspect;
    if (!inspect && vm_exc_matches(vm, &type_SystemExit)) {
        bool print_it = false;
        Value exc = vm->exc;
        vm->exit_code = exc_systemexit_status(vm, exc, &print_it);
        if (print_it) {
            Value code = exc_get_field(vm, exc, "code");
            Value s = val_is_error(code) ? code : obj_str(vm, code);
            if (!val_is_error(s)) {
                if (vm->config.write) {
                    vm->config.write(vm->config.write_ctx, 2, as_str(s)->data, as_str(s)->size);
                    vm->config.write(vm->config.write_ctx, 2, "\n", 1);
                }
            }
            vm->exc = exc;
        }
        vm_clear_exc(vm);
        status = PIPIT_EXIT;
    } else {
        remember_error(vm);
    }
    vm_free_fiber(vm, fb);
    return status;
}

int pipit_step(PipitVM *vm, int task, long budget) {
    Fiber *fb = find_task(vm, task);
    if (!fb) return PIPIT_ERROR;
    if (fb->wait_kind) {
        if (!vm->interrupt) return PIPIT_WAIT;
        /* an interrupt cancels the wait: KeyboardInterrupt where it waited */
        vm->interrupt = 0;
        vm_raise_value(vm, val_from_obj(&type_KeyboardInterrupt));
        fb->pending_exc = vm_take_exc(vm);
        fb->wait_kind = 0;
        fb->wait_text = VAL_NULL;
    }
    vm->fiber = fb;
    vm->budget = budget > 0 ? budget : -1;
    vm->ticks = 0;
    vm->suspend_requested = false;
    vm->exc = VAL_NULL;
    if (val_is_exc(fb->pending_exc)) {
        /* resumed with an exception: it is raised by the call that waited */
        vm->exc = fb->pending_exc;
        fb->pending_exc = VAL_NULL;
    }
    Value r = vm_execute(vm, fb->frame);
    vm->fiber = vm->base_fiber;
    vm->budget = -1;
    if (val_is_error(r)) {
        if (vm->suspend_requested && vm->exc == VAL_NULL) {
            vm->suspend_requested = false;
            return fb->wait_kind ? PIPIT_WAIT : PIPIT_YIELD;
        }
        return finish_error(vm, fb);
    }
    vm_free_fiber(vm, fb);
    return PIPIT_DONE;
}

int pipit_run(PipitVM *vm, const char *src, size_t len, const char *filename, int mode) {
    int task = pipit_start(vm, src, len, filename, mode);
    if (task < 0) return PIPIT_ERROR;
    bool was = vm->blocking_host;
    vm->blocking_host = true;
    int r;
    do {
        r = pipit_step(vm, task, 0);
    } while (r == PIPIT_YIELD);
    vm->blocking_host = was;
    return r;
}

int pipit_wait_kind(PipitVM *vm, int task) {
    Fiber *fb = find_task(vm, task);
    return fb ? fb->wait_kind : 0;
}

double pipit_wait_seconds(PipitVM *vm, int task) {
    Fiber *fb = find_task(vm, task);
    return fb ? fb->wait_seconds : 0;
}

const char *pipit_wait_text(PipitVM *vm, int task) {
    Fiber *fb = find_task(vm, task);
    if (!fb || !val_is_str(fb->wait_text)) return "";
    return str_cstr(fb->wait_text);
}

static int resume_with(VM *vm, int task, Value v) {
    Fiber *fb = find_task(vm, task);
    if (!fb || !fb->wait_kind) return PIPIT_E_ARG;
    *fb->frame->sp++ = v;
    fb->wait_kind = 0;
    fb->wait_text = VAL_NULL;
    return PIPIT_OK;
}

int pipit_resume_none(PipitVM *vm, int task) { return resume_with(vm, task, VAL_NONE); }

int pipit_resume_eof(PipitVM *vm, int task) {
    Fiber *fb = find_task(vm, task);
    if (!fb || !fb->wait_kind) return PIPIT_E_ARG;
    /* the waiting call raises EOFError where it stands */
    vm_raise(vm, &type_EOFError, "EOF when reading a line");
    fb->pending_exc = vm_take_exc(vm);
    fb->wait_kind = 0;
    fb->wait_text = VAL_NULL;
    return PIPIT_OK;
}

int pipit_resume_str(PipitVM *vm, int task, const char *s, size_t len) {
    Value v = str_new(vm, s, len);
    if (val_is_error(v)) {
        vm_clear_exc(vm);
        return PIPIT_E_NOMEM;
    }
    return resume_with(vm, task, v);
}

void pipit_interrupt(PipitVM *vm) {
    vm->interrupt = 1;
    vm->ticks = 0;
}

const char *pipit_error_text(PipitVM *vm) {
    if (!val_is_exc(vm->last_error)) return "";
    if (!vm->error_text) {
        vm->fiber = vm->base_fiber;
        Value s = traceback_format(vm, vm->last_error);
        if (val_is_error(s) || !val_is_str(s)) {
            vm_clear_exc(vm);
            return "";
        }
        vm->error_text = strdup(str_cstr(s));
    }
    return vm->error_text ? vm->error_text : "";
}

static void write_stderr_cstr(VM *vm, const char *s) {
    Value v = str_from_cstr(vm, s);
    if (val_is_error(v) || sys_write_std(vm, 2, v) < 0) vm_clear_exc(vm);
}

/* sys.excepthook when a program has replaced it, else VAL_NULL. Reports
** a missing hook as CPython does. */
static Value replaced_excepthook(VM *vm) {
    if (!val_is_obj(vm->sys_module)) return VAL_NULL;
    Value d = ((ModuleObj *)val_as_obj(vm->sys_module))->dict;
    Value hook = dict_get_cstr(vm, d, "excepthook");
    Value orig = dict_get_cstr(vm, d, "__excepthook__");
    if (val_is_error(hook) || val_is_error(orig)) {
        vm_clear_exc(vm);
        return VAL_NULL;
    }
    if (val_is_null(hook)) {
        write_stderr_cstr(vm, "sys.excepthook is missing\n");
        return VAL_NULL;
    }
    return hook == orig ? VAL_NULL : hook;
}

/* Calls the program's sys.excepthook(type, value, tb); when the hook itself
** fails, prints both exceptions as CPython does. */
static void call_excepthook(VM *vm, Value hook, Value exc) {
    Value tb = ((ExcObj *)val_as_obj(exc))->traceback;
    if (val_is_null(tb)) tb = VAL_NONE;
    Value args[4] = {val_from_obj(val_type(exc)), exc, tb, hook};
    for (int i = 0; i < 4; i++) gc_push_root(vm, &args[i]);
    Value r = obj_call(vm, hook, args, 3, VAL_NULL);
    if (val_is_error(r)) {
        Value failure = vm_take_exc(vm);
        gc_push_root(vm, &failure);
        write_stderr_cstr(vm, "Error in sys.excepthook:\n");
        traceback_print(vm, failure);
        write_stderr_cstr(vm, "\nOriginal exception was:\n");
        traceback_print(vm, exc);
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 4);
}

void pipit_print_error(PipitVM *vm) {
    if (!val_is_exc(vm->last_error)) return;
    vm->fiber = vm->base_fiber;
    Value hook = replaced_excepthook(vm);
    if (val_is_null(hook)) {
        traceback_print(vm, vm->last_error);
        return;
    }
    call_excepthook(vm, hook, vm->last_error);
}

int pipit_exit_code(PipitVM *vm) { return vm->exit_code; }

int pipit_input_complete(PipitVM *vm, const char *src, size_t len) {
    Arena arena;
    arena_init(&arena);
    ParseError err;
    memset(&err, 0, sizeof err);
    Mod *m = parse_source(&arena, src, len, PARSE_SINGLE, &err);
    arena_free(&arena);
    if (m) return err.incomplete ? 0 : 1;  /* a block waits for its blank line */
    return err.incomplete ? 0 : -1;
}

int pipit_vfs_write(PipitVM *vm, const char *path, const void *data, size_t len) {
    return vfs_write(vm, path, data, len, false) < 0 ? PIPIT_E_ARG : PIPIT_OK;
}

void *pipit_vfs_read(PipitVM *vm, const char *path, size_t *len) {
    size_t n = 0;
    char *data = vfs_read(vm, path, &n);
    if (len) *len = n;
    return data;
}

int pipit_vfs_mkdir(PipitVM *vm, const char *path) {
    return vfs_mkdir(vm, path, true) < 0 ? PIPIT_E_ARG : PIPIT_OK;
}
