package dev.mino.runtime.lang;

/**
 * The anonymous type of one reify form. Its instances carry their own method closures (they close over
 * the locals where reify was evaluated); the type records the shape they share.
 */
public final class ReifyType extends DefinedType {
    private volatile Class<?> instanceClass;

    public ReifyType(String name) {
        super(name);
    }

    @Override public boolean sharesMethods() { return false; }

    /** A new instance with these methods; the first instance fixes the form's shape. */
    public Object create(MethodTable methods, IPersistentMap meta) {
        if (methods() == MethodTable.EMPTY) implement(methods);
        return TypeInstances.create(this, new Object[0], methods, meta, true);
    }

    @Override public Class<?> instanceClass() {
        Class<?> c = instanceClass;
        if (c == null) {
            c = TypeInstances.instanceClass(hostTypes(), true);
            instanceClass = c;
        }
        return c;
    }
}
