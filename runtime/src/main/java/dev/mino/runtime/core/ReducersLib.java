package dev.mino.runtime.core;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/** The Java half of clojure.core.reducers: the state's fold pool (pool), fjtask, and fold's parallel step. */
final class ReducersLib {
    private ReducersLib() {}

    static void install(NativeNamespace ns) {
        FoldPool pools = new FoldPool(ns.evaluator().options().threads());
        Delay pool = new Delay(new Builtin("clojure.core.reducers/pool").a0(pools::pool));
        ForkJoinFold fold = new ForkJoinFold(pools, () -> (ForkJoinPool) pool.deref());
        ns.def("pool", "A delay of the java.util.concurrent.ForkJoinPool fold runs on: this state's own, with at most\n"
                + "  min(threads granted, processors) workers. nil when the state may not start threads (MinoOptions\n"
                + "  grants none, or --sandbox): fold then runs on the calling thread, with the same result.",
                pool);
        ns.fn("fjtask", "[f]", "A java.util.concurrent.ForkJoinTask that calls the no-argument fn f and gives its value.")
                .a1(f -> ForkJoinTask.adapt(() -> Callables.asFn(f).invoke()));
        ns.privateFn("fork-join", "[left right combinef]").a3(fold::forkJoin);
    }
}
