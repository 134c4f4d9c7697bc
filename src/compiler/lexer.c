/*
** lexer.c -- the tokenizer. Tokens are made on demand; the parser keeps the
** ones it has seen. Strings are only delimited here (their contents are
** decoded by the parser); numbers are checked here with CPython's messages.
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "compiler/lexer.h"
#include "objects/unicode_db.h"

#define TABSIZE 8

static bool set_errorv(ParseError *err, ParseErrorKind kind, int lineno, int offset, int end_lineno,
                       int end_offset, const char *fmt, va_list ap) {
    if (err->kind != PERR_NONE) return false;
    err->kind = kind;
    err->lineno = lineno;
    err->offset = offset;
    err->end_lineno = end_lineno;
    err->end_offset = end_offset;
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    return true;
}

void lexer_set_error(ParseError *err, ParseErrorKind kind, int lineno, int offset,
                     int end_lineno, int end_offset, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    set_errorv(err, kind, lineno, offset, end_lineno, end_offset, fmt, ap);
    va_end(ap);
}

/* A SyntaxError of the tokenizer proper: CPython shows its line without the
** newline (and without the one it appends to exec input). */
static void token_error(Lexer *L, int lineno, int offset, int end_lineno, int end_offset, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (set_errorv(L->err, PERR_SYNTAX, lineno, offset, end_lineno, end_offset, fmt, ap)) L->err->raw_line = true;
    va_end(ap);
}

int lexer_utf8_decode(const unsigned char *s, int n, unsigned *cp) {
    unsigned c = s[0];
    int len;
    unsigned min;
    if (c < 0x80) { *cp = c; return 1; }
    if ((c & 0xE0) == 0xC0) { len = 2; c &= 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; c &= 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; c &= 0x07; min = 0x10000; }
    else { *cp = s[0]; return -1; }
    if (len > n) { *cp = s[0]; return -1; }
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) { *cp = s[0]; return -1; }
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) { *cp = s[0]; return -1; }
    *cp = c;
    return len;
}

static void lexer_reset(Lexer *L, const char *src, int start, int end, ParseError *err) {
    memset(L, 0, sizeof *L);
    L->src = src;
    L->pos = start;
    L->len = end;
    L->lineno = 1;
    L->at_bol = true;
    L->err = err;
}

void lexer_init(Lexer *L, const char *src, size_t len, ParseError *err) {
    lexer_reset(L, src, 0, (int)len, err);
    /* a UTF-8 byte order mark is skipped, as CPython does */
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) L->pos = L->line_start = 3;
}

void lexer_init_sub(Lexer *L, const char *src, int start, int end, int lineno,
                    int line_start, ParseError *err) {
    lexer_reset(L, src, start, end, err);
    L->lineno = lineno;
    L->line_start = line_start;
    L->at_bol = false;
    L->no_newlines = true;
}

/* ---- characters ---- */

static int peekc(Lexer *L, int k) {
    int p = L->pos + k;
    return p < L->len ? (unsigned char)L->src[p] : -1;
}

static int col_of(Lexer *L, int pos) { return pos - L->line_start; }

static void error_at(Lexer *L, int pos, const char *fmt, const char *arg) {
    int off = col_of(L, pos) + 1;
    token_error(L, L->lineno, off, L->lineno, off, fmt, arg);
}

static void new_line(Lexer *L, int next_pos) {
    L->lineno++;
    L->line_start = next_pos;
}

static bool is_ident_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static bool is_ident_char(int c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }

/* Non-ASCII code points that cannot be part of an identifier (Unicode's
** XID_Continue, from the shared character database). */
static bool is_invalid_ident_cp(unsigned cp) {
    return cp >= 0x80 && !ucd_has(cp, UCD_XID_CONTINUE);
}

/* A character no token can hold; [ch] is its UTF-8 text. */
static void invalid_character_error(Lexer *L, int off, const char *ch, unsigned cp) {
    if (!ucd_has(cp, UCD_PRINTABLE))
        token_error(L, L->lineno, off, L->lineno, off, "invalid non-printable character U+%04X", cp);
    else
        token_error(L, L->lineno, off, L->lineno, off, "invalid character '%s' (U+%04X)", ch, cp);
}

/* ---- tokens ---- */

static void tok_begin(Lexer *L, Token *t, int type) {
    t->type = type;
    t->kw = 0;
    t->level = L->paren_depth + (L->no_newlines ? 1 : 0);
    t->start = L->pos;
    t->lineno = L->lineno;
    t->col = col_of(L, L->pos);
}

