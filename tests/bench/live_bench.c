/* live_bench: the live view's frame time (issue 7: 64 lanes x 200 columns
 * <= 1 ms a frame). Not a pass/fail test: `make bench` prints the figures. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "ui/live.h"

int main(int argc, char **argv)
{
    int lanes = argc > 1 ? atoi(argv[1]) : 64;
    int cols = argc > 2 ? atoi(argv[2]) : 200;
    int frames = argc > 3 ? atoi(argv[3]) : 300;
    if (live_bench(lanes, cols, frames, stdout) != 0) {
        fprintf(stderr, "live_bench: no terminal description (set TERM)\n");
        return 77;
    }
    return 0;
}
