package dev.mino.nrepl;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Map;

/**
 * One client's socket as messages. Messages are read by the connection's thread alone; they are sent by
 * any thread (a session's output, an eval's value, an interrupt's answer), each written whole. Once the
 * client is gone, sends are dropped: an eval that outlives its client must not fail for that.
 */
final class Transport implements Closeable {
    private final Socket socket;
    private final BencodeReader reader;
    private final OutputStream out;
    private volatile boolean open = true;

    Transport(Socket socket, long maxMessageBytes) throws IOException {
        this.socket = socket;
        this.reader = new BencodeReader(new BufferedInputStream(socket.getInputStream()), maxMessageBytes);
        this.out = socket.getOutputStream();
    }

    /** The next value the client sent, or null when it closed the connection. */
    Object read() throws IOException {
        return reader.read();
    }

    void send(Map<String, ?> message) {
        byte[] bytes = BencodeWriter.encode(message);
        synchronized (out) {
            if (!open) return;
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                close();
            }
        }
    }

    boolean isOpen() {
        return open;
    }

    String peer() {
        return String.valueOf(socket.getRemoteSocketAddress());
    }

    @Override public void close() {
        open = false;
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all that was wanted
        }
    }
}
