/*
** codegen.h -- AST + symbol table to code objects (CPython 3.11's bytecode,
** with the differences listed in opcodes.h).
*/
#ifndef PIPIT_CODEGEN_H
#define PIPIT_CODEGEN_H

#include "../runtime/object.h"
#include "ast.h"
#include "symtable.h"

/* compile_source mode flag: allow await, async for and async with at module
** level (the module code then gets CO_COROUTINE when it uses them). */
#define COMPILE_TOP_LEVEL_AWAIT 0x100
/* the low bits of the mode: PARSE_FILE, PARSE_SINGLE or PARSE_EVAL */
#define COMPILE_MODE_MASK 0xff

/* Generate the code object of [mod] analysed as [st]. [filename] is a str;
** [src] and [len] the source text [mod] was parsed from. Returns the code
** object, or VAL_ERROR: either with [err] set (a SyntaxError to raise at
** err->loc) or with an exception pending in vm->exc (out of memory). */
Value codegen_module(VM *vm, Mod *mod, SymTable *st, Value filename, int flags, const char *src, size_t len,
                     CompileError *err);

/* Stack effect of [op] with [arg]; [jump]: along the jump edge. For tests
** and the disassembler. */
int codegen_stack_effect(int op, int arg, bool jump);

#endif
