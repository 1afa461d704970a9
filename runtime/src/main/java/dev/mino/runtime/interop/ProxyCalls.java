package dev.mino.runtime.interop;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IProxy;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Truth;
import java.util.Map;

/**
 * What the methods of proxy classes call ({@link ProxyClassWriter} generates calls to these): the fn
 * mapped to the method's name, with the proxy and the Java arguments (boxed as Java boxes them, as in
 * Clojure), and the conversion of its result to the method's primitive return type.
 */
public final class ProxyCalls {
    /** What {@link #call} answers when the proxy maps no fn to the method: the method falls back. */
    public static final Object NO_FN = new Object();

    private ProxyCalls() {}

    /** The result of the fn the proxy maps to name, called with the proxy and args; NO_FN when there is none. */
    public static Object call(IProxy self, String name, Object[] args) {
        IPersistentMap mappings = self.__getClojureFnMappings();
        Object f = mappings == null ? null : mappings.valAt(name);
        if (f == null) return NO_FN;
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return ((Fn) f).invokeN(all);
    }

    /** The mappings after update-proxy's merge; a nil fn stays in the map, and leaves its method unimplemented. */
    public static IPersistentMap merged(IPersistentMap current, IPersistentMap updates) {
        IPersistentMap m = current == null ? PersistentArrayMap.EMPTY : current;
        for (Object o : updates) {
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            m = m.assoc(e.getKey(), e.getValue());
        }
        return m;
    }

    /** What an abstract or interface method with no fn throws, as Clojure's proxies do. */
    public static RuntimeException unsupported(String name) {
        return new UnsupportedOperationException(name);
    }

    public static boolean toBoolean(Object r) { return Truth.isTruthy(r); }
    public static char toChar(Object r) { return (Character) r; }
    public static byte toByte(Object r) { return ((Number) r).byteValue(); }
    public static short toShort(Object r) { return ((Number) r).shortValue(); }
    public static int toInt(Object r) { return ((Number) r).intValue(); }
    public static long toLong(Object r) { return ((Number) r).longValue(); }
    public static float toFloat(Object r) { return ((Number) r).floatValue(); }
    public static double toDouble(Object r) { return ((Number) r).doubleValue(); }
}
