package dev.mino.runtime.reader;

import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Symbol;

/** The ^ reader macro's metadata: shorthands expanded to maps and merged onto a form's own metadata. */
final class Metadata {
    private static final Keyword TAG = Keyword.of("tag");
    private static final Keyword PARAM_TAGS = Keyword.of("param-tags");

    private Metadata() {}

    /** ^Sym and ^"str" → {:tag x}, ^:kw → {:kw true}, ^[...] → {:param-tags [...]}, ^{...} as is. */
    static IPersistentMap fromForm(Object form) {
        if (form instanceof Symbol || form instanceof String) return Forms.arrayMap(TAG, form);
        if (form instanceof Keyword) return Forms.arrayMap(form, Boolean.TRUE);
        if (form instanceof IPersistentVector) return Forms.arrayMap(PARAM_TAGS, form);
        if (form instanceof IPersistentMap m) return m;
        throw new IllegalArgumentException("Metadata must be Symbol,Keyword,String,Vector or Map");
    }

    /** base with every entry of added assoc'ed on, in added's order (so later ^ wins over inner ones). */
    static IPersistentMap merge(IPersistentMap base, IPersistentMap added) {
        if (base == null || base.count() == 0) return added;
        IPersistentMap result = base;
        for (Object o : added) {
            IMapEntry e = (IMapEntry) o;
            result = result.assoc(e.key(), e.val());
        }
        return result;
    }
}
