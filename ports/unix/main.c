/*
** main.c -- the native CLI: `pipit file.py`, `pipit -c code`, `pipit -m mod`,
** `pipit` (a REPL on a terminal, else stdin as a script), `pipit -i`.
** Uses nothing but the embedding API (pipit.h).
*/
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pipit.h"

static PipitVM *the_vm;

static void write_sink(void *ctx, int fd, const char *data, size_t len) {
    FILE *f = fd == 2 ? stderr : stdout;
    if (fd == 2) fflush(stdout);
    fwrite(data, 1, len, f);
}

static char *read_line_from(FILE *f) {
    size_t cap = 0;
    char *line = NULL;
    ssize_t n = getline(&line, &cap, f);
    if (n < 0) {
        free(line);
        return NULL;
    }
    return line;
}

static char *stdin_readline(void *ctx) {
    fflush(stdout);
    return read_line_from(stdin);
}

static void *host_read_file(void *ctx, const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) break;
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    fclose(f);
    if (buf) *len = n;
    return buf;
}

static int host_file_kind(void *ctx, const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) return 0;
    return S_ISDIR(st.st_mode) ? 2 : 1;
}

static void on_sigint(int sig) {
    (void)sig;
    if (the_vm) pipit_interrupt(the_vm);
}

static int usage(void) {
    fprintf(stderr, "usage: pipit [-i] [-c cmd | -m mod | file | -] [arg] ...\n");
    return 2;
}

/* Report how a program ended; returns the process exit status. */
static int finish(PipitVM *vm, int status) {
    fflush(stdout);
    if (status == PIPIT_ERROR) {
        pipit_print_error(vm);
        return 1;
    }
    if (status == PIPIT_EXIT) return pipit_exit_code(vm);
    return 0;
}

static int run_source(PipitVM *vm, const char *src, size_t len, const char *filename) {
    return finish(vm, pipit_run(vm, src, len, filename, PIPIT_MODE_FILE));
}

static bool is_blank(const char *line) {
    for (; *line; line++)
        if (*line != ' ' && *line != '\t' && *line != '\n' && *line != '\r') return false;
    return true;
}

/* The interactive loop: prompts on stderr, values echoed on stdout. */
static int repl(PipitVM *vm) {
    char *buf = NULL;
    size_t len = 0;
    int exit_status = 0;
    for (;;) {
        fputs(len ? "... " : ">>> ", stderr);
        fflush(stderr);
        char *line = read_line_from(stdin);
        if (!line) {
            fputc('\n', stderr);
            break;
        }
        if (len == 0 && is_blank(line)) {
            free(line);
            continue;
        }
        size_t ll = strlen(line);
        char *nb = realloc(buf, len + ll + 1);
        if (!nb) break;
        buf = nb;
        memcpy(buf + len, line, ll + 1);
        len += ll;
        free(line);
        /* 0: more lines needed (an open bracket, or a block not yet ended
           by an empty line); otherwise run it, errors included */
        if (pipit_input_complete(vm, buf, len) == 0) continue;
        int r = pipit_run(vm, buf, len, "<stdin>", PIPIT_MODE_SINGLE);
        fflush(stdout);
        if (r == PIPIT_ERROR) pipit_print_error(vm);
        if (r == PIPIT_EXIT) {
            exit_status = pipit_exit_code(vm);
            break;
        }
        len = 0;
    }
    free(buf);
    return exit_status;
}

static char *read_all(FILE *f, size_t *len) {
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0 || n < cap) {
            if (feof(f) || ferror(f)) break;
            if (n < cap) continue;
        }
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            return NULL;
        }
        buf = bigger;
        cap *= 2;
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    bool interactive = false;
    const char *command = NULL, *module = NULL, *file = NULL;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-i") == 0) interactive = true;
        else if (strcmp(a, "-c") == 0) {
            if (++i >= argc) return usage();
            command = argv[i];
            i++;
            break;
        } else if (strcmp(a, "-m") == 0) {
            if (++i >= argc) return usage();
            module = argv[i];
            i++;
            break;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("Python 3.11.0 (pipit %s)\n", pipit_version());
            return 0;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage();
            return 0;
        } else if (strcmp(a, "-u") == 0 || strcmp(a, "-B") == 0 || strcmp(a, "-E") == 0 ||
                   strcmp(a, "-s") == 0 || strcmp(a, "-S") == 0) {
            continue;  /* CPython options that change nothing here */
        } else if (a[0] == '-' && a[1] != 0) {
            fprintf(stderr, "pipit: unknown option %s\n", a);
            return usage();
        } else {
            file = a;
            i++;
            break;
        }
    }
    /* sys.argv: the script (or -c / -m / ''), then the rest */
    int nargs = argc - i + 1;
    const char **pargv = calloc((size_t)nargs + 1, sizeof(char *));
    if (!pargv) return 1;
    pargv[0] = command ? "-c" : module ? module : file ? file : "";
    for (int k = 1; k < nargs; k++) pargv[k] = argv[i + k - 1];

    PipitConfig cfg = {0};
    cfg.write = write_sink;
    cfg.readline = stdin_readline;
    cfg.read_file = host_read_file;
    cfg.file_kind = host_file_kind;
    cfg.argc = nargs;
    cfg.argv = pargv;
    PipitVM *vm = pipit_new(&cfg);
    if (!vm) return 1;
    the_vm = vm;
    signal(SIGINT, on_sigint);

    int status = 0;
    if (command) {
        status = run_source(vm, command, strlen(command), "<string>");
    } else if (module) {
        char src[512];
        snprintf(src, sizeof src, "import runpy\nrunpy.run_module(%s%s%s, run_name='__main__')\n",
                 "'", module, "'");
        status = run_source(vm, src, strlen(src), "<string>");
    } else if (file && strcmp(file, "-") != 0) {
        size_t len = 0;
        char *src = host_read_file(NULL, file, &len);
        if (!src) {
            fprintf(stderr, "pipit: can't open file '%s': [Errno 2] No such file or directory\n", file);
            status = 2;
        } else {
            status = run_source(vm, src, len, file);
            free(src);
        }
    } else if (!interactive && (file || !isatty(0))) {
        size_t len = 0;
        char *src = read_all(stdin, &len);
        status = src ? run_source(vm, src, len, "<stdin>") : 1;
        free(src);
    } else {
        interactive = true;
    }
    if (interactive && status >= 0) status = repl(vm);
    fflush(stdout);
    pipit_free(vm);
    free(pargv);
    return status;
}
