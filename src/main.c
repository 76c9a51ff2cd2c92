/* main: gilsim's command line.
 *
 * Every option lives in one table, options[], which yields the getopt_long
 * array, the short-option string and the --help text, so an option is added
 * or documented in one place. Parsing is two-staged: first every option is
 * parsed and validated (a bad value is a usage error, exit 2, even for a
 * feature that does not exist yet); then, if the run asks for a feature that
 * is not implemented yet, gilsim says so and exits 2 rather than pretend.
 * An option's `pending` field names that feature; when the feature lands,
 * set it to NULL and use the value that parse_option() already stores.
 *
 * Options stop at FILE: what follows it is the program's sys.argv, as with
 * `python3 FILE ARG...`.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "events.h"
#include "lesson/explore.h"
#include "lesson/runner.h"
#include "lib/lib.h"
#include "sched/sched.h"
#include "ui/compare.h"
#include "ui/live.h"
#include "ui/repl.h"
#include "ui/stats.h"
#include "ui/term.h"
#include "ui/explain.h"
#include "ui/svg.h"
#include "ui/timeline.h"
#include "ui/trace.h"
#include "vm/eval.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"

/* Exit statuses (gilsim(1), EXIT STATUS) that the command line itself produces; the
   others (1 uncaught exception, 3 deadlock, ...) come from the interpreter. */
enum {
    EXIT_OK = 0,
    EXIT_ERROR = 1,
    EXIT_USAGE = 2,
    EXIT_DEADLOCK = 3,
    EXIT_TIMEOUT = 124,
};

typedef enum OptionId {
    OPT_HEADLESS,
    OPT_BACKEND,
    OPT_SWITCH_INTERVAL,
    OPT_CORES,
    OPT_GIL,
    OPT_SWITCH_POINTS,
    OPT_PYTHON,
    OPT_SEED,
    OPT_SPEED,
    OPT_TIMELINE,
    OPT_STATS,
    OPT_AT,
    OPT_TRACE,
    OPT_SVG,
    OPT_THEME,
    OPT_TITLE,
    OPT_FROM,
    OPT_TO,
    OPT_FONT_SIZE,
    OPT_CHECK,
    OPT_LIST,
    OPT_LIST_MODULES,
    OPT_SCRIPT,
    OPT_ASCII,
    OPT_TIMEOUT,
    OPT_WIDTH,
    OPT_MAX_MEMORY,
    OPT_RECURSION_LIMIT,
    OPT_COMPARE,
    OPT_EXPLORE,
    OPT_SCHEDULE,
    OPT_HELP,
    OPT_VERSION,
    OPT_RANKS,
    OPT_COUNT
} OptionId;

typedef struct OptionSpec {
    const char *name;      /* long name, without "--" */
    char short_name;       /* 0: long option only */
    const char *arg;       /* metavariable shown in --help; NULL: takes no value */
    const char *help;
    /* Not NULL: the feature is not implemented yet; this names it in the
       message. With pending_value, only that value is pending. */
    const char *pending;
    const char *pending_value;
    bool arg_optional;     /* --name alone or --name=VALUE */
} OptionSpec;

static const OptionSpec options[OPT_COUNT] = {
    [OPT_HEADLESS] = {"headless", 'H', NULL,
        "no terminal UI (default when stdout is not a tty)", NULL, NULL},
    [OPT_BACKEND] = {"backend", 'b', "virtual|real",
        "default virtual", NULL, NULL},
    [OPT_SWITCH_INTERVAL] = {"switch-interval", 'i', "DUR",
        "default 5ms (5ms, 500us, 1s, 0.005)", NULL, NULL},
    [OPT_CORES] = {"cores", 0, "N",
        "virtual CPU cores", NULL, NULL},
    [OPT_GIL] = {"gil", 0, "on|off",
        "off: free-threaded model (virtual backend)", NULL, NULL},
    [OPT_SWITCH_POINTS] = {"switch-points", 0, "cpython|every|3.X",
        "where the eval breaker is polled: the profile's (default), every "
        "instruction, or CPython 3.X's", NULL, NULL},
    [OPT_PYTHON] = {"python", 0, "3.9|3.10|3.11|3.12|3.13|3.13t",
        "the CPython version imitated (default 3.11; 3.13t: free-threaded)", NULL, NULL},
    [OPT_SEED] = {"seed", 0, "N",
        "virtual backend: the OS model's draws (wake-ups, timer slack)", NULL, NULL},
    [OPT_SPEED] = {"speed", 0, "X",
        "pace of virtual time in the live view (0.01 = 100x slow motion)",
        NULL, NULL},
    [OPT_TIMELINE] = {"timeline", 't', NULL,
        "headless: ASCII timeline after the run (or each cell)",
        NULL, NULL},
    [OPT_STATS] = {"stats", 0, NULL,
        "headless: per-thread GIL statistics", NULL, NULL},
    [OPT_AT] = {"at", 0, "TIME",
        "headless: what every thread does at TIME (a lesson: of each cell)", NULL, NULL},
    [OPT_TRACE] = {"trace", 0, "FILE.json",
        "Chrome trace event file (opens in Perfetto); lessons: one per cell, "
        "a name with %d", NULL, NULL},
    [OPT_SVG] = {"svg", 0, "FILE.svg",
        "the timeline as a picture; lessons: one per cell, a name with %d", NULL, NULL},
    [OPT_TITLE] = {"title", 0, "TEXT",
        "--svg: a title above the picture", NULL, NULL},
    [OPT_FROM] = {"from", 0, "TIME",
        "--svg, --timeline: the window starts at TIME (a lesson: of each cell)", NULL, NULL},
    [OPT_TO] = {"to", 0, "TIME",
        "--svg, --timeline: the window ends at TIME", NULL, NULL},
    [OPT_FONT_SIZE] = {"font-size", 0, "PX",
        "--svg: the names' font size, 8 to 24, default 12", NULL, NULL},
    [OPT_THEME] = {"theme", 0, "light|dark",
        "colours of --svg (default light) and the live view (default dark)", NULL, NULL},
    [OPT_CHECK] = {"check", 0, NULL,
        "lessons: compare outputs with expect blocks", NULL, NULL},
    [OPT_LIST] = {"list", 0, NULL,
        "list the lessons (name and title, in course order)", NULL, NULL},
    [OPT_LIST_MODULES] = {"list-modules", 0, NULL,
        "list the importable modules ([simulated]: stand-ins for numpy, h5py...)", NULL, NULL},
    [OPT_SCRIPT] = {"script", 0, "FILE",
        "REPL: read statements and :commands from FILE, headless", NULL, NULL},
    [OPT_ASCII] = {"ascii", 0, NULL,
        "7-bit glyphs", NULL, NULL},
    [OPT_TIMEOUT] = {"timeout", 0, "DUR",
        "stop after DUR of program time or wall time", NULL, NULL},
    [OPT_WIDTH] = {"width", 0, "N",
        "timeline width in columns", NULL, NULL},
    [OPT_MAX_MEMORY] = {"max-memory", 0, "SIZE",
        "heap limit, default 1G (K, M, G suffixes)", NULL, NULL},
    [OPT_RECURSION_LIMIT] = {"recursion-limit", 0, "N",
        "maximum Python call depth, default 1000", NULL, NULL},
    [OPT_COMPARE] = {"compare", 0, "OPTIONS",
        "run FILE twice, the second time with OPTIONS too (e.g. \"--switch-interval=1ms\"), "
        "and show both runs", NULL, NULL},
    [OPT_EXPLORE] = {"explore", 0, "N",
        "run under up to N schedules (default 200), group the runs by outcome",
        NULL, NULL, true},
    [OPT_SCHEDULE] = {"schedule", 0, "HANDLE|FILE",
        "replay a schedule of --explore's report (virtual backend)", NULL, NULL, false},
    [OPT_HELP] = {"help", 'h', NULL,
        "show this help and exit", NULL, NULL},
    [OPT_VERSION] = {"version", 'V', NULL,
        "show the version and exit", NULL, NULL},
    [OPT_RANKS] = {"ranks", 0, "N",
        "run the program as N MPI ranks (mpi4py), as mpiexec -n N would", NULL, NULL},
};

