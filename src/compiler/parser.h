/*
** parser.h -- source text to AST (tokenizer and parser).
**
** The parser knows nothing of the VM: it fills a ParseError that the caller
** turns into a SyntaxError / IndentationError / TabError exception.
*/
#ifndef PIPIT_PARSER_H
#define PIPIT_PARSER_H

#include "ast.h"

typedef enum {
    PARSE_FILE = 0,    /* a module: Module */
    PARSE_SINGLE = 1,  /* one interactive statement: Interactive */
    PARSE_EVAL = 2,    /* one expression: Expression */
} ParseMode;

typedef enum {
    PERR_NONE = 0,
    PERR_SYNTAX,       /* SyntaxError */
    PERR_INDENT,       /* IndentationError */
    PERR_TAB,          /* TabError */
    PERR_NOMEM,
} ParseErrorKind;

typedef struct ParseError {
    ParseErrorKind kind;
    char msg[200];     /* CPython 3.11's wording, e.g. "invalid syntax", "expected ':'" */
    int lineno;        /* 1-based */
    int offset;        /* 1-based column in UTF-8 bytes, as SyntaxError.offset (0: unknown) */
    int end_lineno;    /* 0: same as lineno */
    int end_offset;    /* 0: unknown */
    int reach_lineno;  /* the last line the tokenizer had read (which line a
                          SyntaxError's text shows, as CPython) */
    bool raw_line;     /* found by the tokenizer proper: the text is the line
                          without its newline, as CPython shows it */
    int nwarnings;     /* SyntaxWarnings of the tokenizer, in order */
    struct {
        char msg[64];
        int lineno, col, end_lineno, end_col;
        bool deprecation;  /* DeprecationWarning (invalid escapes), else SyntaxWarning */
    } warnings[8];
    bool incomplete;   /* the input ended inside a statement, bracket or
                          triple-quoted string: a REPL should read more */
} ParseError;

/* Parse [len] bytes of UTF-8 [src]. Returns the module, or NULL with [err]
** filled. All nodes are allocated in [arena]. */
Mod *parse_source(Arena *arena, const char *src, size_t len, ParseMode mode, ParseError *err);

#endif
