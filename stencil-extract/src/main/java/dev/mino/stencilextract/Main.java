package dev.mino.stencilextract;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stencil-extract command.
 * <pre>
 *   stencil-extract --selftest                     read synthetic ELF, Mach-O and COFF objects and check them
 *   stencil-extract generate [--check] [--clang C] [--target TRIPLE] SOURCES TABLES
 *                                                  compile SOURCES/*.c for each target and write (or, with
 *                                                  --check, compare with) TABLES/TRIPLE.stencils
 *   stencil-extract dump --format elf|macho|coff FILE.o    print one object file's stencil as a table entry
 * </pre>
 * Exit status: 0 ok, 1 a check failed or an input was bad, 2 a usage error.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 1 && args[0].equals("--selftest")) return SelfTest.run(out);
            if (args.length > 0 && args[0].equals("generate")) return generate(List.of(args).subList(1, args.length), out);
            if (args.length == 4 && args[0].equals("dump") && args[1].equals("--format")) return dump(args[2], Path.of(args[3]), out);
            err.println(usage());
            return 2;
        } catch (UsageError e) {
            err.println("stencil-extract: " + e.getMessage());
            err.println(usage());
            return 2;
        } catch (ObjectFormatException | StencilTable.FormatError e) {
            err.println("stencil-extract: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("stencil-extract: " + e.getMessage());
            return 1;
        }
    }

    private static int generate(List<String> args, PrintStream out) throws Exception {
        boolean check = false;
        String clang = "clang-19";
        List<Target> targets = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--check" -> check = true;
                case "--clang" -> clang = value(args, ++i, "--clang");
                case "--target" -> {
                    try {
                        targets.add(Target.byTriple(value(args, ++i, "--target")));
                    } catch (IllegalArgumentException e) {
                        throw new UsageError(e.getMessage());
                    }
                }
                default -> {
                    if (args.get(i).startsWith("--")) throw new UsageError("unknown option " + args.get(i));
                    paths.add(args.get(i));
                }
            }
        }
        if (paths.size() != 2) throw new UsageError("generate takes SOURCES and TABLES directories");
        if (targets.isEmpty()) targets = List.of(Target.values());
        Path sources = Path.of(paths.get(0));
        Path tables = Path.of(paths.get(1));
        if (!Files.isDirectory(sources)) throw new UsageError("no such directory: " + sources);
        Files.createDirectories(tables);
        Generator generator = new Generator(clang, sources, out);
        boolean ok = true;
        for (Target t : targets) {
            if (check) ok &= generator.check(t, tables);
            else generator.write(t, tables);
        }
        if (check && !ok) out.println("stencil tables differ from what " + clang + " builds now: run ./mino task gen-stencils and commit the tables");
        return ok ? 0 : 1;
    }

    private static int dump(String format, Path file, PrintStream out) throws Exception {
        ObjectFormat f = switch (format) {
            case "elf" -> ObjectFormat.ELF;
            case "macho" -> ObjectFormat.MACHO;
            case "coff" -> ObjectFormat.COFF;
            default -> throw new UsageError("unknown format " + format + " (elf, macho or coff)");
        };
        if (!Files.isRegularFile(file)) throw new UsageError("no such file: " + file);
        String name = file.getFileName().toString().replaceFirst("\\.o(bj)?$", "");
        Stencil s = StencilNormaliser.normalise(name, file.toString(), ObjectReader.of(f).read(Files.readAllBytes(file), file.toString()));
        String text = new StencilTable("-", f, "-", "-", List.of(s)).toText();
        out.print(text.substring(text.indexOf("stencil ")));
        return 0;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) throw new UsageError(option + " needs a value");
        return args.get(i);
    }

    private static String usage() {
        return """
                usage: stencil-extract --selftest
                       stencil-extract generate [--check] [--clang CLANG] [--target TRIPLE]... SOURCES TABLES
                       stencil-extract dump --format elf|macho|coff FILE.o""";
    }

    private static final class UsageError extends IllegalArgumentException {
        UsageError(String message) {
            super(message);
        }
    }
}
