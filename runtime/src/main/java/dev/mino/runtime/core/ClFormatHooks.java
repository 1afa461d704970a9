package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Truth;
import dev.mino.runtime.lang.Var;

/**
 * The mino side of cl-format: *out*, the print functions, and the clojure.pprint functions and variables
 * the directives call or read (~W's write-out, ~<...~:>'s logical block, *print-base*, ...). Vars are
 * read at each use, so bindings and redefinitions take effect.
 */
final class ClFormatHooks {
    private final Var out;
    private final Var prn;
    private final Var printStr;
    private final Var prStr;
    private final Var writeOut;
    private final Var write;
    private final Var logicalBlock;
    private final Var freshLine;
    private final Var rightMargin;
    private final Var miserWidth;
    private final Var base;
    private final Var radix;

    ClFormatHooks(NativeNamespace ns, Var writeOut, Var write, Var logicalBlock, Var freshLine,
                  Var rightMargin, Var miserWidth, Var base, Var radix) {
        this.out = ns.coreVar("*out*");
        this.prn = ns.coreVar("prn");
        this.printStr = ns.coreVar("print-str");
        this.prStr = ns.coreVar("pr-str");
        this.writeOut = writeOut;
        this.write = write;
        this.logicalBlock = logicalBlock;
        this.freshLine = freshLine;
        this.rightMargin = rightMargin;
        this.miserWidth = miserWidth;
        this.base = base;
        this.radix = radix;
    }

    Var out() { return out; }
    Fn prn() { return fn(prn); }
    Fn printStr() { return fn(printStr); }
    Fn prStr() { return fn(prStr); }
    Fn writeOut() { return fn(writeOut); }
    Fn write() { return fn(write); }
    Fn logicalBlock() { return fn(logicalBlock); }
    Fn freshLine() { return fn(freshLine); }

    /** A pretty writer over w with the current *print-right-margin* and *print-miser-width*. */
    PrettyWriter prettyWriter(java.io.Writer w) {
        Object margin = rightMargin.deref();
        Object miser = miserWidth.deref();
        return new PrettyWriter(w, margin == null ? -1 : Numbers.toIndex(margin), miser == null ? -1 : Numbers.toIndex(miser));
    }

    /** x in *print-base* (with *print-radix*'s marker) when it is an integer or ratio, else null. */
    String simpleNumberText(Object x) {
        return PrettyPrintLib.simpleNumberText(x, (int) Numbers.toLong(base.deref()), Truth.isTruthy(radix.deref()));
    }

    private static Fn fn(Var v) {
        return Callables.asFn(v.deref());
    }
}
