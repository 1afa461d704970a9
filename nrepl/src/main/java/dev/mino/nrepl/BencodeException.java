package dev.mino.nrepl;

import java.io.IOException;

/** Input that is not bencode, or a message past the size or nesting limits: the stream cannot be trusted after it. */
final class BencodeException extends IOException {
    BencodeException(String message) {
        super(message);
    }
}
