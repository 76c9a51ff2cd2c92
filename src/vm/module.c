/* module.c — module objects: a namespace dict with a name. */
#include "config.h"

#include <stddef.h>

#include "vm/module.h"
#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/strbuf.h"

#define MODULE(v) ((ModuleObj *)(v))

static Value module_repr(ThreadState *ts, Value self)
{
    ModuleObj *m = MODULE(self);
    Value file = dict_get_str(m->dict, ts->interp->names.__file__);
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, "<module ");
    if (sb_append_repr(ts, &sb, m->name) < 0) {
        sb_free(&sb);
        return VAL_NULL;
    }
    if (file && IS_STR(file)) {
        sb_puts(&sb, " from ");
        if (sb_append_repr(ts, &sb, file) < 0) {
            sb_free(&sb);
            return VAL_NULL;
        }
        sb_putc(&sb, '>');
    } else {
        sb_puts(&sb, " (built-in)>");
    }
    return sb_finish(ts, &sb);
}

/* Attribute lookup, then the module's own __getattr__ (PEP 562) for a
 * name it does not have. */
static Value module_getattr(ThreadState *ts, Value self, Value name)
{
    Value v = generic_getattr(ts, self, name);
    if (v || !err_matches(ts, &exc_AttributeError)) return v;
    Value hook = dict_get_cstr(MODULE(self)->dict, "__getattr__");
    if (!hook) return VAL_NULL;
    err_clear(ts);
    return vm_call1(ts, hook, name);
}

static void module_trace(GC *gc, Obj *self)
{
    ModuleObj *m = (ModuleObj *)self;
    gc_mark(gc, m->dict);
    gc_mark(gc, m->name);
}

Type type_module = {
    .h = {.type = &type_type, .kind = K_TYPE, .gc_flags = OF_IMMORTAL},
    .name = "module",
    .layout = K_MODULE,
    .instance_size = sizeof(ModuleObj),
    .dict_offset = offsetof(ModuleObj, dict),
    .tp_repr = module_repr,
    .tp_getattr = module_getattr,
    .tp_setattr = generic_setattr,
    .trace = module_trace,
};

Value module_new(ThreadState *ts, Value name)
{
    gc_push_root(ts, name);
    ModuleObj *m = gc_alloc(ts, &type_module, sizeof(ModuleObj));
    m->name = name;
    gc_push_root(ts, VAL(m));
    m->dict = dict_new(ts);
    dict_set_str(ts->interp, m->dict, ts->interp->names.__name__, name);
    dict_set_str(ts->interp, m->dict, ts->interp->names.__doc__, VAL_NONE);
    gc_pop_roots(ts, 2);
    return VAL(m);
}

Value module_dict(Value module) { return MODULE(module)->dict; }

int module_add_value(ThreadState *ts, Value module, const char *name, Value v)
{
    gc_push_root(ts, v);
    Value key = interp_intern_cstr(ts, name);
    int r = dict_set_str(ts->interp, MODULE(module)->dict, key, v);
    gc_pop_roots(ts, 1);
    return r;
}

int module_add_functions(ThreadState *ts, Value module, const MethodDef *defs)
{
    for (const MethodDef *d = defs; d->name; d++) {
        NativeObj *f = gc_alloc(ts, &type_native, sizeof(NativeObj));
        f->def = d;
        f->self = VAL_NULL;
        f->owner = NULL;
        if (module_add_value(ts, module, d->name, VAL(f)) < 0) return -1;
    }
    return 0;
}