static void tok_end(Lexer *L, Token *t) {
    t->end = L->pos;
    t->end_lineno = L->lineno;
    t->end_col = col_of(L, L->pos);
    L->line_has_tokens = true;
}

static const char *const keyword_names[] = {
    "", "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
    "yield",
};

static int keyword_of(const char *s, int n) {
    if (n < 2 || n > 8) return 0;
    for (int i = 1; i < (int)(sizeof keyword_names / sizeof *keyword_names); i++)
        if ((int)strlen(keyword_names[i]) == n && memcmp(keyword_names[i], s, n) == 0)
            return i;
    return 0;
}

/* ---- indentation ---- */

/* A line of blanks and a backslash: the logical line goes on to the next
** line, and keeps this line's indentation (as CPython's tokenizer does).
** Returns true, past the continuation, when tokens follow; false, where it
** was, when only blanks or a comment do. */
static bool continued_line_has_tokens(Lexer *L) {
    int pos = L->pos, lineno = L->lineno, line_start = L->line_start;
    for (;;) {
        L->pos++; /* the backslash */
        if (peekc(L, 0) == '\r') L->pos++;
        if (peekc(L, 0) == '\n') L->pos++;
        L->lineno++;
        L->line_start = L->pos;
        int c = peekc(L, 0);
        while (c == ' ' || c == '\t' || c == '\f') c = (++L->pos, peekc(L, 0));
        if (c == '\\' && (peekc(L, 1) == '\n' || peekc(L, 1) == '\r')) continue;
        if (c >= 0 && c != '#' && c != '\n' && c != '\r') return true;
        L->pos = pos;
        L->lineno = lineno;
        L->line_start = line_start;
        return false;
    }
}

/* Measure the indentation at the start of a line; returns false on a blank
** or comment-only line (which produces no tokens). */
static bool measure_indent(Lexer *L, int *col, int *altcol) {
    *col = *altcol = 0;
    for (;;) {
        int c = peekc(L, 0);
        if (c == ' ') { (*col)++; (*altcol)++; }
        else if (c == '\t') { *col = (*col / TABSIZE + 1) * TABSIZE; (*altcol)++; }
        else if (c == '\f') { *col = *altcol = 0; }
        else break;
        L->pos++;
    }
    int c = peekc(L, 0);
    if (c == '#' || c == '\n' || c == '\r') return false;
    if (c == '\\' && (peekc(L, 1) == '\n' || peekc(L, 1) == '\r')) return continued_line_has_tokens(L);
    if (c < 0) return false;
    return true;
}

static int indent_error(Lexer *L, ParseErrorKind kind, const char *msg) {
    int end = L->pos;
    while (end < L->len && L->src[end] != '\n' && L->src[end] != '\r') end++;
    int off = kind == PERR_TAB ? 1 : col_of(L, end) + 1;
    /* CPython: a TabError has end column 0, an IndentationError -1 */
    lexer_set_error(L->err, kind, L->lineno, off, L->lineno, kind == PERR_TAB ? 0 : -1, "%s", msg);
    return -1;
}

/* Compare a new line's indentation with the stack; sets L->pending. */
static int handle_indent(Lexer *L, int col, int altcol) {
    int top = L->indents[L->indent_depth], alttop = L->alt_indents[L->indent_depth];
    if (col == top) {
        if (altcol != alttop) return indent_error(L, PERR_TAB, "inconsistent use of tabs and spaces in indentation");
        return 0;
    }
    if (col > top) {
        if (altcol <= alttop) return indent_error(L, PERR_TAB, "inconsistent use of tabs and spaces in indentation");
        if (L->indent_depth >= LEX_MAX_INDENT) return indent_error(L, PERR_INDENT, "too many levels of indentation");
        L->indent_depth++;
        L->indents[L->indent_depth] = col;
        L->alt_indents[L->indent_depth] = altcol;
        L->pending = 1;
        return 0;
    }
    while (L->indent_depth > 0 && col < L->indents[L->indent_depth]) {
        L->indent_depth--;
        L->pending--;
    }
    if (col != L->indents[L->indent_depth])
        return indent_error(L, PERR_INDENT, "unindent does not match any outer indentation level");
    if (altcol != L->alt_indents[L->indent_depth])
        return indent_error(L, PERR_TAB, "inconsistent use of tabs and spaces in indentation");
    return 0;
}

