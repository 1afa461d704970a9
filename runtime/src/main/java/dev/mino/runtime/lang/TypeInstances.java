package dev.mino.runtime.lang;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes deftype and reify instances in the shape their host interfaces need: a plain object, a
 * callable one for clojure.lang.IFn, or a java.lang.reflect.Proxy implementing the declared interfaces.
 */
final class TypeInstances {
    private TypeInstances() {}

    /** Rejects what an instance cannot implement: classes other than Object and IFn, and IFn beside other interfaces. */
    static void checkHostTypes(List<Class<?>> hostTypes, String typeName) {
        for (Class<?> c : hostTypes) {
            if (c != Fn.class && !c.isInterface()) {
                throw new IllegalArgumentException(typeName + ": only interfaces, Object and clojure.lang.IFn can be implemented, not "
                        + Printing.className(c));
            }
        }
        if (hostTypes.contains(Fn.class) && hostTypes.size() > 1) {
            throw new IllegalArgumentException(typeName + ": mino cannot implement clojure.lang.IFn together with other interfaces");
        }
    }

    static Object create(DefinedType type, Object[] fields, MethodTable methods, IPersistentMap meta, boolean reify) {
        List<Class<?>> hosts = methods.hostTypes();
        if (hosts.isEmpty()) return reify ? new ReifyInstance(type, methods, meta) : new TypeInstance(type, fields, methods);
        if (hosts.contains(Fn.class)) return new CallableInstance(type, fields, methods, meta);
        TypeInstance state = reify ? new ReifyInstance(type, methods, meta) : new TypeInstance(type, fields, methods);
        return proxyFor(state, interfaces(hosts, reify));
    }

    static Object proxyFor(TypeInstance state, Class<?>[] interfaces) {
        return Proxy.newProxyInstance(loaderSeeing(interfaces), interfaces, new ProxyDispatch(state));
    }

    /**
     * mino's own loader, unless an interface is one it cannot see: one a state generated (definterface), whose
     * loader, a child of mino's, sees the rest too.
     */
    private static ClassLoader loaderSeeing(Class<?>[] interfaces) {
        ClassLoader mino = TypedInstance.class.getClassLoader();
        for (Class<?> i : interfaces) {
            ClassLoader l = i.getClassLoader();
            if (l != null && l != mino && l.getParent() == mino) return l;
        }
        return mino;
    }

    /** The declared interfaces plus mino's own: TypedInstance always, IObj for reify (as Clojure's reify). */
    static Class<?>[] interfaces(List<Class<?>> hosts, boolean reify) {
        List<Class<?>> all = new ArrayList<>(hosts);
        all.add(TypedInstance.class);
        if (reify && !all.contains(IObj.class)) all.add(IObj.class);
        return all.toArray(new Class<?>[0]);
    }

    /** The Java class of instances with these host types. */
    static Class<?> instanceClass(List<Class<?>> hosts, boolean reify) {
        if (hosts.isEmpty()) return reify ? ReifyInstance.class : TypeInstance.class;
        if (hosts.contains(Fn.class)) return CallableInstance.class;
        return proxyFor(new TypeInstance(null, new Object[0], MethodTable.EMPTY), interfaces(hosts, reify)).getClass();
    }
}
