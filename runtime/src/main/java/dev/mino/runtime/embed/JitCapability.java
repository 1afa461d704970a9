package dev.mino.runtime.embed;

/**
 * What a state's native JIT can do and how it is set: whether native code can run on this host at all
 * (a JIT tier on the classpath and stencils for the host), the mode and hot threshold in force, and the host.
 */
public record JitCapability(boolean available, JitMode mode, int threshold, String hostArch, String hostOs) {
    /** As the CLI prints it: {@code available=true mode=auto threshold=10 hostArch=amd64 hostOs=Linux}. */
    public String describe() {
        return "available=" + available + " mode=" + mode.flag() + " threshold=" + threshold + " hostArch=" + hostArch + " hostOs=" + hostOs;
    }
}
