/*
** main.c -- the native CLI: `pipit file.py`, `pipit -c code`, `pipit -m mod`,
** `pipit` (a REPL on a terminal, else stdin as a script), `pipit -i`.
** Uses nothing but the embedding API (pipit.h).
*/
#define _XOPEN_SOURCE 700  /* getline, realpath, strndup */
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pipit.h"

static PipitVM *the_vm;
static const char *program_name = "pipit";  /* argv[0], for messages as CPython's */

static void write_sink(void *ctx, int fd, const char *data, size_t len) {
    FILE *f = fd == 2 ? stderr : stdout;
    if (fd == 2) fflush(stdout);
    fwrite(data, 1, len, f);
}

/* One line of [f], malloc'ed with its newline; NULL at the end of input.
** A read that a signal (Ctrl-C) interrupts is retried unless [stop_on_signal]. */
static char *read_line_from(FILE *f, bool stop_on_signal) {
    for (;;) {
        size_t cap = 0;
        char *line = NULL;
        errno = 0;
        if (getline(&line, &cap, f) >= 0) return line;
        free(line);
        if (errno != EINTR) return NULL;
        clearerr(f);
        if (stop_on_signal) return NULL;
    }
}

static char *stdin_readline(void *ctx) {
    fflush(stdout);
    return read_line_from(stdin, false);
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

/* Ctrl-C: at the REPL's prompt it drops the input being typed; while
** Python runs it raises KeyboardInterrupt there. */
static volatile sig_atomic_t at_prompt, prompt_interrupted;

static void on_sigint(int sig) {
    (void)sig;
    if (at_prompt) prompt_interrupted = 1;
    else if (the_vm) pipit_interrupt(the_vm);
}

static void install_sigint_handler(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  /* no SA_RESTART: Ctrl-C must end a read at the prompt */
    sigaction(SIGINT, &sa, NULL);
}

/* The usage lines CPython prints after a bad option; returns the status 2. */
static int usage(void) {
    fprintf(stderr, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", program_name);
    fprintf(stderr, "Try `python -h' for more information.\n");
    return 2;
}

static void print_help(void) {
    printf("usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
           "-c cmd : program passed in as string (terminates option list)\n"
           "-h     : print this help message and exit (also -? or --help)\n"
           "-i     : inspect interactively after running script\n"
           "-m mod : run library module as a script (terminates option list)\n"
           "-q     : don't print version and copyright messages on interactive startup\n"
           "-V     : print the Python version number and exit (also --version)\n"
           "file   : program read from script file\n"
           "-      : program read from stdin (default; interactive mode if a tty)\n"
           "arg ...: arguments passed to program in sys.argv[1:]\n"
           "Other options of CPython (-b -B -d -E -I -O -P -R -s -S -u -v -W arg -X opt)\n"
           "are accepted and ignored.\n", program_name);
}

typedef struct Options {
    bool interactive, quiet;
    const char *command, *module, *file;
} Options;

/* The value of option [letter] in a cluster: the rest of the cluster
** ("-cprint(1)") or the next argument; NULL (after CPython's message) if none. */
static const char *option_value(int argc, char **argv, int *i, const char *rest, char letter) {
    if (*rest) return rest;
    if (*i + 1 < argc) return argv[++*i];
    fprintf(stderr, "Argument expected for the -%c option\n", letter);
    usage();
    return NULL;
}

/* Read the options as CPython does: letters may be clustered ("-iq"), -c and
** -m end the options, as does the first non-option (the script). Returns the
** index of the first argument for sys.argv[1:], or -(status + 1) when the
** process must end now with that status. */
static int parse_options(int argc, char **argv, Options *opt) {
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == 0) {
            opt->file = a;  /* a script, or "-" for stdin */
            return i + 1;
        }
        if (strcmp(a, "--") == 0) {
            if (i + 1 < argc) opt->file = argv[++i];
            return i + 1;
        }
        if (strcmp(a, "--version") == 0) a = "-V";
        else if (strcmp(a, "--help") == 0) a = "-h";
        else if (a[1] == '-') {
            fprintf(stderr, "unknown option %s\n", a);
            return -usage() - 1;
        }
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
            case 'm': {
                const char *v = option_value(argc, argv, &i, p + 1, *p);
                if (!v) return -3;
                if (*p == 'c') opt->command = v;
                else opt->module = v;
                return i + 1;
            }
            case 'W':
            case 'X':  /* warnings and implementation options: accepted, ignored */
                if (!option_value(argc, argv, &i, p + 1, *p)) return -3;
                goto next_arg;  /* the value used the rest of the cluster */
            case 'i': opt->interactive = true; break;
            case 'q': opt->quiet = true; break;
            case 'V':
                printf("Python 3.11.0 (pipit %s)\n", pipit_version());
                return -1;
            case 'h':
            case '?':
                print_help();
                return -1;
            case 'b': case 'B': case 'd': case 'E': case 'I': case 'O': case 'P':
            case 'R': case 's': case 'S': case 'u': case 'v': case 'x':
                break;  /* CPython options that change nothing here */
            default:
                fprintf(stderr, "Unknown option: -%c\n", *p);
                return -usage() - 1;
            }
        }
    next_arg:;
    }
    return i;
}

