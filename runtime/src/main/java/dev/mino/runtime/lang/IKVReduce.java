package dev.mino.runtime.lang;

/**
 * reduce-kv: f is called as f.invoke(acc, key, val) (vectors pass the index as a Long). A Reduced result
 * stops the walk and, as in Clojure's kv-reduce, is unwrapped: kvreduce returns the final value itself.
 * (Unlike {@link IReduce}, whose contract leaves the unwrapping to the caller.)
 */
public interface IKVReduce {
    Object kvreduce(Fn f, Object init);
}
