/* profile.c — the table of CPython version profiles (profile.h).
 *
 * Each row says what differs between the CPythons gilsim imitates, as read
 * in their sources and measured on this project's machines
 * (../shared/fidelity/CPYTHON-MEASURED.md, tests/fidelity/):
 *
 * checks: 3.9's eval loop (Python/ceval.c) goes back to the top of its loop,
 *   where it polls the eval breaker, after every instruction that ends in
 *   DISPATCH(); only FAST_DISPATCH() skips the poll (LOAD_FAST, LOAD_CONST,
 *   STORE_FAST, POP_TOP, the ROT and DUP instructions, IS_OP, CONTAINS_OP,
 *   JUMP_FORWARD, conditional jumps on a bool), and it never polls before
 *   SETUP_WITH or YIELD_FROM. So `x += 1` can lose the GIL between its add
 *   and its store: about half the updates of four threads are lost. 3.10
 *   polls only where CHECK_EVAL_BREAKER() stands: function entry, backward
 *   jumps (JUMP_ABSOLUTE, and POP_JUMP_IF_* when taken: 3.10 puts a while
 *   loop's test at its bottom) and after each CALL_* instruction, so `lst.append(len(lst))` can
 *   switch between len() and append(). 3.11 polls at RESUME, backward
 *   jumps and after calls to C, except in the specialised instructions for
 *   len(), isinstance() and list.append(), which do not poll.
 * sleep0_releases: 3.9 and 3.10 sleep with select(), which returns from a
 *   zero timeout at once, long before a GIL waiter wakes up, so sleep(0)
 *   never lets another thread in (1 µs a call, measured); 3.11 sleeps with
 *   clock_nanosleep(), whose timer slack keeps the thread away ~60 µs, long
 *   enough for a spinning thread to take the GIL (the sleep(0) convoy).
 * thread_name_target: bpo-44470 (3.10) appends the target's name.
 */
#include "config.h"

#include <string.h>

#include "sched/profile.h"

static const PyProfile profiles[] = {
    {"3.9", 3, 9, 18, CHECKS_DISPATCH, false, false, false},
    {"3.10", 3, 10, 13, CHECKS_CALLS, false, true, false},
    {"3.11", 3, 11, 7, CHECKS_RESUME, true, true, false},
    {"3.12", 3, 12, 1, CHECKS_RESUME, true, true, false},
    {"3.13", 3, 13, 0, CHECKS_RESUME, true, true, false},
    {"3.13t", 3, 13, 0, CHECKS_RESUME, true, true, true},
};

const PyProfile *profile_find(const char *name)
{
    for (size_t i = 0; i < sizeof profiles / sizeof *profiles; i++)
        if (strcmp(profiles[i].name, name) == 0) return &profiles[i];
    return NULL;
}

const PyProfile *profile_default(void) { return &profiles[2]; }

const char *profile_names(void) { return "3.9, 3.10, 3.11, 3.12, 3.13, 3.13t"; }

CheckPoints profile_checks(const PyProfile *p, CheckPoints requested)
{
    if (requested != CHECKS_PROFILE) return requested;
    return (p ? p : profile_default())->checks;
}

int profile_parse_checks(const char *name)
{
    if (strcmp(name, "cpython") == 0) return CHECKS_PROFILE;
    if (strcmp(name, "every") == 0) return CHECKS_EVERY;
    const PyProfile *p = profile_find(name);
    if (p) return (int)p->checks;
    return -1;
}
