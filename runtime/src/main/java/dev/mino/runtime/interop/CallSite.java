package dev.mino.runtime.interop;

import dev.mino.runtime.lang.Constructible;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.TypedInstance;
import dev.mino.runtime.lang.IRecord;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MinoException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * One interop form's resolution, cached: the member found for the last receiver class and argument
 * classes is reused while they stay the same, so a hot interop call reflects only once. Tiers hold one
 * site per interop form and call the method matching its kind.
 */
public final class CallSite {
    public enum Kind { INSTANCE_METHOD, STATIC_METHOD, INSTANCE_FIELD, STATIC_FIELD, CONSTRUCTOR }

    private final Kind kind;
    private final Class<?> staticType;
    private final String member;
    private final InteropAccess access;
    /** The last resolution; replaced whole so readers never see a torn entry. */
    private volatile Resolved cache;

    private record Resolved(Class<?> receiver, Class<?>[] argClasses, Object member) {}

    public CallSite(Kind kind, Class<?> staticType, String member, InteropAccess access) {
        this.kind = kind;
        this.staticType = staticType;
        this.member = member;
        this.access = access;
    }

    public Kind kind() { return kind; }
    public Class<?> staticType() { return staticType; }
    public String member() { return member; }

    /** (.member target args...) */
    public Object invokeInstance(Object target, Object[] args) {
        if (target == null) throw new NullPointerException("Cannot invoke method " + member + " on nil");
        if (target instanceof TypedInstance t) {
            Fn inline = t.inlineMethod(member);
            if (inline != null) {
                Object[] withSelf = new Object[args.length + 1];
                withSelf[0] = target;
                System.arraycopy(args, 0, withSelf, 1, args.length);
                return inline.invokeN(withSelf);
            }
            if (args.length == 0 && t.definedType().fieldIndex(member) >= 0) return t.readField(member);
        }
        Method m = (Method) lookup(target.getClass(), args);
        return Reflector.invoke(m, target, args);
    }

    /** (Class/member args...) */
    public Object invokeStatic(Object[] args) {
        Method m = (Method) lookup(staticType, args);
        return Reflector.invoke(m, null, args);
    }

    /** (.-field target) — records and deftypes answer from their fields. */
    public Object readInstanceField(Object target) {
        if (target instanceof TypedInstance t) return t.readField(member);
        if (target instanceof IRecord r) return r.valAt(Keyword.of(member));
        if (target == null) throw new NullPointerException("Cannot read field " + member + " of nil");
        Field f = (Field) lookup(target.getClass(), null);
        return Reflector.read(f, target);
    }

    /** Class/FIELD */
    public Object readStaticField() {
        Field f = (Field) lookup(staticType, null);
        return Reflector.read(f, null);
    }

    /** (Class. args...) / (new Class args...); a Constructible type value constructs itself. */
    public Object construct(Object type, Object[] args) {
        if (type instanceof Constructible c) return c.construct(args);
        if (!(type instanceof Class<?> cls)) throw new MinoException("Unable to resolve classname: " + type);
        Constructor<?> k = (Constructor<?>) lookup(cls, args);
        return Reflector.construct(k, args);
    }

    private Object lookup(Class<?> c, Object[] args) {
        Resolved r = cache;
        if (r != null && r.receiver == c && sameClasses(r.argClasses, args)) return r.member;
        Class<?>[] argClasses = args == null ? null : classesOf(args);
        Object found = switch (kind) {
            case INSTANCE_METHOD -> Reflector.findMethod(c, member, args, false);
            case STATIC_METHOD -> Reflector.findMethod(c, member, args, true);
            case INSTANCE_FIELD -> Reflector.findField(c, member, false);
            case STATIC_FIELD -> Reflector.findField(c, member, true);
            case CONSTRUCTOR -> Reflector.findConstructor(c, args);
        };
        if (found instanceof Method m && !access.isAllowed(m.getDeclaringClass())) {
            found = Reflector.declarationIn(m, access);
        }
        Class<?> declaring = switch (found) {
            case Method m -> m.getDeclaringClass();
            case Field f -> f.getDeclaringClass();
            case Constructor<?> k -> k.getDeclaringClass();
            default -> c;
        };
        access.check(declaring, kind == Kind.CONSTRUCTOR ? "constructor" : member);
        cache = new Resolved(c, argClasses, found);
        return found;
    }

    private static boolean sameClasses(Class<?>[] classes, Object[] args) {
        if (args == null) return classes == null;
        if (classes == null || classes.length != args.length) return false;
        for (int i = 0; i < args.length; i++) {
            Class<?> c = args[i] == null ? null : args[i].getClass();
            if (c != classes[i]) return false;
        }
        return true;
    }

    private static Class<?>[] classesOf(Object[] args) {
        Class<?>[] out = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) out[i] = args[i] == null ? null : args[i].getClass();
        return out;
    }
}
