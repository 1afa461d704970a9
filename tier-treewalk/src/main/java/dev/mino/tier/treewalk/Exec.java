package dev.mino.tier.treewalk;

/**
 * An executable tree node. exec runs the node over its fn's frame (one Object[] per invocation, laid out
 * as the analyzer's slots say). In tail position a node may return {@link TailCall} or {@link Recur#SIGNAL};
 * only the enclosing closure or loop ever sees those.
 */
abstract class Exec {
    abstract Object exec(Object[] frame);
}
