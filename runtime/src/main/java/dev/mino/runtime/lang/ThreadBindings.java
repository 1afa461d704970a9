package dev.mino.runtime.lang;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Per-thread dynamic bindings: a stack of frames, each mapping the vars bound by one (binding ...) to their
 * boxes. A frame starts as a copy of the enclosing one, so a lookup is one map probe.
 */
public final class ThreadBindings {
    /** A thread-local, mutable cell (set! writes it). */
    public static final class Box {
        public volatile Object val;

        Box(Object val) { this.val = val; }
    }

    private record Frame(Map<Var, Box> bindings, Frame prev) {}

    private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

    private ThreadBindings() {}

    public static Box lookup(Var v) {
        Frame f = CURRENT.get();
        return f == null ? null : f.bindings.get(v);
    }

    /** Pushes a frame binding each var of the map (Var -> value); every var must be dynamic. */
    public static void push(IPersistentMap varValues) {
        Frame prev = CURRENT.get();
        Map<Var, Box> m = prev == null ? new IdentityHashMap<>() : new IdentityHashMap<>(prev.bindings);
        for (Object o : varValues) {
            IMapEntry e = (IMapEntry) o;
            Var v = (Var) e.key();
            if (!v.isDynamic()) {
                throw new MinoException("Can't dynamically bind non-dynamic var: " + v.qualifiedName());
            }
            m.put(v, new Box(e.val()));
        }
        CURRENT.set(new Frame(m, prev));
    }

    public static void pop() {
        Frame f = CURRENT.get();
        if (f == null) throw new MinoException("Pop without matching push");
        CURRENT.set(f.prev);
    }

    /** A snapshot of this thread's bindings (for conveying them to a future's thread). */
    public static Object capture() { return CURRENT.get(); }

    /** Installs a snapshot from capture(); returns the previous one so it can be restored. */
    public static Object install(Object snapshot) {
        Frame prev = CURRENT.get();
        CURRENT.set((Frame) snapshot);
        return prev;
    }

    /** All current bindings as a map Var -> value (get-thread-bindings). */
    public static IPersistentMap current() {
        Frame f = CURRENT.get();
        IPersistentMap m = PersistentArrayMap.EMPTY;
        if (f != null) {
            for (Map.Entry<Var, Box> e : f.bindings.entrySet()) m = m.assoc(e.getKey(), e.getValue().val);
        }
        return m;
    }
}
