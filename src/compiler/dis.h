/*
** dis.h -- a disassembler for code objects, in the spirit of `python3 -m dis`
** (for debugging and tests).
*/
#ifndef PIPIT_DIS_H
#define PIPIT_DIS_H

#include <stdio.h>

#include "../runtime/object.h"

/* Append the disassembly of [code] (and, when [recursive], of the code
** objects among its constants) to [sb]. Returns 0, or -1 with an exception
** pending (repr of a constant failed). */
int dis_code(VM *vm, StrBuf *sb, Value code, bool recursive);

/* Print the disassembly to [f]. */
void dis_print(VM *vm, Value code, FILE *f);

#endif
