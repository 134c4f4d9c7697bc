/*
** test_dtoa.c -- our float<->text conversions against the C library's
** (glibc's printf and strtod are exact): shortest digits round-trip and are
** the shortest and closest, 'e'/'f'/'g' formatting is correctly rounded,
** parsing is correctly rounded, also on exact midpoints between doubles.
**
** usage: test_dtoa [iterations]   (default 100000)
*/
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/dtoa.h"

static int failures;
static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t rng(void) { /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Du;
}

static double random_double(void) {
    for (;;) {
        uint64_t u = rng();
        double x;
        switch (rng() % 4) {
        case 0: u &= ~(UINT64_C(0x7ff) << 52); break;          /* subnormal */
        case 1: u = (u & ~(UINT64_C(0x7ff) << 52)) | ((UINT64_C(1023) + rng() % 80 - 40) << 52); break;
        default: break;
        }
        memcpy(&x, &u, sizeof x);
        if (isfinite(x)) return x;
    }
}

static void fail(const char *what, double x, const char *got, const char *want) {
    if (failures++ < 30) printf("FAIL %s %a: got '%s' want '%s'\n", what, x, got, want);
}

static void check_str(const char *what, double x, const char *got, const char *want) {
    if (strcmp(got, want) != 0) fail(what, x, got, want);
}

/* Our shortest digits: they round-trip, no shorter digits do, and they are
** the correctly rounded ones of their length. */
static void check_shortest(double x) {
    double ax = fabs(x);
    if (ax == 0) return;
    char d[32], text[64], want[64];
    int decpt;
    int n = dtoa_shortest(ax, d, &decpt);
    d[n] = 0;
    snprintf(text, sizeof text, "0.%se%d", d, decpt);
    if (strtod(text, NULL) != ax) fail("shortest roundtrip", x, text, "");
    if (n > 1) {
        snprintf(want, sizeof want, "%.*e", n - 2, ax);
        if (strtod(want, NULL) == ax) fail("shortest not shortest", x, text, want);
    }
    snprintf(want, sizeof want, "%.*e", n - 1, ax);
    char mine[64];
    dtoa_format(ax, 'e', n - 1, 0, mine, sizeof mine);
    check_str("shortest vs 'e'", x, mine, want);
    /* the 'e' text of the same length is the closest; ours must be it unless
    ** an asymmetric interval made another one the only round-tripping one */
    if (strtod(want, NULL) == ax) {
        char fromd[64];
        snprintf(fromd, sizeof fromd, "%c%s%s", d[0], n > 1 ? "." : "", d + 1);
        if (strncmp(fromd, want, strlen(fromd)) != 0) fail("shortest not closest", x, fromd, want);
    }
}

static void check_formats(double x) {
    char mine[2048], want[2048];
    int p = (int)(rng() % 25);
    snprintf(want, sizeof want, "%.*e", p, x);
    dtoa_format(x, 'e', p, 0, mine, sizeof mine);
    check_str("'e'", x, mine, want);
    snprintf(want, sizeof want, "%.*g", p, x);
    dtoa_format(x, 'g', p, 0, mine, sizeof mine);
    check_str("'g'", x, mine, want);
    snprintf(want, sizeof want, "%#.*g", p, x);
    dtoa_format(x, 'g', p, DTOA_ALT, mine, sizeof mine);
    check_str("'#g'", x, mine, want);
    if (fabs(x) < 1e30) {
        int pf = (int)(rng() % 40);
        snprintf(want, sizeof want, "%.*f", pf, x);
        dtoa_format(x, 'f', pf, 0, mine, sizeof mine);
        check_str("'f'", x, mine, want);
    }
}

static void check_parse_text(const char *text) {
    double want = strtod(text, NULL), got;
    if (!dtoa_parse(text, strlen(text), &got) || memcmp(&got, &want, sizeof got) != 0) {
        char g[64];
        snprintf(g, sizeof g, "%a", got);
        if (failures++ < 30) printf("FAIL parse '%.80s': got %s want %a\n", text, g, want);
    }
}

static void check_parse_random(void) {
    char text[128];
    int n = 0;
    if (rng() % 2) text[n++] = '-';
    int nd = 1 + (int)(rng() % 25), point = (int)(rng() % (nd + 1));
    for (int i = 0; i < nd; i++) {
        if (i == point) text[n++] = '.';
        text[n++] = (char)('0' + rng() % 10);
    }
    n += snprintf(text + n, sizeof text - n, "e%d", (int)(rng() % 700) - 350);
    check_parse_text(text);
}

