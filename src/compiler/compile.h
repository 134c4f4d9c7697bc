/*
** compile.h -- compiling a script file: the checks CPython's file reader
** makes before the source is parsed. (compile_source itself is in vm.h.)
*/
#ifndef PIPIT_COMPILE_H
#define PIPIT_COMPILE_H

#include "../runtime/vm.h"

/* compile_source for the text of a script file named [filename]: a NUL
** byte, or bytes that are not UTF-8 without a coding declaration, raise
** SyntaxError with the messages of CPython's file tokenizer (which differ
** from those for a source string given to compile() or exec()). */
Value compile_script(VM *vm, const char *src, size_t len, Value filename, int mode);

/* After parse_source failed: the last line its lexer had read. CPython gives
** a SyntaxError on an earlier line its text without the newline. (Defined in
** parser.c; belongs in ParseError as a field.) */
int parse_error_reach_line(void);

#endif
