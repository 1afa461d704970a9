package dev.mino.jsr223;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import javax.script.ScriptException;

/**
 * A Java interface implemented by a state's fns (Invocable.getInterface): each method calls the var of its
 * name, with the receiver first when there is one. Numbers come back as the method's primitive type (mino's
 * integers are Longs, an int method gets an int); other results pass as they are.
 */
final class ScriptInterface implements InvocationHandler {
    private final MinoScriptEngine engine;
    private final Object receiver;
    private final Class<?> type;

    private ScriptInterface(MinoScriptEngine engine, Object receiver, Class<?> type) {
        this.engine = engine;
        this.receiver = receiver;
        this.type = type;
    }

    /** type implemented by the engine's fns, or null when one of its abstract methods has no fn (as Invocable says). */
    static <T> T of(MinoScriptEngine engine, Object receiver, Class<T> type) {
        if (type == null || !type.isInterface()) throw new IllegalArgumentException("Not an interface: " + type);
        for (Method m : type.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && !engine.hasFunction(m.getName())) return null;
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new ScriptInterface(engine, receiver, type)));
    }

    @Override public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) return objectMethod(proxy, method, args);
        if (method.isDefault() && !engine.hasFunction(method.getName())) return InvocationHandler.invokeDefault(proxy, method, args);
        Object[] given = args == null ? new Object[0] : args;
        try {
            Object result = receiver == null
                    ? engine.invokeFunction(method.getName(), given)
                    : engine.invokeMethod(receiver, method.getName(), given);
            return asReturned(result, method.getReturnType());
        } catch (ScriptException e) {
            // The interface's methods declare no ScriptException: the state's own (unchecked) error instead.
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "mino " + type.getName();
        };
    }

    private static Object asReturned(Object result, Class<?> returnType) {
        if (!(result instanceof Number n) || !returnType.isPrimitive()) return result;
        return switch (returnType.getName()) {
            case "int" -> n.intValue();
            case "long" -> n.longValue();
            case "double" -> n.doubleValue();
            case "float" -> n.floatValue();
            case "short" -> n.shortValue();
            case "byte" -> n.byteValue();
            default -> result;
        };
    }
}