/* Everything the command line decides. */
typedef struct Cli {
    InterpConfig cfg;
    bool headless;
    bool timeline;
    bool stats;
    bool check;
    bool list;
    bool list_modules;
    bool ascii;
    const char *trace_path;
    const char *script_path;    /* --script: the REPL's input, headless */
    const char *svg_path;
    int theme;                  /* --theme: SvgTheme; -1: each output's default */
    int64_t at_ns;              /* --at: -1 none */
    const char *title;          /* --title */
    int64_t from_ns, to_ns;     /* --from, --to: 0 none */
    int font_px;                /* --font-size: 0 default */
    double speed;
    int64_t timeout_ns;         /* 0: none */
    int width;                  /* 0: terminal width */
    const char *compare;        /* --compare: the second run's options; NULL none */
    int explore_runs;           /* --explore: the number of schedules; 0: not asked */
    bool schedule;              /* --schedule: its seed (for cfg.seed) and forced switches */
    uint64_t schedule_seed;
    SchedPerturb perturb;
    const char *pending;        /* first requested feature not implemented yet */
    const char *file;           /* NULL: REPL */
    char *compare_text;         /* the second run's: --compare's words, which its options point into */
} Cli;

static const char *const program_name = "gilsim";

static void usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));

static void usage_error(const char *fmt, ...)
{
    va_list ap;

    fprintf(stderr, "%s: ", program_name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry '%s --help' for more information.\n", program_name);
    exit(EXIT_USAGE);
}

static void print_help(void)
{
    printf("Usage: %s [OPTIONS] [FILE [ARG...]]\n"
           "Run FILE on a small Python interpreter whose threads contend for a\n"
           "simulated global interpreter lock (GIL), like CPython's.\n"
           "FILE: a .py program, a .lesson, or a .md notebook; none: a REPL.\n"
           "ARGs after FILE become the program's sys.argv[1:].\n\n",
           program_name);

    for (int i = 0; i < OPT_COUNT; i++) {
        const OptionSpec *o = &options[i];
        char left[64];
        int n;

        if (o->short_name)
            n = snprintf(left, sizeof left, "  -%c, --%s", o->short_name, o->name);
        else
            n = snprintf(left, sizeof left, "      --%s", o->name);
        if (o->arg && n >= 0 && (size_t)n < sizeof left)
            snprintf(left + n, sizeof left - (size_t)n, o->arg_optional ? "[=%s]" : "=%s", o->arg);
        if (strlen(left) > 30)
            printf("%s\n%-30s %s\n", left, "", o->help);
        else
            printf("%-30s %s\n", left, o->help);
    }

    printf("\nDurations: 5ms, 500us, 250ns, 1s, or plain seconds (0.005).\n"
           "Exit status: 0 success, 1 uncaught exception, 2 usage or syntax error,\n"
           "3 deadlock, 4 --check mismatch, 124 timeout, 130 interrupted.\n"
           "\nNot implemented yet (refused with exit status 2):\n ");
    int column = 1;
    for (int i = 0; i < OPT_COUNT; i++) {
        if (!options[i].pending)
            continue;
        int len = (int)strlen(options[i].pending) + 1;
        if (column + len > 72) {
            printf("\n ");
            column = 1;
        }
        printf(" %s", options[i].pending);
        column += len;
    }
    printf("\n");
}

/* ---------------------------------------------------------------- values */

/* DUR: digits, an optional fraction, an optional unit (ns, us, ms, s; none
   means seconds). Parsed in integers so that 0.005 is exactly 5000000 ns;
   digits finer than a nanosecond are dropped. Must be > 0. */
static bool parse_duration(const char *text, int64_t *out_ns)
{
    static const struct { const char *suffix; int64_t ns; } units[] = {
        {"ns", 1}, {"us", 1000}, {"ms", 1000000}, {"s", 1000000000}, {"", 1000000000},
    };
    const char *p = text;
    const char *int_start, *frac_start = NULL, *frac_end = NULL;
    int64_t scale = -1, ns = 0;

    int_start = p;
    while (*p >= '0' && *p <= '9')
        p++;
    const char *int_end = p;
    if (*p == '.') {
        frac_start = ++p;
        while (*p >= '0' && *p <= '9')
            p++;
        frac_end = p;
    }
    if (int_end == int_start && frac_end == frac_start)
        return false;                       /* no digits at all */
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        if (strcmp(p, units[i].suffix) == 0) {
            scale = units[i].ns;
            break;
        }
    }
    if (scale < 0)
        return false;

    for (const char *d = int_start; d < int_end; d++) {
        int64_t digit = *d - '0';
        if (ns > (INT64_MAX - digit * scale) / 10)
            return false;                   /* overflow */
        ns = ns * 10 + digit * scale;
    }
    for (const char *d = frac_start; d && d < frac_end && scale > 1; d++) {
        scale /= 10;
        if (ns > INT64_MAX - (*d - '0') * scale)
            return false;
        ns += (*d - '0') * scale;
    }
    if (ns <= 0)
        return false;
    *out_ns = ns;
    return true;
}

/* A decimal integer in [min, max], nothing else. */
static bool parse_long(const char *text, long long min, long long max, long long *out)
{
    char *end;
    long long v;

    if (*text == '\0' || *text == ' ' || *text == '+')
        return false;
    errno = 0;
    v = strtoll(text, &end, 10);
    if (errno != 0 || *end != '\0' || v < min || v > max)
        return false;
    *out = v;
    return true;
}

