package dev.mino.runtime.lang;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Per-thread dynamic bindings: a stack of frames, each mapping the vars bound by one (binding ...) to their
 * boxes. A frame starts as a copy of the enclosing one, so a lookup is one map probe. A frame also names the
 * state whose code runs in it ({@link #state}), so that per-state services (the printer's print methods)
 * find that state without a JVM-wide list of states; it is conveyed with the bindings to futures.
 */
public final class ThreadBindings {
    /** A thread-local, mutable cell (set! writes it). */
    public static final class Box {
        public volatile Object val;

        Box(Object val) { this.val = val; }
    }

    private record Frame(Map<Var, Box> bindings, Object state, Frame prev) {}

    private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

    private ThreadBindings() {}

    public static Box lookup(Var v) {
        Frame f = CURRENT.get();
        return f == null ? null : f.bindings.get(v);
    }

    /** Pushes a frame binding each var of the map (Var -> value); every var must be dynamic. */
    public static void push(IPersistentMap varValues) {
        Frame prev = CURRENT.get();
        push(varValues, prev == null ? null : prev.state, prev);
    }

    /**
     * As push, for code of state running inside the frame (an evaluator entering its code): {@link #state}
     * answers state there. Frames pushed inside inherit it. Not a var binding, so mino code cannot see or
     * rebind it.
     */
    public static void pushState(IPersistentMap varValues, Object state) {
        push(varValues, state, CURRENT.get());
    }

    private static void push(IPersistentMap varValues, Object state, Frame prev) {
        Map<Var, Box> m = prev == null ? new IdentityHashMap<>() : new IdentityHashMap<>(prev.bindings);
        for (Object o : varValues) {
            IMapEntry e = (IMapEntry) o;
            Var v = (Var) e.key();
            if (!v.isDynamic()) {
                throw new MinoException("Can't dynamically bind non-dynamic var: " + v.qualifiedName());
            }
            m.put(v, new Box(e.val()));
        }
        CURRENT.set(new Frame(m, state, prev));
    }

    /** The state whose code runs on this thread (see {@link #pushState}), or null outside any state's code. */
    public static Object state() {
        Frame f = CURRENT.get();
        return f == null ? null : f.state;
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
