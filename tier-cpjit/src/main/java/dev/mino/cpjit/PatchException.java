package dev.mino.cpjit;

/** A hole that cannot take its value: out of the relocation's range, misaligned, or missing. */
public final class PatchException extends RuntimeException {
    public PatchException(String message) {
        super(message);
    }
}
