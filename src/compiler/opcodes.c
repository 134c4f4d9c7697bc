/*
** opcodes.c -- the opcode names table, generated from the X-macro list.
*/
#include <stdint.h>

#include "opcodes.h"

const char *const opcode_names[OPCODE_COUNT] = {
#define OPCODE_NAME(name) #name,
    OPCODE_LIST(OPCODE_NAME)
#undef OPCODE_NAME
};
