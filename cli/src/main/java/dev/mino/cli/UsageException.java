package dev.mino.cli;

/** A command line mino cannot carry out (unknown option, missing file, ...); the message says why. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
