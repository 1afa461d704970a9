package dev.mino.runtime.interop;

import dev.mino.runtime.lang.IProxy;
import dev.mino.runtime.lang.MinoException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * One state's proxy classes (get-proxy-class): made on first request, defined in the state's
 * {@link StateClassLoader}, and kept by name, so two states never share a proxy class and a state's classes go when it does.
 * Proxying a class or interface needs it granted, as calling it would (the interop allow-list); the
 * clojure.lang types mino plays need no grant, as for reify.
 */
public final class ProxyClasses {
    private final InteropAccess access;
    /** The types a proxy may extend or implement without a grant: the clojure.lang types mino plays. */
    private final Predicate<Class<?>> ungranted;
    private final StateClassLoader loader;
    private final Map<String, Class<?>> byName = new ConcurrentHashMap<>();

    /** loader: the state's, which proxy classes are defined in. */
    public ProxyClasses(InteropAccess access, Predicate<Class<?>> ungranted, StateClassLoader loader) {
        this.access = access;
        this.ungranted = ungranted;
        this.loader = loader;
    }

    /**
     * proxy-name: nsName.proxy$Super$Iface1$Iface2$hash, the interfaces in name order, hash telling apart sets
     * whose simple names collide.
     */
    public static String name(String nsName, Class<?> superclass, List<Class<?>> interfaces) {
        List<Class<?>> sorted = new ArrayList<>(interfaces);
        sorted.sort(Comparator.comparing(Class::getName));
        StringBuilder sb = new StringBuilder(nsName.replace('-', '_')).append(".proxy$").append(superclass.getName());
        List<String> names = new ArrayList<>();
        for (Class<?> i : sorted) {
            sb.append('$').append(i.getSimpleName());
            names.add(i.getName());
        }
        return sb.append('$').append(Integer.toHexString(names.hashCode())).toString();
    }

    /** get-proxy-class: the class extending the first of bases if it is a class (else Object), implementing the rest. */
    public Class<?> classFor(String nsName, List<Class<?>> bases) {
        for (Class<?> c : bases) checkProxiable(c);
        Class<?> superclass = bases.isEmpty() || bases.getFirst().isInterface() ? Object.class : bases.getFirst();
        if (Modifier.isFinal(superclass.getModifiers())) {
            throw new IllegalArgumentException("Cannot proxy the final class " + superclass.getName());
        }
        List<Class<?>> interfaces = interfacesOf(bases);
        return byName.computeIfAbsent(name(nsName, superclass, interfaces), n -> define(n, superclass, interfaces));
    }

    /** The interfaces among bases, each once; a class other than the first is an error. */
    private static List<Class<?>> interfacesOf(List<Class<?>> bases) {
        List<Class<?>> out = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            Class<?> c = bases.get(i);
            if (c.isInterface()) {
                if (!out.contains(c)) out.add(c);
            } else if (i > 0) {
                throw new IllegalArgumentException("A proxy extends at most one class, named first: " + c.getName()
                        + " comes after " + bases.getFirst().getName());
            }
        }
        return out;
    }

    private Class<?> define(String name, Class<?> superclass, List<Class<?>> interfaces) {
        byte[] bytes = new ProxyClassWriter(name, superclass, interfaces).bytes(loader);
        try {
            return loader.define(name, bytes);
        } catch (LinkageError e) {
            throw new MinoException("Cannot make a proxy of " + superclass.getName() + " " + interfaces + ": " + e.getMessage(), e);
        }
    }

    private void checkProxiable(Class<?> c) {
        if (c.isPrimitive() || c.isArray()) throw new IllegalArgumentException("Cannot proxy " + c.getName());
        if (!Modifier.isPublic(c.getModifiers())) throw new IllegalArgumentException("Cannot proxy the non-public " + c.getName());
        if (ungranted.test(c)) return;
        access.check(c, "proxy");
    }

    /** Whether c is one of this state's generated classes. */
    public boolean owns(Class<?> c) {
        return loader.owns(c);
    }

    /**
     * construct-proxy: a new instance of c with the constructor that fits args. Any other class than this state's
     * proxy classes is constructed as (new c args...) would be, through the allow-list.
     */
    public Object construct(Class<?> c, Object[] args) {
        if (!owns(c)) return new CallSite(CallSite.Kind.CONSTRUCTOR, c, "new", access).construct(c, args);
        Constructor<?> k = Reflector.findConstructor(c, args);
        return Reflector.construct(k, args);
    }

    /** The IProxy x, or a ClassCastException as Clojure's cast to IProxy throws. */
    public static IProxy asProxy(Object x) {
        if (x instanceof IProxy p) return p;
        throw new ClassCastException((x == null ? "nil" : "class " + x.getClass().getName()) + " cannot be cast to class clojure.lang.IProxy");
    }
}
