package dev.mino.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The distribution's version, written into version.properties by the build. */
final class Version {
    private Version() {}

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) return "unknown";
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
