/* pymodules: the Python sources of gilsim's standard library modules that
   are written in Python (src/lib/py/NAME.py), embedded in the binary so that the
   interpreter never reads files. The array is generated at build time by
   build-aux/embed-py.sh into src/lib/pymodules.c (see EMBEDDED_PY in
   Makefile.am) and ends with {NULL, NULL}. */
#ifndef GILSIM_LIB_PYMODULES_H
#define GILSIM_LIB_PYMODULES_H

typedef struct LibPySource {
    const char *name;   /* module name, e.g. "random" or "concurrent.futures" */
    const char *source; /* the module's Python source, UTF-8 */
} LibPySource;

extern const LibPySource lib_py_sources[];

#endif
