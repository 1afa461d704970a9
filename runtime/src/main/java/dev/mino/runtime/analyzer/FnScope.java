package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.Symbol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analysis state of one fn literal (or of a top-level form): the values it captures from enclosing fns,
 * and the local slots of the method being analyzed. Captures are flat: a value captured from two fns out
 * is captured by the fn in between too, so a closure holds copies of exactly what it reads.
 */
public final class FnScope {
    private final FnScope parent;
    private final Map<LocalBinding, LocalBinding> captures = new LinkedHashMap<>();
    private int nextLocal;

    FnScope(FnScope parent) {
        this.parent = parent;
    }

    FnScope parent() { return parent; }

    public int captureCount() { return captures.size(); }

    /** The frame size for a method that used localCount param/local slots. */
    public int frameSize(int localCount) { return captureCount() + 1 + localCount; }

    /** Starts a method: its locals are numbered from 0 again. */
    void beginMethod() { nextLocal = 0; }

    int localCount() { return nextLocal; }

    LocalBinding newLocal(Symbol name, LocalBinding.Kind kind) {
        return new LocalBinding(name, kind, this, nextLocal++);
    }

    LocalBinding newSelf(Symbol name) {
        return new LocalBinding(name, LocalBinding.Kind.SELF, this, 0);
    }

    /** The binding through which this fn reads b (capturing it through every fn in between). */
    LocalBinding access(LocalBinding b) {
        if (b.owner() == this) return b;
        if (parent == null) throw new IllegalStateException("local " + b + " is not in scope");
        LocalBinding outer = parent.access(b);
        return captures.computeIfAbsent(outer, o -> new LocalBinding(b.name(), LocalBinding.Kind.CAPTURE, this, captures.size()));
    }

    /** (outer binding in the enclosing fn, inner capture binding) pairs in slot order. */
    List<FnNode.Capture> captureList() {
        List<FnNode.Capture> out = new ArrayList<>();
        captures.forEach((outer, inner) -> out.add(new FnNode.Capture(inner, outer)));
        return out;
    }
}
