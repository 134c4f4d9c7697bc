/*
** object.h -- the object model: the heap object header, type objects and
** their slots, and the layouts of the core built-in objects.
**
** Every heap object starts with an Obj header. Its type decides everything
** else: the slots (C function pointers for the operations the VM performs
** most), the attribute dict (methods, descriptors), the MRO.
**
** Error convention (no setjmp, decision 1): a function returning Value
** returns VAL_ERROR on failure with the exception pending in vm->exc; a
** function returning int returns -1 on failure (0/1 otherwise). Every caller
** checks. A slot may return VAL_NOTIMPL where the Python protocol allows it.
*/
#ifndef PIPIT_OBJECT_H
#define PIPIT_OBJECT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "value.h"

typedef struct VM VM;
typedef struct Type Type;
typedef struct GCVisitor GCVisitor;

/* ---- the header ---- */

enum {
    OBJ_MARK = 1u << 0,       /* GC mark bit */
    OBJ_STATIC = 1u << 1,     /* statically allocated: never freed, still traced */
    OBJ_HAS_DICT = 1u << 2,   /* an instance __dict__ pointer sits just before the header */
    OBJ_TYPE_DICT = 1u << 3,  /* a dict that is a type's __dict__ (see type_lookup_epoch) */
    OBJ_SORTING = 1u << 4,    /* a list inside list.sort(): cleared if it grows meanwhile */
    OBJ_FINALIZED = 1u << 5,  /* __del__ has run (it runs once, even if resurrected) */
};

/* Bumped whenever a type's __dict__ or MRO changes: obj_type_lookup's cache
** entries carry the epoch they were made in. */
extern uint64_t type_lookup_epoch;

struct Obj {
    Type *type;
    Obj *gc_next;             /* every GC object, in one list */
    uint32_t flags;           /* OBJ_* */
    uint32_t gc_size;         /* allocation size, kept by the GC */
};

/* The instance dict of an object with OBJ_HAS_DICT (VAL_NULL until made). */
static inline Value *obj_dict_slot(Obj *o) { return ((Value *)o) - 1; }

/* ---- slots ---- */

typedef Value (*NativeFn)(VM *vm, Value *args, int nargs, Value kwnames);
typedef Value (*UnaryFn)(VM *vm, Value a);
typedef Value (*BinaryFn)(VM *vm, Value a, Value b);
typedef Value (*TernaryFn)(VM *vm, Value a, Value b, Value c);

typedef struct GCVisitor {
    void (*visit)(struct GCVisitor *gv, Value v);
} GCVisitor;

/* Number slots: called with (a, b) for a op b whichever operand has the
** type; return VAL_NOTIMPL when the combination is not theirs. */
typedef struct NumberSlots {
    BinaryFn add, sub, mul, truediv, floordiv, mod, divmod, lshift, rshift,
        and_, or_, xor_, matmul;
    TernaryFn pow;            /* third argument VAL_NONE without modulus */
    /* in-place forms: NULL falls back to the binary form */
    BinaryFn iadd, isub, imul, itruediv, ifloordiv, imod, ilshift, irshift,
        iand, ior, ixor, imatmul;
    TernaryFn ipow;
    UnaryFn neg, pos, abs, invert;
    UnaryFn int_, float_, index; /* __int__, __float__, __index__ */
} NumberSlots;

/* Comparison operators (richcompare's op, COMPARE_OP's argument). */
#ifndef PIPIT_CMPOP_DEFINED
#define PIPIT_CMPOP_DEFINED
enum { CMPOP_LT = 0, CMPOP_LE = 1, CMPOP_EQ = 2, CMPOP_NE = 3, CMPOP_GT = 4, CMPOP_GE = 5 };
#endif

