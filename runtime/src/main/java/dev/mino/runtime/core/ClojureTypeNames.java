package dev.mino.runtime.core;

import dev.mino.runtime.lang.*;
import java.util.HashMap;
import java.util.Map;

/**
 * Clojure's clojure.lang class names mapped to the mino classes that play their part, so portable code
 * can extend protocols to, test instance? against, or implement clojure.lang.IPersistentVector,
 * clojure.lang.IFn, clojure.lang.Keyword, ... The analyzer's class-name resolution asks here.
 */
public final class ClojureTypeNames {
    private static final Map<String, Class<?>> NAMES = new HashMap<>();

    static {
        Class<?>[] sameName = {
            ISeq.class, Seqable.class, Counted.class, IPersistentCollection.class, IPersistentMap.class,
            IPersistentVector.class, IPersistentSet.class, IPersistentList.class, IPersistentStack.class,
            Associative.class, ILookup.class, IMapEntry.class, Indexed.class, Reversible.class, Sorted.class,
            Sequential.class, IMeta.class, IObj.class, IHashEq.class, IEditableCollection.class,
            ITransientCollection.class, ITransientMap.class, ITransientVector.class, ITransientSet.class,
            ITransientAssociative.class, IDeref.class, IBlockingDeref.class, IPending.class, IReduce.class,
            IKVReduce.class, IRecord.class, Named.class, Symbol.class, Keyword.class, Var.class, Namespace.class,
            Atom.class, ExceptionInfo.class, Ratio.class, LazySeq.class, Cons.class, PersistentList.class,
            PersistentVector.class, PersistentHashMap.class, PersistentArrayMap.class, PersistentHashSet.class,
            PersistentTreeMap.class, PersistentTreeSet.class, MapEntry.class, APersistentMap.class,
            APersistentVector.class, APersistentSet.class, ASeq.class, AMapEntry.class, Reduced.class,
            Range.class, Repeat.class, Cycle.class, Iterate.class, ArraySeq.class, StringSeq.class,
            MultiFn.class, Volatile.class, Delay.class, MapEquivalence.class, IChunk.class, IChunkedSeq.class,
            ArrayChunk.class, ChunkBuffer.class, ChunkedCons.class, PersistentQueue.class, IProxy.class,
        };
        for (Class<?> c : sameName) NAMES.put("clojure.lang." + c.getSimpleName(), c);
        for (String fn : new String[] {"IFn", "Fn", "AFn", "AFunction", "RestFn"}) NAMES.put("clojure.lang." + fn, Fn.class);
        NAMES.put("clojure.lang.IReduceInit", IReduce.class);
        NAMES.put("clojure.lang.IExceptionInfo", ExceptionInfo.class);
        NAMES.put("clojure.lang.IAtom", Atom.class);
        NAMES.put("clojure.lang.IAtom2", Atom.class);
        NAMES.put("clojure.lang.ARef", ARef.class);
        NAMES.put("clojure.lang.IRef", ARef.class);
        NAMES.put("clojure.lang.Ref", dev.mino.runtime.stm.Ref.class);
        NAMES.put("clojure.lang.Agent", dev.mino.runtime.agent.Agent.class);
        NAMES.put("clojure.lang.BigInt", java.math.BigInteger.class);
        NAMES.put("clojure.lang.LongRange", Range.class);
        NAMES.put("clojure.lang.ArityException", MinoException.class);
    }

    private ClojureTypeNames() {}

    /** Whether c is one of the mino classes that play a clojure.lang class's part. */
    public static boolean isClojureType(Class<?> c) {
        return NAMES.containsValue(c);
    }

    /** The mino class for a Clojure class name such as "clojure.lang.IPersistentVector", or null. */
    public static Class<?> resolve(String name) {
        return NAMES.get(name);
    }
}