/* ---- numbers ---- */

static bool is_digit_in(int c, int base) {
    if (base == 16) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    if (base == 8) return c >= '0' && c <= '7';
    if (base == 2) return c == '0' || c == '1';
    return c >= '0' && c <= '9';
}

static const char *base_name(int base) {
    return base == 16 ? "hexadecimal" : base == 8 ? "octal" : base == 2 ? "binary" : "decimal";
}

static int number_error(Lexer *L, int base) {
    char msg[64];
    snprintf(msg, sizeof msg, "invalid %s literal", base_name(base));
    int off = col_of(L, L->pos) - 1; /* CPython points just before the bad character */
    token_error(L, L->lineno, off, L->lineno, off, "%s", msg);
    return -1;
}

/* A number may be directly followed by one of these keywords (1if x else y). */
static bool keyword_follows(Lexer *L) {
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof kws / sizeof *kws; i++) {
        int n = (int)strlen(kws[i]);
        if (L->pos + n <= L->len && memcmp(L->src + L->pos, kws[i], n) == 0) return true;
    }
    return false;
}

/* A SyntaxWarning of the tokenizer, shown by compile_source. */
static void lexer_warn(Lexer *L, const char *msg) {
    ParseError *e = L->err;
    if (e->nwarnings >= (int)(sizeof e->warnings / sizeof e->warnings[0])) return;
    snprintf(e->warnings[e->nwarnings].msg, sizeof e->warnings[0].msg, "%s", msg);
    e->warnings[e->nwarnings].lineno = L->lineno;
    e->warnings[e->nwarnings].col = col_of(L, L->pos);
    e->warnings[e->nwarnings].end_lineno = L->lineno;
    e->warnings[e->nwarnings].end_col = col_of(L, L->pos);
    e->warnings[e->nwarnings].deprecation = false;
    e->nwarnings++;
}

/* An identifier character right after a number (a non-ASCII one only if it
** can continue an identifier: else the next token is an invalid character). */
static bool ident_char_follows(Lexer *L) {
    int c = peekc(L, 0);
    if (c < 0x80) return is_ident_char(c);
    unsigned cp;
    lexer_utf8_decode((const unsigned char *)L->src + L->pos, L->len - L->pos, &cp);
    return !is_invalid_ident_cp(cp);
}

/* After a number: an identifier character right after it is an error, and
** one of the keywords that may follow a number in valid code (`1if x else
** y`) a SyntaxWarning, as in CPython 3.11. [base] 0 is an imaginary. */
static int verify_end_of_number(Lexer *L, int base) {
    if (!ident_char_follows(L)) return 0;
    char msg[40];
    snprintf(msg, sizeof msg, "invalid %s literal", base ? base_name(base) : "imaginary");
    if (keyword_follows(L)) {
        lexer_warn(L, msg);
        return 0;
    }
    L->pos++;
    int off = col_of(L, L->pos) - 1; /* CPython points just before the bad character */
    token_error(L, L->lineno, off, L->lineno, off, "%s", msg);
    return -1;
}

/* Digits with single underscores between them; returns -1 on a bad '_'. */
static int scan_digits(Lexer *L, int base, bool *any) {
    *any = false;
    for (;;) {
        int c = peekc(L, 0);
        if (is_digit_in(c, base)) { *any = true; L->pos++; continue; }
        if (c == '_' && *any) {
            L->pos++;
            if (!is_digit_in(peekc(L, 0), base)) { L->pos++; return number_error(L, base); }
            continue;
        }
        return 0;
    }
}

static int scan_prefixed_int(Lexer *L, int base) {
    L->pos += 2; /* 0x, 0o, 0b */
    bool any = false;
    for (;;) {
        int c = peekc(L, 0);
        if (c == '_') {
            L->pos++;
            c = peekc(L, 0);
            if (!is_digit_in(c, base) && !(base != 16 && c >= '0' && c <= '9')) { L->pos++; return number_error(L, base); }
        }
        if (!is_digit_in(c, base)) {
            if (base != 16 && c >= '0' && c <= '9') {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, base_name(base));
                int off = col_of(L, L->pos) + 1;
                token_error(L, L->lineno, off, L->lineno, off, "%s", msg);
                return -1;
            }
            if (!any) { L->pos++; return number_error(L, base); }
            break;
        }
        any = true;
        L->pos++;
    }
    return verify_end_of_number(L, base);
}

