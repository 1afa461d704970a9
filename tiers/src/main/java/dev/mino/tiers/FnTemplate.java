package dev.mino.tiers;

import dev.mino.runtime.lang.Fn;

/** A compiled fn literal: makes a closure each time the literal is evaluated. */
public interface FnTemplate {
    /**
     * A closure over the given captured values, in the order of FnNode.captures(). The closure must keep
     * this very array (not a copy): letfn fills in the entries of mutually recursive fns after creating them.
     */
    Fn instantiate(Object[] captures);
}
