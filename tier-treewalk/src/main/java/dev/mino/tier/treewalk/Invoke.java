package dev.mino.tier.treewalk;

import dev.mino.runtime.core.Callables;
import dev.mino.runtime.lang.DeferredFn;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/**
 * (f args...). Subclasses fix the argument count so the common calls pass no array. An error escaping
 * the call gets this form's position unless a deeper form already gave it one.
 */
abstract class Invoke extends Exec {
    final Exec fn;
    final SourcePosition pos;

    Invoke(Exec fn, SourcePosition pos) {
        this.fn = fn;
        this.pos = pos;
    }

    static Invoke create(Exec fn, List<Exec> args, boolean tail, SourcePosition pos) {
        if (tail) return new Tail(fn, args.toArray(new Exec[0]), pos);
        return switch (args.size()) {
            case 0 -> new Invoke0(fn, pos);
            case 1 -> new Invoke1(fn, args.get(0), pos);
            case 2 -> new Invoke2(fn, args.get(0), args.get(1), pos);
            case 3 -> new Invoke3(fn, args.get(0), args.get(1), args.get(2), pos);
            default -> new InvokeN(fn, args.toArray(new Exec[0]), pos);
        };
    }

    static Fn fnOf(Object target) {
        return target instanceof Fn f ? f : Callables.asFn(target);
    }

    final RuntimeException located(RuntimeException e) {
        return SourcePosition.attach(e, pos);
    }

    static final class Invoke0 extends Invoke {
        Invoke0(Exec fn, SourcePosition pos) { super(fn, pos); }

        @Override Object exec(Object[] f) {
            Object target = fn.exec(f);
            try {
                return fnOf(target).invoke();
            } catch (RuntimeException e) {
                throw located(e);
            }
        }
    }

    static final class Invoke1 extends Invoke {
        private final Exec a;

        Invoke1(Exec fn, Exec a, SourcePosition pos) {
            super(fn, pos);
            this.a = a;
        }

        @Override Object exec(Object[] f) {
            Object target = fn.exec(f);
            Object x = a.exec(f);
            try {
                return fnOf(target).invoke(x);
            } catch (RuntimeException e) {
                throw located(e);
            }
        }
    }

    static final class Invoke2 extends Invoke {
        private final Exec a;
        private final Exec b;

        Invoke2(Exec fn, Exec a, Exec b, SourcePosition pos) {
            super(fn, pos);
            this.a = a;
            this.b = b;
        }

        @Override Object exec(Object[] f) {
            Object target = fn.exec(f);
            Object x = a.exec(f);
            Object y = b.exec(f);
            try {
                return fnOf(target).invoke(x, y);
            } catch (RuntimeException e) {
                throw located(e);
            }
        }
    }

    static final class Invoke3 extends Invoke {
        private final Exec a;
        private final Exec b;
        private final Exec c;

        Invoke3(Exec fn, Exec a, Exec b, Exec c, SourcePosition pos) {
            super(fn, pos);
            this.a = a;
            this.b = b;
            this.c = c;
        }

        @Override Object exec(Object[] f) {
            Object target = fn.exec(f);
            Object x = a.exec(f);
            Object y = b.exec(f);
            Object z = c.exec(f);
            try {
                return fnOf(target).invoke(x, y, z);
            } catch (RuntimeException e) {
                throw located(e);
            }
        }
    }

    static final class InvokeN extends Invoke {
        private final Exec[] args;

        InvokeN(Exec fn, Exec[] args, SourcePosition pos) {
            super(fn, pos);
            this.args = args;
        }

        @Override Object exec(Object[] f) {
            Object target = DeferredFn.resolve(fn.exec(f));  // a deferred library fn: so a tail call into it trampolines too
            Object[] vals = new Object[args.length];
            for (int i = 0; i < vals.length; i++) vals[i] = args[i].exec(f);
            try {
                return fnOf(target).invokeN(vals);
            } catch (RuntimeException e) {
                throw located(e);
            }
        }
    }

    /**
     * A call in tail position. A call to a closure is handed back to the caller's trampoline as a
     * TailCall, so tail recursion (also mutual, also between different fns) runs in constant stack;
     * other fns are called directly.
     */
    static final class Tail extends Invoke {
        private final Exec[] args;

        Tail(Exec fn, Exec[] args, SourcePosition pos) {
            super(fn, pos);
            this.args = args;
        }

        @Override Object exec(Object[] f) {
            Object target = DeferredFn.resolve(fn.exec(f));  // a deferred library fn: so a tail call into it trampolines too
            Object[] vals = new Object[args.length];
            for (int i = 0; i < vals.length; i++) vals[i] = args[i].exec(f);
            if (target instanceof Closure c) {
                if (c.methodFor(vals.length) == null) throw located(c.arityError(vals.length));
                return new TailCall(c, vals);
            }
            try {
                return invokeDirect(fnOf(target), vals);
            } catch (RuntimeException e) {
                throw located(e);
            }
        }

        private static Object invokeDirect(Fn fn, Object[] v) {
            return switch (v.length) {
                case 0 -> fn.invoke();
                case 1 -> fn.invoke(v[0]);
                case 2 -> fn.invoke(v[0], v[1]);
                case 3 -> fn.invoke(v[0], v[1], v[2]);
                case 4 -> fn.invoke(v[0], v[1], v[2], v[3]);
                default -> fn.invokeN(v);
            };
        }
    }
}
