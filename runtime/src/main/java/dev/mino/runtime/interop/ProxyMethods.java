package dev.mino.runtime.interop;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods a proxy class overrides, one per name and parameter types: the public and protected
 * instance methods of its superclass and the superclass's ancestors (Object's public ones, not its
 * protected clone and finalize), then those of its interfaces. Final methods cannot be overridden and
 * are left as they are; the most derived declaration of a method is the one overridden.
 */
final class ProxyMethods {
    private ProxyMethods() {}

    static List<Method> overridable(Class<?> superclass, List<Class<?>> interfaces) {
        Map<String, Method> found = new LinkedHashMap<>();
        Set<String> sealed = new HashSet<>();
        for (Class<?> k = superclass; k != null; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (Modifier.isStatic(mod) || m.isSynthetic() || !(Modifier.isPublic(mod) || Modifier.isProtected(mod))) continue;
                if (!namesPublicTypes(m)) continue;
                if (k == Object.class && !Modifier.isPublic(mod)) continue;
                String sig = signature(m);
                if (Modifier.isFinal(mod)) sealed.add(sig);
                if (!sealed.contains(sig)) found.putIfAbsent(sig, m);
            }
        }
        List<Class<?>> all = new ArrayList<>(interfaces);
        for (Class<?> k = superclass; k != null; k = k.getSuperclass()) all.addAll(Arrays.asList(k.getInterfaces()));
        for (Class<?> i : all) {
            for (Method m : i.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || !namesPublicTypes(m)) continue;
                String sig = signature(m);
                if (!sealed.contains(sig)) found.putIfAbsent(sig, m);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * Whether the method without a mapped fn can call the superclass's: the superclass has a concrete one (its
     * own, inherited, or an interface's default method it inherits). An interface method the superclass lacks
     * has none, default or not, as in Clojure.
     */
    static boolean hasSuperImplementation(Class<?> superclass, Method m) {
        Method impl = m.getDeclaringClass().isAssignableFrom(superclass) ? implementation(superclass, m) : null;
        return impl != null && !Modifier.isAbstract(impl.getModifiers());
    }

    private static Method implementation(Class<?> superclass, Method m) {
        try {
            return superclass.getMethod(m.getName(), m.getParameterTypes());
        } catch (NoSuchMethodException e) {
            // A protected method: declared somewhere up the chain.
            for (Class<?> k = superclass; k != null; k = k.getSuperclass()) {
                try {
                    return k.getDeclaredMethod(m.getName(), m.getParameterTypes());
                } catch (NoSuchMethodException notHere) {
                    // keep looking up
                }
            }
            return null;
        }
    }

    /** Whether a class in another package can name m's parameter and return types (an override must). */
    private static boolean namesPublicTypes(Method m) {
        if (!isPublicType(m.getReturnType())) return false;
        for (Class<?> p : m.getParameterTypes()) {
            if (!isPublicType(p)) return false;
        }
        return true;
    }

    private static boolean isPublicType(Class<?> c) {
        while (c.isArray()) c = c.getComponentType();
        return c.isPrimitive() || Modifier.isPublic(c.getModifiers());
    }

    private static String signature(Method m) {
        return m.getName() + Arrays.toString(m.getParameterTypes());
    }
}
