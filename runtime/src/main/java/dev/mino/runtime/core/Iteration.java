package dev.mino.runtime.core;

import dev.mino.runtime.lang.Cons;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IReduce;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Reduced;
import dev.mino.runtime.lang.Seqable;
import dev.mino.runtime.lang.Truth;

/**
 * (iteration step :somef :vf :kf :initk): the values of a paged process such as an API that returns a
 * page and the token of the next one. step is called with initk, then with (kf ret) while somef accepts
 * ret and kf gives a non-nil key; each accepted ret contributes (vf ret). Seqable (lazily) and reducible;
 * each seq or reduce runs the process from the start.
 */
public final class Iteration implements Seqable, IReduce {
    private final Fn step;
    private final Fn somef;
    private final Fn vf;
    private final Fn kf;
    private final Object initk;

    public Iteration(Fn step, Fn somef, Fn vf, Fn kf, Object initk) {
        this.step = step;
        this.somef = somef;
        this.vf = vf;
        this.kf = kf;
        this.initk = initk;
    }

    @Override public ISeq seq() {
        return from(step.invoke(initk));
    }

    private ISeq from(Object ret) {
        if (!Truth.isTruthy(somef.invoke(ret))) return null;
        Object k = kf.invoke(ret);
        ISeq more = k == null ? null : LazySeqs.lazy(() -> from(step.invoke(k)));
        return new Cons(vf.invoke(ret), more);
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        for (Object ret = step.invoke(initk); Truth.isTruthy(somef.invoke(ret)); ) {
            acc = f.invoke(acc, vf.invoke(ret));
            if (acc instanceof Reduced) return acc;
            Object k = kf.invoke(ret);
            if (k == null) break;
            ret = step.invoke(k);
        }
        return acc;
    }

    @Override public Object reduce(Fn f) {
        ISeq s = seq();
        if (s == null) return f.invoke();
        Object acc = s.first();
        for (s = s.next(); s != null; s = s.next()) {
            acc = f.invoke(acc, s.first());
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