static bool parse_u64(const char *text, uint64_t *out)
{
    char *end;
    unsigned long long v;

    if (*text < '0' || *text > '9')         /* strtoull accepts "-1" */
        return false;
    errno = 0;
    v = strtoull(text, &end, 10);
    if (errno != 0 || *end != '\0')
        return false;
    *out = v;
    return true;
}

/* SIZE: a positive integer with an optional K, M, G or T suffix (powers of
   1024), optionally followed by B or iB: 512M, 1G, 1GiB, 65536. */
static bool parse_size(const char *text, size_t *out)
{
    static const char suffixes[] = "KMGT";
    long long v;
    char digits[32];
    size_t n = strspn(text, "0123456789");
    const char *unit = text + n;
    int shift = 0;

    if (n == 0 || n >= sizeof digits)
        return false;
    memcpy(digits, text, n);
    digits[n] = '\0';
    if (!parse_long(digits, 1, LLONG_MAX, &v))
        return false;
    if (*unit) {
        const char *s = strchr(suffixes, *unit == 'k' ? 'K' : *unit);
        if (!s)
            return false;
        shift = 10 * (int)(s - suffixes + 1);
        unit++;
        if (strcmp(unit, "") != 0 && strcmp(unit, "B") != 0 && strcmp(unit, "iB") != 0)
            return false;
    }
    if ((unsigned long long)v > (unsigned long long)SIZE_MAX >> shift)
        return false;
    *out = (size_t)v << shift;
    return true;
}

static bool parse_positive_double(const char *text, double *out)
{
    char *end;
    double v;

    errno = 0;
    v = strtod(text, &end);
    if (end == text || *end != '\0' || errno != 0 || !isfinite(v) || v <= 0)
        return false;
    *out = v;
    return true;
}

static void bad_value(const OptionSpec *o, const char *value, const char *expected)
{
    usage_error("invalid value '%s' for --%s (expected %s)", value, o->name, expected);
}

/* --schedule=HANDLE|FILE: a handle (lesson/explore.h), or a file whose
   first line is one. */
static void parse_schedule(Cli *cli, const char *value)
{
    char line[512] = "";
    if (!explore_parse_handle(value, &cli->schedule_seed, &cli->perturb)) {
        FILE *f = fopen(value, "r");
        if (!f)
            usage_error("invalid value '%s' for --schedule (expected a handle such as 7:15000,42000 "
                        "from --explore's report, or a file holding one: %s)", value, strerror(errno));
        if (!fgets(line, sizeof line, f))
            line[0] = '\0';
        fclose(f);
        line[strcspn(line, "\r\n")] = '\0';
        if (!explore_parse_handle(line, &cli->schedule_seed, &cli->perturb))
            usage_error("'%s' holds no schedule handle (expected one such as 7:15000,42000 "
                        "from --explore's report, on its first line)", value);
    }
    cli->schedule = true;
}

/* Stores one option's value into cli; exits on a bad value. */
static void parse_option(Cli *cli, OptionId id, const char *value)
{
    const OptionSpec *o = &options[id];
    long long n;

    switch (id) {
    case OPT_HEADLESS:
        cli->headless = true;
        break;
    case OPT_BACKEND:
        if (strcmp(value, "virtual") == 0)
            cli->cfg.backend_real = 0;
        else if (strcmp(value, "real") == 0)
            cli->cfg.backend_real = 1;
        else
            bad_value(o, value, "virtual or real");
        break;
    case OPT_SWITCH_INTERVAL:
        if (!parse_duration(value, &cli->cfg.switch_interval_ns))
            bad_value(o, value, "a positive duration such as 5ms, 500us, 1s or 0.005");
        break;
    case OPT_CORES:
        if (!parse_long(value, 1, 1024, &n))
            bad_value(o, value, "a number of cores from 1 to 1024");
        cli->cfg.cores = (int)n;
        break;
    case OPT_RANKS:
        if (!parse_long(value, 1, 256, &n))
            bad_value(o, value, "a number of ranks from 1 to 256");
        cli->cfg.ranks = (int)n;
        break;
    case OPT_GIL:
        if (strcmp(value, "on") == 0)
            cli->cfg.gil_off = 0;
        else if (strcmp(value, "off") == 0)
            cli->cfg.gil_off = 1;
        else
            bad_value(o, value, "on or off");
        break;
    case OPT_SWITCH_POINTS:
        n = profile_parse_checks(value);
        if (n < 0)
            bad_value(o, value, "cpython, every or a version: 3.9, 3.10, 3.11, 3.12, 3.13");
        cli->cfg.switch_points = (int)n;
        break;
    case OPT_PYTHON:
        cli->cfg.python = profile_find(value);
        if (!cli->cfg.python)
            bad_value(o, value, profile_names());
        break;
    case OPT_SEED:
        if (!parse_u64(value, &cli->cfg.seed))
            bad_value(o, value, "a non-negative integer below 2**64");
        break;
    case OPT_SPEED:
        if (!parse_positive_double(value, &cli->speed))
            bad_value(o, value, "a positive number such as 0.01 or 2");
        break;
    case OPT_TIMELINE:
        cli->timeline = true;
        break;
    case OPT_STATS:
        cli->stats = true;
        break;
    case OPT_TRACE:
        if (*value == '\0')
            bad_value(o, value, "a file name");
        cli->trace_path = value;
        break;
    case OPT_SVG:
        if (*value == '\0')
            bad_value(o, value, "a file name");
        cli->svg_path = value;
        break;
    case OPT_AT:
        if (!parse_duration(value, &cli->at_ns))
            bad_value(o, value, "a time of the run such as 15.2ms, 500us or 1s");
        break;
    case OPT_TITLE:
        cli->title = value;
        break;
    case OPT_FROM:
    case OPT_TO:
        if (!parse_duration(value, id == OPT_FROM ? &cli->from_ns : &cli->to_ns))
            bad_value(o, value, "a time of the run such as 15.2ms, 500us or 1s");
        break;
    case OPT_FONT_SIZE:
        if (!parse_long(value, 8, 24, &n))
            bad_value(o, value, "a font size in pixels from 8 to 24");
        cli->font_px = (int)n;
        break;
    case OPT_THEME:
        if (strcmp(value, "light") == 0)
            cli->theme = SVG_LIGHT;
        else if (strcmp(value, "dark") == 0)
            cli->theme = SVG_DARK;
        else
            bad_value(o, value, "light or dark");
        break;
    case OPT_CHECK:
        cli->check = true;
        break;
    case OPT_LIST:
        cli->list = true;
        break;
    case OPT_LIST_MODULES:
        cli->list_modules = true;
        break;
    case OPT_SCRIPT:
        cli->script_path = value;
        break;
    case OPT_ASCII:
        cli->ascii = true;
        break;
    case OPT_TIMEOUT:
        if (!parse_duration(value, &cli->timeout_ns))
            bad_value(o, value, "a positive duration such as 10s, 500ms or 2.5");
        break;
    case OPT_WIDTH:
        if (!parse_long(value, 20, 10000, &n))
            bad_value(o, value, "a number of columns from 20 to 10000");
        cli->width = (int)n;
        break;
    case OPT_MAX_MEMORY:
        if (!parse_size(value, &cli->cfg.max_memory))
            bad_value(o, value, "a size such as 512M or 1G");
        break;
    case OPT_RECURSION_LIMIT:
        if (!parse_long(value, 1, INT_MAX, &n))
            bad_value(o, value, "a positive integer");
        cli->cfg.recursion_limit = (int)n;
        break;
    case OPT_COMPARE:
        if (*value == '\0')
            bad_value(o, value, "options for the second run, such as --switch-interval=1ms");
        cli->compare = value;
        break;
    case OPT_EXPLORE:
        if (*value == '\0')
            cli->explore_runs = EXPLORE_DEFAULT_RUNS;
        else if (parse_long(value, 1, 1000000, &n))
            cli->explore_runs = (int)n;
        else
            bad_value(o, value, "a number of schedules from 1 to 1000000");
        break;
    case OPT_SCHEDULE:
        parse_schedule(cli, value);
        break;
    case OPT_HELP:
        print_help();
        exit(EXIT_OK);
    case OPT_VERSION:
        printf("%s %s\n", program_name, PACKAGE_VERSION);
        exit(EXIT_OK);
    case OPT_COUNT:
        break;
    }

    if (o->pending && !cli->pending
        && (!o->pending_value || strcmp(value, o->pending_value) == 0))
        cli->pending = o->pending;
}

