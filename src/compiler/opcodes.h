/*
** opcodes.h -- the bytecode, one X-macro list that makes the enum, the names
** table and the dispatch table.
**
** An instruction is one uint32_t: the opcode in the low 8 bits, its argument
** in the high 24 (no EXTENDED_ARG). Jump arguments are absolute instruction
** indices. The set follows CPython 3.11's (same names, same stack effects)
** except where noted: no RESUME/PRECALL/CACHE/EXTENDED_ARG, no specialized
** forms, and plain JUMP for both directions.
**
** Stack pictures read bottom -> top; "NULL" is the VAL_NULL marker.
** The call protocol: [callable, self_or_NULL, arg1 .. argN] CALL N. When
** self_or_NULL is not NULL the call gets N+1 arguments (self first), so
** LOAD_METHOD can skip making a bound method. KW_NAMES k before CALL names
** the last len(consts[k]) arguments as keywords.
*/
#ifndef PIPIT_OPCODES_H
#define PIPIT_OPCODES_H

#define OPCODE_LIST(X)                                                        \
    X(NOP)                 /* */                                              \
    X(POP_TOP)             /* v -> */                                         \
    X(PUSH_NULL)           /* -> NULL */                                      \
    X(COPY)                /* push a copy of stack[-arg] (arg >= 1) */        \
    X(SWAP)                /* swap TOS and stack[-arg] (arg >= 2) */          \
    X(LOAD_CONST)          /* -> consts[arg] */                               \
    X(LOAD_FAST)           /* -> localsplus[arg]; UnboundLocalError if NULL */ \
    X(STORE_FAST)          /* v -> ; localsplus[arg] = v */                   \
    X(DELETE_FAST)         /* localsplus[arg] = NULL (error if already) */    \
    X(MAKE_CELL)           /* localsplus[arg] = cell(localsplus[arg]) */      \
    X(COPY_FREE_VARS)      /* copy the arg closure cells into the last arg slots */ \
    X(LOAD_CLOSURE)        /* -> the cell in localsplus[arg] */               \
    X(LOAD_DEREF)          /* -> contents of cell localsplus[arg] */          \
    X(LOAD_CLASSDEREF)     /* like LOAD_DEREF, but the class namespace first */ \
    X(STORE_DEREF)         /* v -> */                                         \
    X(DELETE_DEREF)        /* */                                              \
    X(LOAD_GLOBAL)         /* -> [NULL if arg&1] globals/builtins[names[arg>>1]] */ \
    X(STORE_GLOBAL)        /* v -> ; names[arg] */                            \
    X(DELETE_GLOBAL)       /* */                                              \
    X(LOAD_NAME)           /* -> locals/globals/builtins[names[arg]] */       \
    X(STORE_NAME)          /* v -> */                                         \
    X(DELETE_NAME)         /* */                                              \
    X(LOAD_ATTR)           /* o -> o.names[arg] */                            \
    X(STORE_ATTR)          /* v o -> ; o.names[arg] = v */                    \
    X(DELETE_ATTR)         /* o -> */                                         \
    X(LOAD_METHOD)         /* o -> meth o  |  attr NULL */                    \
    X(BINARY_OP)           /* a b -> a op b; arg: BINOP_* below */            \
    X(UNARY_POSITIVE)      /* v -> +v */                                      \
    X(UNARY_NEGATIVE)      /* v -> -v */                                      \
    X(UNARY_NOT)           /* v -> not v */                                   \
    X(UNARY_INVERT)        /* v -> ~v */                                      \
    X(COMPARE_OP)          /* a b -> a op b; arg: CMPOP_* below */            \
    X(IS_OP)               /* a b -> a is b (arg 1: is not) */                \
    X(CONTAINS_OP)         /* a b -> a in b (arg 1: not in) */                \
    X(BINARY_SUBSCR)       /* o k -> o[k] */                                  \
    X(STORE_SUBSCR)        /* v o k -> ; o[k] = v */                          \
    X(DELETE_SUBSCR)       /* o k -> */                                       \
    X(BUILD_SLICE)         /* lo hi [step] -> slice (arg 2 or 3) */           \
    X(BUILD_TUPLE)         /* arg items -> tuple */                           \
    X(BUILD_LIST)          /* arg items -> list */                            \
    X(BUILD_SET)           /* arg items -> set */                             \
    X(BUILD_MAP)           /* k1 v1 .. kN vN -> dict (arg N) */               \
    X(BUILD_CONST_KEY_MAP) /* v1 .. vN keys_tuple -> dict (arg N) */          \
    X(BUILD_STRING)        /* arg strs -> their concatenation */              \
    X(FORMAT_VALUE)        /* v [spec] -> str; arg&3: 0 none 1 str 2 repr 3 ascii; arg&4: spec */ \
    X(LIST_APPEND)         /* v -> ; stack[-arg].append(v) (after the pop) */ \
    X(SET_ADD)             /* v -> ; stack[-arg].add(v) */                    \
    X(MAP_ADD)             /* k v -> ; stack[-arg][k] = v */                  \
    X(LIST_EXTEND)         /* it -> ; stack[-arg].extend(it) */               \
    X(SET_UPDATE)          /* it -> ; stack[-arg].update(it) */               \
    X(DICT_UPDATE)         /* m -> ; stack[-arg].update(m) */                 \
    X(DICT_MERGE)          /* m -> ; like DICT_UPDATE, TypeError on a repeated key (calls) */ \
    X(LIST_TO_TUPLE)       /* list -> tuple */                                \
    X(UNPACK_SEQUENCE)     /* seq -> item[arg-1] .. item[0] (item 0 on top) */ \
    X(UNPACK_EX)           /* seq -> arg&0xff before, a list, arg>>8 after (reversed like above) */ \
    X(JUMP)                /* ip = arg (a backward jump is a safepoint) */    \
    X(POP_JUMP_IF_FALSE)   /* v -> */                                         \
    X(POP_JUMP_IF_TRUE)    /* v -> */                                         \
    X(POP_JUMP_IF_NONE)    /* v -> */                                         \
    X(POP_JUMP_IF_NOT_NONE) /* v -> */                                        \
    X(JUMP_IF_FALSE_OR_POP) /* v -> v (jump) | -> (fall through) */           \
    X(JUMP_IF_TRUE_OR_POP) /* v -> v (jump) | -> (fall through) */            \
    X(GET_ITER)            /* o -> iter(o) */                                 \
    X(FOR_ITER)            /* it -> it next | (exhausted: pop it, ip = arg) */ \
    X(CALL)                /* callable self_or_NULL args.. -> result (arg N) */ \
    X(KW_NAMES)            /* the next CALL's keyword names: consts[arg] (a tuple) */ \
    X(CALL_FUNCTION_EX)    /* callable NULL args_tuple [kwargs_dict if arg&1] -> result */ \
    X(MAKE_FUNCTION)       /* [defaults] [kwdefaults] [annotations] [closure] code -> func;
                              arg flags 1, 2, 4, 8 say which are present */   \
    X(RETURN_VALUE)        /* v -> (returns v) */                             \
    X(LOAD_BUILD_CLASS)    /* -> builtins.__build_class__ */                  \
    X(LOAD_LOCALS)         /* -> the frame's locals mapping */                \
    X(SETUP_ANNOTATIONS)   /* __annotations__ = {} in locals if missing */    \
    X(PRINT_EXPR)          /* v -> ; sys.displayhook(v) (interactive mode) */  \
    X(IMPORT_NAME)         /* level fromlist -> module; names[arg] */         \
    X(IMPORT_FROM)         /* mod -> mod attr; names[arg] */                  \
    X(IMPORT_STAR)         /* mod -> ; into locals */                         \
    X(RAISE_VARARGS)       /* arg 0: re-raise; 1: exc -> ; 2: exc cause -> */ \
    X(LOAD_ASSERTION_ERROR) /* -> AssertionError */                           \
    X(PUSH_EXC_INFO)       /* exc -> prev_exc exc; the handled exception = exc */ \
    X(POP_EXCEPT)          /* prev_exc -> ; the handled exception = prev_exc */ \
    X(CHECK_EXC_MATCH)     /* exc type -> exc bool */                         \
    X(CHECK_EG_MATCH)      /* exc type -> rest match (except*) */             \
    X(PREP_RERAISE_STAR)   /* orig list -> exc (except*) */                   \
    X(RERAISE)             /* exc -> (raises exc again; arg != 0: stack[-arg-1] is lasti) */ \
    X(BEFORE_WITH)         /* mgr -> exit enter_result */                     \
    X(BEFORE_ASYNC_WITH)   /* mgr -> aexit aenter_awaitable */                \
    X(WITH_EXCEPT_START)   /* exit lasti prev exc -> exit lasti prev exc res; res = exit(type, exc, tb) */ \
    X(YIELD_VALUE)         /* v -> (suspends; resumes with the sent value pushed)
                              arg 1: the yield of a yield-from/await loop */   \
    X(GET_YIELD_FROM_ITER) /* o -> iter for yield from */                     \
    X(SEND)                /* recv v -> recv yielded | (recv returned: pop both, push value, ip = arg) */ \
    X(ASYNC_GEN_WRAP)      /* v -> wrapped v (the value an async generator yields) */ \
    X(GET_AWAITABLE)       /* o -> awaitable iter; arg: 0 await, 1 aenter, 2 aexit */ \
    X(GET_AITER)           /* o -> o.__aiter__() */                           \
    X(GET_ANEXT)           /* ait -> ait awaitable */                         \
    X(END_ASYNC_FOR)       /* ait exc -> (StopAsyncIteration ends the loop, else re-raise) */ \
    X(GET_LEN)             /* o -> o len(o) */                                \
    X(MATCH_MAPPING)       /* o -> o bool */                                  \
    X(MATCH_SEQUENCE)      /* o -> o bool */                                  \
    X(MATCH_KEYS)          /* o keys -> o keys values_tuple_or_None */        \
    X(MATCH_CLASS)         /* o cls names -> attrs_tuple_or_None (arg: positional count) */ \
    X(COPY_DICT_WITHOUT_KEYS) /* o keys -> o rest_dict */                     \
    X(RETURN_GENERATOR)    /* unused: calling a generator function makes the generator */

