/* module.h — module objects (ModuleObj of object.h): a namespace dict with a
 * name. module_new and friends are declared in interp.h, where imports live. */
#ifndef GILSIM_MODULE_H
#define GILSIM_MODULE_H

#include "vm/object.h"

Value module_dict(Value module);

#endif
