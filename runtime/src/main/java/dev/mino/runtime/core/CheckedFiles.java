package dev.mino.runtime.core;

import dev.mino.runtime.embed.FileAccess;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The file system and URLs as a state's code reaches them: every file it opens, deletes or creates, and every
 * URL it reads, goes through here and the state's {@link FileAccess} first (slurp, spit, clojure.java.io).
 */
final class CheckedFiles {
    private final FileAccess access;

    CheckedFiles(FileAccess access) {
        this.access = access;
    }

    InputStream read(File f) throws FileNotFoundException {
        access.checkRead(f.toPath());
        return new FileInputStream(f);
    }

    OutputStream write(File f, boolean append) throws FileNotFoundException {
        access.checkWrite(f.toPath());
        return new FileOutputStream(f, append);
    }

    /** A URL's stream: a file: URL needs the read grant for its file, a jar:file: URL for its jar, any other the network grant. */
    InputStream open(URL u) throws IOException {
        if ("file".equals(u.getProtocol())) return read(fileOf(u));
        URL jar = "jar".equals(u.getProtocol()) ? jarOf(u) : null;
        if (jar != null && "file".equals(jar.getProtocol())) access.checkRead(fileOf(jar).toPath());
        else access.checkNetwork(u.toString());
        return u.openStream();
    }

    boolean delete(File f) {
        access.checkWrite(f.toPath());
        return f.delete();
    }

    /** mkdirs, once dir and each missing directory above it that it would create may be written. */
    boolean makeDirs(File dir) {
        File d = dir.getAbsoluteFile();
        do {
            access.checkWrite(d.toPath());
            d = d.getParentFile();
        } while (d != null && !d.exists());
        return dir.mkdirs();
    }

    /**
     * A file's URL, as File.toURI makes it; that looks at the file (a directory's URL ends in /), so a file the
     * state may not read gets its URL from the path alone.
     */
    URL urlOf(File f) throws MalformedURLException {
        if (access.canRead(f.toPath())) return f.toURI().toURL();
        String path = f.getAbsolutePath().replace(File.separatorChar, '/');
        try {
            return new URI("file", null, path.startsWith("/") ? path : "/" + path, null).toURL();
        } catch (URISyntaxException e) {
            throw new MalformedURLException(e.getMessage());
        }
    }

    /** The file a file: URL names, decoded as clojure.java.io's as-file decodes it ("+" stays a plus). */
    static File fileOf(URL u) {
        if (!"file".equals(u.getProtocol())) throw new IllegalArgumentException("Not a file: " + u);
        String path = u.getFile().replace('/', File.separatorChar).replace("+", "%2B");
        return new File(URLDecoder.decode(path, StandardCharsets.UTF_8));
    }

    /**
     * s as a URL, as Clojure's (URL. s) reads it: MalformedURLException for a plain path or an unknown
     * protocol. new URL is deprecated for its leniency, which is what Clojure code relies on (a space in a path).
     */
    @SuppressWarnings("deprecation")
    static URL url(String s) throws MalformedURLException {
        return new URL(s);
    }

    /** The URL of the archive a jar: URL points into, or null when it names none. */
    private static URL jarOf(URL u) {
        String spec = u.getFile();
        int bang = spec.indexOf("!/");
        try {
            return bang < 0 ? null : url(spec.substring(0, bang));
        } catch (MalformedURLException e) {
            return null;
        }
    }
}