struct Type {
    Obj hdr;
    const char *name;         /* tp_name: "int", "collections.OrderedDict" */
    Value name_obj;           /* heap types: the __name__ str that name points into */
    Value qualname;           /* str, or VAL_NULL (then the part of name after the last dot) */
    Value module;             /* str or VAL_NULL ("builtins") */
    Type *base;
    Value bases;              /* tuple of types */
    Value mro;                /* tuple of types */
    Value dict;               /* dict: methods, attributes, descriptors */
    Value subclasses;         /* list of subclasses, or VAL_NULL */
    uint32_t flags;           /* TYPE_* */
    uint32_t basicsize;       /* size of an instance in bytes (0: not instantiable by alloc) */
    uint32_t slot_start;      /* __slots__ values live in [slot_start, basicsize); 0: none */

    /* slots (NULL: not supported / inherited at type creation) */
    UnaryFn repr, str;
    int64_t (*hash)(VM *vm, Value self);                     /* -1: error */
    Value (*richcompare)(VM *vm, Value a, Value b, int op);  /* op: CMPOP_* */
    Value (*getattr)(VM *vm, Value self, Value name);        /* VAL_NULL: no such
                                                                attribute (no exception set) */
    int (*setattr)(VM *vm, Value self, Value name, Value v); /* v VAL_NULL: delete */
    Value (*call)(VM *vm, Value self, Value *args, int nargs, Value kwnames);
    UnaryFn iter;
    UnaryFn iternext;         /* VAL_NULL: exhausted (no exception set) */
    Value (*descr_get)(VM *vm, Value descr, Value obj, Value type); /* obj VAL_NULL: via class */
    int (*descr_set)(VM *vm, Value descr, Value obj, Value v);       /* v VAL_NULL: delete */
    int64_t (*len)(VM *vm, Value self);                      /* -1: error */
    BinaryFn getitem;
    int (*setitem)(VM *vm, Value self, Value key, Value v);  /* v VAL_NULL: delete */
    int (*contains)(VM *vm, Value self, Value item);         /* 1, 0, -1 */
    int (*bool_)(VM *vm, Value self);                        /* 1, 0, -1 */
    Value (*new_)(VM *vm, Type *cls, Value *args, int nargs, Value kwnames);
    int (*init)(VM *vm, Value self, Value *args, int nargs, Value kwnames);
    NumberSlots *number;

    /* memory: trace the references an instance holds; free what it owns */
    void (*traverse)(Obj *o, GCVisitor *gv);
    void (*finalize)(Obj *o);                                /* frees malloc'ed parts */
};

enum {
    TYPE_HEAP = 1u << 0,          /* created by a class statement or type() */
    TYPE_BASETYPE = 1u << 1,      /* may be subclassed */
    TYPE_INSTANCE_DICT = 1u << 2, /* instances carry a __dict__ (OBJ_HAS_DICT) */
    TYPE_ABSTRACT = 1u << 3,
    TYPE_OWNS_NUMBER = 1u << 4,   /* heap type with its own malloc'ed NumberSlots */
    TYPE_IS_MAPPING = 1u << 5,    /* matches mapping patterns (match statement) */
    TYPE_IS_SEQUENCE = 1u << 6,   /* matches sequence patterns */
    TYPE_HAS_DEL = 1u << 7,       /* heap type whose MRO defines __del__ */
    /* fast subclass tests for the built-in families */
    TYPE_INT_SUBCLASS = 1u << 8,
    TYPE_STR_SUBCLASS = 1u << 9,
    TYPE_TUPLE_SUBCLASS = 1u << 10,
    TYPE_LIST_SUBCLASS = 1u << 11,
    TYPE_DICT_SUBCLASS = 1u << 12,
    TYPE_EXC_SUBCLASS = 1u << 13,
    TYPE_TYPE_SUBCLASS = 1u << 14,
    TYPE_BYTES_SUBCLASS = 1u << 15,
    TYPE_FLOAT_SUBCLASS = 1u << 16,
    TYPE_WEAKREFABLE = 1u << 17,  /* instances may be weakly referenced */
};

