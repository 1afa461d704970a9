package dev.mino.runtime.lang;

/** (ex-info msg data cause): an exception carrying a map of data. */
public class ExceptionInfo extends MinoException {
    private final IPersistentMap data;

    public ExceptionInfo(String message, IPersistentMap data, Throwable cause) {
        super(message, cause);
        this.data = data == null ? PersistentArrayMap.EMPTY : data;
    }

    public IPersistentMap data() { return data; }

    @Override public String toString() {
        return "clojure.lang.ExceptionInfo: " + getMessage() + " " + data;
    }
}