static int scan_exponent_and_imag(Lexer *L) {
    int c = peekc(L, 0);
    if (c == 'e' || c == 'E') {
        int save = L->pos;
        L->pos++;
        c = peekc(L, 0);
        if (c == '+' || c == '-') {
            L->pos++;
            if (!(peekc(L, 0) >= '0' && peekc(L, 0) <= '9')) { L->pos++; return number_error(L, 10); }
        } else if (!(c >= '0' && c <= '9')) {
            L->pos = save;
            return verify_end_of_number(L, 10);
        }
        bool any;
        if (scan_digits(L, 10, &any) < 0) return -1;
    }
    c = peekc(L, 0);
    if (c == 'j' || c == 'J') {
        L->pos++;
        return verify_end_of_number(L, 0);
    }
    return verify_end_of_number(L, 10);
}

static int scan_fraction(Lexer *L) {
    L->pos++; /* '.' */
    bool any;
    if (peekc(L, 0) == '_') { L->pos++; return number_error(L, 10); }
    if (scan_digits(L, 10, &any) < 0) return -1;
    return scan_exponent_and_imag(L);
}

static int scan_number(Lexer *L, Token *t) {
    tok_begin(L, t, T_NUMBER);
    int c0 = peekc(L, 0), c1 = peekc(L, 1);
    int rc;
    if (c0 == '.') {
        rc = scan_fraction(L);
    } else if (c0 == '0' && (c1 == 'x' || c1 == 'X')) {
        rc = scan_prefixed_int(L, 16);
    } else if (c0 == '0' && (c1 == 'o' || c1 == 'O')) {
        rc = scan_prefixed_int(L, 8);
    } else if (c0 == '0' && (c1 == 'b' || c1 == 'B')) {
        rc = scan_prefixed_int(L, 2);
    } else {
        bool any;
        if (scan_digits(L, 10, &any) < 0) return -1;
        int c = peekc(L, 0);
        if (c == '.') rc = scan_fraction(L);
        else if (c == 'e' || c == 'E' || c == 'j' || c == 'J') rc = scan_exponent_and_imag(L);
        else {
            /* an integer: leading zeros only if all digits are zero */
            bool nonzero = false;
            for (int i = t->start; i < L->pos; i++)
                if (L->src[i] != '0' && L->src[i] != '_') nonzero = true;
            if (c0 == '0' && nonzero) {
                int off = t->col + 1, zeros = t->start;
                while (L->src[zeros] == '0' || L->src[zeros] == '_') zeros++;
                token_error(L, L->lineno, off, L->lineno, col_of(L, zeros) + 1,
                                "leading zeros in decimal integer literals are not permitted; "
                                "use an 0o prefix for octal integers");
                return -1;
            }
            rc = verify_end_of_number(L, 10);
        }
    }
    if (rc < 0) return -1;
    tok_end(L, t);
    return 0;
}

/* ---- strings ---- */

/* Is s[0..n) a string prefix (r, u, b, br, rb, f, fr, rf in any case)? */
static bool is_string_prefix(const char *s, int n) {
    bool r = false, b = false, u = false, f = false;
    if (n < 1 || n > 2) return false;
    for (int i = 0; i < n; i++) {
        switch (s[i] | 0x20) {
        case 'r': if (r) return false; r = true; break;
        case 'b': if (b) return false; b = true; break;
        case 'u': if (u) return false; u = true; break;
        case 'f': if (f) return false; f = true; break;
        default: return false;
        }
    }
    if (u && n > 1) return false;
    if (b && f) return false;
    return true;
}

static int scan_string(Lexer *L, Token *t) {
    int quote = peekc(L, 0);
    bool triple = peekc(L, 1) == quote && peekc(L, 2) == quote;
    int start_line = t->lineno, start_off = t->col + 1;
    L->pos += triple ? 3 : 1;
    for (;;) {
        int c = peekc(L, 0);
        if (c < 0) {
            int at_line = L->lineno;
            if (L->pos > 0 && L->pos == L->len && L->line_start == L->pos && at_line > start_line) at_line--;
            token_error(L, start_line, start_off, start_line, start_off,
                            triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                   : "unterminated string literal (detected at line %d)", at_line);
            if (triple) L->err->incomplete = true;
            return -1;
        }
        if (c == quote) {
            if (!triple) { L->pos++; break; }
            if (peekc(L, 1) == quote && peekc(L, 2) == quote) { L->pos += 3; break; }
            L->pos++;
            continue;
        }
        if (c == '\\') {
            int d = peekc(L, 1);
            if (d < 0) { L->pos++; continue; }
            L->pos += 2;
            if (d == '\r' && peekc(L, 0) == '\n') L->pos++;
            if (d == '\n' || d == '\r') new_line(L, L->pos);
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple) {
                token_error(L, start_line, start_off, start_line, start_off,
                                "unterminated string literal (detected at line %d)", L->lineno);
                return -1;
            }
            L->pos++;
            if (c == '\r' && peekc(L, 0) == '\n') L->pos++;
            new_line(L, L->pos);
            continue;
        }
        L->pos++;
    }
    tok_end(L, t);
    return 0;
}