/* Is the pending error a KeyboardInterrupt? Its traceback's last line says. */
static bool error_is_interrupt(PipitVM *vm) {
    const char *text = pipit_error_text(vm);
    size_t end = strlen(text);
    while (end > 0 && text[end - 1] == '\n') end--;
    size_t start = end;
    while (start > 0 && text[start - 1] != '\n') start--;
    static const char name[] = "KeyboardInterrupt";
    size_t k = sizeof name - 1;
    return end - start >= k && memcmp(text + start, name, k) == 0 &&
           (end - start == k || text[start + k] == ':');
}

/* Set when the REPL follows the program (-i): it does not end the process. */
static bool inspect_after;

/* Report how a program ended; returns the process exit status. */
static int finish(PipitVM *vm, int status) {
    fflush(stdout);
    if (status == PIPIT_ERROR) {
        bool interrupted = !inspect_after && error_is_interrupt(vm);
        pipit_print_error(vm);
        if (interrupted) {
            /* as CPython: die by SIGINT, so that the shell sees the interrupt */
            fflush(stderr);
            signal(SIGINT, SIG_DFL);
            raise(SIGINT);
            return 130;
        }
        return 1;
    }
    if (status == PIPIT_EXIT) return pipit_exit_code(vm);
    return 0;
}

/* The functions registered with atexit, if the program imported it (an
** expression statement, so __main__ gains no names). */
static void run_exit_functions(PipitVM *vm) {
    static const char src[] =
        "__import__('sys').modules.get('atexit') and "
        "__import__('sys').modules['atexit']._run_exitfuncs()\n";
    fflush(stdout);
    pipit_run(vm, src, sizeof src - 1, "<atexit>", PIPIT_MODE_FILE);
}

static int run_source(PipitVM *vm, const char *src, size_t len, const char *filename) {
    /* with -i, SystemExit is reported like any error and the REPL follows */
    int mode = inspect_after ? PIPIT_MODE_FILE | PIPIT_MODE_INSPECT : PIPIT_MODE_FILE;
    return finish(vm, pipit_run(vm, src, len, filename, mode));
}

static bool is_blank(const char *line) {
    for (; *line; line++)
        if (*line != ' ' && *line != '\t' && *line != '\n' && *line != '\r') return false;
    return true;
}

/* Does the last line of [buf] (without its comment) end with ':'? Then a
** block has just been opened and more lines must follow. */
static bool opens_block(const char *buf, size_t len) {
    size_t start = len;
    while (start > 0 && buf[start - 1] == '\n') start--;
    size_t end = start;
    while (start > 0 && buf[start - 1] != '\n') start--;
    const char *hash = memchr(buf + start, '#', end - start);
    if (hash && !memchr(buf + start, '\'', end - start) && !memchr(buf + start, '"', end - start))
        end = (size_t)(hash - buf);
    while (end > start && (buf[end - 1] == ' ' || buf[end - 1] == '\t' || buf[end - 1] == '\r')) end--;
    return end > start && buf[end - 1] == ':';
}

#if defined(__linux__)
#define PLATFORM "linux"
#elif defined(__APPLE__)
#define PLATFORM "darwin"
#else
#define PLATFORM "unknown"
#endif

