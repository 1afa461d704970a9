package dev.mino.runtime.lang;

/**
 * What every class made by proxy implements (Clojure's clojure.lang.IProxy): its instances hold a map
 * from method names (strings) to the fns that implement them, which init-proxy and update-proxy change.
 */
public interface IProxy {
    /** Replaces the instance's map of method names to fns. */
    void __initClojureFnMappings(IPersistentMap mappings);

    /** Merges mappings into the instance's map; a nil fn leaves that method unimplemented. */
    void __updateClojureFnMappings(IPersistentMap mappings);

    /** The instance's map of method names to fns (nil before init-proxy). */
    IPersistentMap __getClojureFnMappings();
}
