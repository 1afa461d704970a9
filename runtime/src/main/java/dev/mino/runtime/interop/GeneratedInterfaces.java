package dev.mino.runtime.interop;

import dev.mino.runtime.lang.MinoException;
import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * One state's interfaces made by gen-interface and definterface, written with java.lang.classfile and
 * defined in the state's {@link StateClassLoader}. An interface cannot be redefined in a state: evaluating
 * the same definition again answers the interface already made, a different one under the same name is
 * an error. Extending an interface needs it granted, as for proxy.
 */
public final class GeneratedInterfaces {
    /** One abstract method: its name, parameter types and return type. */
    public record MethodSpec(String name, List<Class<?>> parameters, Class<?> returns) {}

    private record Definition(List<Class<?>> extended, List<MethodSpec> methods) {}

    private final InteropAccess access;
    private final Predicate<Class<?>> ungranted;
    private final StateClassLoader loader;
    private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

    public GeneratedInterfaces(InteropAccess access, Predicate<Class<?>> ungranted, StateClassLoader loader) {
        this.access = access;
        this.ungranted = ungranted;
        this.loader = loader;
    }

    /** The interface name, made now unless this state made it already from the same definition. */
    public synchronized Class<?> define(String name, List<Class<?>> extended, List<MethodSpec> methods) {
        Definition d = new Definition(List.copyOf(extended), List.copyOf(methods));
        Definition before = definitions.get(name);
        if (before != null) {
            if (before.equals(d)) return loader.generated(name);
            throw new MinoException("The interface " + name + " is already defined in this state with other methods; mino cannot redefine it");
        }
        for (Class<?> c : extended) {
            if (!c.isInterface()) throw new IllegalArgumentException("An interface can only extend interfaces, not " + c.getName());
            if (!ungranted.test(c)) access.check(c, "definterface");
        }
        try {
            Class<?> c = loader.define(name, bytes(name, d));
            definitions.put(name, d);
            return c;
        } catch (LinkageError e) {
            throw new MinoException("Cannot define the interface " + name + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(String name, Definition d) {
        return ClassFile.of().build(ClassDesc.of(name), cb -> {
            cb.withFlags(AccessFlag.PUBLIC, AccessFlag.INTERFACE, AccessFlag.ABSTRACT);
            cb.withSuperclass(ConstantDescs.CD_Object);
            cb.withInterfaceSymbols(d.extended().stream().map(GeneratedInterfaces::desc).toList());
            for (MethodSpec m : d.methods()) {
                MethodTypeDesc type = MethodTypeDesc.of(desc(m.returns()), m.parameters().stream().map(GeneratedInterfaces::desc).toList());
                cb.withMethod(m.name(), type, ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT, mb -> { });
            }
        });
    }

    private static ClassDesc desc(Class<?> c) {
        return c.describeConstable().orElseThrow(() -> new IllegalArgumentException("Cannot name the class " + c.getName()));
    }
}