/* CPython's banner, "Python <sys.version> on <sys.platform>", on stderr. */
static void print_banner(void) {
    fprintf(stderr, "Python 3.11.0 (pipit %s) on " PLATFORM "\n", pipit_version());
    fprintf(stderr, "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
}

/* Run one interactive input; returns true when it asked to exit (SystemExit),
** with the status in *exit_status. */
static bool run_input(PipitVM *vm, const char *buf, size_t len, int *exit_status) {
    int r = pipit_run(vm, buf, len, "<stdin>", PIPIT_MODE_SINGLE);
    fflush(stdout);
    if (r == PIPIT_ERROR) pipit_print_error(vm);
    if (r != PIPIT_EXIT) return false;
    *exit_status = pipit_exit_code(vm);
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
        at_prompt = 1;
        char *line = read_line_from(stdin, true);
        at_prompt = 0;
        if (!line && prompt_interrupted) {
            prompt_interrupted = 0;
            fputs("\nKeyboardInterrupt\n", stderr);
            len = 0;
            continue;
        }
        if (!line) {
            fputc('\n', stderr);
            if (len == 0) break;
            /* the input ended inside a statement: CPython runs what there is
               (or reports what is missing) and then sees the end again */
            if (run_input(vm, buf, len, &exit_status)) break;
            len = 0;
            continue;
        }
        if (len == 0 && is_blank(line)) {
            free(line);
            continue;
        }
        size_t ll = strlen(line);
        char *nb = realloc(buf, len + ll + 1);
        if (!nb) {
            free(line);
            break;
        }
        buf = nb;
        memcpy(buf + len, line, ll + 1);
        len += ll;
        free(line);
        /* a last line without its newline waits, as CPython's, for the end */
        if (buf[len - 1] != '\n') continue;
        /* 0: more lines needed (an open bracket, or a block not yet ended
           by an empty line); otherwise run it, errors included */
        int complete = pipit_input_complete(vm, buf, len);
        /* a block just opened needs its body before it can be judged */
        if (complete < 0 && opens_block(buf, len)) complete = 0;
        if (complete == 0) continue;
        if (run_input(vm, buf, len, &exit_status)) break;
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

/* The script's path as CPython makes __file__: joined to the current
** directory when relative, not normalized. Malloc'ed; NULL without memory. */
static char *absolute_path(const char *file) {
    char cwd[PATH_MAX];
    if (file[0] == '/' || !getcwd(cwd, sizeof cwd)) return strdup(file);
    size_t n = strlen(cwd) + strlen(file) + 2;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/%s", cwd, file);
    return p;
}

/* sys.path[0] for a script: its directory with symbolic links resolved. */
static char *script_directory(const char *abs) {
    char *real = realpath(abs, NULL);
    const char *p = real ? real : abs;
    const char *slash = strrchr(p, '/');
    char *dir = strndup(p, !slash ? 0 : slash == p ? 1 : (size_t)(slash - p));
    free(real);
    return dir;
}

/* [s] as a Python string literal, malloc'ed: quotes, backslashes and
** control characters escaped, UTF-8 kept as it is. */
static char *python_literal(const char *s) {
    char *out = malloc(strlen(s) * 4 + 3), *o = out;
    if (!out) return NULL;
    *o++ = '\'';
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\' || c == '\'') {
            *o++ = '\\';
            *o++ = (char)c;
        } else if (c < 0x20 || c == 0x7f) {
            o += sprintf(o, "\\x%02x", c);
        } else {
            *o++ = (char)c;
        }
    }
    *o++ = '\'';
    *o = 0;
    return out;
}

/* Run "[target] = '[value]'" in __main__: how the CLI sets up what CPython
** sets up for a script, through the embedding API only. */
static void assign_str(PipitVM *vm, const char *target, const char *value) {
    char *lit = python_literal(value);
    size_t n = lit ? strlen(target) + strlen(lit) + 8 : 0;
    char *src = lit ? malloc(n) : NULL;
    if (src) {
        snprintf(src, n, "%s = %s\n", target, lit);
        if (pipit_run(vm, src, strlen(src), "<pipit>", PIPIT_MODE_FILE) == PIPIT_ERROR)
            pipit_print_error(vm);
    }
    free(src);
    free(lit);
}

/* A script's context: sys.path[0] its directory, __main__.__file__ its path. */
static void set_script_context(PipitVM *vm, const char *abs) {
    char *dir = script_directory(abs);
    if (dir) assign_str(vm, "__import__('sys').path[0]", dir);
    assign_str(vm, "__file__", abs);
    free(dir);
}

