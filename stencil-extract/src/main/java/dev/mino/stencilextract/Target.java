package dev.mino.stencilextract;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The five targets stencils are built for, with the clang flags verified for each (ARCHITECTURE.md 7).
 * Every target gets the common freestanding flags; the extra ones pick the code model and turn off what
 * would add code or relocations we cannot patch (CET landing pads, pointer authentication).
 */
public enum Target {
    X86_64_LINUX("x86_64-unknown-linux-gnu", ObjectFormat.ELF, "x86_64", "linux", "-fno-pic", "-mcmodel=medium", "-fcf-protection=none"),
    AARCH64_LINUX("aarch64-unknown-linux-gnu", ObjectFormat.ELF, "aarch64", "linux", "-fno-pic", "-mcmodel=large", "-mbranch-protection=none"),
    X86_64_MACOS("x86_64-apple-darwin", ObjectFormat.MACHO, "x86_64", "macos", "-mcmodel=large", "-fcf-protection=none"),
    // Not bare arm64-apple-darwin: that normalises to macOS 10.4 and rejects code models.
    ARM64_MACOS("arm64-apple-macos11", ObjectFormat.MACHO, "aarch64", "macos"),
    X86_64_WINDOWS("x86_64-pc-windows-msvc", ObjectFormat.COFF, "x86_64", "windows", "-mcmodel=large", "-fcf-protection=none");

    public static final List<String> COMMON_FLAGS = List.of("-c", "-O2", "-std=c11", "-ffreestanding", "-fno-builtin",
            "-fno-jump-tables", "-fno-asynchronous-unwind-tables", "-fno-unwind-tables", "-fno-stack-protector",
            "-fomit-frame-pointer", "-fno-addrsig", "-fno-ident", "-Wall", "-Wextra", "-Werror");

    private final String triple;
    private final ObjectFormat format;
    private final String arch;
    private final String os;
    private final List<String> extraFlags;

    Target(String triple, ObjectFormat format, String arch, String os, String... extraFlags) {
        this.triple = triple;
        this.format = format;
        this.arch = arch;
        this.os = os;
        this.extraFlags = List.of(extraFlags);
    }

    public String triple() {
        return triple;
    }

    public ObjectFormat format() {
        return format;
    }

    /** "x86_64" or "aarch64". */
    public String arch() {
        return arch;
    }

    /** "linux", "macos" or "windows". */
    public String os() {
        return os;
    }

    /** Every flag clang gets, target included, in the order the table header records. */
    public List<String> flags() {
        return Stream.of(List.of("--target=" + triple), COMMON_FLAGS, extraFlags).flatMap(List::stream).toList();
    }

    /** The committed table's file name. */
    public String tableName() {
        return triple + ".stencils";
    }

    public static Target byTriple(String triple) {
        for (Target t : values()) if (t.triple.equals(triple)) return t;
        throw new IllegalArgumentException("unknown target " + triple + "; known: " + Stream.of(values()).map(Target::triple).toList());
    }

    /** The target of this JVM's host, or null when stencils are not built for it. */
    public static Target host() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    static Target of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        String family = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "macos" : os.startsWith("windows") ? "windows" : null;
        for (Target t : values()) if (t.arch.equals(arch) && t.os.equals(family)) return t;
        return null;
    }
}
