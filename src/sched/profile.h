/* profile.h — CPython version profiles: the few things about a run that
 * depend on which CPython it imitates (docs/design.md, "Version profiles").
 *
 * A profile is data, one row of a table (profile.c); the scheduler holds
 * the run's profile among its settings (SchedConfig.profile, sched_profile)
 * and every layer that behaves differently per version reads it there:
 * the eval loop (where it polls the eval breaker), time.sleep(0), thread
 * names, sys.version_info. `--switch-points` and `--gil` stay as finer
 * controls over the profile's check points and GIL.
 */
#ifndef GILSIM_SCHED_PROFILE_H
#define GILSIM_SCHED_PROFILE_H

#include <stdbool.h>
#include <stdint.h>

/* Where the eval loop polls the eval breaker (and so where the GIL can
 * change hands between two instructions of one thread). */
typedef enum CheckPoints {
    CHECKS_PROFILE,    /* as the run's profile says (--switch-points=cpython) */
    CHECKS_EVERY,      /* before every instruction (--switch-points=every) */
    CHECKS_DISPATCH,   /* 3.9: before the instruction after any but the "fast" ones
                          (loads and stores of locals and constants, stack shuffles,
                          `is`, `in`, forward and conditional jumps) */
    CHECKS_CALLS,      /* 3.10: function entry, backward jumps, taken conditional jumps,
                          after every call */
    CHECKS_RESUME,     /* 3.11+: function entry (RESUME), backward jumps, after calls
                          to C that are not specialised (len(), isinstance(),
                          list.append() are: they do not check) */
} CheckPoints;

typedef struct PyProfile {
    const char *name;            /* "3.11", "3.13t" */
    int major, minor, micro;     /* sys.version_info: the builds measured on this project's machines */
    CheckPoints checks;          /* CHECKS_DISPATCH, CHECKS_CALLS or CHECKS_RESUME */
    bool sleep0_releases;        /* time.sleep(0) gives up the GIL for a timer's slack
                                    (3.11+: clock_nanosleep); 3.9/3.10: select() with a
                                    zero timeout returns at once, the GIL kept */
    bool thread_name_target;     /* default names "Thread-1 (target)" (3.10+) */
    bool free_threaded;          /* no GIL (3.13t: --gil=off) */
} PyProfile;

/* The profile named `name` ("3.9" ... "3.13t"), or NULL. */
const PyProfile *profile_find(const char *name);
/* 3.11: what gilsim's bytecode and costs are modelled on. */
const PyProfile *profile_default(void);
/* "3.9, 3.10, 3.11, 3.12, 3.13, 3.13t": for error messages and --help. */
const char *profile_names(void);
/* The check points in force: `requested` unless it is CHECKS_PROFILE. */
CheckPoints profile_checks(const PyProfile *p, CheckPoints requested);
/* The value of --switch-points / switch_points for `name` (cpython, every,
 * or a profile's name: its check points), or -1 if it names none. */
int profile_parse_checks(const char *name);

#endif