/* ---- names ---- */

static int scan_name(Lexer *L, Token *t) {
    tok_begin(L, t, T_NAME);
    while (L->pos < L->len) {
        int c = peekc(L, 0);
        if (!is_ident_char(c)) break;
        if (c >= 0x80) {
            unsigned cp;
            int n = lexer_utf8_decode((const unsigned char *)L->src + L->pos, L->len - L->pos, &cp);
            if (n < 0) n = 1;
            if (is_invalid_ident_cp(cp)) {
                char ch[8];
                memcpy(ch, L->src + L->pos, n);
                ch[n] = '\0';
                int off = col_of(L, L->pos) + 1;
                invalid_character_error(L, off, ch, cp);
                (void)ch;
                return -1;
            }
            L->pos += n;
            continue;
        }
        L->pos++;
    }
    int n = L->pos - t->start;
    int q = peekc(L, 0);
    if ((q == '"' || q == '\'') && is_string_prefix(L->src + t->start, n)) {
        t->type = T_STRING;
        return scan_string(L, t);
    }
    t->kw = keyword_of(L->src + t->start, n);
    tok_end(L, t);
    return 0;
}

/* ---- operators ---- */

typedef struct { const char *text; int type; } OpDef;

static const OpDef ops3[] = {
    {"**=", T_DOUBLESTAREQUAL}, {"...", T_ELLIPSIS}, {"//=", T_DOUBLESLASHEQUAL},
    {"<<=", T_LEFTSHIFTEQUAL}, {">>=", T_RIGHTSHIFTEQUAL},
};
static const OpDef ops2[] = {
    {"!=", T_NOTEQUAL}, {"%=", T_PERCENTEQUAL}, {"&=", T_AMPEREQUAL}, {"**", T_DOUBLESTAR},
    {"*=", T_STAREQUAL}, {"+=", T_PLUSEQUAL}, {"-=", T_MINEQUAL}, {"->", T_RARROW},
    {"//", T_DOUBLESLASH}, {"/=", T_SLASHEQUAL}, {":=", T_COLONEQUAL}, {"<<", T_LEFTSHIFT},
    {"<=", T_LESSEQUAL}, {"==", T_EQEQUAL}, {">=", T_GREATEREQUAL}, {">>", T_RIGHTSHIFT},
    {"@=", T_ATEQUAL}, {"^=", T_CIRCUMFLEXEQUAL}, {"|=", T_VBAREQUAL}, {"<>", -1},
};

static int op1_type(int c) {
    switch (c) {
    case '(': return T_LPAR; case ')': return T_RPAR; case '[': return T_LSQB;
    case ']': return T_RSQB; case '{': return T_LBRACE; case '}': return T_RBRACE;
    case ':': return T_COLON; case ',': return T_COMMA; case ';': return T_SEMI;
    case '+': return T_PLUS; case '-': return T_MINUS; case '*': return T_STAR;
    case '/': return T_SLASH; case '|': return T_VBAR; case '&': return T_AMPER;
    case '<': return T_LESS; case '>': return T_GREATER; case '=': return T_EQUAL;
    case '.': return T_DOT; case '%': return T_PERCENT; case '~': return T_TILDE;
    case '^': return T_CIRCUMFLEX; case '@': return T_AT;
    default: return T_ERRORTOKEN;
    }
}

static int open_paren(Lexer *L, Token *t, int c) {
    if (L->paren_depth >= LEX_MAX_PAREN) {
        error_at(L, t->start, "%s", "too many nested parentheses");
        return -1;
    }
    L->parens[L->paren_depth] = (char)c;
    L->paren_line[L->paren_depth] = t->lineno;
    L->paren_col[L->paren_depth] = t->col;
    L->paren_depth++;
    return 0;
}

