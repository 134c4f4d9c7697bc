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

#endif
