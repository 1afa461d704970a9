package dev.mino.stencilextract;

/** An object file this tool cannot read: truncated, malformed, or using something stencils must not use. */
public final class ObjectFormatException extends Exception {
    public ObjectFormatException(String message) {
        super(message);
    }
}
