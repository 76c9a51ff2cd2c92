/* property.h — the descriptor types a class body uses as decorators or by
 * calling them: property(fget, fset, fdel, doc) with getter/setter/deleter,
 * staticmethod(f), classmethod(f). */
#ifndef GILSIM_PROPERTY_H
#define GILSIM_PROPERTY_H

#include "vm/object.h"

extern Type type_property, type_staticmethod, type_classmethod;

/* classmethod(func) */
Value classmethod_new(ThreadState *ts, Value func);

#endif
