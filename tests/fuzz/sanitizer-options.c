/* sanitizer-options.c — the sanitizers' defaults for the fuzz targets and
 * their replay programs (the runtime calls these if they exist; in a build
 * without sanitizers nothing does). UBSan is built recoverable so that a
 * finding already reported can be held back by a suppressions file
 * (tests/fuzz/ubsan.supp, which run.sh names in UBSAN_OPTIONS); every other
 * one must stop the run, or the fuzzer would not see it. */
#include "config.h"

const char *__ubsan_default_options(void);

const char *__ubsan_default_options(void)
{
    return "halt_on_error=1:print_stacktrace=1";
}
