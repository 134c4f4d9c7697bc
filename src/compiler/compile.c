/*
** compile.c -- compile_source: parse -> scope analysis -> code generation,
** and the conversion of parse and compile errors into SyntaxError (or
** IndentationError / TabError) with CPython's attributes.
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../modules/sys.h"
#include "../runtime/vfs.h"
#include "../runtime/vm.h"
#include "codegen.h"
#include "compile.h"
#include "lexer.h"
#include "parser.h"
#include "symtable.h"

/* The text of line [lineno] (1-based) of [src], with its newline. */
static const char *line_start(const char *src, size_t len, int lineno, size_t *out_len) {
    const char *p = src, *end = src + len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    if (p >= end && lineno > 1) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *out_len = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
    return p;
}

/* A 1-based UTF-8 byte column to CPython's 1-based character column. */
static int byte_to_char_offset(const char *line, size_t line_len, int offset) {
    if (!line || offset <= 0) return offset;
    int chars = 0;
    for (size_t i = 0; i < line_len && (int)i < offset - 1; i++)
        if (((unsigned char)line[i] & 0xC0) != 0x80) chars++;
    if ((size_t)(offset - 1) > line_len) chars += offset - 1 - (int)line_len;
    return chars + 1;
}

static size_t first_invalid_utf8(const char *src, size_t len);

/* A str of [n] bytes at [s], bytes that are not UTF-8 replaced by U+FFFD
** (CPython decodes the error line with errors="replace"). */
static Value str_replacing_bad_utf8(VM *vm, const char *s, size_t n) {
    if (first_invalid_utf8(s, n) == n) return str_new(vm, s, n);
    char *buf = malloc(3 * n + 1);
    if (!buf) return vm_raise_nomem(vm);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t bad = first_invalid_utf8(s + i, n - i);
        memcpy(buf + o, s + i, bad);
        o += bad;
        i += bad;
        if (i < n) {
            memcpy(buf + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
        }
    }
    Value r = str_new(vm, buf, o);
    free(buf);
    return r;
}

/* The SyntaxError's text: the line; exec input that does not end in a
** newline gets one, as CPython's tokenizer appends it before parsing. */
static Value error_text(VM *vm, const char *line, size_t ll, bool exec_mode, bool passed) {
    if (passed) {
        /* the lexer had gone on to later lines: the line alone, as CPython */
        while (ll > 0 && (line[ll - 1] == '\n' || line[ll - 1] == '\r')) ll--;
        return str_replacing_bad_utf8(vm, line, ll);
    }
    if (!exec_mode || (ll > 0 && (line[ll - 1] == '\n' || line[ll - 1] == '\r')))
        return str_replacing_bad_utf8(vm, line, ll);
    char *buf = malloc(ll + 1);
    if (!buf) return vm_raise_nomem(vm);
    memcpy(buf, line, ll);
    buf[ll] = '\n';
    Value text = str_replacing_bad_utf8(vm, buf, ll + 1);
    free(buf);
    return text;
}

/* CPython reports -1 as the end column of errors found at the start of a
** line by the tokenizer (indentation) and of some block errors. */
static void set_end_offset_unknown(VM *vm) {
    Value exc = vm->exc;
    Value name = str_intern_cstr(vm, "end_offset");
    if (val_is_error(name) || obj_setattr(vm, exc, name, val_from_small(-1)) < 0) return;
    vm->exc = exc;
}

static Value raise_syntax_at(VM *vm, Type *t, const char *msg, Value filename, const char *src, size_t len,
                             bool exec_mode, int reach_line, int lineno, int offset, int end_lineno,
                             int end_offset) {
    size_t ll = 0, el = 0;
    const char *line = lineno > 0 ? line_start(src, len, lineno, &ll) : NULL;
    const char *eline = end_lineno > 0 ? line_start(src, len, end_lineno, &el) : NULL;
    Value text = VAL_NULL;
    if (line) {
        text = error_text(vm, line, ll, exec_mode, reach_line > lineno);
        if (val_is_error(text)) return VAL_ERROR;
    }
    offset = byte_to_char_offset(line, ll, offset);
    end_offset = byte_to_char_offset(eline, el, end_offset);
    vm_raise_syntax(vm, t, msg, filename, lineno, offset, end_lineno, end_offset, text);
    if (end_offset < 0 && lineno > 0) set_end_offset_unknown(vm);
    return VAL_ERROR;
}

