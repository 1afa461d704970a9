package dev.mino.runtime.lang;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** VarHandles on a class's own fields, for the few places that need opaque or release access to them. */
final class FieldHandles {
    private FieldHandles() {}

    /** The handle on field name (of the given type) of the class lookup was made in. */
    static VarHandle of(MethodHandles.Lookup lookup, String name, Class<?> type) {
        try {
            return lookup.findVarHandle(lookup.lookupClass(), name, type);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
