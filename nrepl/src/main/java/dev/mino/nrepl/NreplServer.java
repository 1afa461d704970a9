package dev.mino.nrepl;

import dev.mino.runtime.embed.MinoState;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An nREPL server for one mino state, on the loopback interface only: its sessions share the state (its
 * namespaces and vars) and each has its own namespace and dynamic vars. Editors connect to it as to
 * Clojure's nREPL (CIDER, Calva, Cursive, Conjure). Close it to stop listening, end every connection and
 * stop every session's eval.
 *
 * <pre>
 * try (NreplServer server = NreplServer.start(state, 0)) {   // 0: any free port
 *     System.out.println("nrepl://" + NreplServer.HOST + ":" + server.port());
 *     server.awaitClose();
 * }
 * </pre>
 */
public final class NreplServer implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    /** A client's message larger than this is refused (and the connection ended): 16 MiB. */
    public static final long MAX_MESSAGE_BYTES = 16L << 20;

    private static final Logger LOG = LoggerFactory.getLogger(NreplServer.class);

    private final ServerSocket listener;
    private final Sessions sessions;
    private final Ops ops;
    private final Set<Transport> transports = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicLong connections = new AtomicLong();

    private NreplServer(ServerSocket listener, MinoState state) {
        this.listener = listener;
        this.sessions = new Sessions(state);
        this.ops = new Ops(state, sessions);
    }

    /** Listens on 127.0.0.1:port (0: any free port) and serves until closed. */
    public static NreplServer start(MinoState state, int port) throws IOException {
        ServerSocket listener = new ServerSocket(port, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        try {
            NreplServer server = new NreplServer(listener, state);
            Thread.ofPlatform().name("nrepl-accept-" + server.port()).daemon().start(server::accept);
            return server;
        } catch (RuntimeException e) {
            listener.close();
            throw e;
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Blocks until the server is closed. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                serve(listener.accept());
            } catch (IOException e) {
                if (!listener.isClosed()) LOG.warn("nREPL: accepting a connection failed: {}", e.toString());
            }
        }
    }

    private void serve(Socket client) throws IOException {
        Transport transport = new Transport(client, MAX_MESSAGE_BYTES);
        transports.add(transport);
        Connection connection = new Connection(transport, ops, sessions);
        Thread.ofPlatform().name("nrepl-connection-" + connections.incrementAndGet()).daemon().start(() -> {
            try {
                connection.run();
            } finally {
                transports.remove(transport);
            }
        });
    }

    @Override public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // it stops listening all the same
        }
        transports.forEach(Transport::close);
        sessions.closeAll();
        closed.countDown();
    }
}