/* getopt_long reports an option by its short name, or 256 + its index. */
static void parse_command_line(Cli *cli, int argc, char **argv)
{
    struct option longopts[OPT_COUNT + 1];
    char shortopts[2 * OPT_COUNT + 2];
    size_t ns = 0;
    int c;

    shortopts[ns++] = '+';                  /* stop at FILE */
    for (int i = 0; i < OPT_COUNT; i++) {
        const OptionSpec *o = &options[i];
        longopts[i] = (struct option){
            .name = o->name,
            .has_arg = o->arg ? (o->arg_optional ? optional_argument : required_argument) : no_argument,
            .flag = NULL,
            .val = o->short_name ? o->short_name : 256 + i,
        };
        if (o->short_name) {
            shortopts[ns++] = o->short_name;
            if (o->arg)
                shortopts[ns++] = ':';
        }
    }
    longopts[OPT_COUNT] = (struct option){0};
    shortopts[ns] = '\0';

    /* getopt's own messages start with argv[0]; make that "gilsim". */
    argv[0] = (char *)program_name;
    while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
        int id = -1;

        if (c >= 256)
            id = c - 256;
        else
            for (int i = 0; i < OPT_COUNT; i++)
                if (options[i].short_name == c)
                    id = i;
        if (id < 0) {                        /* '?': getopt said why */
            fprintf(stderr, "Try '%s --help' for more information.\n", program_name);
            exit(EXIT_USAGE);
        }
        parse_option(cli, (OptionId)id, optarg ? optarg : "");
    }
    if (optind < argc) {
        cli->file = argv[optind];
        cli->cfg.argv = (const char *const *)(argv + optind);
        cli->cfg.argc = argc - optind;
    }
}

/* FILE must be a readable regular file; report it the way cat(1) would. */
static void check_readable(const char *path)
{
    struct stat st;
    int fd = open(path, O_RDONLY);
    int err = 0;

    if (fd < 0)
        err = errno;
    else if (fstat(fd, &st) != 0)
        err = errno;
    else if (S_ISDIR(st.st_mode))
        err = EISDIR;
    if (fd >= 0)
        close(fd);
    if (err) {
        fprintf(stderr, "%s: cannot open '%s': %s\n", program_name, path, strerror(err));
        exit(EXIT_USAGE);
    }
}

static int terminal_width(void)
{
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) return ws.ws_col;
    return 100;
}

/* The headless views, readers of the event log: after the run, or when a
 * deadlock or --timeout ends it. Returns false if the trace could not be
 * written. */
static bool write_reports(const Cli *cli, const EventLog *log)
{
    fflush(stdout);
    if (cli->timeline) {
        char *text = tl_render_text_window(log, cli->width ? cli->width : terminal_width(), cli->ascii,
                                           cli->from_ns, cli->to_ns);
        fputs("\n", stdout);
        fputs(text, stdout);
        free(text);
    }
    if (cli->stats) {
        StatsResult r;
        stats_compute(log, &r);
        char *text = stats_render_text(&r, cli->ascii);
        fputs("\n", stdout);
        fputs(text, stdout);
        free(text);
        stats_free(&r);
    }
    if (cli->at_ns >= 0) {
        char *text = tl_explain(log, cli->at_ns, cli->ascii);
        fputs("\n", stdout);
        fputs(text, stdout);
        free(text);
    }
    fflush(stdout);
    if (cli->trace_path) {
        char err[512];
        if (trace_write(log, cli->trace_path, err, sizeof err) != 0) {
            fprintf(stderr, "%s: %s\n", program_name, err);
            return false;
        }
    }
    if (cli->svg_path) {
        char err[512];
        SvgOptions so = {.theme = cli->theme == SVG_DARK ? SVG_DARK : SVG_LIGHT, .title = cli->title,
                         .from = cli->from_ns, .to = cli->to_ns, .font_px = cli->font_px};
        if (svg_write(log, cli->svg_path, &so, err, sizeof err) != 0) {
            fprintf(stderr, "%s: %s\n", program_name, err);
            return false;
        }
    }
    return true;
}

/* Every live thread waits and none has a deadline: say what each waits for. */
static void report_deadlock(Sched *s, void *arg)
{
    (void)arg;
    fflush(stdout);
    fprintf(stderr, "%s: deadlock: every thread is blocked and nothing can wake them\n", program_name);
    interp_report_waiting(s, stderr);
    write_reports(arg, sched_log(s));
    exit(EXIT_DEADLOCK);
}

static void report_timeout(Sched *s, void *arg)
{
    const Cli *cli = arg;
    fflush(stdout);
    fprintf(stderr, "%s: stopped after %.6g s of %s time (--timeout)\n", program_name,
            (double)cli->timeout_ns / 1e9, sched_timeout_wall(s) ? "wall" : "program");
    write_reports(cli, sched_log(s));
    exit(EXIT_TIMEOUT);
}

static Live *open_live(const Cli *cli, const char *title);
/* The two runs of --compare: their command lines and labels. */
typedef struct Compare {
    Cli other;
    char label[2][320];
} Compare;
static int run_lesson_compare(const Cli *cli, const LessonRunOptions *lo, LessonSession *a,
                              const char *compare, Compare *c);
static EventLog **lesson_compare_first(const Cli *cli, const LessonRunOptions *lo, LessonSession *a,
                                       const char *compare, Compare *c, int *n);