/* Run the script [file]; returns the exit status, or -2 when it cannot be
** opened (the message is printed and the process ends with 2 as CPython's). */
static int run_script(PipitVM *vm, const char *file) {
    char *abs = absolute_path(file);
    if (!abs) return 1;
    int status;
    struct stat st;
    errno = 0;
    if (stat(file, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", program_name, abs);
        status = -1;
    } else {
        size_t len = 0;
        char *src = host_read_file(NULL, file, &len);
        if (!src) {
            int err = errno ? errno : ENOENT;
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", program_name, abs, err,
                    strerror(err));
            status = -2;
        } else {
            set_script_context(vm, abs);
            status = run_source(vm, src, len, abs);
            free(src);
        }
    }
    free(abs);
    return status;
}

static bool is_kind(const char *path, int kind) {
    return host_file_kind(NULL, path) == kind;
}

/* The file -m [name] runs, looked for in [dir]: name.py, or a package's
** __main__.py. Returns a malloc'ed path, or NULL after CPython's message. */
static char *find_module_file(const char *dir, const char *name) {
    size_t n = strlen(dir) + strlen(name) + 16;
    char *path = malloc(n);
    if (!path) return NULL;
    int k = snprintf(path, n, "%s/%s", dir, name);
    for (char *p = path + strlen(dir) + 1; *p; p++)
        if (*p == '.') *p = '/';
    strcpy(path + k, ".py");
    if (is_kind(path, 1)) return path;
    path[k] = 0;
    if (is_kind(path, 2)) {
        strcpy(path + k, "/__main__.py");
        if (is_kind(path, 1)) return path;
        fprintf(stderr, "%s: No module named %s.__main__; '%s' is a package and cannot be directly executed\n",
                program_name, name, name);
    } else {
        fprintf(stderr, "%s: No module named %s\n", program_name, name);
    }
    free(path);
    return NULL;
}

/* -m [name]: like CPython's runpy, with sys.path[0] the current directory;
** the parent package is imported first, the module runs as __main__. */
static int run_module(PipitVM *vm, const char *name) {
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) return 1;
    assign_str(vm, "__import__('sys').path[0]", cwd);
    char *path = find_module_file(cwd, name);
    if (!path) return 1;
    char *package = strdup(name);
    size_t plen = strlen(path);
    bool package_main = plen >= 12 && strcmp(path + plen - 12, "/__main__.py") == 0;
    if (package && !package_main) {
        char *dot = strrchr(package, '.');
        *(dot ? dot : package) = 0;
    }
    int status = package ? 0 : 1;
    if (package && package[0]) {
        assign_str(vm, "__package__", package);
        const char *imp = "__import__(__package__)\n";
        if (pipit_run(vm, imp, strlen(imp), "<pipit>", PIPIT_MODE_FILE) != PIPIT_DONE) status = 1;
        if (status) pipit_print_error(vm);
    }
    if (status == 0) {
        assign_str(vm, "__import__('sys').argv[0]", path);
        assign_str(vm, "__file__", path);
        size_t len = 0;
        char *src = host_read_file(NULL, path, &len);
        status = src ? run_source(vm, src, len, path) : 1;
        free(src);
    }
    free(package);
    free(path);
    return status;
}

int main(int argc, char **argv) {
    if (argc > 0 && argv[0][0]) program_name = argv[0];
    Options opt = {0};
    int i = parse_options(argc, argv, &opt);
    if (i < 0) return -i - 1;
    bool interactive = opt.interactive, quiet = opt.quiet;
    inspect_after = interactive;
    const char *command = opt.command, *module = opt.module, *file = opt.file;
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
    install_sigint_handler();

    int status = 0;
    if (command) {
        status = run_source(vm, command, strlen(command), "<string>");
    } else if (module) {
        status = run_module(vm, module);
    } else if (file && strcmp(file, "-") != 0) {
        status = run_script(vm, file);
        if (status < 0) {
            interactive = false;  /* CPython does not go on to the REPL either */
            status = -status;
        }
    } else if (!interactive && (file || !isatty(0))) {
        size_t len = 0;
        char *src = read_all(stdin, &len);
        assign_str(vm, "__file__", "<stdin>");  /* as CPython names a script from stdin */
        status = src ? run_source(vm, src, len, "<stdin>") : 1;
        free(src);
    } else {
        interactive = true;
    }
    if (interactive) {
        if (!quiet && !command && !module && !file) print_banner();
        status = repl(vm);
    }
    run_exit_functions(vm);
    fflush(stdout);
    pipit_free(vm);
    free(pargv);
    return status;
}