/* ---- built-in types ---- */

#define BUILTIN_TYPE_LIST(X) \
    X(object) X(type) X(NoneType) X(NotImplementedType) X(ellipsis) \
    X(bool) X(int) X(float) X(complex) X(str) X(bytes) X(bytearray) \
    X(tuple) X(list) X(dict) X(set) X(frozenset) X(range) X(slice) \
    X(function) X(builtin_function) X(method) X(code) X(cell) X(module) \
    X(generator) X(coroutine) X(async_generator) X(property) \
    X(staticmethod) X(classmethod) X(super) X(traceback) X(frame) \
    X(list_iterator) X(tuple_iterator) X(str_iterator) X(range_iterator) \
    X(dict_keys) X(dict_values) X(dict_items) X(dict_keyiterator) \
    X(dict_valueiterator) X(dict_itemiterator) X(set_iterator) \
    X(callable_iterator) X(seq_iterator) X(enumerate) X(zip) X(map) \
    X(filter) X(reversed) X(method_descriptor) X(getset_descriptor) \
    X(member_descriptor) X(mappingproxy) X(memoryview)

#define DECLARE_TYPE(name) extern Type type_##name;
BUILTIN_TYPE_LIST(DECLARE_TYPE)
#undef DECLARE_TYPE

/* The type of any value. */
static inline Type *val_type(Value v) {
    extern Type *const imm_types[8];
    if (val_is_obj(v)) return val_as_obj(v)->type;
    if (val_is_float(v)) return &type_float;
    if (val_is_int(v)) return &type_int;
    return imm_types[v & 7];
}

static inline bool val_is_type(Value v, Type *t) { return val_is_obj(v) && val_as_obj(v)->type == t; }

bool type_is_subtype(Type *a, Type *b);   /* b in a.__mro__ */
bool val_isinstance(Value v, Type *t);    /* type(v) is t or a subtype (no __instancecheck__) */
const char *type_name(Type *t);           /* the last part of tp_name */

/* ---- method tables for built-in types and modules ---- */

typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    uint32_t flags;           /* METH_* */
    const char *doc;
} MethodDef;

enum {
    METH_STATIC = 1u << 0,    /* no self */
    METH_CLASS = 1u << 1,     /* args[0] is the class */
};

typedef struct GetSetDef {
    const char *name;
    Value (*get)(VM *vm, Value self);
    int (*set)(VM *vm, Value self, Value v); /* NULL: read-only; v VAL_NULL: delete */
} GetSetDef;

/* Fill a built-in type's dict from its tables (at VM start-up). */
int type_ready(VM *vm, Type *t);  /* bases, MRO, dict, slot wrappers */
int type_add_methods(VM *vm, Type *t, const MethodDef *defs);
int type_add_getsets(VM *vm, Type *t, const GetSetDef *defs);

/* ---- str ---- */

typedef struct StrObj {
    Obj hdr;
    int64_t hash;             /* -1: not computed yet */
    size_t len;               /* in code points */
    size_t size;              /* in bytes, without the final NUL */
    uint8_t ascii;            /* every byte < 0x80: indexing is O(1) */
    uint8_t interned;
    uint8_t storage;          /* where data lives (STR_INLINE, ...: objects/str.c) */
    char *data;               /* UTF-8; NUL-terminated only through str_cstr
                                 (a str built by + may share its buffer) */
} StrObj;

static inline StrObj *as_str(Value v) { return (StrObj *)val_as_obj(v); }
static inline bool val_is_str(Value v) {
    return val_is_obj(v) && (val_as_obj(v)->type == &type_str ||
                             (val_as_obj(v)->type->flags & TYPE_STR_SUBCLASS));
}
static inline bool val_is_exact_str(Value v) { return val_is_type(v, &type_str); }

