package dev.mino.runtime.embed;

import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The names a REPL offers to complete what was typed, as seen from one namespace of a state: its vars (own
 * and referred), the public vars of an alias or namespace (str/jo), a class's static members (Math/ab),
 * namespace names, interned keywords, and the classes the state may use: its imports, java.lang by short
 * name, and the granted packages' classes by full name.
 */
final class Completions {
    private final Evaluator evaluator;
    private final Namespace ns;

    Completions(Evaluator evaluator, Namespace ns) {
        this.evaluator = evaluator;
        this.ns = ns;
    }

    /** Every completion of prefix, sorted. */
    List<String> of(String prefix) {
        SortedSet<String> out = new TreeSet<>();
        int slash = prefix.indexOf('/');
        if (prefix.startsWith(":")) {
            keywords(prefix, out);
        } else if (slash > 0) {
            qualified(prefix.substring(0, slash), prefix.substring(slash + 1), out);
        } else {
            unqualified(prefix, out);
        }
        return List.copyOf(out);
    }

    private void unqualified(String prefix, SortedSet<String> out) {
        add(ns.mappings().keySet().stream().map(Symbol::getName), prefix, out);
        add(evaluator.namespaces().all().stream().map(n -> n.name().getName()), prefix, out);
        add(ns.imports().keySet().stream(), prefix, out);
        if (granted("java.lang")) addClasses("java.lang", prefix, true, out);
        int dot = prefix.lastIndexOf('.');
        if (dot > 0 && granted(prefix.substring(0, dot))) addClasses(prefix.substring(0, dot), prefix, false, out);
        // Grants name packages and classes in full: java.ut completes to java.util, java.util.concurrent, ...
        add(evaluator.options().interopAllow().stream(), prefix, out);
    }

    /** q/name: the public vars of the namespace q is an alias or the name of, or the static members of class q. */
    private void qualified(String q, String name, SortedSet<String> out) {
        Namespace target = ns.lookupAlias(Symbol.of(q));
        if (target == null) target = evaluator.namespaces().find(Symbol.of(q));
        if (target != null) {
            boolean own = target == ns;
            add(target.interns().entrySet().stream()
                    .filter(e -> own || !Evaluator.isPrivate(e.getValue()))
                    .map(e -> q + "/" + e.getKey().getName()), q + "/" + name, out);
            return;
        }
        Class<?> c = classNamed(q);
        if (c != null) add(staticMembers(c).map(m -> q + "/" + m), q + "/" + name, out);
    }

    /** :kw, :ns/kw, and ::kw (this namespace's) or ::alias/kw. */
    private void keywords(String prefix, SortedSet<String> out) {
        List<Keyword> all = Keyword.interned();
        if (!prefix.startsWith("::")) {
            add(all.stream().map(Keyword::toString), prefix, out);
            return;
        }
        add(all.stream().filter(k -> ns.name().getName().equals(k.getNamespace())).map(k -> "::" + k.getName()), prefix, out);
        ns.aliases().forEach((alias, target) -> add(all.stream()
                .filter(k -> target.name().getName().equals(k.getNamespace()))
                .map(k -> "::" + alias.getName() + "/" + k.getName()), prefix, out));
    }

    private static void add(Stream<String> names, String prefix, SortedSet<String> out) {
        names.filter(n -> n.startsWith(prefix)).forEach(out::add);
    }

    private boolean granted(String pkg) {
        return evaluator.options().interopAllow().contains(pkg);
    }

    /** pkg's public classes whose name (short, or full) starts with prefix: only those are loaded to see. */
    private static void addClasses(String pkg, String prefix, boolean shortNames, SortedSet<String> out) {
        ClassIndex.classesIn(pkg).stream()
                .filter(c -> (shortNames ? ClassIndex.simpleName(c) : c).startsWith(prefix))
                .filter(ClassIndex::isPublic)
                .forEach(c -> out.add(shortNames ? ClassIndex.simpleName(c) : c));
    }

    /** The class q names here (an import, java.lang's short name, a full name), if the state may use it. */
    private Class<?> classNamed(String q) {
        Class<?> c = ns.lookupImport(q);
        if (c == null) c = ClassIndex.find(q.indexOf('.') < 0 ? "java.lang." + q : q);
        boolean allowed = c != null && (granted(c.getName()) || granted(c.getPackageName()));
        return allowed ? c : null;
    }

    private static Stream<String> staticMembers(Class<?> c) {
        return Stream.concat(Stream.of(c.getMethods()), Stream.of(c.getFields()))
                .filter(m -> Modifier.isStatic(m.getModifiers()))
                .map(Member::getName);
    }
}
