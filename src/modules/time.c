/*
** time.c -- the time module: clocks (clock_gettime, which wasi-libc has
** too), sleep (a wait the host serves when the task can suspend, else a
** blocking sleep in slices that an interrupt can cut short), struct_time,
** and the calendar functions. Calendar arithmetic and strftime are done
** here, in the C locale, so the native and web builds agree; only local
** time on the native build asks the C library (the web build is UTC).
*/
#define _DEFAULT_SOURCE 1   /* tm_gmtoff, tm_zone, localtime_r, nanosleep */

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "modules/modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "runtime/import.h"
#include "runtime/typeobject.h"

#if defined(__wasi__) || defined(PIPIT_TIME_UTC_ONLY)
#define TIME_UTC_ONLY 1
#else
#define TIME_UTC_ONLY 0
#endif

/* ---- clocks ---- */

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) return 0;
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static double clock_seconds(clockid_t id) {
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) return 0.0;
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#ifdef CLOCK_PROCESS_CPUTIME_ID
#define CPU_CLOCK CLOCK_PROCESS_CPUTIME_ID
#else
#define CPU_CLOCK CLOCK_MONOTONIC
#endif

#ifdef CLOCK_THREAD_CPUTIME_ID
#define THREAD_CLOCK CLOCK_THREAD_CPUTIME_ID
#else
#define THREAD_CLOCK CPU_CLOCK
#endif