Value str_new(VM *vm, const char *utf8, size_t size);   /* validates nothing: must be UTF-8 */
Value str_from_cstr(VM *vm, const char *s);
Value str_intern(VM *vm, Value s);                      /* the interned copy */
Value str_intern_cstr(VM *vm, const char *s);           /* identifiers */
Value str_format(VM *vm, const char *fmt, ...);         /* see vm_format */
Value str_vformat(VM *vm, const char *fmt, va_list ap);
int64_t str_hash(Value s);
bool str_eq(Value a, Value b);
bool str_eq_cstr(Value s, const char *c);
const char *str_cstr(Value s);                          /* the NUL-terminated data */

/* A growable byte buffer for building strings (malloc'ed, not a GC object). */
typedef struct StrBuf {
    char *data;
    size_t len, cap;
    bool failed;              /* an allocation failed */
} StrBuf;

void sb_init(StrBuf *sb);
void sb_add(StrBuf *sb, const char *s, size_t n);
void sb_adds(StrBuf *sb, const char *s);
void sb_addc(StrBuf *sb, char c);
void sb_addf(StrBuf *sb, const char *fmt, ...);        /* C printf formats */
void sb_add_codepoint(StrBuf *sb, uint32_t cp);
int sb_add_repr(VM *vm, StrBuf *sb, Value v);          /* repr(v); -1 on error */
int sb_add_str(VM *vm, StrBuf *sb, Value v);           /* str(v); -1 on error */
Value sb_finish(VM *vm, StrBuf *sb);                   /* a str; frees the buffer */
void sb_free(StrBuf *sb);

/* ---- bytes / bytearray ---- */

typedef struct BytesObj {
    Obj hdr;
    int64_t hash;
    size_t len;
    uint8_t data[];           /* NUL-terminated for convenience */
} BytesObj;

typedef struct ByteArrayObj {
    Obj hdr;
    size_t len, cap;
    uint8_t *data;
    int64_t exports;          /* live memoryviews */
} ByteArrayObj;

Value bytes_new(VM *vm, const void *data, size_t len);

/* ---- int (small ints are unboxed; see value.h) ---- */

typedef uint32_t Digit;       /* bigint limbs: base 2**32, little-endian */

typedef struct BigIntObj {
    Obj hdr;
    int32_t sign;             /* -1, 0 (never stored: 0 is a small int), 1 */
    uint32_t ndigits;
    Digit digits[];           /* magnitude; digits[ndigits-1] != 0 */
} BigIntObj;

Value int_from_i64(VM *vm, int64_t i);                 /* small or big */
Value int_from_u64(VM *vm, uint64_t u);
Value int_from_double(VM *vm, double d);               /* truncates; errors on inf/nan */
Value int_from_string(VM *vm, const char *s, size_t len, int base); /* int(s, base) rules */
bool val_is_intlike(Value v);                          /* int, bool, or an int subclass */
/* *out = v as int64_t; returns 0, or -1 with OverflowError when it does not fit */
int int_as_i64(VM *vm, Value v, int64_t *out);
double int_as_double(VM *vm, Value v, bool *overflow);

/* ---- float / complex ---- */

typedef struct ComplexObj {
    Obj hdr;
    double real, imag;
} ComplexObj;

Value complex_new(VM *vm, double real, double imag);

/* ---- tuple / list ---- */

typedef struct TupleObj {
    Obj hdr;
    int64_t hash;             /* -1: not computed */
    size_t len;
    Value items[];
} TupleObj;

typedef struct ListObj {
    Obj hdr;
    size_t len, cap;
    Value *items;
} ListObj;

static inline TupleObj *as_tuple(Value v) { return (TupleObj *)val_as_obj(v); }
static inline ListObj *as_list(Value v) { return (ListObj *)val_as_obj(v); }

Value tuple_new(VM *vm, size_t len);                    /* items set to None */
Value tuple_from(VM *vm, const Value *items, size_t len);
Value tuple_pack(VM *vm, int n, ...);                   /* n Values */
Value list_new(VM *vm, size_t len);                     /* items set to None */
Value list_from(VM *vm, const Value *items, size_t len);
int list_append(VM *vm, Value list, Value v);

