package dev.mino.stencilextract;

import java.util.Arrays;
import java.util.List;

/**
 * One op's machine code for one target: the bytes of its code section (entry at offset 0), the bytes of
 * the data it references (placed after the code, 16-byte aligned, when the patcher copies it) and its holes.
 */
public record Stencil(String name, byte[] code, byte[] data, List<Hole> holes) {
    public Stencil {
        code = code.clone();
        data = data.clone();
        holes = List.copyOf(holes);
    }

    @Override
    public byte[] code() {
        return code.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int codeSize() {
        return code.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stencil s && name.equals(s.name) && Arrays.equals(code, s.code)
                && Arrays.equals(data, s.data) && holes.equals(s.holes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(code);
    }

    @Override
    public String toString() {
        return "Stencil[" + name + ", " + code.length + " code bytes, " + data.length + " data bytes, " + holes.size() + " holes]";
    }
}
