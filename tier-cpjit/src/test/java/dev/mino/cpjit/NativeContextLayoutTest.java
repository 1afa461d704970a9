package dev.mino.cpjit;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The C context struct (mino_stencil.h) and its Java MemoryLayout agree field by field. */
class NativeContextLayoutTest {
    static final Path HEADER = Path.of("src/main/stencils/mino_stencil.h");

    /** The header's MINO_CTX_<FIELD>_OFFSET and MINO_CTX_SIZE macros (its static asserts tie them to the struct). */
    static Map<String, Long> headerMacros(String prefix) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("#define " + prefix + "(\\w+) (-?\\d+)").matcher(Files.readString(HEADER));
        while (m.find()) out.put(m.group(1), Long.parseLong(m.group(2)));
        return out;
    }

    @Test
    void everyFieldOffsetMatchesTheHeader() throws Exception {
        Map<String, Long> macros = headerMacros("MINO_CTX_");
        assertEquals(NativeContextLayout.LAYOUT.byteSize(), macros.remove("SIZE"));
        assertEquals(NativeContextLayout.LAYOUT.memberLayouts().size(), macros.size(), "fields in the header: " + macros.keySet());
        for (var e : macros.entrySet()) {
            String field = e.getKey().replaceFirst("_OFFSET$", "").toLowerCase(Locale.ROOT);
            assertEquals(e.getValue(), NativeContextLayout.offsetOf(field), field);
        }
    }

    @Test
    void statusCodesMatchTheHeader() throws Exception {
        Map<String, Long> codes = headerMacros("MINO_STATUS_");
        assertEquals(Map.of("OK", NativeContextLayout.STATUS_OK, "BRANCH", NativeContextLayout.STATUS_BRANCH,
                "DEOPT", NativeContextLayout.STATUS_DEOPT, "CANCELLED", NativeContextLayout.STATUS_CANCELLED,
                "ERROR", NativeContextLayout.STATUS_ERROR, "TAILCALL", NativeContextLayout.STATUS_TAILCALL,
                "STACK", NativeContextLayout.STATUS_STACK), codes);
    }
}
