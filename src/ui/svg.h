/* svg.h — the timeline as a picture (--svg), a reader of the event log like
 * every view. */
#ifndef GILSIM_UI_SVG_H
#define GILSIM_UI_SVG_H

#include <stddef.h>
#include <stdint.h>

#include "events.h"

/* --theme: light (white background, for projectors and paper) or dark. */
typedef enum SvgTheme { SVG_LIGHT, SVG_DARK } SvgTheme;

typedef struct SvgOptions {
    SvgTheme theme;
    const char *title;     /* a line above the picture; NULL: none */
    int64_t from, to;      /* the time window, ns; to 0: to the end of the run */
    int font_px;           /* the names' font size (8-24); 0: 12 */
} SvgOptions;

/* Writes the whole log as SVG to path (via a temporary file and a rename);
 * opts may be NULL (light). Returns 0, or -1 with a message in err. */
int svg_write(const EventLog *log, const char *path, const SvgOptions *opts, char *err, size_t errlen);

#endif