/* ---- dict ---- */

typedef struct DictEntry {
    int64_t hash;
    Value key;                /* VAL_NULL: deleted */
    Value value;
} DictEntry;

typedef struct DictObj {
    Obj hdr;
    size_t used;              /* live entries */
    size_t nentries;          /* entries in use, deleted ones included */
    size_t cap;               /* capacity of entries */
    size_t nslots;            /* size of the index table, a power of two */
    int32_t *index;           /* slot -> entry index; -1 empty, -2 deleted */
    DictEntry *entries;       /* insertion order */
    uint64_t version;         /* bumped on every change (inline caches) */
} DictObj;

static inline DictObj *as_dict(Value v) { return (DictObj *)val_as_obj(v); }

Value dict_new(VM *vm);
Value dict_copy(VM *vm, Value d);                       /* a new dict (exact type) */
Value mappingproxy_new(VM *vm, Value mapping);          /* read-only view (type.__dict__) */
/* Returns the value, VAL_NULL when missing, VAL_ERROR when hashing or
** comparing the key failed. */
Value dict_get(VM *vm, Value d, Value key);
Value dict_get_str(VM *vm, Value d, Value interned_key); /* fast path for interned strs */
Value dict_get_cstr(VM *vm, Value d, const char *key);
int dict_set(VM *vm, Value d, Value key, Value v);
int dict_set_cstr(VM *vm, Value d, const char *key, Value v);
int dict_del(VM *vm, Value d, Value key);               /* 1 deleted, 0 missing, -1 error */
/* Iterate: for (size_t i = 0; dict_next(d, &i, &k, &v);) */
bool dict_next(Value d, size_t *pos, Value *key, Value *value);

/* ---- set ---- */

typedef struct SetObj {
    Obj hdr;
    int64_t hash;             /* frozenset: -1 not computed */
    size_t used, nentries, cap, nslots;
    int32_t *index;
    DictEntry *entries;       /* value unused */
} SetObj;

Value set_new(VM *vm, Type *t);                         /* set or frozenset */
int set_add(VM *vm, Value s, Value v);
int set_contains(VM *vm, Value s, Value v);

/* ---- code, function, cell, method ---- */

enum {
    CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200,
};

/* localspluskinds */
enum { CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40, CO_FAST_FREE = 0x80 };

typedef struct ExcTableEntry {
    uint32_t start, end;      /* instruction range [start, end) */
    uint32_t target;          /* handler */
    uint16_t depth;           /* stack depth to unwind to */
    uint8_t lasti;            /* push the faulting instruction index first */
} ExcTableEntry;

typedef struct Position {
    int32_t lineno, end_lineno;
    int32_t col, end_col;     /* UTF-8 byte offsets; -1 unknown */
} Position;

typedef struct CodeObj {
    Obj hdr;
    uint32_t *code;           /* instructions (malloc'ed) */
    uint32_t ncode;
    Position *positions;      /* one per instruction (malloc'ed) */
    ExcTableEntry *exctable;  /* sorted by start (malloc'ed) */
    uint32_t nexctable;
    Value consts;             /* tuple */
    Value names;              /* tuple of interned strs */
    Value localsplusnames;    /* tuple: locals (args first), then cells, then frees */
    uint8_t *localspluskinds; /* CO_FAST_* per localsplus slot (malloc'ed) */
    int nlocalsplus;
    int nlocals;              /* plain locals (args included) */
    int ncellvars, nfreevars;
    int argcount, posonlyargcount, kwonlyargcount;
    int stacksize;
    uint32_t flags;           /* CO_* */
    int firstlineno;
    Value name, qualname, filename; /* strs */
    Value source;             /* the source text (str) for tracebacks, or VAL_NULL */
    Value docstring;          /* unused by the VM; for reference */
} CodeObj;