static bool live_possible(const Cli *cli);

/* Lesson mode (src/lesson/): in the live view when stdout is a terminal
   (and not --headless, --check or the real backend), else headless. The
   lesson is parsed first, so that its errors are reported on a plain
   terminal, and the view opens with its title and settings. */
static int run_lesson(const Cli *cli)
{
    const char *pattern_opts[] = {"--svg", cli->svg_path, "--trace", cli->trace_path};
    for (int k = 0; k < 4; k += 2)
        if (pattern_opts[k + 1] && !lesson_pattern_ok(pattern_opts[k + 1]))
            usage_error("%s on a lesson writes one file per cell: give a name with one %%d for the "
                        "cell number, e.g. %s=lesson-%%d.%s ('%s' has %s)", pattern_opts[k],
                        pattern_opts[k], k ? "json" : "svg", pattern_opts[k + 1],
                        strchr(pattern_opts[k + 1], '%') ? "another % sequence, or more than one %d"
                                                         : "no %d");
    LessonRunOptions lo = {
        .cfg = cli->cfg, .check = cli->check, .timeline = cli->timeline,
        .stats = cli->stats, .ascii = cli->ascii, .width = cli->width,
        .timeout_ns = cli->timeout_ns, .trace_path = cli->trace_path,
        .svg_path = cli->svg_path, .at = cli->at_ns >= 0, .at_ns = cli->at_ns, .svg_theme = cli->theme == SVG_DARK ? SVG_DARK : SVG_LIGHT,
        .svg_title = cli->title, .svg_font_px = cli->font_px, .from_ns = cli->from_ns, .to_ns = cli->to_ns,
    };
    if (cli->check)
        return lesson_main(&lo, cli->file);
    int status;
    LessonSession *s = lesson_session_load(&lo, cli->file, &status);
    if (!s)
        return status;
    const char *compare = cli->compare ? cli->compare : lesson_session_lesson(s)->compare;
    const InterpConfig *ec = lesson_session_config(s);
    Cli lc = *cli;               /* the view shows the lesson's settings */
    lc.cfg = *ec;
    EventLog **second = NULL;    /* --compare in the view: the second run's windows */
    int nsecond = 0;
    static Compare c;
    if (compare && !(second = lesson_compare_first(cli, &lo, s, compare, &c, &nsecond)))
        return run_lesson_compare(cli, &lo, s, compare, &c);
    Live *live = open_live(&lc, lesson_session_lesson(s)->title);
    if (!live)
        return lesson_session_run_all(s, NULL);
    if (second)
        live_set_compare_cells(live, second, nsecond, c.label[0], c.label[1]);
    return live_lesson(live, s);
}

/* ---------------------------------------------- the live view and the REPL */

/* The live view when stdout is a terminal that can take it: not --headless,
   TERM set and not dumb; on the real backend for a program only (the REPL
   and lessons need the virtual backend's heartbeat, run with every thread
   stopped). Otherwise NULL: the run is headless. */
static bool live_possible(const Cli *cli)
{
    const char *term = getenv("TERM");
    return !(cli->headless || !isatty(STDOUT_FILENO) || !isatty(STDIN_FILENO) || !term || !*term
             || strcmp(term, "dumb") == 0
             || (cli->cfg.backend_real && (!cli->file || lesson_wanted(cli->file))));
}

static Live *open_live(const Cli *cli, const char *title)
{
    if (!live_possible(cli))
        return NULL;
    LiveConfig lc = {
        .title = title, .backend = cli->cfg.backend_real ? "real" : "virtual",
        .switch_interval_ns = cli->cfg.switch_interval_ns, .cores = cli->cfg.cores,
        .gil_off = interp_config_gil_off(&cli->cfg),
        .python = (cli->cfg.python ? cli->cfg.python : profile_default())->name, .speed = cli->speed, .ascii = cli->ascii,
        .light = cli->theme == SVG_LIGHT, .repl = cli->file == NULL,
    };
    return live_open(&lc, NULL);
}

/* The live view's probe (it must not reach into the VM itself): the line of
   the shown file that a thread runs, from its innermost frame in that file.
   Called with every Python thread stopped. */
static struct {
    Interp *interp;
    const char *file;
    char *abs;          /* realpath(file): code objects may name it so */
} probe;

static int probe_thread_line(void *arg, int lane)
{
    (void)arg;
    if (!probe.interp)
        return 0;
    for (ThreadState *ts = probe.interp->threads; ts; ts = ts->next) {
        if (!ts->sched || sched_thread_id(ts->sched) != lane)
            continue;
        for (Frame *f = ts->frame; f; f = f->prev)
            if (f->code && (!probe.file || strcmp(str_cstr(f->code->filename), probe.file) == 0
                            || (probe.abs && strcmp(str_cstr(f->code->filename), probe.abs) == 0)))
                return frame_line(f);
        return 0;
    }
    return 0;
}

/* Program output goes to the view (EV_OUTPUT events), not the terminal. */
static void live_program(Live *live, Interp *interp, const char *file)
{
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    if (sink)
        interp->out = sink;
    interp->output_events = true;
    probe.interp = interp;
    probe.file = file;
    free(probe.abs);
    probe.abs = file ? realpath(file, NULL) : NULL;
    live_set_probe(live, probe_thread_line, NULL);
    if (file) {
        FILE *f = fopen(file, "rb");
        if (f) {
            size_t len;
            bool too_big;   /* then the run refuses the file itself */
            char *buf = interp_read_all(f, interp->cfg.max_memory, &len, &too_big);
            fclose(f);
            if (buf)
                live_set_code(live, buf, len);
            free(buf);
        }
    }
}

typedef struct ReplRun {
    Cli *cli;
    Live *live;
    EventLog *log;
    Sched *sched;
} ReplRun;

static Interp *repl_interp(ReplRun *rr, const InterpConfig *cfg)
{
    SchedConfig sc;
    sched_config_default(&sc);
    interp_sched_config(cfg, &sc);
    sc.timeout_ns = rr->cli->timeout_ns;
    sc.on_deadlock = report_deadlock;
    sc.on_deadlock_arg = rr->cli;
    sc.on_timeout = report_timeout;
    sc.on_timeout_arg = rr->cli;
    if (rr->live)
        live_sched_config(rr->live, &sc);
    rr->log = ev_new();
    rr->sched = sched_new(&sc, rr->log);
    if (rr->live)
        live_attach(rr->live, rr->sched, rr->log);
    InterpConfig ic = *cfg;
    ic.sched = rr->sched;
    Interp *interp = interp_new(&ic);
    if (!interp)
        return NULL;
    sched_catch_sigint(rr->sched, &interp->eval_breaker, BREAK_SIGNAL);
    if (rr->live)
        live_program(rr->live, interp, NULL);
    return interp;
}

