package dev.mino.runtime.interop;

import dev.mino.runtime.lang.APersistentMap;
import dev.mino.runtime.lang.IObj;
import dev.mino.runtime.lang.IPersistentCollection;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MapEntry;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Seqs;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * (bean x): a read-only map over the JavaBean properties of a Java object, live: each lookup calls the
 * property's getter again, so the map follows the object's changes. Keys are keywords of the property names
 * (getFoo and boolean isFoo give :foo; getClass gives :class), in name order. Every getter is called as the
 * interop form (.getFoo x) would be, through the state's allow-list, so a bean reaches nothing that code
 * could not call directly. As in Clojure, assoc and dissoc give an ordinary map of the values now, and a
 * bean takes no metadata.
 */
public final class BeanMap extends APersistentMap {
    private final Object target;
    /** Property key to the call of its getter, in key order. */
    private final Map<Keyword, CallSite> getters;

    private BeanMap(Object target, Map<Keyword, CallSite> getters) {
        this.target = target;
        this.getters = getters;
    }

    /** The bean of x, refused unless the state may reach x's class by interop. */
    public static BeanMap of(Object x, InteropAccess access) {
        if (x == null) throw new NullPointerException("Cannot make a bean of nil");
        access.check(x.getClass(), "bean");
        Map<Keyword, CallSite> getters = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
        for (Method m : x.getClass().getMethods()) {
            String property = propertyName(m);
            if (property != null) {
                getters.putIfAbsent(Keyword.of(property), new CallSite(CallSite.Kind.INSTANCE_METHOD, null, m.getName(), access));
            }
        }
        return new BeanMap(x, getters);
    }

    /** The property a public method reads (getX, or isX returning boolean), or null if it reads none. */
    private static String propertyName(Method m) {
        if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getReturnType() == void.class) return null;
        String name = m.getName();
        String rest;
        if (name.startsWith("get") && name.length() > 3) {
            rest = name.substring(3);
        } else if (name.startsWith("is") && name.length() > 2 && m.getReturnType() == boolean.class) {
            rest = name.substring(2);
        } else {
            return null;
        }
        // The JavaBeans rule: a name starting with two capitals (getURL) keeps them.
        if (rest.length() > 1 && Character.isUpperCase(rest.charAt(0)) && Character.isUpperCase(rest.charAt(1))) return rest;
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private Object read(CallSite getter) {
        return getter.invokeInstance(target, new Object[0]);
    }

    @Override public int count() { return getters.size(); }

    @Override public Object valAt(Object key, Object notFound) {
        CallSite getter = key instanceof Keyword k ? getters.get(k) : null;
        return getter == null ? notFound : read(getter);
    }

    @Override public boolean containsKey(Object key) {
        return key instanceof Keyword k && getters.containsKey(k);
    }

    /** An ordinary map of the properties' values now. */
    private IPersistentMap snapshot() {
        IPersistentMap m = PersistentArrayMap.EMPTY;
        for (Object e : this) {
            MapEntry entry = (MapEntry) e;
            m = m.assoc(entry.key(), entry.val());
        }
        return m;
    }

    @Override public IPersistentMap assoc(Object key, Object val) { return snapshot().assoc(key, val); }

    @Override public IPersistentMap without(Object key) { return snapshot().without(key); }

    @Override public IPersistentCollection empty() {
        throw new UnsupportedOperationException("empty: a bean has no empty version");
    }

    @Override public ISeq seq() {
        return Seqs.seq(entries());
    }

    @Override public Iterator<Object> iterator() {
        return entries().iterator();
    }

    private List<Object> entries() {
        List<Object> out = new ArrayList<>(getters.size());
        getters.forEach((k, getter) -> out.add(new MapEntry(k, read(getter))));
        return out;
    }

    /** Computed each time: the values behind a bean change. */
    @Override public int hashCode() { return entriesHashCode(this); }

    @Override public int hasheq() { return entriesHasheq(this); }

    @Override public IPersistentMap meta() { return null; }

    @Override public IObj withMeta(IPersistentMap m) {
        throw new ClassCastException("a bean cannot take metadata (it is not a clojure.lang.IObj)");
    }
}
