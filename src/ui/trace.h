/* trace.h — --trace=FILE.json: the event log as a Chrome trace event file,
 * which Perfetto (ui.perfetto.dev) and chrome://tracing open.
 *
 * One trace process per simulated process (pid = process id + 1), one track
 * per thread (tid = lane id + 1) with a complete slice per state ("run",
 * "wait", "native", "block: <what>"), and per process a "GIL" track (tid 0)
 * whose slices are named after the holder. Drop requests and forced switches
 * are instants on the GIL track; marks and output lines are instants on
 * their thread's track, the text in args. The file is written to a temporary
 * name beside `path` and renamed, so an interrupted run never leaves half a
 * file.
 */
#ifndef GILSIM_UI_TRACE_H
#define GILSIM_UI_TRACE_H

#include <stddef.h>

#include "events.h"

/* Returns 0, or -1 with a message in err. */
int trace_write(const EventLog *log, const char *path, char *err, size_t errlen);

#endif
