/* tracebackmod.c — _traceback, the C half of the traceback module
 * (src/lib/py/traceback.py): the source lines behind traceback entries and
 * frame snapshots, which only the code objects keep (gilsim has no
 * linecache and no files).
 */

#include "lib/lib.h"
#include "lib/modules.h"
#include "vm/code.h"
#include "vm/exc.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/strbuf.h"

/* source_line(code, lineno): the line stripped of surrounding blanks, or ''. */
static Value tb_source_line(ThreadState *ts, int argc, Value *argv, Value kwnames)
{
    if (!lib_check_positional(ts, "source_line", argc, kwnames, 2, 2))
        return VAL_NULL;
    if (!val_is(argv[0], K_CODE))
        return err_format(ts, &exc_TypeError, "source_line() argument 1 must be code, not %s",
                          val_type_name(argv[0]));
    int64_t line;
    if (!lib_index_i64(ts, argv[1], &line, "int"))
        return VAL_NULL;
    StrBuf sb;
    sb_init(&sb);
    if (line < 1 || line > INT32_MAX || !code_source_line(CODE(argv[0]), (int)line, &sb))
        sb.len = 0;
    return sb_finish(ts, &sb);
}

static const MethodDef traceback_functions[] = {
    {"source_line", tb_source_line, 0},
    {NULL, NULL, 0},
};

int tracebackmod_init(ThreadState *ts, Value module)
{
    return module_add_functions(ts, module, traceback_functions);
}
