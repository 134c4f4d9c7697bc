/*
** slots.h -- the bridge between C slots and Python dunders, both ways:
** built-in types show their slots as dunder wrappers (int.__add__), and
** classes that define dunders get slots that call them.
*/
#ifndef PIPIT_SLOTS_H
#define PIPIT_SLOTS_H

#include "vm.h"
#include "../compiler/opcodes.h"

extern Type type_slot_wrapper;   /* int.__add__ */
extern Type type_method_wrapper; /* (1).__add__ */

/* Add a wrapper to [t]'s dict for every slot t defines itself. */
int slots_add_wrappers(VM *vm, Type *t);
int slots_setup(VM *vm);

/* Point the slots of heap type [t] at the dunders its MRO defines. */
void type_update_slots(VM *vm, Type *t);

/* Binary operator metadata, by BINOP_* number (in-place forms included). */
typedef struct BinopInfo {
    const char *symbol;       /* "+", "+=" */
    const char *dunder;       /* "__add__", "__iadd__" */
    const char *rdunder;      /* "__radd__" (NULL for in-place) */
    size_t offset;            /* offsetof(NumberSlots, add) */
} BinopInfo;

extern const BinopInfo binop_info[BINOP_COUNT];

#endif
