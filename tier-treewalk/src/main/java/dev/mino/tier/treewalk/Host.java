package dev.mino.tier.treewalk;

import dev.mino.runtime.interop.CallSite;
import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/** Java interop nodes: each holds the form's CallSite, which caches the member it resolved. */
final class Host {
    private Host() {}

    static final class Call extends Exec {
        private final Exec target;
        private final Exec[] args;
        private final CallSite site;
        private final SourcePosition pos;

        Call(Exec target, List<Exec> args, CallSite site, SourcePosition pos) {
            this.target = target;
            this.args = args.toArray(new Exec[0]);
            this.site = site;
            this.pos = pos;
        }

        @Override Object exec(Object[] f) {
            Object t = target == null ? null : target.exec(f);
            Object[] vals = Literals.evalAll(args, f);
            try {
                return target == null ? site.invokeStatic(vals) : site.invokeInstance(t, vals);
            } catch (RuntimeException e) {
                throw SourcePosition.attach(e, pos);
            }
        }
    }

    static final class FieldRead extends Exec {
        private final Exec target;
        private final CallSite site;
        private final SourcePosition pos;

        FieldRead(Exec target, CallSite site, SourcePosition pos) {
            this.target = target;
            this.site = site;
            this.pos = pos;
        }

        @Override Object exec(Object[] f) {
            Object t = target == null ? null : target.exec(f);
            try {
                return target == null ? site.readStaticField() : site.readInstanceField(t);
            } catch (RuntimeException e) {
                throw SourcePosition.attach(e, pos);
            }
        }
    }

    static final class New extends Exec {
        private final Exec type;
        private final Exec[] args;
        private final CallSite site;
        private final SourcePosition pos;

        New(Exec type, List<Exec> args, CallSite site, SourcePosition pos) {
            this.type = type;
            this.args = args.toArray(new Exec[0]);
            this.site = site;
            this.pos = pos;
        }

        @Override Object exec(Object[] f) {
            Object t = type.exec(f);
            Object[] vals = Literals.evalAll(args, f);
            try {
                return site.construct(t, vals);
            } catch (RuntimeException e) {
                throw SourcePosition.attach(e, pos);
            }
        }
    }
}
