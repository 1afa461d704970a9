package dev.mino.runtime.lang;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Routes the calls on a deftype or reify instance that implements host interfaces (a
 * java.lang.reflect.Proxy) to the type's method fns, with the proxy as the receiver: Java arguments
 * become mino values (int to long), and results are converted to the declared return type.
 */
final class ProxyDispatch implements InvocationHandler {
    private final TypeInstance state;

    ProxyDispatch(TypeInstance state) {
        this.state = state;
    }

    TypeInstance state() { return state; }

    @Override public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
        Class<?> declaring = m.getDeclaringClass();
        if (declaring == TypedInstance.class) return stateCall(m, args);
        String name = m.getName();
        if (declaring == Object.class) {
            return switch (name) {
                case "toString" -> TypeInstance.describe(proxy, state);
                case "equals" -> TypeInstance.equal(proxy, state, args[0]);
                default -> TypeInstance.hashOf(proxy, state);
            };
        }
        Fn f = state.methods().host(name);
        if (f == null) return unimplemented(proxy, m, args);
        Object[] all = new Object[args == null ? 1 : args.length + 1];
        all[0] = proxy;
        for (int i = 1; i < all.length; i++) all[i] = toMino(args[i - 1]);
        return toJava(f.invokeN(all), m.getReturnType());
    }

    private Object stateCall(Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(state, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Reify metadata when the form does not define meta/withMeta itself; default methods; else AbstractMethodError. */
    private Object unimplemented(Object proxy, Method m, Object[] args) throws Throwable {
        if (state instanceof ReifyInstance r) {
            if (m.getName().equals("meta") && m.getParameterCount() == 0) return r.meta();
            if (m.getName().equals("withMeta") && m.getParameterCount() == 1) {
                return TypeInstances.proxyFor(r.withMeta((IPersistentMap) args[0]), proxy.getClass().getInterfaces());
            }
        }
        if (m.isDefault()) return InvocationHandler.invokeDefault(proxy, m, args);
        throw new AbstractMethodError(state.definedType().typeName() + "." + m.getName());
    }

    private static Object toMino(Object x) {
        return switch (x) {
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case Float f -> f.doubleValue();
            case null, default -> x;
        };
    }

    private static Object toJava(Object r, Class<?> type) {
        if (type == void.class) return null;
        if (!type.isPrimitive()) return r;
        if (type == boolean.class) return Truth.isTruthy(r);
        if (type == char.class) return (Character) r;
        Number n = (Number) r;
        if (type == int.class) return n.intValue();
        if (type == long.class) return n.longValue();
        if (type == double.class) return n.doubleValue();
        if (type == float.class) return n.floatValue();
        if (type == short.class) return n.shortValue();
        return n.byteValue();
    }

    /** The state behind x when x is such a proxy, else null. */
    static TypeInstance stateOf(Object x) {
        return x != null && Proxy.isProxyClass(x.getClass()) && Proxy.getInvocationHandler(x) instanceof ProxyDispatch d ? d.state : null;
    }
}