/* A code object with everything empty; the compiler fills it in. */
Value code_new(VM *vm);
int code_line_of(CodeObj *co, uint32_t ip);   /* source line of instruction ip */

typedef struct FuncObj {
    Obj hdr;
    Value code;
    Value globals;            /* dict */
    Value builtins;           /* dict */
    Value name, qualname;
    Value defaults;           /* tuple or VAL_NULL */
    Value kwdefaults;         /* dict or VAL_NULL */
    Value closure;            /* tuple of cells or VAL_NULL */
    Value doc, module, annotations, dict;
} FuncObj;

typedef struct CellObj {
    Obj hdr;
    Value ref;                /* VAL_NULL: empty */
} CellObj;

typedef struct MethodObj {    /* a bound method */
    Obj hdr;
    Value func, self;
} MethodObj;

typedef struct NativeFuncObj { /* a built-in function or a method bound to self */
    Obj hdr;
    const MethodDef *def;
    Value self;               /* VAL_NULL for plain functions */
    Value module;
} NativeFuncObj;

typedef struct MethodDescrObj { /* a built-in type's method, unbound */
    Obj hdr;
    const MethodDef *def;
    Type *owner;
} MethodDescrObj;

typedef struct GetSetDescrObj {
    Obj hdr;
    const GetSetDef *def;
    Type *owner;
} GetSetDescrObj;

Value func_new(VM *vm, Value code, Value globals);
Value staticmethod_new(VM *vm, Value f);
Value classmethod_new(VM *vm, Value f);
bool val_is_typeobj(Value v);                           /* a type (or metaclass instance) */
Value cell_new(VM *vm, Value ref);
Value method_new(VM *vm, Value func, Value self);
Value native_func_new(VM *vm, const MethodDef *def, Value self, Value module);

/* ---- module ---- */

typedef struct ModuleObj {
    Obj hdr;
    Value dict;
    Value name;
} ModuleObj;

Value module_new(VM *vm, Value name);

/* ---- exceptions ---- */

typedef struct ExcObj {
    Obj hdr;
    Value args;               /* tuple */
    Value traceback;          /* traceback object or None */
    Value cause, context;     /* exceptions or None */
    bool suppress_context;
    Value dict;               /* other attributes (StopIteration.value, ...) */
} ExcObj;

typedef struct TracebackObj {
    Obj hdr;
    Value next;               /* traceback or None */
    Value code;               /* the frame's code object */
    uint32_t lasti;           /* instruction index */
    int lineno;
    Value frame;              /* tb_frame: a frame object or None */
} TracebackObj;

#define EXCEPTION_LIST(X) \
    X(BaseException, object) X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) X(GeneratorExit, BaseException) \
    X(Exception, BaseException) X(StopIteration, Exception) \
    X(StopAsyncIteration, Exception) X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) X(AssertionError, Exception) \
    X(AttributeError, Exception) X(BufferError, Exception) \
    X(EOFError, Exception) X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) X(LookupError, Exception) \
    X(IndexError, LookupError) X(KeyError, LookupError) \
    X(MemoryError, Exception) X(NameError, Exception) \
    X(UnboundLocalError, NameError) X(OSError, Exception) \
    X(FileExistsError, OSError) X(FileNotFoundError, OSError) \
    X(IsADirectoryError, OSError) X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) X(TimeoutError, OSError) \
    X(ReferenceError, Exception) X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) X(RecursionError, RuntimeError) \
    X(SyntaxError, Exception) X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) X(SystemError, Exception) \
    X(TypeError, Exception) X(ValueError, Exception) \
    X(UnicodeError, ValueError) X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) X(Warning, Exception) \
    X(DeprecationWarning, Warning) X(RuntimeWarning, Warning) \
    X(UserWarning, Warning) X(SyntaxWarning, Warning) \
    X(BlockingIOError, OSError) X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) X(InterruptedError, OSError) \
    X(ProcessLookupError, OSError) X(UnicodeTranslateError, UnicodeError) \
    X(PendingDeprecationWarning, Warning) X(FutureWarning, Warning) \
    X(ImportWarning, Warning) X(UnicodeWarning, Warning) \
    X(BytesWarning, Warning) X(ResourceWarning, Warning) \
    X(EncodingWarning, Warning)

