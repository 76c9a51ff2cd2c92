/* fuzz.h — what every fuzz target defines (tests/fuzz/README).
 *
 * A target is one file with the two entry points libFuzzer calls; the same
 * file linked with replay.c instead of the fuzzer's runtime is a program
 * that runs saved inputs through it (the replay test in `make check`, and
 * AFL++, which runs it once per input). */
#ifndef GILSIM_FUZZ_H
#define GILSIM_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* Once, before the first input. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
/* One input: must not crash, leak or hang, whatever the bytes; returns 0. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
