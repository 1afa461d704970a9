package dev.mino.nrepl;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A minimal nREPL client for the tests, standing in for the reference client (nrepl/nrepl is not on Maven
 * Central). Its bencode is its own, not the server's, so that the two are checked against each other. A
 * reader thread sorts the responses by id; a transcript, when asked for, gets every message both ways.
 */
final class TestClient implements AutoCloseable {
    static final long TIMEOUT_SECONDS = 30;

    private final Socket socket;
    private final OutputStream out;
    private final Map<String, BlockingQueue<Map<String, Object>>> byId = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger();
    private final Consumer<String> transcript;

    private TestClient(Socket socket, Consumer<String> transcript) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.transcript = transcript;
        DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        Thread.ofPlatform().daemon().name("test-client-reader").start(() -> readAll(in));
    }

    static TestClient connect(int port) throws IOException {
        return connect(port, line -> {});
    }

    static TestClient connect(int port, Consumer<String> transcript) throws IOException {
        return new TestClient(new Socket(NreplServer.HOST, port), transcript);
    }

    // --- requests ---

    /** Sends msg with a fresh id; answers the id. */
    String send(Map<String, ?> msg) throws IOException {
        String id = Integer.toString(nextId.incrementAndGet());
        Map<String, Object> withId = new LinkedHashMap<>(msg);
        withId.put("id", id);
        transcript.accept("--> " + withId);
        synchronized (out) {
            out.write(encode(withId));
            out.flush();
        }
        return id;
    }

    /** Sends msg and answers its responses, up to the one whose status has "done". */
    List<Map<String, Object>> call(Map<String, ?> msg) throws Exception {
        return responses(send(msg));
    }

    List<Map<String, Object>> responses(String id) throws Exception {
        List<Map<String, Object>> all = new ArrayList<>();
        Map<String, Object> m;
        do {
            m = next(id);
            all.add(m);
        } while (!statuses(m).contains("done"));
        return all;
    }

    Map<String, Object> next(String id) throws Exception {
        Map<String, Object> m = queue(id).poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (m == null) throw new AssertionError("no response to " + id + " in " + TIMEOUT_SECONDS + " s");
        return m;
    }

    String cloneSession() throws Exception {
        return (String) call(Map.of("op", "clone")).getFirst().get("new-session");
    }

    List<Map<String, Object>> eval(String session, String code) throws Exception {
        return call(Map.of("op", "eval", "session", session, "code", code));
    }

    // --- reading responses ---

    @SuppressWarnings("unchecked")
    static List<String> statuses(Map<String, Object> m) {
        return (List<String>) m.getOrDefault("status", List.of());
    }

    static List<Object> all(List<Map<String, Object>> responses, String key) {
        return responses.stream().filter(m -> m.containsKey(key)).map(m -> m.get(key)).toList();
    }

    static String joined(List<Map<String, Object>> responses, String key) {
        return String.join("", all(responses, key).stream().map(String::valueOf).toList());
    }

    private BlockingQueue<Map<String, Object>> queue(String id) {
        return byId.computeIfAbsent(id, k -> new LinkedBlockingQueue<>());
    }

    @SuppressWarnings("unchecked")
    private void readAll(DataInputStream in) {
        try {
            while (true) {
                Map<String, Object> m = (Map<String, Object>) decode(in, in.readUnsignedByte());
                transcript.accept("<-- " + m);
                queue(String.valueOf(m.get("id"))).add(m);
            }
        } catch (IOException e) {
            // the server hung up, or the test closed the client
        }
    }

    @Override public void close() throws IOException {
        socket.close();
    }

    // --- bencode, written apart from the server's ---

    static byte[] encode(Object v) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        encodeTo(b, v);
        return b.toByteArray();
    }

    private static void encodeTo(ByteArrayOutputStream b, Object v) {
        if (v instanceof Number n) {
            b.writeBytes(("i" + n.longValue() + "e").getBytes(StandardCharsets.US_ASCII));
        } else if (v instanceof Map<?, ?> m) {
            b.write('d');
            new TreeMap<>(m).forEach((k, x) -> {
                encodeTo(b, k);
                encodeTo(b, x);
            });
            b.write('e');
        } else if (v instanceof List<?> l) {
            b.write('l');
            l.forEach(x -> encodeTo(b, x));
            b.write('e');
        } else {
            byte[] s = v.toString().getBytes(StandardCharsets.UTF_8);
            b.writeBytes((s.length + ":").getBytes(StandardCharsets.US_ASCII));
            b.writeBytes(s);
        }
    }

    private static Object decode(DataInputStream in, int c) throws IOException {
        if (c == 'i') return Long.parseLong(until(in, 'e'));
        if (c == 'l') {
            List<Object> l = new ArrayList<>();
            for (int x = in.readUnsignedByte(); x != 'e'; x = in.readUnsignedByte()) l.add(decode(in, x));
            return l;
        }
        if (c == 'd') {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int x = in.readUnsignedByte(); x != 'e'; x = in.readUnsignedByte()) {
                m.put((String) decode(in, x), decode(in, in.readUnsignedByte()));
            }
            return m;
        }
        byte[] s = new byte[Integer.parseInt((char) c + until(in, ':'))];
        in.readFully(s);
        return new String(s, StandardCharsets.UTF_8);
    }

    private static String until(DataInputStream in, char end) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int x = in.readUnsignedByte(); x != end; x = in.readUnsignedByte()) sb.append((char) x);
        return sb.toString();
    }
}