#define DECLARE_EXC(name, base) extern Type type_##name;
EXCEPTION_LIST(DECLARE_EXC)
#undef DECLARE_EXC

static inline ExcObj *as_exc(Value v) { return (ExcObj *)val_as_obj(v); }
static inline bool val_is_exc(Value v) {
    return val_is_obj(v) && (val_as_obj(v)->type->flags & TYPE_EXC_SUBCLASS);
}

/* Make an exception instance of [t] with args (a tuple). */
Value exc_new(VM *vm, Type *t, Value args);

/* ---- generic protocols (objects/abstract.c) ---- */

Value obj_repr(VM *vm, Value v);
Value obj_str(VM *vm, Value v);
Value obj_ascii(VM *vm, Value v);
int64_t obj_hash(VM *vm, Value v);                       /* -1: error */
int obj_truthy(VM *vm, Value v);                         /* 1, 0, -1 */
Value obj_richcompare(VM *vm, Value a, Value b, int op); /* a Value (usually a bool) */
int obj_eq(VM *vm, Value a, Value b);                    /* 1, 0, -1 (identity first) */
int obj_compare_bool(VM *vm, Value a, Value b, int op);  /* 1, 0, -1 */
Value obj_getattr(VM *vm, Value o, Value name);          /* raises AttributeError */
Value obj_getattr_cstr(VM *vm, Value o, const char *name);
Value obj_lookup_attr(VM *vm, Value o, Value name);      /* VAL_NULL if missing, no error */
int obj_setattr(VM *vm, Value o, Value name, Value v);   /* v VAL_NULL: delete */
Value obj_call(VM *vm, Value callable, Value *args, int nargs, Value kwnames);
Value obj_call0(VM *vm, Value callable);
Value obj_call1(VM *vm, Value callable, Value a);
Value obj_call2(VM *vm, Value callable, Value a, Value b);
Value obj_call_method(VM *vm, Value o, const char *name, Value *args, int nargs);
Value obj_getitem(VM *vm, Value o, Value key);
int obj_setitem(VM *vm, Value o, Value key, Value v);    /* v VAL_NULL: delete */
Value obj_iter(VM *vm, Value o);
Value obj_next(VM *vm, Value it);                        /* VAL_NULL: exhausted */
int64_t obj_len(VM *vm, Value o);                        /* -1: error */
int obj_contains(VM *vm, Value container, Value item);   /* 1, 0, -1 */
Value obj_binary_op(VM *vm, Value a, Value b, int op);   /* op: BINOP_* (in-place too) */
Value obj_unary_op(VM *vm, Value v, int opcode);         /* OP_UNARY_* */
Value obj_index(VM *vm, Value v);                        /* __index__: an int */
int obj_index_i64(VM *vm, Value v, int64_t *out, Type *err_type); /* err_type: raised on overflow (NULL: clamp) */
Value obj_type_lookup(Type *t, Value name);              /* name along the MRO, VAL_NULL if missing */
Value obj_format(VM *vm, Value v, Value spec);           /* format(v, spec) */

Value seqiter_new(VM *vm, Value seq);                   /* iter() over __getitem__ */
Value calliter_new(VM *vm, Value callable, Value sentinel); /* iter(f, sentinel) */

/* A tuple or list: its items and length, without copying. */
bool seq_fast(Value v, Value **items, size_t *len);
/* Any iterable into a new list. */
Value seq_to_list(VM *vm, Value iterable);
Value seq_to_tuple(VM *vm, Value iterable);

#endif
