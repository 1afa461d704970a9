package dev.mino.runtime.core;

import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.Printing;
import dev.mino.runtime.lang.Seqs;

/** Struct maps: create-struct, struct, struct-map and accessor (defstruct is a macro in extras.clj). */
final class StructMapFns {
    private StructMapFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("create-struct", "[& keys]", "A structure basis with the given keys, for struct and struct-map.")
                .rest(0, keys -> StructDef.create(Seqs.arraySeq(keys, 0)));
        lib.fn("struct", "[s & vals]", "A struct map of the basis s with its keys taking vals in order.")
                .rest(1, a -> StructMap.construct(def(a[0]), Seqs.arraySeq(a, 1)));
        lib.fn("struct-map", "[s & inits]", "A struct map of the basis s with the alternating keys and values given.")
                .rest(1, a -> StructMap.create(def(a[0]), Seqs.arraySeq(a, 1)));
        lib.fn("accessor", "[s key]", "A function that gets key from struct maps of the basis s.")
                .a2((s, key) -> accessor(def(s), key));
    }

    private static StructDef def(Object s) {
        if (s instanceof StructDef d) return d;
        if (s == null) throw new NullPointerException();
        throw new ClassCastException("class " + Printing.className(s.getClass())
                + " cannot be cast to class clojure.lang.PersistentStructMap$Def");
    }

    /** A fn reading one basis key of struct maps of this basis, and only of them. */
    private static Builtin accessor(StructDef def, Object key) {
        int slot = def.slot(key);
        if (slot < 0) throw new IllegalArgumentException("Not a key of struct");
        return new Builtin("clojure.core/accessor").a1(m -> {
            if (m == null) throw new NullPointerException();
            if (!(m instanceof StructMap sm)) {
                throw new ClassCastException("class " + Printing.className(m.getClass())
                        + " cannot be cast to class clojure.lang.PersistentStructMap");
            }
            if (sm.def() != def) throw new MinoException("Accessor/struct mismatch");
            return sm.slotValue(slot);
        });
    }
}
