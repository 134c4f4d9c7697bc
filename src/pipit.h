/*
** pipit.h -- the embedding API of the Pipit runtime, and the only header the
** ports (ports/unix, ports/wasm) include.
**
** A VM runs Python programs as tasks. A task is started from source text and
** then stepped: each step runs until the task finishes, fails, spends its
** instruction budget (the host gets control back and may step again later) or
** must wait for the host (time.sleep, input(), a JavaScript promise). The
** host serves the wait and resumes the task with pipit_resume_*. Several tasks
** can be in flight at once; they share the __main__ namespace.
**
** Strings crossing this API are UTF-8. Functions returning int return
** PIPIT_OK (0) or a negative PIPIT_E* code unless said otherwise.
*/
#ifndef PIPIT_H
#define PIPIT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct VM PipitVM;

/* Receives what Python writes to stdout (fd 1) or stderr (fd 2). */
typedef void (*PipitWriteFn)(void *ctx, int fd, const char *data, size_t len);

/* Reads one line of input for input() and sys.stdin when the task cannot
** wait for the host: returns a malloc'ed NUL-terminated line including its
** "\n" (the VM frees it), or NULL at end of input. */
typedef char *(*PipitReadLineFn)(void *ctx);

/* The host's files, for a VFS that falls through to them (the native CLI):
** read_file returns a malloc'ed copy (caller frees) or NULL; file_kind
** returns 0 (missing), 1 (file) or 2 (directory). */
typedef void *(*PipitReadFileFn)(void *ctx, const char *path, size_t *len);
typedef int (*PipitFileKindFn)(void *ctx, const char *path);

typedef struct PipitConfig {
    size_t heap_limit;   /* bytes; 0 means no limit beyond the host's memory */
    PipitWriteFn write;  /* NULL: output is discarded */
    void *write_ctx;
    PipitReadLineFn readline; /* NULL: input() waits for the host, or EOFError */
    void *readline_ctx;
    PipitReadFileFn read_file; /* NULL: the VFS is memory only */
    PipitFileKindFn file_kind;
    void *file_ctx;
    int argc;            /* sys.argv */
    const char *const *argv;
} PipitConfig;

enum {
    PIPIT_OK = 0,
    PIPIT_E_ARG = -1,     /* bad argument to the API itself */
    PIPIT_E_NOMEM = -2,
    PIPIT_E_NOTFOUND = -3,
};

/* What pipit_step reports. */
enum {
    PIPIT_DONE = 1,      /* the task finished normally */
    PIPIT_ERROR = 2,     /* the task ended with an uncaught exception */
    PIPIT_YIELD = 3,     /* the budget ran out; step again to continue */
    PIPIT_WAIT = 4,      /* the task waits for the host: see pipit_wait_* */
    PIPIT_EXIT = 5,      /* the task raised SystemExit: see pipit_exit_code */
};

/* How source is compiled. */
enum {
    PIPIT_MODE_FILE = 0,   /* a module body */
    PIPIT_MODE_TOP_AWAIT = 0x100, /* flag: allow await at the top level (page scripts) */
    PIPIT_MODE_SINGLE = 1, /* one interactive input: expression values are echoed */
    PIPIT_MODE_EVAL = 2,   /* a single expression */
    PIPIT_MODE_INSPECT = 0x200, /* flag: SystemExit is an ordinary uncaught exception:
                                ** PIPIT_ERROR with its traceback kept (python -i) */
};

/* What a waiting task waits for. */
enum {
    PIPIT_WAIT_SLEEP = 1,  /* pipit_wait_seconds() seconds, then resume with none */
    PIPIT_WAIT_INPUT = 2,  /* a line of input; the prompt is pipit_wait_text() */
    PIPIT_WAIT_HOST = 3,   /* a port-defined wait (a JS promise, say) */
};

PipitVM *pipit_new(const PipitConfig *config);
void pipit_free(PipitVM *vm);

/* Compile [src] ([len] bytes) named [filename] in [mode] and make it a task
** that runs in __main__. Returns the task id (>= 0), or -1 when it does not
** compile: the SyntaxError is then pending (see pipit_error_text). */
int pipit_start(PipitVM *vm, const char *src, size_t len, const char *filename, int mode);

/* Run task [task] for at most [budget] instructions (budget <= 0: no limit).
** Returns PIPIT_DONE, PIPIT_ERROR, PIPIT_YIELD, PIPIT_WAIT or PIPIT_EXIT. A
** task that is done, failed or exited is gone after this call. */
int pipit_step(PipitVM *vm, int task, long budget);

/* Compile and run to the end, serving no waits (a native host blocks
** instead). Returns what pipit_step returned last, or PIPIT_ERROR when the
** source does not compile. */
int pipit_run(PipitVM *vm, const char *src, size_t len, const char *filename, int mode);

/* The wait a task reported with PIPIT_WAIT. */
int pipit_wait_kind(PipitVM *vm, int task);
double pipit_wait_seconds(PipitVM *vm, int task);
const char *pipit_wait_text(PipitVM *vm, int task);

/* Finish a wait: the waiting call returns None, or the given string. */
int pipit_resume_none(PipitVM *vm, int task);
int pipit_resume_str(PipitVM *vm, int task, const char *s, size_t len);
/* Finish an input wait at end of input: input() raises EOFError. */
int pipit_resume_eof(PipitVM *vm, int task);

/* Ask the running (or next stepped) task to raise KeyboardInterrupt at the
** next instruction boundary. Safe to call from a signal handler. */
void pipit_interrupt(PipitVM *vm);

/* The last uncaught exception as CPython would print it ("Traceback (most
** recent call last): ..."), NUL-terminated, owned by the VM and valid until
** the next call into it; "" if there is none. */
const char *pipit_error_text(PipitVM *vm);

/* Print the last uncaught exception to stderr (through the write sink). */
void pipit_print_error(PipitVM *vm);

/* The status SystemExit asked for (its code; 1 for a non-int message). */
int pipit_exit_code(PipitVM *vm);

/* Is [src] a complete interactive input? 1 yes, 0 needs more lines, and
** -1 when it is an error in any case (compiling it will report it). */
int pipit_input_complete(PipitVM *vm, const char *src, size_t len);

/* The virtual file system that open(), os and import share. Paths are
** absolute or relative to the VM's current directory; directories on the way
** are created by pipit_vfs_write. */
int pipit_vfs_write(PipitVM *vm, const char *path, const void *data, size_t len);
/* Returns a malloc'ed copy of the file (caller frees) or NULL; *len is set. */
void *pipit_vfs_read(PipitVM *vm, const char *path, size_t *len);
int pipit_vfs_mkdir(PipitVM *vm, const char *path);

/* Version of the runtime, such as "0.1.0". */
const char *pipit_version(void);

#ifdef __cplusplus
}
#endif

#endif