/* Exact midpoints between neighbouring doubles (long double holds them),
** and numbers just beside them: the hardest inputs for rounding. */
static void check_parse_midpoint(double x) {
    if (!(fabs(x) < 1e300) || fabs(x) < 1e-300) return;
    static char text[1200];
    long double mid = ((long double)x + (long double)nextafter(x, INFINITY)) / 2;
    int n = snprintf(text, sizeof text, "%.780Le", mid);
    check_parse_text(text);
    /* nudge the last nonzero digit: above and below the midpoint */
    char *e = strchr(text, 'e');
    char *last = e - 1;
    while (*last == '0') last--;
    char saved = *last;
    if (saved < '9') {
        (*last)++;
        check_parse_text(text);
        *last = saved;
    }
    if (saved > '0' && last[-1] != '.') {
        (*last)--;
        check_parse_text(text);
        *last = saved;
    }
    (void)n;
}

static void check_repr_cases(void) {
    static const struct { double x; const char *want; } cases[] = {
        {0.1, "0.1"}, {1e16, "1e+16"}, {1e-5, "1e-05"}, {123456789012345678.0, "1.2345678901234568e+17"},
        {0.0001, "0.0001"}, {1e15, "1000000000000000.0"}, {-0.0, "-0.0"}, {0.0, "0.0"},
        {5e-324, "5e-324"}, {1.7976931348623157e308, "1.7976931348623157e+308"},
        {2.2250738585072014e-308, "2.2250738585072014e-308"}, {9007199254740993.0, "9007199254740992.0"},
        {1.5, "1.5"}, {100.0, "100.0"}, {0.3, "0.3"}, {2.0 / 3.0, "0.6666666666666666"},
        {1e22, "1e+22"}, {1e23, "1e+23"}, {123.456, "123.456"}, {INFINITY, "inf"}, {-INFINITY, "-inf"},
        {NAN, "nan"}, {9.5e-5, "9.5e-05"}, {4.35, "4.35"},
    };
    char buf[64];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dtoa_format(cases[i].x, 'r', 0, DTOA_ADD_DOT_0, buf, sizeof buf);
        check_str("repr", cases[i].x, buf, cases[i].want);
    }
    /* a truncating buffer still reports the full length */
    size_t need = dtoa_format(1e300, 'f', 10, 0, buf, 8);
    if (need != 312 || strlen(buf) != 7) fail("truncated length", 1e300, buf, "");
    bool ovf;
    if (dtoa_round(2.675, 2, &ovf) != 2.67 || dtoa_round(0.125, 2, &ovf) != 0.12 ||
        dtoa_round(1.7e308, -308, &ovf) != INFINITY || !ovf || dtoa_round(-0.4, 0, &ovf) != 0 ||
        !signbit(dtoa_round(-0.4, 0, &ovf)))
        fail("round", 0, "", "");
    static const char *texts[] = {"1e400", "-1e400", "1e-400", "2.4703282292062327e-324",
                                  "2.4703282292062328e-324", "1.7976931348623158e308",
                                  "1.797693134862315807937289714053e308", "0.000000000000000000000000000001",
                                  "179769313486231580793728971405301e276", "9007199254740993",
                                  "9007199254740993.00000000000000000000000000000000000001",
                                  "4.9406564584124654e-324", "2.2250738585072011e-308", "1.", ".5", "0e0"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) check_parse_text(texts[i]);
    double v;
    static const char *bad[] = {"", ".", "e5", "1e", "1e+", "--1", "inf1", "nana", "1.2.3", " 1"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (dtoa_parse(bad[i], strlen(bad[i]), &v)) fail("accepted bad literal", 0, bad[i], "");
}

int main(int argc, char **argv) {
    long iters = argc > 1 ? atol(argv[1]) : 100000;
    check_repr_cases();
    for (long i = 0; i < iters; i++) {
        double x = random_double();
        check_shortest(x);
        if (i % 4 == 0) check_formats(x);
        check_parse_random();
        if (i % 8 == 0) check_parse_midpoint(x);
        char text[64];
        dtoa_format(x, 'r', 0, DTOA_ADD_DOT_0, text, sizeof text);
        double back;
        if (!dtoa_parse(text, strlen(text), &back) || back != x) fail("repr->parse", x, text, "");
    }
    printf("test_dtoa: %ld iterations, %d failures\n", iters, failures);
    return failures != 0;
}