/* :reset — the old interpreter has ended (repl.c called interp_end_cells). */
static Interp *repl_reset(void *arg, Interp *old, const InterpConfig *cfg)
{
    ReplRun *rr = arg;
    interp_end_cells(old);
    if (interp_free(old)) {
        sched_free(rr->sched);
        ev_free(rr->log);
    }
    return repl_interp(rr, cfg);
}

/* The REPL: live on a terminal, else headless (scripted: stdin, or the
 * --script file). */
static int run_repl(Cli *cli)
{
    FILE *in = stdin;
    if (cli->script_path) {
        in = fopen(cli->script_path, "r");
        if (!in) {
            fprintf(stderr, "%s: cannot open '%s': %s\n", program_name, cli->script_path, strerror(errno));
            return EXIT_USAGE;
        }
    }
    lib_init();
    ReplRun rr = {.cli = cli, .live = cli->script_path ? NULL : open_live(cli, "REPL")};
    Interp *interp = repl_interp(&rr, &cli->cfg);
    if (!interp) {
        if (rr.live)
            live_close(rr.live);
        fprintf(stderr, "%s: cannot create the interpreter\n", program_name);
        return EXIT_ERROR;
    }
    ReplConfig rc = {
        .interp = interp, .live = rr.live, .in = in, .ascii = cli->ascii,
        .width = cli->width ? cli->width : 100, .reset = repl_reset, .reset_arg = &rr,
    };
    int status = repl_run(&rc);
    if (in != stdin)
        fclose(in);
    if (rr.live)
        live_close(rr.live);
    else if (!write_reports(cli, rr.log) && status == EXIT_OK)
        status = EXIT_ERROR;
    gc_process_exiting();
    if (interp_free(rc.interp)) {
        sched_free(rr.sched);
        ev_free(rr.log);
    }
    fflush(stdout);
    return status;
}

/* ------------------------------------------------------------ --compare */

/* The second run's command line: the first's, with --compare's OPTIONS
 * parsed on top of it as the command line parses them (words split at
 * blanks, '...' and "..." group). Options that choose a mode rather than
 * a run are refused. */
static void compare_cli(const Cli *base, Cli *other)
{
    *other = *base;
    other->compare = NULL;
    size_t n = strlen(base->compare);
    char *text = xmalloc(n + 1), **words = xcalloc(n / 2 + 2, sizeof *words);
    int nw = 0;
    const char *p = base->compare;
    char *w = text;
    while (*p) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        words[nw++] = w;
        for (char quote = 0; *p && (quote || (*p != ' ' && *p != '\t')); p++) {
            if (!quote && (*p == '\'' || *p == '"')) quote = *p;
            else if (quote && *p == quote) quote = 0;
            else *w++ = *p;
        }
        *w++ = '\0';
    }
    static const OptionId refused[] = {OPT_COMPARE, OPT_CHECK, OPT_LIST, OPT_LIST_MODULES, OPT_SCRIPT,
                                       OPT_HELP, OPT_VERSION};
    for (int i = 0; i < nw; i++) {
        const char *word = words[i], *value = NULL;
        int id = -1;
        if (word[0] == '-' && word[1] == '-') {
            const char *eq = strchr(word, '=');
            size_t len = eq ? (size_t)(eq - word - 2) : strlen(word + 2);
            for (int k = 0; k < OPT_COUNT; k++)
                if (strlen(options[k].name) == len && strncmp(options[k].name, word + 2, len) == 0) id = k;
            if (eq) value = eq + 1;
        } else if (word[0] == '-' && word[1] && !word[2]) {
            for (int k = 0; k < OPT_COUNT; k++)
                if (options[k].short_name == word[1]) id = k;
        }
        if (id < 0)
            usage_error("--compare: '%s' is not an option of %s", word, program_name);
        for (size_t k = 0; k < sizeof refused / sizeof *refused; k++)
            if (id == (int)refused[k])
                usage_error("--compare: --%s chooses what gilsim does, not how a run runs", options[id].name);
        if (options[id].arg && !value) {
            if (i + 1 == nw)
                usage_error("--compare: --%s needs a value", options[id].name);
            value = words[++i];
        } else if (!options[id].arg && value) {
            usage_error("--compare: --%s takes no value", options[id].name);
        }
        parse_option(other, (OptionId)id, value ? value : "");
    }
    if (nw == 0)
        usage_error("--compare: no options for the second run");
    free(words);
    other->compare_text = text;   /* it stays: options such as --title point into it */
}

/* A run's settings in a few words, for its label. */
static void describe_run(const Cli *cli, const char *how, char *buf, size_t n)
{
    char iv[32];
    stats_format_time(iv, sizeof iv, cli->cfg.switch_interval_ns, cli->ascii);
    char cores[24];
    if (cli->cfg.cores > 0) snprintf(cores, sizeof cores, "%d core%s", cli->cfg.cores, cli->cfg.cores > 1 ? "s" : "");
    else snprintf(cores, sizeof cores, "all cores");
    char seed[40] = "";
    if (cli->cfg.seed)
        snprintf(seed, sizeof seed, ", seed %llu", (unsigned long long)cli->cfg.seed);
    static const char *const checks[] = {
        [CHECKS_PROFILE] = "", [CHECKS_EVERY] = ", switch points every", [CHECKS_DISPATCH] = ", switch points 3.9",
        [CHECKS_CALLS] = ", switch points 3.10", [CHECKS_RESUME] = ", switch points 3.11",
    };
    char python[32] = "";
    if (cli->cfg.python && cli->cfg.python != profile_default())
        snprintf(python, sizeof python, ", CPython %s", cli->cfg.python->name);
    snprintf(buf, n, "%s (%s interval, GIL %s, %s%s%s%s)", how, iv, interp_config_gil_off(&cli->cfg) ? "off" : "on",
             cores, python, checks[cli->cfg.switch_points], seed);
}

static void compare_setup(const Cli *cli, const char *first, Compare *c)
{
    char how[300];
    compare_cli(cli, &c->other);
    describe_run(cli, first, c->label[0], sizeof c->label[0]);
    snprintf(how, sizeof how, "with %s", cli->compare);
    describe_run(&c->other, how, c->label[1], sizeof c->label[1]);
}

/* One headless run of cli->file; its log is kept (*logp) for the reports.
 * quiet: the output goes to the log only (EV_OUTPUT; stderr too, at the
 * end), for the live view that shows this run beside another. */
