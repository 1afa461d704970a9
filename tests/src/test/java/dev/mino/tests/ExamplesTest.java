package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden-output tests: each {@code examples/NAME.clj} is loaded in a fresh state and what it
 * prints must equal {@code examples/NAME.out} byte for byte (the .out files are what Clojure 1.12
 * prints for the same program). The directory is the system property {@code mino.examples.dir},
 * or {@code ../examples} from the working directory (Surefire runs in the tests module).
 */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<Path> programs = programs();
        assertFalse(programs.isEmpty(), "no examples with a golden .out file in " + examplesDir());
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    static Path examplesDir() {
        return Path.of(System.getProperty("mino.examples.dir", "../examples")).toAbsolutePath().normalize();
    }

    /** The .clj files that have a golden .out beside them. */
    static List<Path> programs() throws IOException {
        try (Stream<Path> listing = Files.list(examplesDir())) {
            return listing.filter(p -> p.toString().endsWith(".clj") && Files.exists(golden(p))).sorted().toList();
        }
    }

    static Path golden(Path program) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - ".clj".length()) + ".out");
    }

    static void check(Path program) throws IOException {
        // Examples are programs the mino command runs: they get its interop grants.
        MinoState state = Mino.newState(dev.mino.runtime.embed.MinoOptions.defaults()
                .withCommandLineGrants());
        StringWriter out = new StringWriter();
        state.setOut(out);
        try {
            state.loadFile(program);
        } catch (RuntimeException e) {
            throw new AssertionError(MinoState.describeError(e) + "\noutput so far:\n" + out, e);
        }
        assertEquals(Files.readString(golden(program)), out.toString(), program.getFileName() + " output");
    }
}
