/* svg.h — the timeline as a picture (--svg), a reader of the event log like
 * every view. */
#ifndef GILSIM_UI_SVG_H
#define GILSIM_UI_SVG_H

#include <stddef.h>

#include "events.h"

/* Writes the whole run as SVG to path (via a temporary file and a rename);
 * returns 0, or -1 with a message in err. */
int svg_write(const EventLog *log, const char *path, char *err, size_t errlen);

#endif
