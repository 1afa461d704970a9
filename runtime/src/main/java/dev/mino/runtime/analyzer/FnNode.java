package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Symbol;
import java.util.List;

/**
 * (fn* name? ([params*] body)+): a function literal. Evaluating it makes a closure holding a copy of each
 * captured value. Tiers may stash their compiled form of this literal in {@link #compiled} so that a fn
 * literal evaluated many times is compiled once.
 */
public final class FnNode implements Node {
    /** A captured value: inner is the fn's own binding, outer is where the enclosing frame holds it. */
    public record Capture(LocalBinding inner, LocalBinding outer) {}

    /**
     * One arity. params are the fixed parameters; rest (nullable) receives the remaining args as a seq.
     * The body's tail position may recur to params (+ rest).
     */
    public record Method(List<LocalBinding> params, LocalBinding rest, Node body, int localCount, FnScope scope) {
        public int arity() { return params.size(); }
        public boolean variadic() { return rest != null; }
        public int frameSize() { return scope.frameSize(localCount); }
    }

    private final Symbol name;
    private final LocalBinding self;
    private final List<Method> methods;
    private final List<Capture> captures;
    private final FnScope scope;
    private final SourcePosition pos;
    /** Tier-private compiled form, set once by the tier that compiles this literal. */
    public volatile Object compiled;

    FnNode(Symbol name, LocalBinding self, List<Method> methods, List<Capture> captures, FnScope scope, SourcePosition pos) {
        this.name = name;
        this.self = self;
        this.methods = methods;
        this.captures = captures;
        this.scope = scope;
        this.pos = pos;
    }

    /** The fn's name (its own local name, or the def'd name for error messages); may be null. */
    public Symbol name() { return name; }
    /** The binding of the fn's own name; it always occupies the slot after the captures. */
    public LocalBinding self() { return self; }
    public List<Method> methods() { return methods; }
    public List<Capture> captures() { return captures; }
    public FnScope scope() { return scope; }
    @Override public SourcePosition pos() { return pos; }
}
