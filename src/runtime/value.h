/*
** value.h -- the one value representation of the core: 64-bit NaN-boxing.
**
** A Value is a uint64_t. Any bit pattern whose top 16 bits are below 0xFFF9
** is an IEEE double (every NaN a float can hold is stored as the canonical
** quiet NaN 0x7FF8000000000000, so the patterns above stay free). Above that,
** the top 16 bits are a tag:
**
**   0xFFF9  small int, a 48-bit two's complement payload
**   0xFFFA  pointer to a heap object (Obj *)
**   0xFFFB  immediate: None, False, True, NotImplemented, Ellipsis, and the
**           two internal markers VAL_ERROR and VAL_NULL
**
** VAL_ERROR is what a failing function returns (the exception is pending in
** the VM); VAL_NULL marks an empty slot (an unbound local, a missing dict
** entry, the end of an iterator). Neither is ever visible to Python code.
*/
#ifndef PIPIT_VALUE_H
#define PIPIT_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t Value;
typedef struct Obj Obj;

#define VTAG_SHIFT 48
#define VTAG_INT 0xFFF9u
#define VTAG_OBJ 0xFFFAu
#define VTAG_IMM 0xFFFBu
#define VPAYLOAD_MASK ((UINT64_C(1) << 48) - 1)
#define VCANONICAL_NAN UINT64_C(0x7FF8000000000000)

#define VIMM(n) (((uint64_t)VTAG_IMM << VTAG_SHIFT) | (n))
#define VAL_NONE VIMM(0)
#define VAL_FALSE VIMM(1)
#define VAL_TRUE VIMM(2)
#define VAL_NOTIMPL VIMM(3)
#define VAL_ELLIPSIS VIMM(4)
#define VAL_ERROR VIMM(5)
#define VAL_NULL VIMM(6)

/* Small ints hold 48 bits; anything wider is a heap bigint. */
#define SMALLINT_MAX ((INT64_C(1) << 47) - 1)
#define SMALLINT_MIN (-(INT64_C(1) << 47))

static inline unsigned val_tag(Value v) { return (unsigned)(v >> VTAG_SHIFT); }

static inline bool val_is_float(Value v) { return v < ((uint64_t)VTAG_INT << VTAG_SHIFT); }
static inline bool val_is_int(Value v) { return val_tag(v) == VTAG_INT; }
static inline bool val_is_obj(Value v) { return val_tag(v) == VTAG_OBJ; }
static inline bool val_is_imm(Value v) { return val_tag(v) == VTAG_IMM; }

static inline bool val_is_none(Value v) { return v == VAL_NONE; }
static inline bool val_is_bool(Value v) { return v == VAL_TRUE || v == VAL_FALSE; }
static inline bool val_is_error(Value v) { return v == VAL_ERROR; }
static inline bool val_is_null(Value v) { return v == VAL_NULL; }

static inline double val_as_float(Value v) {
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}

static inline Value val_from_float(double d) {
    Value v;
    if (d != d) return VCANONICAL_NAN;
    memcpy(&v, &d, sizeof v);
    return v;
}

static inline int64_t val_as_int(Value v) { return ((int64_t)(v << 16)) >> 16; }

/* Only for values known to fit in SMALLINT range; see int_from_i64 otherwise. */
static inline Value val_from_small(int64_t i) {
    return ((uint64_t)i & VPAYLOAD_MASK) | ((uint64_t)VTAG_INT << VTAG_SHIFT);
}

static inline bool smallint_fits(int64_t i) { return i >= SMALLINT_MIN && i <= SMALLINT_MAX; }

static inline Obj *val_as_obj(Value v) { return (Obj *)(uintptr_t)(v & VPAYLOAD_MASK); }

static inline Value val_from_obj(const void *o) {
    return (uint64_t)(uintptr_t)o | ((uint64_t)VTAG_OBJ << VTAG_SHIFT);
}

static inline Value val_from_bool(bool b) { return b ? VAL_TRUE : VAL_FALSE; }

#endif
