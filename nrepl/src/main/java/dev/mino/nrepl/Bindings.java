package dev.mino.nrepl;

import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Var;
import java.util.HashMap;
import java.util.Map;

/**
 * A session's kept vars (*1 *2 *3 *e, the printer's settings, ...) as its thread binds them: the boxes
 * that set! writes there. Written on the session's thread, read from any (a clone copies them).
 */
final class Bindings {
    private final SessionVars vars;
    private final Map<Var, ThreadBindings.Box> boxes;

    Bindings(SessionVars vars, Map<Var, ThreadBindings.Box> boxes) {
        this.vars = vars;
        this.boxes = Map.copyOf(boxes);
    }

    /** value becomes *1, as *1 becomes *2 and *2 *3. */
    void remember(Object value) {
        box("*3").val = box("*2").val;
        box("*2").val = box("*1").val;
        box("*1").val = value;
    }

    void set(String name, Object value) {
        box(name).val = value;
    }

    /** The kept vars' values now. */
    Map<Var, Object> values() {
        Map<Var, Object> values = new HashMap<>();
        boxes.forEach((v, box) -> values.put(v, box.val));
        return values;
    }

    private ThreadBindings.Box box(String name) {
        return boxes.get(vars.get(name));
    }
}