static int close_paren(Lexer *L, Token *t, int c) {
    if (L->paren_depth == 0) {
        char m[40];
        snprintf(m, sizeof m, "unmatched '%c'", c);
        error_at(L, t->start, "%s", m);
        return -1;
    }
    int o = L->parens[L->paren_depth - 1];
    if (!((o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}'))) {
        char m[120];
        int oline = L->paren_line[L->paren_depth - 1];
        if (oline != t->lineno)
            snprintf(m, sizeof m, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                     c, o, oline);
        else
            snprintf(m, sizeof m, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, o);
        error_at(L, t->start, "%s", m);
        return -1;
    }
    L->paren_depth--;
    return 0;
}

static int scan_operator(Lexer *L, Token *t) {
    tok_begin(L, t, T_ERRORTOKEN);
    const char *s = L->src + L->pos;
    int avail = L->len - L->pos;
    for (size_t i = 0; avail >= 3 && i < sizeof ops3 / sizeof *ops3; i++)
        if (memcmp(s, ops3[i].text, 3) == 0) { t->type = ops3[i].type; L->pos += 3; goto done; }
    for (size_t i = 0; avail >= 2 && i < sizeof ops2 / sizeof *ops2; i++)
        if (memcmp(s, ops2[i].text, 2) == 0 && ops2[i].type > 0) {
            t->type = ops2[i].type; L->pos += 2; goto done;
        }
    int c = (unsigned char)*s;
    t->type = op1_type(c);
    if (t->type == T_ERRORTOKEN && c >= 0x80) {
        unsigned cp;
        int n = lexer_utf8_decode((const unsigned char *)s, avail, &cp);
        char ch[8];
        if (n < 0) {
            int off = t->col + 1;
            token_error(L, L->lineno, off, L->lineno, off,
                            "(unicode error) 'utf-8' codec can't decode byte 0x%02x: invalid start byte", c);
            return -1;
        }
        memcpy(ch, s, n);
        ch[n] = '\0';
        int off = t->col + 1;
        invalid_character_error(L, off, ch, cp);
        return -1;
    }
    if (t->type == T_ERRORTOKEN && (c < 0x20 || c == 0x7F)) {
        int off = t->col + 1;
        token_error(L, L->lineno, off, L->lineno, off, "invalid non-printable character U+%04X", (unsigned)c);
        return -1;
    }
    L->pos++;
    if (c == '(' || c == '[' || c == '{') { if (open_paren(L, t, c) < 0) return -1; }
    else if (c == ')' || c == ']' || c == '}') { if (close_paren(L, t, c) < 0) return -1; }
done:
    tok_end(L, t);
    return 0;
}

/* ---- the main loop ---- */

/* The input ended inside brackets: CPython names the innermost one. */
static int unclosed_paren_error(Lexer *L) {
    int d = L->paren_depth - 1;
    char m[40];
    snprintf(m, sizeof m, "'%c' was never closed", L->parens[d]);
    lexer_set_error(L->err, PERR_SYNTAX, L->paren_line[d], L->paren_col[d] + 1, L->paren_line[d], 0, "%s", m);
    L->err->incomplete = true;
    return -1;
}

static int emit_eof(Lexer *L, Token *t) {
    if (L->paren_depth > 0 && !L->no_newlines) return unclosed_paren_error(L);
    tok_begin(L, t, T_ENDMARKER);
    t->end = t->start;
    t->end_lineno = t->lineno;
    t->end_col = t->col;
    if (L->line_has_tokens && !L->no_newlines) {
        t->type = T_NEWLINE;
        L->line_has_tokens = false;
        return 0;
    }
    if (L->indent_depth > 0 && !L->no_newlines) {
        t->type = T_DEDENT;
        L->indent_depth--;
        return 0;
    }
    L->done = true;
    return 0;
}

/* Skip spaces, comments and backslash continuations inside a line. */
static int skip_blanks(Lexer *L) {
    for (;;) {
        int c = peekc(L, 0);
        if (c == ' ' || c == '\t' || c == '\f') { L->pos++; continue; }
        if (c == '#') {
            while (L->pos < L->len && L->src[L->pos] != '\n' && L->src[L->pos] != '\r') L->pos++;
            continue;
        }
        if (c == '\\') {
            int d = peekc(L, 1);
            if (d == '\n' || d == '\r') {
                int bline = L->lineno, boff = col_of(L, L->pos) + 2;
                L->pos += 2;
                if (d == '\r' && peekc(L, 0) == '\n') L->pos++;
                new_line(L, L->pos);
                if (L->pos >= L->len) {
                    if (L->paren_depth > 0 && !L->no_newlines) return unclosed_paren_error(L);
                    lexer_set_error(L->err, PERR_SYNTAX, bline, boff, bline, -1,
                                    "unexpected EOF while parsing");
                    L->err->incomplete = true;
                    return -1;
                }
                continue;
            }
            if (d < 0) {
                if (L->paren_depth > 0 && !L->no_newlines) {
                    L->pos++; /* the backslash was read */
                    return unclosed_paren_error(L);
                }
                int off = col_of(L, L->pos) + 2;
                lexer_set_error(L->err, PERR_SYNTAX, L->lineno, off, L->lineno, -1,
                                "unexpected EOF while parsing");
                L->err->incomplete = true;
                return -1;
            }
            /* CPython gives this error no end column (0) */
            int off = col_of(L, L->pos) + 2;
            lexer_set_error(L->err, PERR_SYNTAX, L->lineno, off, L->lineno, 0,
                            "unexpected character after line continuation character");
            return -1;
        }
        return 0;
    }
}

/* At the start of a logical line: skip blank lines and measure the indent. */
static int start_line(Lexer *L) {
    for (;;) {
        int col, altcol;
        bool real = measure_indent(L, &col, &altcol);
        if (real) {
            L->at_bol = false;
            L->indent_col = col;
            return handle_indent(L, col, altcol);
        }
        if (skip_blanks(L) < 0) return -1;
        int c = peekc(L, 0);
        if (c < 0) { L->at_bol = false; return 0; }
        if (c != '\n' && c != '\r') continue; /* a continuation led to this line */
        if (c == '\r' && peekc(L, 1) == '\n') L->pos++;
        L->pos++;
        new_line(L, L->pos);
    }
}

static int scan_token(Lexer *L, Token *t) {
    if (skip_blanks(L) < 0) return -1;
    int c = peekc(L, 0);
    if (c < 0) return emit_eof(L, t);
    if (c == 0 && L->pos < L->len) {
        int off = col_of(L, L->pos) + 1;
        lexer_set_error(L->err, PERR_SYNTAX, L->lineno, off, L->lineno, off, "source code string cannot contain null bytes");
        return -1;
    }
    if (c == '\n' || c == '\r') {
        tok_begin(L, t, T_NEWLINE);
        L->pos++;
        if (c == '\r' && peekc(L, 0) == '\n') L->pos++;
        t->end = L->pos;
        t->end_lineno = t->lineno;
        t->end_col = t->col + 1;
        new_line(L, L->pos);
        if (L->paren_depth > 0 || L->no_newlines) return scan_token(L, t);
        L->at_bol = true;
        L->line_has_tokens = false;
        return 0;
    }
    if (c >= '0' && c <= '9') return scan_number(L, t);
    if (c == '.' && peekc(L, 1) >= '0' && peekc(L, 1) <= '9') return scan_number(L, t);
    if (c == '"' || c == '\'') {
        tok_begin(L, t, T_STRING);
        return scan_string(L, t);
    }
    if (is_ident_start(c)) {
        if (c >= 0x80) {
            unsigned cp;
            int n = lexer_utf8_decode((const unsigned char *)L->src + L->pos, L->len - L->pos, &cp);
            if (n < 0 || !ucd_has(cp, UCD_XID_START)) return scan_operator(L, t);
        }
        return scan_name(L, t);
    }
    return scan_operator(L, t);
}

int lexer_next(Lexer *L, Token *t) {
    if (L->err->kind != PERR_NONE) return -1;
    if (L->done) {
        tok_begin(L, t, T_ENDMARKER);
        t->end = t->start; t->end_lineno = t->lineno; t->end_col = t->col;
        return 0;
    }
    if (L->at_bol && L->paren_depth == 0 && !L->no_newlines) {
        if (start_line(L) < 0) return -1;
    }
    if (L->pending != 0) {
        tok_begin(L, t, L->pending > 0 ? T_INDENT : T_DEDENT);
        t->end = t->start;
        t->end_lineno = t->lineno;
        t->end_col = t->col;
        L->pending += L->pending > 0 ? -1 : 1;
        return 0;
    }
    return scan_token(L, t);
}