static Value raise_parse_error(VM *vm, const ParseError *pe, Value filename, const char *src, size_t len,
                               bool exec_mode) {
    Type *t = &type_SyntaxError;
    switch (pe->kind) {
    case PERR_NOMEM: return vm_raise_nomem(vm);
    case PERR_INDENT: t = &type_IndentationError; break;
    case PERR_TAB: t = &type_TabError; break;
    default: break;
    }
    int end_lineno = pe->end_lineno ? pe->end_lineno : pe->lineno;
    /* a tokenizer error shows its line bare, as one the lexer had passed */
    int reach = pe->raw_line ? pe->lineno + 1 : pe->reach_lineno;
    return raise_syntax_at(vm, t, pe->msg, filename, src, len, exec_mode, reach, pe->lineno, pe->offset, end_lineno,
                           pe->end_offset);
}

/* Errors found after parsing (scopes, code generation) follow CPython's
** compiler_error: the text is re-read from the file named [filename] (None
** when there is none, as for "<string>"), and the columns stay UTF-8 byte
** offsets. */
static Value raise_compile_error(VM *vm, const CompileError *ce, Value filename) {
    if (strcmp(ce->msg, "out of memory") == 0) return vm_raise_nomem(vm);
    if (ce->recursion) return vm_raise(vm, &type_RecursionError, "%s", ce->msg);
    const Loc *l = &ce->loc;
    size_t flen = 0, ll = 0;
    char *file = val_is_str(filename) ? vfs_read(vm, str_cstr(filename), &flen) : NULL;
    const char *line = file && l->lineno > 0 ? line_start(file, flen, l->lineno, &ll) : NULL;
    Value text = VAL_NULL;
    if (line) text = str_new(vm, line, ll);
    free(file);
    if (val_is_error(text)) return VAL_ERROR;
    return vm_raise_syntax(vm, &type_SyntaxError, ce->msg, filename, l->lineno, l->col_offset + 1,
                           l->end_lineno, l->end_col_offset + 1, text);
}

/* Every code object of the tree shares the source text (tracebacks). */
static void set_source(Value code, Value source) {
    CodeObj *co = (CodeObj *)val_as_obj(code);
    co->source = source;
    TupleObj *consts = as_tuple(co->consts);
    for (size_t i = 0; i < consts->len; i++)
        if (val_is_type(consts->items[i], &type_code)) set_source(consts->items[i], source);
}

/* "file:line: SyntaxWarning: msg" and the source line, as CPython's default
** warning filter prints it (no line for "<string>" sources). */
static int print_warning(VM *vm, Value filename, const char *src, size_t len, const char *msg, int lineno) {
    StrBuf sb;
    sb_init(&sb);
    sb_add(&sb, str_cstr(filename), as_str(filename)->size);
    sb_addf(&sb, ":%d: SyntaxWarning: %s\n", lineno, msg);
    size_t ll = 0;
    const char *line = str_cstr(filename)[0] != '<' ? line_start(src, len, lineno, &ll) : NULL;
    if (line) {
        while (ll > 0 && (line[0] == ' ' || line[0] == '\t' || line[0] == '\f')) line++, ll--;
        while (ll > 0 && (line[ll - 1] == '\n' || line[ll - 1] == '\r' || line[ll - 1] == ' ')) ll--;
        sb_adds(&sb, "  ");
        sb_add(&sb, line, ll);
        sb_addc(&sb, '\n');
    }
    Value text = sb_finish(vm, &sb);
    if (val_is_error(text)) return -1;
    return sys_write_std(vm, 2, text);
}

