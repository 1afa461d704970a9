package dev.mino.runtime.interop;

import dev.mino.runtime.lang.MinoException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** Finds and invokes Java members by name and arguments, choosing among overloads by argument fit. */
public final class Reflector {
    private Reflector() {}

    /** The best public method name(args) of c (static or instance as asked), or an error naming what was tried. */
    static Method findMethod(Class<?> c, String name, Object[] args, boolean isStatic) {
        Method best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Method m : c.getMethods()) {
            if (!m.getName().equals(name) || Modifier.isStatic(m.getModifiers()) != isStatic) continue;
            int s = fit(m, args);
            if (s >= 0 && s < bestScore) {
                best = m;
                bestScore = s;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("No matching " + (isStatic ? "static " : "") + "method " + name + " found taking "
                    + args.length + " args for class " + c.getName());
        }
        return accessible(best);
    }

    static Constructor<?> findConstructor(Class<?> c, Object[] args) {
        Constructor<?> best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Constructor<?> k : c.getConstructors()) {
            int s = fit(k, args);
            if (s >= 0 && s < bestScore) {
                best = k;
                bestScore = s;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("No matching ctor found for class " + c.getName() + " taking " + args.length + " args");
        }
        return best;
    }

    static Field findField(Class<?> c, String name, boolean isStatic) {
        try {
            Field f = c.getField(name);
            if (Modifier.isStatic(f.getModifiers()) == isStatic) return f;
        } catch (NoSuchFieldException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("No matching " + (isStatic ? "static " : "") + "field " + name + " found for class " + c.getName());
    }

    public static boolean hasStaticField(Class<?> c, String name) {
        try {
            return Modifier.isStatic(c.getField(name).getModifiers());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** Sum of per-argument scores; -1 if some argument does not fit. */
    private static int fit(Executable e, Object[] args) {
        Class<?>[] ps = e.getParameterTypes();
        if (ps.length != args.length) return -1;
        int total = 0;
        for (int i = 0; i < ps.length; i++) {
            int s = Coercion.score(args[i], ps[i]);
            if (s < 0) return -1;
            total += s;
        }
        return total;
    }

    /** A method of a non-public class is invoked through the public type that declares it. */
    private static Method accessible(Method m) {
        if (Modifier.isPublic(m.getDeclaringClass().getModifiers())) return m;
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> c = m.getDeclaringClass(); c != null; c = c.getSuperclass()) {
            types.add(c);
            types.addAll(List.of(c.getInterfaces()));
        }
        for (int i = 0; i < types.size(); i++) {
            Class<?> t = types.get(i);
            if (Modifier.isPublic(t.getModifiers())) {
                try {
                    return t.getMethod(m.getName(), m.getParameterTypes());
                } catch (NoSuchMethodException ignored) {
                    // keep looking
                }
            }
            for (Class<?> i2 : t.getInterfaces()) if (!types.contains(i2)) types.add(i2);
        }
        return m;
    }

    /**
     * The same method as declared by an allowed supertype (e.g. java.util.Map.get for a mino map), so
     * granting an interface grants calling it on any implementation; m itself when there is none.
     */
    static Method declarationIn(Method m, InteropAccess access) {
        List<Class<?>> types = new ArrayList<>();
        types.add(m.getDeclaringClass());
        for (int i = 0; i < types.size(); i++) {
            Class<?> t = types.get(i);
            if (access.isAllowed(t) && Modifier.isPublic(t.getModifiers())) {
                try {
                    return t.getMethod(m.getName(), m.getParameterTypes());
                } catch (NoSuchMethodException ignored) {
                    // not declared here
                }
            }
            if (t.getSuperclass() != null) types.add(t.getSuperclass());
            for (Class<?> i2 : t.getInterfaces()) if (!types.contains(i2)) types.add(i2);
        }
        return m;
    }

    static Object[] convertArgs(Executable e, Object[] args) {
        Class<?>[] ps = e.getParameterTypes();
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) out[i] = Coercion.convert(args[i], ps[i]);
        return out;
    }

    static Object invoke(Method m, Object target, Object[] args) {
        try {
            return m.invoke(target, convertArgs(m, args));
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (IllegalAccessException e) {
            throw new MinoException("Cannot access " + m + ": " + e.getMessage(), e);
        }
    }

    static Object construct(Constructor<?> k, Object[] args) {
        try {
            return k.newInstance(convertArgs(k, args));
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (IllegalAccessException | InstantiationException e) {
            throw new MinoException("Cannot construct " + k.getDeclaringClass().getName() + ": " + e.getMessage(), e);
        }
    }

    static Object read(Field f, Object target) {
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new MinoException("Cannot read field " + f + ": " + e.getMessage(), e);
        }
    }

    /** The Java exception a member threw, rethrown as itself so mino code can catch it by class. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException rethrow(Throwable t) throws T {
        throw (T) t;
    }
}
