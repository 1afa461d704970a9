package dev.mino.runtime.lang;

/** A function that takes its arguments as one array, whatever their number. */
public abstract class VariadicFn extends Fn {
    protected abstract Object doInvoke(Object[] args);

    @Override public Object invoke() { return doInvoke(new Object[0]); }
    @Override public Object invoke(Object a) { return doInvoke(new Object[] {a}); }
    @Override public Object invoke(Object a, Object b) { return doInvoke(new Object[] {a, b}); }
    @Override public Object invoke(Object a, Object b, Object c) { return doInvoke(new Object[] {a, b, c}); }
    @Override public Object invoke(Object a, Object b, Object c, Object d) { return doInvoke(new Object[] {a, b, c, d}); }
    @Override public Object invokeN(Object[] args) { return doInvoke(args); }
}
