/*
** dis.c -- disassembler (see dis.h). One line per instruction:
**   line  index  OPNAME  arg (meaning)
** then the exception table, like CPython's dis.
*/
#include "dis.h"

#include <string.h>

#include "opcodes.h"

static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};
static const char *const binop_names[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};

static bool has_jump(int op) {
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE || op == OP_JUMP_IF_FALSE_OR_POP ||
           op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER || op == OP_SEND;
}

static bool is_localsplus_op(int op) {
    return op == OP_LOAD_FAST || op == OP_STORE_FAST || op == OP_DELETE_FAST || op == OP_MAKE_CELL ||
           op == OP_LOAD_CLOSURE || op == OP_LOAD_DEREF || op == OP_LOAD_CLASSDEREF ||
           op == OP_STORE_DEREF || op == OP_DELETE_DEREF;
}

static bool is_name_op(int op) {
    return op == OP_STORE_GLOBAL || op == OP_DELETE_GLOBAL || op == OP_LOAD_NAME || op == OP_STORE_NAME ||
           op == OP_DELETE_NAME || op == OP_LOAD_ATTR || op == OP_STORE_ATTR || op == OP_DELETE_ATTR ||
           op == OP_LOAD_METHOD || op == OP_IMPORT_NAME || op == OP_IMPORT_FROM;
}

static bool is_jump_target(CodeObj *co, uint32_t at) {
    for (uint32_t i = 0; i < co->ncode; i++) {
        int op = (int)INSTR_OP(co->code[i]);
        if (has_jump(op) && INSTR_ARG(co->code[i]) == at) return true;
    }
    for (uint32_t i = 0; i < co->nexctable; i++)
        if (co->exctable[i].target == at) return true;
    return false;
}

static Value tuple_item(Value t, uint32_t i) {
    TupleObj *tu = as_tuple(t);
    return i < tu->len ? tu->items[i] : VAL_NULL;
}

static int add_meaning(VM *vm, StrBuf *sb, CodeObj *co, int op, uint32_t arg) {
    Value v = VAL_NULL;
    if (op == OP_LOAD_CONST || op == OP_KW_NAMES) {
        v = tuple_item(co->consts, arg);
        if (val_is_type(v, &type_code)) {
            sb_addf(sb, " (<code object %s>)", str_cstr(((CodeObj *)val_as_obj(v))->name));
            return 0;
        }
        if (val_is_null(v)) return 0;
        sb_adds(sb, " (");
        if (sb_add_repr(vm, sb, v) < 0) return -1;
        sb_addc(sb, ')');
        return 0;
    }
    if (op == OP_LOAD_GLOBAL) {
        v = tuple_item(co->names, arg >> 1);
        if (!val_is_null(v)) sb_addf(sb, " (%s%s)", str_cstr(v), (arg & 1) ? " + NULL" : "");
        return 0;
    }
    if (is_name_op(op)) v = tuple_item(co->names, arg);
    else if (is_localsplus_op(op)) v = tuple_item(co->localsplusnames, arg);
    if (!val_is_null(v)) {
        sb_addf(sb, " (%s)", str_cstr(v));
        return 0;
    }
    if (has_jump(op)) sb_addf(sb, " (to %u)", arg);
    else if (op == OP_COMPARE_OP && arg < 6) sb_addf(sb, " (%s)", cmp_names[arg]);
    else if (op == OP_BINARY_OP && arg < BINOP_COUNT)
        sb_addf(sb, " (%s%s)", binop_names[arg % BINOP_INPLACE], arg >= BINOP_INPLACE ? "=" : "");
    return 0;
}

int dis_code(VM *vm, StrBuf *sb, Value code, bool recursive) {
    CodeObj *co = (CodeObj *)val_as_obj(code);
    sb_addf(sb, "Disassembly of <code object %s> (stacksize %d, flags 0x%x):\n", str_cstr(co->name),
            co->stacksize, co->flags);
    int last_line = -1;
    for (uint32_t i = 0; i < co->ncode; i++) {
        int op = (int)INSTR_OP(co->code[i]);
        uint32_t arg = INSTR_ARG(co->code[i]);
        int line = co->positions ? co->positions[i].lineno : -1;
        if (line != last_line) sb_addf(sb, "%4d ", line);
        else sb_adds(sb, "     ");
        last_line = line;
        sb_addf(sb, "%s %4u %-24s", is_jump_target(co, i) ? ">>" : "  ", i,
                op < OPCODE_COUNT ? opcode_names[op] : "???");
        sb_addf(sb, " %u", arg);
        if (add_meaning(vm, sb, co, op, arg) < 0) return -1;
        sb_addc(sb, '\n');
    }
    if (co->nexctable) {
        sb_adds(sb, "ExceptionTable:\n");
        for (uint32_t i = 0; i < co->nexctable; i++) {
            ExcTableEntry *e = &co->exctable[i];
            sb_addf(sb, "  %u to %u -> %u [%u]%s\n", e->start, e->end, e->target, e->depth,
                    e->lasti ? " lasti" : "");
        }
    }
    if (!recursive) return 0;
    TupleObj *consts = as_tuple(co->consts);
    for (size_t i = 0; i < consts->len; i++) {
        if (!val_is_type(consts->items[i], &type_code)) continue;
        sb_addc(sb, '\n');
        if (dis_code(vm, sb, consts->items[i], true) < 0) return -1;
    }
    return 0;
}

void dis_print(VM *vm, Value code, FILE *f) {
    StrBuf sb;
    sb_init(&sb);
    if (dis_code(vm, &sb, code, true) < 0) {
        sb_free(&sb);
        return;
    }
    fwrite(sb.data ? sb.data : "", 1, sb.len, f);
    sb_free(&sb);
}