static int run_headless_kept(const Cli *cli, EventLog **logp, bool quiet)
{
    SchedConfig sc;
    sched_config_default(&sc);
    interp_sched_config(&cli->cfg, &sc);
    sc.timeout_ns = cli->timeout_ns;
    sc.on_deadlock = report_deadlock;
    sc.on_deadlock_arg = (void *)cli;
    sc.on_timeout = report_timeout;
    sc.on_timeout_arg = (void *)cli;
    EventLog *log = ev_new();
    Sched *sched = sched_new(&sc, log);
    InterpConfig ic = cli->cfg;
    ic.sched = sched;
    Interp *interp = interp_new(&ic);
    if (!interp) {
        fprintf(stderr, "%s: cannot create the interpreter\n", program_name);
        exit(EXIT_ERROR);
    }
    sched_catch_sigint(sched, &interp->eval_breaker, BREAK_SIGNAL);
    FILE *sink = NULL, *errs = NULL;
    int saved_err = -1;
    if (quiet) {
        sink = fopen("/dev/null", "w");
        errs = tmpfile();
        if (sink)
            interp->out = sink;
        interp->output_events = true;
        fflush(stderr);
        if (errs) {
            saved_err = dup(STDERR_FILENO);
            dup2(fileno(errs), STDERR_FILENO);
        }
    }
    int status = interp_run_file(interp, cli->file);
    fflush(stdout);
    if (errs) {
        fflush(stderr);
        dup2(saved_err, STDERR_FILENO);
        close(saved_err);
        char buf[4096];
        size_t k;
        int64_t t = sched_now(sched);
        rewind(errs);
        while ((k = fread(buf, 1, sizeof buf, errs)) > 0)
            ev_append(log, t, EV_OUTPUT, 0, 0, EV_NONE, ev_string(log, buf, k), 2);
        fclose(errs);
    }
    if (interp_free(interp))
        sched_free(sched);   /* the log stays for the reports */
    if (sink)
        fclose(sink);
    *logp = log;
    return status;
}

static void compare_reports(const Cli *cli, EventLog *const log[2], const char *const label[2]);

/* --compare headless: each run's output under its label, then both
 * timelines on one time axis, then each run's statistics and --at. */
static int run_compare_headless(const Cli *cli)
{
    static Compare c;
    compare_setup(cli, "as given", &c);
    static EventLog *log[2];   /* kept to the end, as a run's log is (reachable: not a leak) */
    const char *label[2] = {c.label[0], c.label[1]};
    int status[2];
    for (int k = 0; k < 2; k++) {
        printf("%s[run %d] %s\n", k ? "\n" : "", k + 1, label[k]);
        fflush(stdout);
        status[k] = run_headless_kept(k ? &c.other : cli, &log[k], false);
    }
    compare_reports(cli, log, label);
    return status[0] ? status[0] : status[1];
}

/* Both runs' timelines on one time axis, then each run's statistics and
 * --at, under its label. */
static void compare_reports(const Cli *cli, EventLog *const log[2], const char *const label[2])
{
    if (cli->timeline) {
        char *text = cmp_render_text(log[0], label[0], log[1], label[1],
                                     cli->width ? cli->width : terminal_width(), cli->ascii, cli->from_ns,
                                     cli->to_ns);
        fputs("\n", stdout);
        fputs(text, stdout);
        free(text);
    }
    for (int k = 0; k < 2 && (cli->stats || cli->at_ns >= 0); k++) {
        printf("\n[run %d] %s\n", k + 1, label[k]);
        if (cli->stats) {
            StatsResult r;
            stats_compute(log[k], &r);
            char *text = stats_render_text(&r, cli->ascii);
            fputs(text, stdout);
            free(text);
            stats_free(&r);
        }
        if (cli->at_ns >= 0) {
            char *text = tl_explain(log[k], cli->at_ns, cli->ascii);
            fputs(text, stdout);
            free(text);
        }
    }
    fflush(stdout);
}

/* --compare with --script: the REPL's input run twice, headless (what the
 * REPL's :compare runs); the reports as for a program. */
static int run_repl_compare(Cli *cli)
{
    static Compare c;
    compare_setup(cli, "as the session began", &c);   /* its : commands apply to both */
    EventLog *log[2];
    const char *label[2] = {c.label[0], c.label[1]};
    int status[2];
    lib_init();
    for (int k = 0; k < 2; k++) {
        FILE *in = fopen(cli->script_path, "r");
        if (!in) {
            fprintf(stderr, "%s: cannot open '%s': %s\n", program_name, cli->script_path, strerror(errno));
            return EXIT_USAGE;
        }
        printf("%s[run %d] %s\n", k ? "\n" : "", k + 1, label[k]);
        fflush(stdout);
        ReplRun rr = {.cli = k ? &c.other : cli, .live = NULL};
        Interp *interp = repl_interp(&rr, &rr.cli->cfg);
        if (!interp) {
            fprintf(stderr, "%s: cannot create the interpreter\n", program_name);
            return EXIT_ERROR;
        }
        ReplConfig rc = {
            .interp = interp, .live = NULL, .in = in, .ascii = cli->ascii,
            .width = cli->width ? cli->width : 100, .reset = repl_reset, .reset_arg = &rr,
        };
        status[k] = repl_run(&rc);
        fclose(in);
        fflush(stdout);
        log[k] = rr.log;             /* the last interpreter's (after any :reset) */
        if (interp_free(rc.interp))
            sched_free(rr.sched);
    }
    compare_reports(cli, log, label);
    return status[0] ? status[0] : status[1];
}

/* A lesson with --compare, or with `compare:` in its front matter: the
 * second run's session (the compare options over the command line's) and
 * both labels. NULL (reported) if it cannot be loaded. */
static LessonSession *lesson_compare_setup(const Cli *cli, const LessonRunOptions *lo, LessonSession *a,
                                           const char *compare, Compare *c)
{
    Cli first = *cli;
    first.compare = compare;
    first.cfg = *lesson_session_config(a);       /* the label says the lesson's own settings */
    Cli base = *cli;
    base.compare = compare;
    compare_cli(&base, &c->other);                /* the command line's, and the compare options */
    LessonRunOptions lo2 = *lo;
    lo2.cfg = c->other.cfg;
    int status;
    LessonSession *b = lesson_session_load(&lo2, cli->file, &status);
    if (!b)
        return NULL;
    Cli second = c->other;
    second.cfg = *lesson_session_config(b);
    char how[300];
    snprintf(how, sizeof how, "with %s", compare);
    describe_run(&first, "as the lesson sets it", c->label[0], sizeof c->label[0]);
    describe_run(&second, how, c->label[1], sizeof c->label[1]);
    return b;
}

/* Headless: both runs per cell (lesson_session_compare). */
static int run_lesson_compare(const Cli *cli, const LessonRunOptions *lo, LessonSession *a,
                              const char *compare, Compare *c)
{
    LessonSession *b = lesson_compare_setup(cli, lo, a, compare, c);
    if (!b) {
        lesson_session_close(a);
        return EXIT_USAGE;
    }
    return lesson_session_compare(a, b, c->label[0], c->label[1]);
}

/* In the live view (NULL if there is none: then run_lesson_compare): the
 * second run first, quietly, each cell's window kept for the view. */
