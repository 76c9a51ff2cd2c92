/* replay.c — main() for a fuzz target built without libFuzzer: runs each
 * input file named on the command line (a directory: every file in it, in
 * name order, so that a run is the same everywhere), or standard input
 * when none is named (AFL++: `afl-fuzz ... -- replay_python`). Prints how
 * many inputs ran; a crash is the target's own (abort, sanitizer report). */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int verbose;

static unsigned char *read_all(FILE *f, size_t *len)
{
    size_t cap = 4096, n = 0, got;
    unsigned char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            unsigned char *more = realloc(buf, cap *= 2);
            if (!more) {
                free(buf);
                return NULL;
            }
            buf = more;
        }
    }
    *len = n;
    return buf;
}

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return -1;
    }
    size_t len;
    unsigned char *data = read_all(f, &len);
    fclose(f);
    if (!data) {
        fprintf(stderr, "%s: out of memory\n", path);
        return -1;
    }
    if (verbose) fprintf(stderr, "%s\n", path);
    LLVMFuzzerTestOneInput(data, len);
    free(data);
    return 1;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Returns the number of inputs run, or -1 on an unreadable one. */
static int run_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        perror(path);
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) return run_file(path);
    DIR *d = opendir(path);
    if (!d) {
        perror(path);
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        if (n == cap) {
            char **more = realloc(names, (cap = cap ? 2 * cap : 64) * sizeof *names);
            if (!more) break;
            names = more;
        }
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    int total = 0;
    for (size_t i = 0; i < n; i++) {
        size_t plen = strlen(path) + strlen(names[i]) + 2;
        char *full = malloc(plen);
        snprintf(full, plen, "%s/%s", path, names[i]);
        int r = stat(full, &st) == 0 && S_ISREG(st.st_mode) ? run_file(full) : 0;
        free(full);
        free(names[i]);
        if (r < 0) total = -1;
        else if (total >= 0) total += r;
    }
    free(names);
    return total;
}

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int first = 1;
    if (argc > 1 && strcmp(argv[1], "-v") == 0) {
        verbose = 1;
        first = 2;
    }
    if (first >= argc) {
        size_t len;
        unsigned char *data = read_all(stdin, &len);
        if (!data) return 1;
        LLVMFuzzerTestOneInput(data, len);
        free(data);
        printf("1 input\n");
        return 0;
    }
    int total = 0, failed = 0;
    for (int i = first; i < argc; i++) {
        int r = run_path(argv[i]);
        if (r < 0) failed = 1;
        else total += r;
    }
    printf("%d inputs\n", total);
    return failed;
}
