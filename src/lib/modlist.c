/* modlist.c — `gilsim --list-modules`: every module a program can import,
 * one line each: its name and the first line of its docstring (the embedded
 * Python modules) or a line below (the C modules). Simulated stand-ins for
 * third-party libraries (numpy, h5py, numba, cupy) say so in their first line and are
 * marked. Private modules (a leading underscore) are left out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"
#include "lib/pymodules.h"

static const struct { const char *name, *doc; } native_docs[] = {
    {"math", "math: CPython's mathematical functions (glibc's libm, CPython's error rules)"},
    {"sys", "sys: the interpreter's state (argv, stdout/stderr, switch interval, exit)"},
    {"os", "os: the simulated machine (pid, cpu_count = --cores); no files, processes or environment"},
    {"gilsim", "gilsim: the simulation seen from a program (cpu, io, mark, now) -- gilsim only"},
    {"operator", "operator: the operators as functions (gilsim)"},
    {"itertools", "itertools: iterator building blocks (gilsim)"},
};

typedef struct Entry { const char *name; char doc[120]; } Entry;

static int by_name(const void *a, const void *b)
{
    return strcmp(((const Entry *)a)->name, ((const Entry *)b)->name);
}

/* The docstring's first line, without the quotes, cut to fit. */
static void first_doc_line(const char *src, char *out, size_t size)
{
    out[0] = '\0';
    const char *p = strstr(src, "\"\"\"");
    if (!p) return;
    p += 3;
    size_t n = strcspn(p, "\n");
    const char *q = strstr(p, "\"\"\"");
    if (q && (size_t)(q - p) < n) n = (size_t)(q - p);
    if (n >= size) n = size - 1;
    memcpy(out, p, n);
    out[n] = '\0';
}

int lib_list_modules(FILE *out)
{
    enum { MAX = 256 };
    static Entry e[MAX];
    int n = 0;
    for (const NativeModuleDef *m = lib_native_modules; m->name && n < MAX; m++) {
        if (m->name[0] == '_') continue;
        e[n].name = m->name;
        e[n].doc[0] = '\0';
        for (size_t i = 0; i < sizeof native_docs / sizeof native_docs[0]; i++)
            if (strcmp(native_docs[i].name, m->name) == 0)
                snprintf(e[n].doc, sizeof e[n].doc, "%s", native_docs[i].doc);
        n++;
    }
    for (const LibPySource *s = lib_py_sources; s->name && n < MAX; s++) {
        if (s->name[0] == '_') continue;
        e[n].name = s->name;
        first_doc_line(s->source, e[n].doc, sizeof e[n].doc);
        n++;
    }
    qsort(e, (size_t)n, sizeof e[0], by_name);
    for (int i = 0; i < n; i++) {
        bool simulated = strstr(e[i].doc, "(simulated)") != NULL;
        fprintf(out, "%-20s %-11s %s\n", e[i].name, simulated ? "[simulated]" : "", e[i].doc);
    }
    return ferror(out) ? 1 : 0;
}