static EventLog **lesson_compare_first(const Cli *cli, const LessonRunOptions *lo, LessonSession *a,
                                       const char *compare, Compare *c, int *n)
{
    Cli lc = *cli;
    lc.cfg = *lesson_session_config(a);
    if (!live_possible(&lc))
        return NULL;
    LessonSession *b = lesson_compare_setup(cli, lo, a, compare, c);
    if (!b)
        return NULL;
    *n = lesson_session_lesson(b)->ncells;
    EventLog **windows = xcalloc((size_t)*n + 1, sizeof *windows);
    lesson_session_run_kept(b, windows);
    lesson_session_close(b);
    return windows;
}

/* --compare in the live view: the second run first, quietly (its output
 * into its log), then the view shows it beside the first as that runs. */
static void compare_second_run(const Cli *cli, Live *live)
{
    static Compare c;            /* static: the deadlock and timeout reports get &c.other */
    compare_setup(cli, "as given", &c);
    EventLog *log;
    run_headless_kept(&c.other, &log, true);
    live_set_compare(live, log, c.label[0], c.label[1]);
}

int main(int argc, char **argv)
{
    /* static: the scheduler's deadlock and timeout handlers get &cli, and on the
       real backend another process's thread may call them while main returns. */
    static Cli cli;
    Interp *interp;
    int status;

    interp_config_default(&cli.cfg);
    cli.theme = -1;
    cli.at_ns = -1;
    parse_command_line(&cli, argc, argv);
    /* A second Ctrl-C that nothing took (a lesson's prose, the end of a
     * run in the view) must not leave the terminal raw. */
    sched_set_interrupt_last_words(term_restore_from_signal);
    if (cli.cfg.backend_real && interp_config_gil_off(&cli.cfg)) {
        fprintf(stderr, "%s: %s models a free-threaded build on the virtual backend only\n",
                program_name, cli.cfg.gil_off > 0 ? "--gil=off" : "--python=3.13t");
        return EXIT_USAGE;
    }

    /* Mode dispatch: lessons, the REPL (no FILE) or a program; each in the
       live view when stdout is a terminal, headless otherwise. */
    if (cli.list)
        return lesson_list(stdout);
    if (cli.list_modules)
        return lib_list_modules(stdout);
    bool lesson = cli.file && lesson_wanted(cli.file);
    if (lesson && cli.cfg.argc > 1) {
        /* Options may follow a lesson (gilsim lock --timeline): a lesson
           has no sys.argv of its own. */
        const char *file = cli.file;
        cli.file = NULL;
        optind = 0;                          /* glibc: start getopt afresh */
        parse_command_line(&cli, cli.cfg.argc, (char **)cli.cfg.argv);
        if (cli.file)
            usage_error("a lesson takes options, not arguments: '%s'", cli.file);
        cli.file = file;
        cli.cfg.argv = NULL;
        cli.cfg.argc = 0;
    }
    if (cli.pending) {
        fprintf(stderr, "%s: %s is not implemented yet\n", program_name, cli.pending);
        return EXIT_USAGE;
    }
    if (cli.script_path && cli.file)
        usage_error("--script feeds the REPL; it cannot go with a FILE");
    if (cli.compare && !cli.file && !cli.script_path)
        usage_error("--compare runs a program (or a --script) twice: give a FILE");
    if (cli.compare) {               /* its options are checked before anything runs */
        Cli checked;
        compare_cli(&cli, &checked);
        free(checked.compare_text);
    }
    if (!cli.file && cli.compare)
        return run_repl_compare(&cli);
    if ((cli.explore_runs || cli.schedule) && cli.cfg.backend_real)
        usage_error("--%s needs the virtual backend: the real one does not decide its switches",
                    cli.explore_runs ? "explore" : "schedule");
    if (cli.schedule)
        cli.cfg.seed = cli.schedule_seed;   /* the handle's, whatever --seed says */
    if (cli.explore_runs && cli.compare)
        usage_error("--explore searches schedules and --compare shows two runs: give one of them");
    if (cli.explore_runs && cli.schedule)
        usage_error("--explore searches schedules and --schedule replays one: give one of them");
    if ((cli.explore_runs || cli.schedule) && (!cli.file || lesson))
        usage_error("--%s runs a Python program: give a .py FILE%s", cli.explore_runs ? "explore" : "schedule",
                    !cli.explore_runs ? ""
                    : lesson ? " (a lesson explores a cell with 'explore: N' in a gilsim block before it)"
                             : " (the REPL has :explore)");
    if (!cli.file)
        return run_repl(&cli);
    if (lesson)
        return run_lesson(&cli);
    if (cli.check)
        usage_error("--check needs a lesson, not a Python program");

    check_readable(cli.file);
    lib_init();
    if (cli.explore_runs)
        return explore_file(&cli.cfg, cli.file, cli.explore_runs, cli.timeout_ns, stdout, stderr);
    if (cli.compare && (cli.trace_path || cli.svg_path))
        usage_error("--compare shows two runs: --trace and --svg write one (run them one at a time)");
    if (cli.compare && cli.cfg.backend_real)
        usage_error("--compare needs the virtual backend: the real one does not run the same way twice");
    Live *compare_live = NULL;   /* --compare in the view: the second run is shown beside this one */
    if (cli.compare) {
        compare_live = open_live(&cli, cli.file);
        if (!compare_live)
            return run_compare_headless(&cli);
        compare_second_run(&cli, compare_live);
    }

    SchedConfig sc;
    sched_config_default(&sc);
    interp_sched_config(&cli.cfg, &sc);
    sc.timeout_ns = cli.timeout_ns;
    sc.on_deadlock = report_deadlock;
    sc.on_deadlock_arg = &cli;
    sc.on_timeout = report_timeout;
    sc.on_timeout_arg = &cli;
    sc.perturb = cli.perturb;
    Live *live = compare_live ? compare_live : open_live(&cli, cli.file);
    if (live)
        live_sched_config(live, &sc);
    EventLog *log = ev_new();
    Sched *sched = sched_new(&sc, log);
    cli.cfg.sched = sched;
    if (live)
        live_attach(live, sched, log);

    interp = interp_new(&cli.cfg);
    if (!interp) {
        fprintf(stderr, "%s: cannot create the interpreter\n", program_name);
        return EXIT_ERROR;
    }
    sched_catch_sigint(sched, &interp->eval_breaker, BREAK_SIGNAL);
    if (live)
        live_program(live, interp, cli.file);
    status = interp_run_file(interp, cli.file);
    if (live) {
        status = live_finish(live, status);
        live_close(live);
    }
    if (!write_reports(&cli, log) && status == EXIT_OK) status = EXIT_ERROR;
    gc_process_exiting();
    if (interp_free(interp)) {
        sched_free(sched);
        ev_free(log);
    }

    if (fflush(stdout) != 0 && status == EXIT_OK) {
        fprintf(stderr, "%s: write error: %s\n", program_name, strerror(errno));
        status = EXIT_ERROR;
    }
    return status;
}