/* Show the compiler's SyntaxWarnings: through warnings.warn_explicit when
** the warnings module is loaded (its "error" filter turns one into a
** SyntaxError, as in CPython), else printed to stderr. [code] is rooted. */
static int show_warnings(VM *vm, const CompileError *ce, Value filename, const char *src, size_t len) {
    Value mod = VAL_NULL, msg = VAL_NULL;
    gc_push_root(vm, &filename);
    gc_push_root(vm, &mod);
    gc_push_root(vm, &msg);
    int r = 0;
    for (int i = 0; i < ce->nwarnings && r == 0; i++) {
        const char *text = ce->warnings[i].msg;
        int lineno = ce->warnings[i].loc.lineno;
        mod = dict_get_cstr(vm, vm->modules, "warnings");
        if (!val_is_obj(mod)) {
            /* CPython's default filters hide DeprecationWarnings of compiling */
            if (ce->warnings[i].deprecation) continue;
            if (print_warning(vm, filename, src, len, text, lineno) < 0) vm_clear_exc(vm);
            continue;
        }
        msg = str_from_cstr(vm, text);
        if (val_is_error(msg)) {
            r = -1;
            break;
        }
        Type *category = ce->warnings[i].deprecation ? &type_DeprecationWarning : &type_SyntaxWarning;
        Value args[4] = {msg, val_from_obj(category), filename, val_from_small(lineno)};
        if (!val_is_error(obj_call_method(vm, mod, "warn_explicit", args, 4))) continue;
        r = -1;
        if (vm_exc_matches(vm, category)) {
            vm_clear_exc(vm);
            CompileError as_error = *ce;
            snprintf(as_error.msg, sizeof as_error.msg, "%s", text);
            as_error.loc = ce->warnings[i].loc;
            raise_compile_error(vm, &as_error, filename);
        }
    }
    gc_pop_roots(vm, 3);
    return r;
}

/* The tokenizer's SyntaxWarnings, shown before anything else (CPython
** shows them as it reads, even when the parse then fails). */
static int show_tokenizer_warnings(VM *vm, const ParseError *pe, CompileError *ce, Value filename,
                                   const char *src, size_t len) {
    for (int i = 0; i < pe->nwarnings; i++) {
        snprintf(ce->warnings[i].msg, sizeof ce->warnings[i].msg, "%s", pe->warnings[i].msg);
        ce->warnings[i].loc = (Loc){pe->warnings[i].lineno, pe->warnings[i].col, pe->warnings[i].end_lineno,
                                    pe->warnings[i].end_col};
        ce->warnings[i].deprecation = pe->warnings[i].deprecation;
    }
    ce->nwarnings = pe->nwarnings;
    int r = show_warnings(vm, ce, filename, src, len);
    ce->nwarnings = 0;
    return r;
}

Value compile_source(VM *vm, const char *src, size_t len, Value filename, int mode) {
    if (val_is_null(filename)) {
        filename = str_from_cstr(vm, "<string>");
        if (val_is_error(filename)) return VAL_ERROR;
    }
    Arena arena;
    arena_init(&arena);
    ParseError perr;
    memset(&perr, 0, sizeof perr);
    Value code = VAL_ERROR;
    Mod *mod = parse_source(&arena, src, len, (ParseMode)(mode & COMPILE_MODE_MASK), &perr);
    CompileError cerr;
    memset(&cerr, 0, sizeof cerr);
    if (perr.nwarnings && show_tokenizer_warnings(vm, &perr, &cerr, filename, src, len) < 0) goto done;
    if (!mod) {
        raise_parse_error(vm, &perr, filename, src, len, (mode & COMPILE_MODE_MASK) == PIPIT_MODE_FILE);
        goto done;
    }
    SymTable *st = symtable_build(&arena, mod, mode, &cerr);
    if (st) code = codegen_module(vm, mod, st, filename, mode, src, len, &cerr);
    if (val_is_error(code)) {
        if (cerr.set && val_is_null(vm->exc)) raise_compile_error(vm, &cerr, filename);
        goto done;
    }
    Value source = str_new(vm, src, len);
    if (val_is_error(source)) {
        code = VAL_ERROR;
        goto done;
    }
    set_source(code, source);
    if (cerr.nwarnings) {
        gc_push_root(vm, &code);
        int r = show_warnings(vm, &cerr, filename, src, len);
        gc_pop_roots(vm, 1);
        if (r < 0) code = VAL_ERROR;
    }
done:
    arena_free(&arena);
    return code;
}

