/* class.h — type objects as values: `type`, `object`, user classes made by a
 * class statement, their instances, and the slot wrappers that route CPython's
 * operator protocol to a class's dunder methods. */
#ifndef GILSIM_CLASS_H
#define GILSIM_CLASS_H

#include "vm/object.h"

/* type(name, bases, dict) for a class statement: bases is a tuple of
 * classes; the MRO is C3's, the layout the most derived base's. */
Value class_new(ThreadState *ts, Value name, Value bases, Value dict, Value qualname);
/* The same with a metaclass (a subtype of type) as the new class's type. */
Value class_new_meta(ThreadState *ts, Type *meta, Value name, Value bases, Value dict, Value qualname);
/* The end of a class statement: the namespace ns is filled; picks the
 * metaclass (kwargs' "metaclass", else the bases'), calls it with the other
 * keywords (kwargs may be VAL_NULL; its "metaclass" key is removed). */
Value class_build(ThreadState *ts, Value name, Value bases, Value ns, Value kwargs);
/* The namespace a class statement's body fills: the metaclass's
 * __prepare__(name, bases, **kwargs) if it has one (an exact dict; a dict
 * subclass is refused with NotImplementedError), else a new dict. */
Value class_prepare(ThreadState *ts, Value name, Value bases, Value kwargs);
/* __mro__ of t: the stored tuple of a heap type, a new one for a built-in. */
Value class_mro(ThreadState *ts, Type *t);
/* An instance of a heap type with no arguments, before __init__ (object.__new__). */
Value instance_new(ThreadState *ts, Type *t);
/* repr like "<__main__.Foo object at 0x...>" */
Value object_default_repr(ThreadState *ts, Value v);
/* Re-fill a heap type's slots after its dict changed (a dunder set on the class). */
void class_update_slots(Type *t);
/* A type's repr: "<class 'int'>" / "<class '__main__.Foo'>". */
Value type_repr(ThreadState *ts, Value t);

/* list[int]: a types.GenericAlias of origin and args (a tuple, or one item). */
Value generic_alias_new(ThreadState *ts, Value origin, Value args);
extern Type type_generic_alias;
/* type_ready() for the descriptor types of class.c (for types_init). */
void descr_types_ready(void);
/* object's defaults, for other types to reuse. */
int64_t object_hash_addr(Value v);              /* CPython's pointer hash */
int64_t object_hash_identity(ThreadState *ts, Value v);   /* deterministic identity hash (object.__hash__) */
Value object_new(ThreadState *ts, Type *t, int argc, Value *argv, Value kwnames);
/* Calls a method found on a type (by type_lookup) with self prepended, binding
 * it first if it is a descriptor other than a plain function. */
Value call_method_found(ThreadState *ts, Value func, Value self, int argc, Value *argv);
/* CPython's descr_check: true if obj is an instance of owner (or of a
 * subclass), else false with TypeError "descriptor 'NAME' for 'OWNER' objects
 * doesn't apply to a '...' object". */
bool descr_check(ThreadState *ts, const char *name, Type *owner, Value obj);
/* The descriptor type of GetSetDefs (a data descriptor). */
extern Type type_getset_descr;
/* True if descr (found on a type) is a data descriptor: a getset, a property,
 * or an instance of a class with __set__/__delete__. */
bool descr_is_data(Value descr);
/* Sets (v != VAL_NULL) or deletes through a data descriptor. */
int descr_set(ThreadState *ts, Value descr, Value obj, Value v);

#endif
