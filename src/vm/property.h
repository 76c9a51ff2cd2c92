/* property.h — the descriptor types a class body uses by calling them:
 * property(fget, fset, fdel, doc), staticmethod(f), classmethod(f).
 * (Decorators are outside gilsim's subset; `x = property(get_x)` is not.) */
#ifndef GILSIM_PROPERTY_H
#define GILSIM_PROPERTY_H

#include "vm/object.h"

extern Type type_property, type_staticmethod, type_classmethod;

/* classmethod(func) */
Value classmethod_new(ThreadState *ts, Value func);

#endif