/* ---- script files ---- */

/* The offset of the first byte that does not start valid UTF-8, or len. */
static size_t first_invalid_utf8(const char *src, size_t len) {
    for (size_t i = 0; i < len;) {
        if ((unsigned char)src[i] < 0x80) {
            i++;
            continue;
        }
        unsigned cp;
        int n = lexer_utf8_decode((const unsigned char *)src + i, (int)(len - i < 8 ? len - i : 8), &cp);
        if (n <= 0) return i;
        i += (size_t)n;
    }
    return len;
}

static int line_number_at(const char *src, size_t pos) {
    int line = 1;
    for (size_t i = 0; i < pos; i++)
        if (src[i] == '\n') line++;
    return line;
}

/* Does line [l] (a comment) declare an encoding, as PEP 263's
** "coding[:=]\s*([-\w.]+)"? */
static bool declares_coding(const char *l, size_t n) {
    size_t i = 0;
    while (i < n && (l[i] == ' ' || l[i] == '\t' || l[i] == '\f')) i++;
    if (i >= n || l[i] != '#') return false;
    for (; i + 6 < n; i++) {
        if (memcmp(l + i, "coding", 6) != 0 || (l[i + 6] != ':' && l[i + 6] != '=')) continue;
        size_t j = i + 7;
        while (j < n && (l[j] == ' ' || l[j] == '\t')) j++;
        if (j < n && (isalnum((unsigned char)l[j]) || strchr("-_.", l[j]))) return true;
    }
    return false;
}

/* A coding declaration on line 1, or on line 2 below a comment or blank line. */
static bool has_coding_declaration(const char *src, size_t len) {
    size_t n1 = 0, n2 = 0;
    const char *l1 = line_start(src, len, 1, &n1);
    if (!l1) return false;
    if (declares_coding(l1, n1)) return true;
    size_t i = 0;
    while (i < n1 && (l1[i] == ' ' || l1[i] == '\t' || l1[i] == '\f')) i++;
    bool comment_or_blank = i >= n1 || l1[i] == '#' || l1[i] == '\n' || l1[i] == '\r';
    const char *l2 = comment_or_blank ? line_start(src, len, 2, &n2) : NULL;
    return l2 && declares_coding(l2, n2);
}

/* "source code cannot contain null bytes": the text is the line up to the
** NUL, and there is no column (no caret). */
static Value raise_null_bytes(VM *vm, const char *src, size_t nul, Value filename) {
    int lineno = line_number_at(src, nul);
    size_t start = nul;
    while (start > 0 && src[start - 1] != '\n') start--;
    Value text = str_new(vm, src + start, nul - start);
    if (val_is_error(text)) return VAL_ERROR;
    return vm_raise_syntax(vm, &type_SyntaxError, "source code cannot contain null bytes", filename,
                           lineno, 0, lineno, 0, text);
}

Value compile_script(VM *vm, const char *src, size_t len, Value filename, int mode) {
    size_t bad = first_invalid_utf8(src, len);
    const char *nul = memchr(src, '\0', len);
    if (nul && (size_t)(nul - src) < bad) return raise_null_bytes(vm, src, (size_t)(nul - src), filename);
    if (bad < len && !has_coding_declaration(src, len))
        return vm_raise(vm, &type_SyntaxError,
                        "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                        "declared; see https://peps.python.org/pep-0263/ for details",
                        (unsigned char)src[bad], val_is_str(filename) ? str_cstr(filename) : "<string>",
                        line_number_at(src, bad));
    return compile_source(vm, src, len, filename, mode);
}
