package dev.mino.tiers;

/**
 * What a state's native JIT can do and how it is set: whether native code can run on this host at all
 * (a JIT tier on the classpath and stencils for the host), the mode and hot threshold in force, and the host.
 */
public record JitCapability(boolean available, JitMode mode, int threshold, String hostArch, String hostOs) {
    /** A state without a JIT tier: nothing runs natively. */
    public static JitCapability none() {
        return new JitCapability(false, JitMode.OFF, 0, System.getProperty("os.arch"), System.getProperty("os.name"));
    }
}
