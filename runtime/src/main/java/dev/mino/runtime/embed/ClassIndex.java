package dev.mino.runtime.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK's classes by package, for completing class names: a package's class files are listed from its
 * module once, when first asked for, and a class is loaded (not initialised) only to see whether it is public.
 */
final class ClassIndex {
    private static final Map<String, List<String>> PACKAGES = new ConcurrentHashMap<>();

    private ClassIndex() {}

    /** The full names of pkg's top-level classes, public or not; none for a package no JDK module exports. */
    static List<String> classesIn(String pkg) {
        return PACKAGES.computeIfAbsent(pkg, ClassIndex::list);
    }

    static boolean isPublic(String className) {
        Class<?> c = find(className);
        return c != null && Modifier.isPublic(c.getModifiers());
    }

    /** The class of that name, loaded without running its initialiser; null if there is none. */
    static Class<?> find(String className) {
        try {
            return Class.forName(className, false, ClassIndex.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static List<String> list(String pkg) {
        Optional<ResolvedModule> module = ModuleLayer.boot().modules().stream()
                .filter(m -> m.getPackages().contains(pkg) && m.isExported(pkg))
                .findFirst()
                .flatMap(m -> ModuleLayer.boot().configuration().findModule(m.getName()));
        if (module.isEmpty()) return List.of();
        String dir = pkg.replace('.', '/') + "/";
        try (ModuleReader reader = module.get().reference().open()) {
            return reader.list()
                    .filter(n -> n.startsWith(dir) && n.endsWith(".class") && n.indexOf('/', dir.length()) < 0)
                    .filter(n -> n.indexOf('$') < 0 && !n.endsWith("-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