#define CLOCK_FUNCS(name, id)                                                              \
    static Value time_##name(VM *vm, Value *args, int nargs, Value kwnames) {              \
        if (vm_check_args(vm, "time." #name, nargs, kwnames, 0, 0) < 0) return VAL_ERROR;           \
        return val_from_float(clock_seconds(id));                                          \
    }                                                                                      \
    static Value time_##name##_ns(VM *vm, Value *args, int nargs, Value kwnames) {         \
        if (vm_check_args(vm, "time." #name "_ns", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;     \
        return int_from_i64(vm, clock_ns(id));                                             \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CPU_CLOCK)
CLOCK_FUNCS(thread_time, THREAD_CLOCK)

/* clock_gettime and friends take CPython's (Linux's) clock numbers. */
typedef struct ClockName {
    const char *name;
    int number;
    clockid_t id;
} ClockName;

static const ClockName clock_names[] = {
    {"CLOCK_REALTIME", 0, CLOCK_REALTIME},
    {"CLOCK_MONOTONIC", 1, CLOCK_MONOTONIC},
    {"CLOCK_PROCESS_CPUTIME_ID", 2, CPU_CLOCK},
    {"CLOCK_THREAD_CPUTIME_ID", 3, THREAD_CLOCK},
#ifdef CLOCK_MONOTONIC_RAW
    {"CLOCK_MONOTONIC_RAW", 4, CLOCK_MONOTONIC_RAW},
#endif
#ifdef CLOCK_BOOTTIME
    {"CLOCK_BOOTTIME", 7, CLOCK_BOOTTIME},
#endif
#ifdef CLOCK_TAI
    {"CLOCK_TAI", 11, CLOCK_TAI},
#endif
};

#define NCLOCKS (sizeof clock_names / sizeof clock_names[0])

/* The clock named by a clock_gettime argument; -1 with OSError(EINVAL). */
static int clock_arg(VM *vm, const char *fname, Value *args, int nargs, Value kwnames,
                     clockid_t *out) {
    if (vm_check_args(vm, fname, nargs, kwnames, 1, 1) < 0) return -1;
    int64_t n;
    if (obj_index_i64(vm, args[0], &n, &type_OverflowError) < 0) return -1;
    for (size_t i = 0; i < NCLOCKS; i++)
        if (clock_names[i].number == n) {
            *out = clock_names[i].id;
            return 0;
        }
    vm_raise(vm, &type_OSError, "[Errno 22] Invalid argument");
    return -1;
}

static Value time_clock_gettime(VM *vm, Value *args, int nargs, Value kwnames) {
    clockid_t id;
    if (clock_arg(vm, "clock_gettime", args, nargs, kwnames, &id) < 0) return VAL_ERROR;
    return val_from_float(clock_seconds(id));
}

static Value time_clock_gettime_ns(VM *vm, Value *args, int nargs, Value kwnames) {
    clockid_t id;
    if (clock_arg(vm, "clock_gettime_ns", args, nargs, kwnames, &id) < 0) return VAL_ERROR;
    return int_from_i64(vm, clock_ns(id));
}

static Value time_clock_getres(VM *vm, Value *args, int nargs, Value kwnames) {
    clockid_t id;
    if (clock_arg(vm, "clock_getres", args, nargs, kwnames, &id) < 0) return VAL_ERROR;
    struct timespec ts = {0, 1};
    clock_getres(id, &ts);
    return val_from_float((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

/* ---- sleep ---- */

/* A seconds argument as CPython reads one: a float (not NaN) or an int
** (__index__). */
static int seconds_arg(VM *vm, Value v, double *out) {
    if (float_check(v)) {
        *out = float_value(v);
        if (isnan(*out)) {
            vm_raise(vm, &type_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        return 0;
    }
    Value i = obj_index(vm, v);
    if (val_is_error(i)) return -1;
    bool overflow;
    *out = int_as_double(vm, i, &overflow);
    if (overflow) {
        vm_raise(vm, &type_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    return 0;
}

#define SLEEP_SLICE 0.05   /* seconds between checks for an interrupt */

/* Block for [seconds], waking every slice to honour pipit_interrupt. */
static Value sleep_blocking(VM *vm, double seconds) {
    double deadline = clock_seconds(CLOCK_MONOTONIC) + seconds;
    for (;;) {
        if (vm->interrupt) {
            vm->interrupt = 0;
            return vm_raise_value(vm, val_from_obj(&type_KeyboardInterrupt));
        }
        double left = deadline - clock_seconds(CLOCK_MONOTONIC);
        if (left <= 0) return VAL_NONE;
        if (left > SLEEP_SLICE) left = SLEEP_SLICE;
        struct timespec ts;
        ts.tv_sec = (time_t)left;
        ts.tv_nsec = (long)((left - (double)ts.tv_sec) * 1e9);
        nanosleep(&ts, NULL);
    }
}

static Value time_sleep(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "time.sleep", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double seconds;
    if (seconds_arg(vm, args[0], &seconds) < 0) return VAL_ERROR;
    if (seconds < 0) return vm_raise(vm, &type_ValueError, "sleep length must be non-negative");
    if (vm_can_suspend(vm)) return vm_suspend(vm, PIPIT_WAIT_SLEEP, seconds, VAL_NULL);
    return sleep_blocking(vm, seconds);
}

/* ---- calendar arithmetic (proleptic Gregorian, any year) ---- */

/* The broken-down time that struct_time holds, with CPython's field
** conventions: mon 1-12, wday Monday = 0, yday 1-366. */
typedef struct BrokenTime {
    int64_t year;
    int mon, mday, hour, min, sec, wday, yday, isdst;
    Value zone;               /* str or VAL_NULL */
    Value gmtoff;             /* int or VAL_NULL */
} BrokenTime;

static int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

static bool is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static const int days_before_month[2][13] = {
    {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
    {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366},
};

/* Days from 1970-01-01 to [y]-01-01. */
static int64_t days_before_year(int64_t y) {
    int64_t p = y - 1;
    return 365 * (y - 1970) + (floor_div(p, 4) - floor_div(p, 100) + floor_div(p, 400)) -
           (1969 / 4 - 1969 / 100 + 1969 / 400);
}

#if TIME_UTC_ONLY
/* Days from 1970-01-01 to the date: months outside 1..12 carry into years. */
static int64_t days_from_civil(int64_t y, int64_t mon, int64_t mday) {
    y += floor_div(mon - 1, 12);
    mon = mon - 1 - floor_div(mon - 1, 12) * 12;
    return days_before_year(y) + days_before_month[is_leap(y)][mon] + mday - 1;
}
#endif

/* The UTC broken-down time of [t] seconds since the epoch. */
static void civil_from_seconds(int64_t t, BrokenTime *bt) {
    int64_t days = floor_div(t, 86400), secs = t - days * 86400;
    bt->hour = (int)(secs / 3600);
    bt->min = (int)(secs / 60 % 60);
    bt->sec = (int)(secs % 60);
    bt->wday = (int)(((days % 7) + 7 + 3) % 7);   /* 1970-01-01 was a Thursday */
    int64_t y = 1970 + floor_div(days * 400, 146097);
    while (days_before_year(y) > days) y--;
    while (days_before_year(y + 1) <= days) y++;
    int yday = (int)(days - days_before_year(y));
    int leap = is_leap(y), m = 1;
    while (m < 12 && days_before_month[leap][m] <= yday) m++;
    bt->year = y;
    bt->mon = m;
    bt->mday = yday - days_before_month[leap][m - 1] + 1;
    bt->yday = yday + 1;
    bt->isdst = 0;
    bt->zone = VAL_NULL;
    bt->gmtoff = VAL_NULL;
}

/* ---- struct_time ---- */

#define ST_FIELDS 11          /* 9 visible as a tuple, then tm_zone, tm_gmtoff */
#define ST_VISIBLE 9

static const char *const st_field_names[ST_FIELDS] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
    "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

static Value struct_time_getattr(VM *vm, Value self, Value name);
static Value struct_time_repr(VM *vm, Value self);
static Value struct_time_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames);
static void struct_time_traverse(Obj *o, GCVisitor *gv);

static Type type_struct_time = {
    .hdr = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "time.struct_time",
    .base = &type_tuple,
    .flags = TYPE_TUPLE_SUBCLASS,
    .getattr = struct_time_getattr,
    .repr = struct_time_repr,
    .new_ = struct_time_new,
    .traverse = struct_time_traverse,
};

/* The hidden fields live after the 9 visible items of the tuple. */
static void struct_time_traverse(Obj *o, GCVisitor *gv) {
    TupleObj *t = (TupleObj *)o;
    for (int i = 0; i < ST_FIELDS; i++) gc_visit(gv, t->items[i]);
}

static Value struct_time_make(VM *vm, const Value *items) {
    TupleObj *t = gc_alloc(vm, &type_struct_time, sizeof(TupleObj) + ST_FIELDS * sizeof(Value));
    if (!t) return VAL_ERROR;
    t->hash = -1;
    t->len = ST_VISIBLE;
    memcpy(t->items, items, ST_FIELDS * sizeof(Value));
    return val_from_obj(t);
}

static Value struct_time_from(VM *vm, const BrokenTime *bt) {
    Value items[ST_FIELDS];
    items[0] = int_from_i64(vm, bt->year);
    if (val_is_error(items[0])) return VAL_ERROR;
    int small[8] = {bt->mon, bt->mday, bt->hour, bt->min, bt->sec, bt->wday, bt->yday, bt->isdst};
    for (int i = 0; i < 8; i++) items[i + 1] = val_from_small(small[i]);
    items[9] = val_is_null(bt->zone) ? VAL_NONE : bt->zone;
    items[10] = val_is_null(bt->gmtoff) ? VAL_NONE : bt->gmtoff;
    return struct_time_make(vm, items);
}

static Value struct_time_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"sequence", "dict", NULL};
    Value a[2];
    if (vm_parse_args(vm, "struct_time", args, nargs, kwnames, names, 1, 0, a) < 0)
        return VAL_ERROR;
    Value seq = seq_to_tuple(vm, a[0]);
    if (val_is_error(seq)) return seq;
    size_t n = as_tuple(seq)->len;
    if (n < ST_VISIBLE)
        return vm_raise(vm, &type_TypeError,
                        "time.struct_time() takes an at least 9-sequence (%d-sequence given)",
                        (int)n);
    if (n > ST_FIELDS)
        return vm_raise(vm, &type_TypeError,
                        "time.struct_time() takes an at most 11-sequence (%d-sequence given)",
                        (int)n);
    Value items[ST_FIELDS];
    for (size_t i = 0; i < ST_FIELDS; i++) items[i] = i < n ? as_tuple(seq)->items[i] : VAL_NONE;
    return struct_time_make(vm, items);
}

static Value struct_time_getattr(VM *vm, Value self, Value name) {
    if (val_is_str(name)) {
        TupleObj *t = as_tuple(self);
        for (int i = 0; i < ST_FIELDS; i++)
            if (str_eq_cstr(name, st_field_names[i])) return t->items[i];
    }
    return object_generic_getattr(vm, self, name);
}

static Value struct_time_repr(VM *vm, Value self) {
    TupleObj *t = as_tuple(self);
    StrBuf sb;
    sb_init(&sb);
    sb_adds(&sb, "time.struct_time(");
    for (int i = 0; i < ST_VISIBLE; i++) {
        if (i) sb_adds(&sb, ", ");
        sb_adds(&sb, st_field_names[i]);
        sb_addc(&sb, '=');
        if (sb_add_repr(vm, &sb, t->items[i]) < 0) {
            sb_free(&sb);
            return VAL_ERROR;
        }
    }
    sb_addc(&sb, ')');
    return sb_finish(vm, &sb);
}

/* ---- timestamps to broken-down time ---- */

/* A timestamp argument (absent or None: now), floored to whole seconds. */
static int timestamp_arg(VM *vm, Value *args, int nargs, int64_t *out) {
    if (nargs == 0 || val_is_none(args[0])) {
        *out = floor_div(clock_ns(CLOCK_REALTIME), 1000000000);
        return 0;
    }
    Value v = args[0];
    if (float_check(v)) {
        double d = float_value(v);
        if (isnan(d)) {
            vm_raise(vm, &type_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) goto overflow;
        *out = (int64_t)d;
        return 0;
    }
    Value i = obj_index(vm, v);
    if (val_is_error(i)) return -1;
    if (int_as_i64(vm, i, out) == 0) return 0;
    vm_clear_exc(vm);
overflow:
    vm_raise(vm, &type_OverflowError, "timestamp out of range for platform time_t");
    return -1;
}

/* Years beyond what an int holds cannot be a C struct tm (CPython fails there too). */
static int check_year_range(VM *vm, const BrokenTime *bt) {
    if (bt->year - 1900 > INT_MAX || bt->year - 1900 < INT_MIN) {
        vm_raise(vm, &type_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    return 0;
}

static int utc_time(VM *vm, int64_t t, BrokenTime *bt) {
    civil_from_seconds(t, bt);
    if (check_year_range(vm, bt) < 0) return -1;
    bt->zone = str_from_cstr(vm, TIME_UTC_ONLY ? "UTC" : "GMT");
    if (val_is_error(bt->zone)) return -1;
    bt->gmtoff = val_from_small(0);
    return 0;
}

#if TIME_UTC_ONLY
static int local_time(VM *vm, int64_t t, BrokenTime *bt) { return utc_time(vm, t, bt); }
#else
static int local_time(VM *vm, int64_t t, BrokenTime *bt) {
    time_t tt = (time_t)t;
    struct tm tm;
    if ((int64_t)tt != t || !localtime_r(&tt, &tm)) {
        vm_raise(vm, &type_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    bt->year = (int64_t)tm.tm_year + 1900;
    bt->mon = tm.tm_mon + 1;
    bt->mday = tm.tm_mday;
    bt->hour = tm.tm_hour;
    bt->min = tm.tm_min;
    bt->sec = tm.tm_sec;
    bt->wday = (tm.tm_wday + 6) % 7;
    bt->yday = tm.tm_yday + 1;
    bt->isdst = tm.tm_isdst;
    bt->zone = str_from_cstr(vm, tm.tm_zone ? tm.tm_zone : "");
    if (val_is_error(bt->zone)) return -1;
    bt->gmtoff = int_from_i64(vm, (int64_t)tm.tm_gmtoff);
    return val_is_error(bt->gmtoff) ? -1 : 0;
}
#endif

static Value time_gmtime(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "gmtime", nargs, kwnames, 0, 1) < 0) return VAL_ERROR;
    int64_t t;
    BrokenTime bt;
    if (timestamp_arg(vm, args, nargs, &t) < 0 || utc_time(vm, t, &bt) < 0) return VAL_ERROR;
    return struct_time_from(vm, &bt);
}

static Value time_localtime(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "localtime", nargs, kwnames, 0, 1) < 0) return VAL_ERROR;
    int64_t t;
    BrokenTime bt;
    if (timestamp_arg(vm, args, nargs, &t) < 0 || local_time(vm, t, &bt) < 0) return VAL_ERROR;
    return struct_time_from(vm, &bt);
}

/* ---- time tuples to broken-down time ---- */

/* A 9-tuple or struct_time argument into *bt ("illegal time tuple" errors
** name [fname]). wday is kept in Python's convention but reduced as C's
** (wday + 1) % 7 would be, so that its checks match CPython's. */
static int time_tuple_arg(VM *vm, const char *fname, Value v, BrokenTime *bt) {
    if (!val_isinstance(v, &type_tuple)) {
        vm_raise(vm, &type_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    TupleObj *t = as_tuple(v);
    if (t->len != ST_VISIBLE) {
        vm_raise(vm, &type_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int64_t f[ST_VISIBLE];
    for (int i = 0; i < ST_VISIBLE; i++) {
        if (obj_index_i64(vm, t->items[i], &f[i], &type_OverflowError) < 0) return -1;
        if (i > 0 && (f[i] > INT_MAX || f[i] < INT_MIN)) {
            vm_raise(vm, &type_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
    }
    bt->year = f[0];
    bt->mon = (int)f[1];
    bt->mday = (int)f[2];
    bt->hour = (int)f[3];
    bt->min = (int)f[4];
    bt->sec = (int)f[5];
    bt->wday = (int)f[6];
    bt->yday = (int)f[7];
    bt->isdst = (int)f[8];
    bt->zone = VAL_NULL;
    bt->gmtoff = VAL_NULL;
    if (val_is_type(v, &type_struct_time)) {
        if (!val_is_none(t->items[9])) bt->zone = t->items[9];
        if (!val_is_none(t->items[10])) bt->gmtoff = t->items[10];
    }
    return 0;
}

static int range_error(VM *vm, const char *what) {
    vm_raise(vm, &type_ValueError, "%s out of range", what);
    return -1;
}

/* CPython's checktm: normalise the zero defaults, reject the rest. */
static int check_time_tuple(VM *vm, BrokenTime *bt) {
    if (bt->mon == 0) bt->mon = 1;
    else if (bt->mon < 1 || bt->mon > 12) return range_error(vm, "month");
    if (bt->mday == 0) bt->mday = 1;
    else if (bt->mday < 0 || bt->mday > 31) return range_error(vm, "day of month");
    if (bt->hour < 0 || bt->hour > 23) return range_error(vm, "hour");
    if (bt->min < 0 || bt->min > 59) return range_error(vm, "minute");
    if (bt->sec < 0 || bt->sec > 61) return range_error(vm, "seconds");
    if ((bt->wday + 1) % 7 < 0) return range_error(vm, "day of week");
    bt->wday = ((bt->wday % 7) + 7) % 7;
    if (bt->yday == 0) bt->yday = 1;
    else if (bt->yday < 0 || bt->yday > 366) return range_error(vm, "day of year");
    if (bt->isdst < -1) bt->isdst = -1;
    else if (bt->isdst > 1) bt->isdst = 1;
    return 0;
}

/* The optional time-tuple argument of strftime/asctime (default: now, local). */
static int time_tuple_or_now(VM *vm, const char *fname, Value *args, int nargs, int i,
                             BrokenTime *bt) {
    if (nargs <= i) {
        int64_t t = floor_div(clock_ns(CLOCK_REALTIME), 1000000000);
        return local_time(vm, t, bt);
    }
    if (time_tuple_arg(vm, fname, args[i], bt) < 0) return -1;
    return check_time_tuple(vm, bt);
}

/* ---- formatting ---- */

static const char *const wday_abbr[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
static const char *const wday_full[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
static const char *const mon_abbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const mon_full[] = {"January", "February", "March", "April", "May", "June",
                                       "July", "August", "September", "October", "November",
                                       "December"};

static int64_t mod_floor(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

/* ISO 8601 week-numbering: *iso_year and the week (1-53) of the date. */
static int iso_week(const BrokenTime *bt, int64_t *iso_year) {
    int yday0 = bt->yday - 1;
    int week = (yday0 - bt->wday + 10) / 7;
    int64_t y = bt->year;
    if (week < 1) {
        y--;
        int prev_days = is_leap(y) ? 366 : 365;
        week = (yday0 + prev_days - bt->wday + 10) / 7;
    } else {
        int days = is_leap(y) ? 366 : 365;
        /* the week belongs to next year when its Thursday does */
        if (yday0 - bt->wday + 3 >= days) {
            y++;
            week = 1;
        }
    }
    *iso_year = y;
    return week;
}

static void zone_text(const BrokenTime *bt, char *buf, size_t size);
static void gmtoff_text(const BrokenTime *bt, char *buf, size_t size);

/* One directive's value: a number with its default width and padding, or
** text. Flags (glibc's - _ 0 ^ #) and a width may change both. */
typedef struct Piece {
    bool numeric;
    int64_t num;
    int width;
    char pad;
    char text[64];
} Piece;

static void numeric(Piece *p, int64_t num, int width, char pad) {
    p->numeric = true;
    p->num = num;
    p->width = width;
    p->pad = pad;
}

static void text(Piece *p, const char *s) {
    p->numeric = false;
    snprintf(p->text, sizeof p->text, "%s", s);
}

/* The value of directive [c]; false when it is not one we know. */
static bool directive_piece(char c, const BrokenTime *bt, Piece *p) {
    int hour12 = bt->hour % 12 == 0 ? 12 : bt->hour % 12;
    int64_t iso_year;
    switch (c) {
    case 'a': text(p, wday_abbr[bt->wday]); break;
    case 'A': text(p, wday_full[bt->wday]); break;
    case 'b': case 'h': text(p, mon_abbr[bt->mon - 1]); break;
    case 'B': text(p, mon_full[bt->mon - 1]); break;
    case 'p': text(p, bt->hour < 12 ? "AM" : "PM"); break;
    case 'n': text(p, "\n"); break;
    case 't': text(p, "\t"); break;
    case '%': text(p, "%"); break;
    case 'Z': p->numeric = false; zone_text(bt, p->text, sizeof p->text); break;
    case 'z': p->numeric = false; gmtoff_text(bt, p->text, sizeof p->text); break;
    case 'C': numeric(p, floor_div(bt->year, 100), 1, '0'); break;
    case 'd': numeric(p, bt->mday, 2, '0'); break;
    case 'e': numeric(p, bt->mday, 2, ' '); break;
    case 'H': numeric(p, bt->hour, 2, '0'); break;
    case 'I': numeric(p, hour12, 2, '0'); break;
    case 'j': numeric(p, bt->yday, 3, '0'); break;
    case 'k': numeric(p, bt->hour, 2, ' '); break;
    case 'l': numeric(p, hour12, 2, ' '); break;
    case 'm': numeric(p, bt->mon, 2, '0'); break;
    case 'M': numeric(p, bt->min, 2, '0'); break;
    case 'S': numeric(p, bt->sec, 2, '0'); break;
    case 'u': numeric(p, bt->wday + 1, 1, '0'); break;
    case 'w': numeric(p, (bt->wday + 1) % 7, 1, '0'); break;
    case 'U': numeric(p, (bt->yday - 1 + 7 - (bt->wday + 1) % 7) / 7, 2, '0'); break;
    case 'W': numeric(p, (bt->yday - 1 + 7 - bt->wday) / 7, 2, '0'); break;
    case 'V': numeric(p, iso_week(bt, &iso_year), 2, '0'); break;
    case 'G': iso_week(bt, &iso_year); numeric(p, iso_year, 1, '0'); break;
    case 'g': iso_week(bt, &iso_year); numeric(p, mod_floor(iso_year, 100), 2, '0'); break;
    case 'y': numeric(p, mod_floor(bt->year, 100), 2, '0'); break;
    case 'Y': numeric(p, bt->year, 1, '0'); break;
    default: return false;
    }
    return true;
}

static void change_case(char *s, bool upper) {
    for (; *s; s++) {
        if (upper && *s >= 'a' && *s <= 'z') *s = (char)(*s - 32);
        if (!upper && *s >= 'A' && *s <= 'Z') *s = (char)(*s + 32);
    }
}

static void pad_to(StrBuf *sb, size_t len, int64_t width, char pad) {
    for (int64_t i = (int64_t)len; i < width; i++) sb_addc(sb, pad);
}

/* Append piece [p] under the flags: [flag] one of - _ 0 ^ # (or 0),
** [width] -1 when not given. */
static void add_piece(StrBuf *sb, Piece *p, char c, char flag, bool upper, int64_t width) {
    if (!p->numeric) {
        if (upper || (flag == '#' && strchr("aAbBh", c))) change_case(p->text, true);
        else if (flag == '#' && strchr("pZ", c)) change_case(p->text, false);
        size_t len = strlen(p->text);
        pad_to(sb, len, width, flag == '0' ? '0' : ' ');
        sb_adds(sb, p->text);
        return;
    }
    char digits[32];
    int n = snprintf(digits, sizeof digits, "%llu",
                     (unsigned long long)(p->num < 0 ? -(uint64_t)p->num : (uint64_t)p->num));
    int64_t w = width >= 0 ? width : p->width;
    char pad = flag == '_' ? ' ' : flag == '0' ? '0' : p->pad;
    if (flag == '-') {   /* no padding, unless a width asks for spaces */
        w = width;
        pad = ' ';
    }
    if (p->num < 0) {
        if (pad == '0') sb_addc(sb, '-');
        pad_to(sb, (size_t)n + 1, w, pad);
        if (pad != '0') sb_addc(sb, '-');
    } else {
        pad_to(sb, (size_t)n, w, pad);
    }
    sb_add(sb, digits, (size_t)n);
}

/* Composite directives, in the C locale. */
static const char *composite_directive(char c) {
    switch (c) {
    case 'c': return "%a %b %e %H:%M:%S %Y";
    case 'D': case 'x': return "%m/%d/%y";
    case 'F': return "%Y-%m-%d";
    case 'r': return "%I:%M:%S %p";
    case 'R': return "%H:%M";
    case 'T': case 'X': return "%H:%M:%S";
    default: return NULL;
    }
}

/* The conversions glibc accepts after E and O (others it copies as text). */
static bool modifier_allowed(char modifier, char c) {
    if (modifier == 'E') return strchr("cCnprRtTuxXyYzZ%", c) != NULL;
    if (modifier == 'O') return strchr("bBCdegGhHIjklmMnprRStTuUVwWyzZ%", c) != NULL;
    return true;
}

/* Parse and append the directive at fmt[i] (just after its '%'); returns
** the index past it. Unknown directives are copied as they are. */
static size_t format_one(StrBuf *sb, const char *fmt, size_t len, size_t i, const BrokenTime *bt) {
    size_t start = i - 1;
    char flag = 0;
    bool upper = false;
    int64_t width = -1;
    for (; i < len && strchr("-_0^#", fmt[i]); i++) {
        if (fmt[i] == '^') upper = true;
        else flag = fmt[i];
    }
    for (; i < len && fmt[i] >= '0' && fmt[i] <= '9'; i++)
        width = (width < 0 ? 0 : width) * 10 + (fmt[i] - '0');
    char modifier = 0;   /* E, O: the locale's alternatives, the same in the C locale */
    if (i < len && (fmt[i] == 'E' || fmt[i] == 'O')) modifier = fmt[i++];
    if (i == len) {
        sb_add(sb, fmt + start, len - start);
        return len;
    }
    char c = fmt[i++];
    const char *comp = composite_directive(c);
    Piece p;
    if (!modifier_allowed(modifier, c)) {
        pad_to(sb, i - start, width, flag == '0' ? '0' : ' ');
        sb_add(sb, fmt + start, i - start);
    } else if (comp) {
        StrBuf inner;
        sb_init(&inner);
        for (size_t j = 0; comp[j]; j++) {
            if (comp[j] == '%') j = format_one(&inner, comp, strlen(comp), j + 1, bt) - 1;
            else sb_addc(&inner, comp[j]);
        }
        p.numeric = false;
        snprintf(p.text, sizeof p.text, "%.*s", (int)inner.len, inner.data ? inner.data : "");
        sb_free(&inner);
        add_piece(sb, &p, c, flag, upper, width);
    } else if (directive_piece(c, bt, &p)) {
        add_piece(sb, &p, c, flag, upper, width);
    } else {
        pad_to(sb, i - start, width, flag == '0' ? '0' : ' ');
        sb_add(sb, fmt + start, i - start);
    }
    return i;
}

static void format_time(StrBuf *sb, const char *fmt, size_t len, const BrokenTime *bt) {
    for (size_t i = 0; i < len;) {
        if (fmt[i] == '%' && i + 1 < len)
            i = format_one(sb, fmt, len, i + 1, bt);
        else
            sb_addc(sb, fmt[i++]);
    }
}

/* ---- the time zone ---- */

typedef struct ZoneInfo {
    int64_t timezone, altzone;
    int daylight;
    char std_name[16], dst_name[16];
} ZoneInfo;

#if TIME_UTC_ONLY
static void zone_info(ZoneInfo *z) {
    memset(z, 0, sizeof *z);
    strcpy(z->std_name, "UTC");
    strcpy(z->dst_name, "UTC");
}
#else
/* As CPython does on glibc: sample January and July of this year; the
** zone with the larger offset west of UTC is standard time. */
static void zone_info(ZoneInfo *z) {
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    int year = tm.tm_year;
    struct tm jan = {.tm_year = year, .tm_mon = 0, .tm_mday = 1, .tm_isdst = -1};
    struct tm jul = {.tm_year = year, .tm_mon = 6, .tm_mday = 1, .tm_isdst = -1};
    time_t tjan = mktime(&jan), tjul = mktime(&jul);
    localtime_r(&tjan, &jan);
    localtime_r(&tjul, &jul);
    int64_t janzone = -(int64_t)jan.tm_gmtoff, julzone = -(int64_t)jul.tm_gmtoff;
    const char *janname = jan.tm_zone ? jan.tm_zone : "", *julname = jul.tm_zone ? jul.tm_zone : "";
    bool reversed = janzone < julzone;   /* the southern hemisphere */
    z->timezone = reversed ? julzone : janzone;
    z->altzone = reversed ? janzone : julzone;
    z->daylight = janzone != julzone;
    snprintf(z->std_name, sizeof z->std_name, "%s", reversed ? julname : janname);
    snprintf(z->dst_name, sizeof z->dst_name, "%s", reversed ? janname : julname);
}
#endif

static void zone_text(const BrokenTime *bt, char *buf, size_t size) {
    buf[0] = 0;
    if (!val_is_null(bt->zone) && val_is_str(bt->zone)) {
        snprintf(buf, size, "%s", str_cstr(bt->zone));
        return;
    }
    if (bt->isdst < 0) return;
    ZoneInfo z;
    zone_info(&z);
    snprintf(buf, size, "%s", bt->isdst > 0 ? z.dst_name : z.std_name);
}

static void gmtoff_text(const BrokenTime *bt, char *buf, size_t size) {
    buf[0] = 0;
    if (bt->isdst < 0) return;   /* unknown, as glibc has it */
    int64_t off = 0;
    if (!val_is_null(bt->gmtoff) && val_is_int(bt->gmtoff)) off = val_as_int(bt->gmtoff);
    char sign = off < 0 ? '-' : '+';
    if (off < 0) off = -off;
    snprintf(buf, size, "%c%02lld%02lld", sign, (long long)(off / 3600), (long long)(off / 60 % 60));
}

/* ---- strftime, asctime, ctime, mktime ---- */

static Value time_strftime(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "strftime", nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    if (!val_is_str(args[0]))
        return vm_raise(vm, &type_TypeError, "strftime() argument 1 must be str, not %s",
                        type_name(val_type(args[0])));
    BrokenTime bt;
    if (time_tuple_or_now(vm, "strftime", args, nargs, 1, &bt) < 0) return VAL_ERROR;
    StrBuf sb;
    sb_init(&sb);
    format_time(&sb, str_cstr(args[0]), as_str(args[0])->size, &bt);
    return sb_finish(vm, &sb);
}

static Value asctime_of(VM *vm, const BrokenTime *bt) {
    StrBuf sb;
    sb_init(&sb);
    sb_addf(&sb, "%s %s%3d %02d:%02d:%02d %lld", wday_abbr[bt->wday], mon_abbr[bt->mon - 1],
            bt->mday, bt->hour, bt->min, bt->sec, (long long)bt->year);
    return sb_finish(vm, &sb);
}

static Value time_asctime(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "asctime", nargs, kwnames, 0, 1) < 0) return VAL_ERROR;
    BrokenTime bt;
    if (time_tuple_or_now(vm, "asctime", args, nargs, 0, &bt) < 0) return VAL_ERROR;
    return asctime_of(vm, &bt);
}

static Value time_ctime(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "ctime", nargs, kwnames, 0, 1) < 0) return VAL_ERROR;
    int64_t t;
    BrokenTime bt;
    if (timestamp_arg(vm, args, nargs, &t) < 0 || local_time(vm, t, &bt) < 0) return VAL_ERROR;
    return asctime_of(vm, &bt);
}

#if TIME_UTC_ONLY
static int seconds_from_local(VM *vm, const BrokenTime *bt, double *out) {
    int64_t days = days_from_civil(bt->year, bt->mon, bt->mday);
    *out = (double)(days * 86400 + bt->hour * 3600 + bt->min * 60 + bt->sec);
    return 0;
}
#else
static int seconds_from_local(VM *vm, const BrokenTime *bt, double *out) {
    if (bt->year - 1900 > INT_MAX || bt->year - 1900 < INT_MIN) {
        vm_raise(vm, &type_OverflowError, "mktime argument out of range");
        return -1;
    }
    struct tm tm = {.tm_year = (int)(bt->year - 1900), .tm_mon = bt->mon - 1,
                    .tm_mday = bt->mday, .tm_hour = bt->hour, .tm_min = bt->min,
                    .tm_sec = bt->sec, .tm_isdst = bt->isdst, .tm_wday = -1,
                    .tm_yday = bt->yday - 1};
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        vm_raise(vm, &type_OverflowError, "mktime argument out of range");
        return -1;
    }
    *out = (double)t;
    return 0;
}
#endif

static Value time_mktime(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "time.mktime", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    BrokenTime bt;
    if (time_tuple_arg(vm, "mktime", args[0], &bt) < 0) return VAL_ERROR;
    double t;
    if (seconds_from_local(vm, &bt, &t) < 0) return VAL_ERROR;
    return val_from_float(t);
}

/* ---- the module ---- */

static Value time_tzset(VM *vm, Value *args, int nargs, Value kwnames);

static const MethodDef time_functions[] = {
    {"time", time_time, 0, NULL},
    {"time_ns", time_time_ns, 0, NULL},
    {"monotonic", time_monotonic, 0, NULL},
    {"monotonic_ns", time_monotonic_ns, 0, NULL},
    {"perf_counter", time_perf_counter, 0, NULL},
    {"perf_counter_ns", time_perf_counter_ns, 0, NULL},
    {"process_time", time_process_time, 0, NULL},
    {"process_time_ns", time_process_time_ns, 0, NULL},
    {"thread_time", time_thread_time, 0, NULL},
    {"thread_time_ns", time_thread_time_ns, 0, NULL},
    {"sleep", time_sleep, 0, NULL},
    {"gmtime", time_gmtime, 0, NULL},
    {"localtime", time_localtime, 0, NULL},
    {"mktime", time_mktime, 0, NULL},
    {"strftime", time_strftime, 0, NULL},
    {"asctime", time_asctime, 0, NULL},
    {"ctime", time_ctime, 0, NULL},
    {"clock_gettime", time_clock_gettime, 0, NULL},
    {"clock_gettime_ns", time_clock_gettime_ns, 0, NULL},
    {"clock_getres", time_clock_getres, 0, NULL},
    {"tzset", time_tzset, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int add_zone_data(VM *vm, Value d) {
    ZoneInfo z;
    zone_info(&z);
    Value names = tuple_pack(vm, 2, str_from_cstr(vm, z.std_name), str_from_cstr(vm, z.dst_name));
    if (val_is_error(names)) return -1;
    if (dict_set_cstr(vm, d, "tzname", names) < 0 ||
        dict_set_cstr(vm, d, "timezone", int_from_i64(vm, z.timezone)) < 0 ||
        dict_set_cstr(vm, d, "altzone", int_from_i64(vm, z.altzone)) < 0 ||
        dict_set_cstr(vm, d, "daylight", val_from_small(z.daylight)) < 0)
        return -1;
    return 0;
}

/* tzset(): re-read the zone (TZ) and update the module's zone data. */
static Value time_tzset(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "tzset", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
#if !TIME_UTC_ONLY
    tzset();
#endif
    Value m = dict_get_cstr(vm, vm->modules, "time");
    if (val_is_error(m)) return m;
    if (val_is_type(m, &type_module) && add_zone_data(vm, ((ModuleObj *)val_as_obj(m))->dict) < 0)
        return VAL_ERROR;
    return VAL_NONE;
}

static int add_clock_names(VM *vm, Value d) {
    for (size_t i = 0; i < NCLOCKS; i++)
        if (dict_set_cstr(vm, d, clock_names[i].name, val_from_small(clock_names[i].number)) < 0)
            return -1;
    return 0;
}

static int ready_struct_time(VM *vm) {
    if (type_ready(vm, &type_struct_time) < 0) return -1;
    Value d = type_struct_time.dict;
    if (dict_set_cstr(vm, d, "n_fields", val_from_small(ST_FIELDS)) < 0 ||
        dict_set_cstr(vm, d, "n_sequence_fields", val_from_small(ST_VISIBLE)) < 0 ||
        dict_set_cstr(vm, d, "n_unnamed_fields", val_from_small(0)) < 0)
        return -1;
    return 0;
}

Value time_module_init(VM *vm) {
    if (ready_struct_time(vm) < 0) return VAL_ERROR;
    Value m = native_module_new(vm, "time", time_functions);
    if (val_is_error(m)) return m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    if (dict_set_cstr(vm, d, "struct_time", val_from_obj(&type_struct_time)) < 0 ||
        add_zone_data(vm, d) < 0 || add_clock_names(vm, d) < 0)
        return VAL_ERROR;
    return m;
}
