package dev.mino.runtime.lang;

/** Collections that reduce themselves faster than by walking their seq. f is called through Fn.invoke(acc, x); a Reduced result stops early (unwrapped by the caller of reduce). */
public interface IReduce {
    Object reduce(Fn f);
    Object reduce(Fn f, Object init);
}
