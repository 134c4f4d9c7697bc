/*
** int.h -- the int type for the core's own use: the number slots (the VM's
** slow path when its small-int fast path does not apply), conversions and
** helpers for builtins (hex/oct/bin, round, int()) and other types.
** Every function accepts any int-like value (int, bool, int subclass
** instance) and returns exact ints in canonical form: a small int when the
** value fits in 48 bits, a BigIntObj otherwise.
*/
#ifndef PIPIT_INT_H
#define PIPIT_INT_H

#include "../runtime/vm.h"

extern NumberSlots int_number;

/* Number slots: VAL_NOTIMPL unless both operands are int-like. */
Value int_add(VM *vm, Value a, Value b);
Value int_sub(VM *vm, Value a, Value b);
Value int_mul(VM *vm, Value a, Value b);
Value int_truediv(VM *vm, Value a, Value b);
Value int_floordiv(VM *vm, Value a, Value b);
Value int_mod(VM *vm, Value a, Value b);
Value int_divmod(VM *vm, Value a, Value b);
Value int_pow(VM *vm, Value a, Value b, Value mod);  /* mod VAL_NONE: none */
Value int_lshift(VM *vm, Value a, Value b);
Value int_rshift(VM *vm, Value a, Value b);
Value int_and(VM *vm, Value a, Value b);
Value int_or(VM *vm, Value a, Value b);
Value int_xor(VM *vm, Value a, Value b);
Value int_neg(VM *vm, Value a);
Value int_pos(VM *vm, Value a);       /* also int(x) of an int subclass: the exact int */
Value int_abs(VM *vm, Value a);
Value int_invert(VM *vm, Value a);
Value int_float(VM *vm, Value a);     /* OverflowError "int too large to convert to float" */

Value int_richcompare(VM *vm, Value a, Value b, int op);
int64_t int_hash(VM *vm, Value a);
int int_bool(VM *vm, Value a);
Value int_repr(VM *vm, Value a);      /* decimal, honouring vm->int_max_str_digits */
/* The decimal text of x into buf (at least 21 bytes, not NUL-terminated); its length. */
size_t int_small_decimal(int64_t x, char *buf);

/* -1, 0, 1 comparing two int-like values. */
int int_compare(Value a, Value b);
/* -1, 0, 1: the sign of an int-like value. */
int int_sign(Value a);

/* The exact int with the value of int-like [a]. */
Value int_exact(VM *vm, Value a);

/* An int from a sign (-1, 0, 1) and a magnitude. */
Value int_from_digits(VM *vm, int sign, const Digit *d, size_t n);

/* "0x1f", "-0b101", "0o17": hex()/bin()/oct() of an int-like value
** (base 16, 2 or 8). */
Value int_to_base_string(VM *vm, Value a, int base);

/* int(x) for one argument (PyNumber_Long): __int__, __index__, __trunc__,
** float truncation, str/bytes/bytearray parsing. */
Value int_from_object(VM *vm, Value x);

/* int(s, base) of str/bytes text; [orig] is the object named in the error
** message ("invalid literal for int() with base 10: 'x'"). */
Value int_parse(VM *vm, const char *s, size_t len, int base, Value orig);

/* round(i, ndigits) for int-like i and ndigits (banker's rounding). */
Value int_round(VM *vm, Value a, Value ndigits);

/* Number of significant bits of |a|. */
uint64_t int_bit_length(Value a);

/* a / b as a correctly rounded double, both int-like; -1 with
** ZeroDivisionError or OverflowError pending. */
int int_true_divide_double(VM *vm, Value a, Value b, double *out);

#endif
