package dev.mino.stencilextract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The generation pipeline for one target (after CPython's Tools/jit: compile, read, write): clang compiles
 * every stencil source to an object file, the format's reader and {@link StencilNormaliser} turn each into
 * a {@link Stencil}, and the table is written, or compared with the committed one.
 */
public final class Generator {
    private final String clang;
    private final Path sources;
    private final PrintStream log;

    public Generator(String clang, Path sources, PrintStream log) {
        this.clang = clang;
        this.sources = sources;
        this.log = log;
    }

    /** The stencil sources, by name. */
    public List<Path> sourceFiles() throws IOException {
        try (Stream<Path> files = Files.list(sources)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".c")).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    /** Compiles and extracts every stencil for target. */
    public StencilTable build(Target target) throws IOException, ObjectFormatException, InterruptedException {
        List<Path> files = sourceFiles();
        if (files.isEmpty()) throw new IOException("no stencil sources (*.c) in " + sources);
        Path work = Files.createTempDirectory("stencils-" + target.triple());
        try {
            List<String> command = new ArrayList<>();
            command.add(clang);
            command.addAll(target.flags());
            command.add("-I" + sources.toAbsolutePath());
            for (Path f : files) command.add(f.toAbsolutePath().toString());
            run(command, work);
            ObjectReader reader = ObjectReader.of(target.format());
            List<Stencil> stencils = new ArrayList<>();
            for (Path f : files) {
                String name = f.getFileName().toString().replaceFirst("\\.c$", "");
                Path object = work.resolve(name + ".o");
                String label = name + ".o (" + target.triple() + ")";
                stencils.add(StencilNormaliser.normalise(name, label, reader.read(Files.readAllBytes(object), label)));
            }
            return new StencilTable(target.triple(), target.format(), clangVersion(), String.join(" ", target.flags()), stencils);
        } finally {
            deleteTree(work);
        }
    }

    /** The first line of clang --version, recorded in each table's header. */
    public String clangVersion() throws IOException, InterruptedException {
        String out = run(List.of(clang, "--version"), null);
        return out.lines().findFirst().orElse("unknown").trim();
    }

    private String run(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) pb.directory(dir.toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run " + command.getFirst() + " (install clang-19: apt-get install -y clang-19): " + e.getMessage(), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException(command.getFirst() + " failed:\n" + out);
        return out;
    }

    /** Writes target's table into dir; answers whether it changed. */
    public boolean write(Target target, Path dir) throws Exception {
        StencilTable table = build(target);
        Path file = dir.resolve(target.tableName());
        String text = table.toText();
        boolean same = Files.exists(file) && Files.readString(file).equals(text);
        if (!same) Files.writeString(file, text);
        log.printf("%-26s %3d stencils %6d bytes %s%n", target.triple(), table.stencils().size(), table.totalBytes(), same ? "unchanged" : "written");
        return !same;
    }

    /** Regenerates target's table and compares it with the committed one; answers whether they agree. */
    public boolean check(Target target, Path dir) throws Exception {
        StencilTable table = build(target);
        Path file = dir.resolve(target.tableName());
        if (!Files.exists(file)) {
            log.printf("%-26s MISSING: %s is not committed%n", target.triple(), file);
            return false;
        }
        String committed = Files.readString(file);
        if (committed.equals(table.toText())) {
            log.printf("%-26s %3d stencils %6d bytes reproduced%n", target.triple(), table.stencils().size(), table.totalBytes());
            return true;
        }
        log.printf("%-26s DIFFERS from %s: %s%n", target.triple(), file, difference(StencilTable.parse(committed, file.toString()), table));
        return false;
    }

    /** Which stencils or header fields differ between two tables, for the check's message. */
    static String difference(StencilTable committed, StencilTable fresh) {
        List<String> out = new ArrayList<>();
        if (!committed.clang().equals(fresh.clang())) out.add("clang '" + committed.clang() + "' vs '" + fresh.clang() + "'");
        if (!committed.flags().equals(fresh.flags())) out.add("flags differ");
        var a = committed.byName();
        var b = fresh.byName();
        for (String name : a.keySet()) if (!b.containsKey(name)) out.add(name + " removed");
        for (String name : b.keySet()) {
            if (!a.containsKey(name)) out.add(name + " added");
            else if (!a.get(name).equals(b.get(name))) out.add(name + " changed");
        }
        return out.isEmpty() ? "text differs (layout)" : String.join(", ", out);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
