/* test_svg.c — --svg's pictures of event logs built by hand (scenarios.h),
 * one golden per theme: tests/unit/svg/NAME-THEME.svg. The goldens were
 * written by svg_write and checked by eye as PNGs (rsvg-convert); set
 * SVG_UPDATE=1 to write them again after a deliberate change. Also: twelve
 * threads get twelve colours, the GIL lane labels its holders, a user mark
 * is drawn. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "events.h"
#include "tap.h"
#include "ui/svg.h"

#include "scenarios.h"

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *s = malloc((size_t)n + 1);
    size_t got = s ? fread(s, 1, (size_t)n, f) : 0;
    fclose(f);
    if (s) s[got] = '\0';
    return s;
}

/* Writes log as SVG with theme; returns the text (malloc'd) or NULL. */
static char *picture(const EventLog *log, SvgTheme theme)
{
    char path[] = "/tmp/test_svg.XXXXXX", err[256];
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    close(fd);
    char *text = NULL;
    if (svg_write(log, path, &(SvgOptions){.theme = theme}, err, sizeof err) == 0) text = slurp(path);
    else diag("svg_write: %s", err);
    unlink(path);
    return text;
}

static void golden(const EventLog *log, const char *name)
{
    const char *src = getenv("GILSIM_SRCDIR") ? getenv("GILSIM_SRCDIR") : ".";
    static const char *const themes[] = {"light", "dark"};
    for (int k = 0; k < 2; k++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/tests/unit/svg/%s-%s.svg", src, name, themes[k]);
        char *got = picture(log, (SvgTheme)k);
        if (getenv("SVG_UPDATE") && got) {
            FILE *f = fopen(path, "w");
            if (f) {
                fputs(got, f);
                fclose(f);
            }
        }
        char *want = slurp(path);
        ok(got && want && strcmp(got, want) == 0, "%s, %s theme, equals %s", name, themes[k], path);
        free(got);
        free(want);
    }
}

/* Twelve threads that each hold the GIL once, 1 ms apart. */
static EventLog *twelve(void)
{
    EventLog *log = ev_new();
    ev(log, 0, EV_PROCESS_START, 0, -1, str(log, "main"));
    for (int i = 0; i < 12; i++) {
        char name[16];
        snprintf(name, sizeof name, "worker-%d", i);
        ev(log, i * MS, EV_THREAD_START, i, -1, str(log, name));
        ev(log, i * MS, EV_GIL_TAKE, i, i ? i - 1 : -1, 0);
        ev(log, (i + 1) * MS, EV_GIL_DROP, i, -1, DROP_EXIT);
        ev(log, (i + 1) * MS, EV_THREAD_EXIT, i, -1, 0);
    }
    return log;
}

int main(void)
{
    EventLog *log = two_spinners();
    ev(log, 20 * MS, EV_MARK, 0, -1, str(log, "end"));
    golden(log, "spinners");
    char *t = picture(log, SVG_LIGHT);
    ok(t && strstr(t, "class=\"holder\">1 Thread-1</text>") && strstr(t, "class=\"holder\">2 Thread-2</text>"),
       "the GIL lane names its holders where they fit");
    ok(t && strstr(t, "class=\"mark\"/>"), "the user mark is drawn");
    free(t);
    ev_free(log);

    log = twelve();
    static const char *const names[] = {"light", "dark"};
    for (int k = 0; k < 2; k++) {
        t = picture(log, (SvgTheme)k);
        int distinct = 0;
        char seen[12][8] = {{0}};
        for (const char *p = t; p && (p = strstr(p, "height=\"14\" fill=\"#")); p++) {
            char c[8];
            memcpy(c, p + 18, 7);
            c[7] = '\0';
            bool dup = false;
            for (int i = 0; i < distinct; i++) dup |= strcmp(seen[i], c) == 0;
            if (!dup && distinct < 12) memcpy(seen[distinct++], c, 8);
        }
        ok(distinct == 12, "%s theme: twelve threads, twelve colours (%d)", names[k], distinct);
        ok(t && strstr(t, k ? "fill=\"#1e1e1e\"" : "fill=\"#ffffff\""), "%s theme: its background", names[k]);
        free(t);
    }
    ev_free(log);
    return done();
}
