package dev.mino.cpjit;

import dev.mino.stencilextract.StencilTable;
import dev.mino.stencilextract.Target;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The committed stencil tables, one per target, read from this module's resources. */
public final class StencilLibrary {
    private StencilLibrary() {}

    private static final String DIR = "stencils/";

    /** The table for target, or empty when none is committed for it. */
    public static Optional<StencilTable> load(Target target) {
        try (InputStream in = StencilLibrary.class.getResourceAsStream(DIR + target.tableName())) {
            if (in == null) return Optional.empty();
            return Optional.of(StencilTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), target.tableName()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading stencil table " + target.tableName(), e);
        }
    }

    /** Whether a table for the host is committed (without reading it). */
    public static boolean existsForHost() {
        Target host = Target.host();
        return host != null && StencilLibrary.class.getResource(DIR + host.tableName()) != null;
    }

    /** The host's table, or empty when the host is not one of the five targets or has no table. */
    public static Optional<StencilTable> forHost() {
        Target host = Target.host();
        return host == null ? Optional.empty() : load(host);
    }
}
