package dev.mino.runtime.core;

import dev.mino.runtime.interop.GeneratedInterfaces;
import dev.mino.runtime.interop.GeneratedInterfaces.MethodSpec;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What gen-interface and definterface expand to: gen-interface*, which makes an interface in the state's
 * own class loader from its name, the interfaces it extends and its methods, each [name [param-types]
 * return-type] with types named by symbols (primitive names, imported or java.lang simple names, or full
 * names).
 */
final class InterfaceFns {
    private static final Map<String, Class<?>> PRIMITIVES = Map.of(
            "long", long.class, "int", int.class, "double", double.class, "float", float.class, "short", short.class,
            "byte", byte.class, "char", char.class, "boolean", boolean.class, "void", void.class);

    private InterfaceFns() {}

    static void install(CoreLibrary lib) {
        GeneratedInterfaces interfaces = new GeneratedInterfaces(lib.evaluator.userAccess(), ClojureTypeNames::isClojureType,
                lib.evaluator.classes());
        lib.privateFn("gen-interface*").a3((name, extended, methods) -> {
            List<Class<?>> supers = new ArrayList<>();
            for (ISeq s = Seqs.seq(extended); s != null; s = s.next()) supers.add(type(lib, s.first()));
            List<MethodSpec> specs = new ArrayList<>();
            for (ISeq s = Seqs.seq(methods); s != null; s = s.next()) specs.add(method(lib, s.first()));
            return interfaces.define(String.valueOf(name), supers, specs);
        });
    }

    private static MethodSpec method(CoreLibrary lib, Object spec) {
        List<Object> parts = list(spec);
        if (parts.size() != 3) throw new IllegalArgumentException("A method is [name [param-types] return-type], got: " + spec);
        List<Class<?>> params = new ArrayList<>();
        for (Object p : list(parts.get(1))) params.add(type(lib, p));
        return new MethodSpec(String.valueOf(parts.get(0)), List.copyOf(params), type(lib, parts.get(2)));
    }

    private static List<Object> list(Object coll) {
        List<Object> out = new ArrayList<>();
        for (ISeq s = Seqs.seq(coll); s != null; s = s.next()) out.add(s.first());
        return out;
    }

    /** The class a type name (a symbol or string) or class stands for. */
    private static Class<?> type(CoreLibrary lib, Object t) {
        if (t instanceof Class<?> c) return c;
        String name = t instanceof Symbol s ? s.getName() : String.valueOf(t);
        Class<?> c = PRIMITIVES.get(name);
        if (c == null) c = lib.evaluator.currentNs().lookupImport(name);
        if (c == null) c = ClojureTypeNames.resolve(name);
        if (c != null) return c;
        try {
            return Class.forName(name.indexOf('.') < 0 ? "java.lang." + name : name, false, lib.evaluator.classes());
        } catch (ClassNotFoundException e) {
            throw new MinoException("Unable to resolve classname: " + name);
        }
    }
}