typedef enum {
#define OPCODE_ENUM(name) OP_##name,
    OPCODE_LIST(OPCODE_ENUM)
#undef OPCODE_ENUM
    OPCODE_COUNT
} Opcode;

/* BINARY_OP arguments: CPython 3.11's numbering (in-place forms add 13). */
enum {
    BINOP_ADD = 0, BINOP_AND = 1, BINOP_FLOOR_DIVIDE = 2, BINOP_LSHIFT = 3,
    BINOP_MATRIX_MULTIPLY = 4, BINOP_MULTIPLY = 5, BINOP_REMAINDER = 6,
    BINOP_OR = 7, BINOP_POWER = 8, BINOP_RSHIFT = 9, BINOP_SUBTRACT = 10,
    BINOP_TRUE_DIVIDE = 11, BINOP_XOR = 12,
    BINOP_INPLACE = 13,   /* BINOP_INPLACE + BINOP_ADD is +=, and so on */
    BINOP_COUNT = 26
};

/* COMPARE_OP arguments (the same enum as object.h's). */
#ifndef PIPIT_CMPOP_DEFINED
#define PIPIT_CMPOP_DEFINED
enum { CMPOP_LT = 0, CMPOP_LE = 1, CMPOP_EQ = 2, CMPOP_NE = 3, CMPOP_GT = 4, CMPOP_GE = 5 };
#endif

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(ins) ((ins) & 0xffu)
#define INSTR_ARG(ins) ((ins) >> 8)
#define INSTR_ARG_MAX 0xffffffu

extern const char *const opcode_names[OPCODE_COUNT];

#endif
