package dev.mino.runtime.lang;

import java.util.Iterator;

/** Collections that reduce themselves faster than by walking their seq. f is called through Fn.invoke(acc, x); a Reduced result stops early (unwrapped by the caller of reduce). */
public interface IReduce {
    Object reduce(Fn f);
    Object reduce(Fn f, Object init);

    /** reduce without an init over the items of it: the first seeds it, and no items at all calls (f). */
    static Object reduceItems(Fn f, Iterator<?> it) {
        if (!it.hasNext()) return f.invoke();
        Object acc = it.next();
        while (it.hasNext()) {
            acc = f.invoke(acc, it.next());
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    /** reduce with init over items. */
    static Object reduceItems(Fn f, Object init, Iterable<?> items) {
        Object acc = init;
        for (Object x : items) {
            acc = f.invoke(acc, x);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
