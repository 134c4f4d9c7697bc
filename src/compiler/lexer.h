/*
** lexer.h -- the tokenizer: UTF-8 source to Python tokens, produced one at a
** time on demand (the parser asks for the next one), with INDENT/DEDENT,
** implicit line joining inside brackets and CPython 3.11's error messages.
** Internal to the compiler.
*/
#ifndef PIPIT_LEXER_H
#define PIPIT_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "compiler/parser.h"

typedef enum {
    T_ENDMARKER = 0, T_NAME, T_NUMBER, T_STRING, T_NEWLINE, T_INDENT, T_DEDENT,
    T_ERRORTOKEN,  /* a character no rule accepts ('!', '$', '?', '`') */
    /* operators and delimiters */
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_LBRACE, T_RBRACE, T_COLON, T_COMMA,
    T_SEMI, T_PLUS, T_MINUS, T_STAR, T_SLASH, T_VBAR, T_AMPER, T_LESS,
    T_GREATER, T_EQUAL, T_DOT, T_PERCENT, T_EQEQUAL, T_NOTEQUAL, T_LESSEQUAL,
    T_GREATEREQUAL, T_TILDE, T_CIRCUMFLEX, T_LEFTSHIFT, T_RIGHTSHIFT,
    T_DOUBLESTAR, T_PLUSEQUAL, T_MINEQUAL, T_STAREQUAL, T_SLASHEQUAL,
    T_PERCENTEQUAL, T_AMPEREQUAL, T_VBAREQUAL, T_CIRCUMFLEXEQUAL,
    T_LEFTSHIFTEQUAL, T_RIGHTSHIFTEQUAL, T_DOUBLESTAREQUAL, T_DOUBLESLASH,
    T_DOUBLESLASHEQUAL, T_AT, T_ATEQUAL, T_RARROW, T_ELLIPSIS, T_COLONEQUAL,
} TokType;

/* Hard keywords; a NAME token carries one in Token.kw (0 for none). */
typedef enum {
    KW_NONE_ = 0,
    KW_FALSE, KW_NONE, KW_TRUE, KW_AND, KW_AS, KW_ASSERT, KW_ASYNC, KW_AWAIT,
    KW_BREAK, KW_CLASS, KW_CONTINUE, KW_DEF, KW_DEL, KW_ELIF, KW_ELSE,
    KW_EXCEPT, KW_FINALLY, KW_FOR, KW_FROM, KW_GLOBAL, KW_IF, KW_IMPORT,
    KW_IN, KW_IS, KW_LAMBDA, KW_NONLOCAL, KW_NOT, KW_OR, KW_PASS, KW_RAISE,
    KW_RETURN, KW_TRY, KW_WHILE, KW_WITH, KW_YIELD,
} Keyword_;

typedef struct Token {
    int type;              /* TokType */
    int kw;                /* Keyword_ for NAME tokens */
    int level;             /* bracket nesting depth before the token */
    int start, end;        /* byte range in the source */
    int lineno, col;       /* 1-based line, 0-based UTF-8 byte column */
    int end_lineno, end_col;
} Token;

#define LEX_MAX_INDENT 100
#define LEX_MAX_PAREN 200

typedef struct Lexer {
    const char *src;
    int len;               /* end of the text to tokenize */
    int pos;
    int lineno;
    int line_start;        /* offset of the current line's first byte */
    bool at_bol;           /* at the beginning of a logical line */
    bool line_has_tokens;  /* a token was produced on this logical line */
    bool done;             /* ENDMARKER produced */
    bool no_newlines;      /* f-string expression: act as inside brackets */
    int pending;           /* DEDENTs (<0) or an INDENT (1) still to emit */
    int indent_depth;
    int indents[LEX_MAX_INDENT + 1];
    int alt_indents[LEX_MAX_INDENT + 1];
    int paren_depth;
    char parens[LEX_MAX_PAREN + 1];
    int paren_line[LEX_MAX_PAREN + 1];
    int paren_col[LEX_MAX_PAREN + 1];
    int indent_col;        /* column of the first token of the current line */
    ParseError *err;
} Lexer;

/* Tokenize src[0..len) as a whole file. */
void lexer_init(Lexer *L, const char *src, size_t len, ParseError *err);

/* Tokenize src[start..end) (an f-string replacement field) as if it were
** inside brackets; [lineno] and [line_start] locate [start] in the file. */
void lexer_init_sub(Lexer *L, const char *src, int start, int end, int lineno,
                    int line_start, ParseError *err);

/* The next token into [t]; returns 0, or -1 with [L->err] filled. */
int lexer_next(Lexer *L, Token *t);

/* Fill [err] (the first error wins). [offset] is 1-based. */
void lexer_set_error(ParseError *err, ParseErrorKind kind, int lineno, int offset,
                     int end_lineno, int end_offset, const char *fmt, ...);

/* Decode one UTF-8 sequence at s[0..n); returns its length (1 for an
** invalid byte, with *cp set to that byte) and the code point in *cp. */
int lexer_utf8_decode(const unsigned char *s, int n, unsigned *cp);

#endif
