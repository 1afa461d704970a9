package dev.mino.runtime.lang;

/**
 * The seq of a hash trie's entries (or keys) in slot order, depth first. A cell is the position of one
 * entry: the slot array it sits in plus the chain of places to resume once that array is done, so each
 * step allocates only the next cell (and a resume frame when it descends into a subtree).
 */
final class HamtSeq extends ASeq {
    /** Where to continue after the current slot array: slots[index...] of the enclosing node. */
    private record Resume(Object[] slots, int index, boolean pairs, Resume parent) {}

    private final Object[] slots;
    private final int index;
    private final Resume resume;
    private final boolean keysOnly;

    private HamtSeq(IPersistentMap meta, Object[] slots, int index, Resume resume, boolean keysOnly) {
        super(meta);
        this.slots = slots;
        this.index = index;
        this.resume = resume;
        this.keysOnly = keysOnly;
    }

    /** The seq of root's entries (keysOnly: of its keys), or null when there are none. */
    static ISeq create(HamtNode root, boolean keysOnly) {
        return root == null ? null : seek(root.slots(), 0, root.pairs(), null, keysOnly);
    }

    /** The first entry at or after slots[i], continuing into resume frames when slots run out. */
    private static HamtSeq seek(Object[] slots, int i, boolean pairs, Resume resume, boolean keysOnly) {
        while (true) {
            if (i >= slots.length) {
                if (resume == null) return null;
                slots = resume.slots;
                i = resume.index;
                pairs = resume.pairs;
                resume = resume.parent;
                continue;
            }
            Object child;
            if (pairs) {
                if (slots[i] != null) return new HamtSeq(null, slots, i, resume, keysOnly);
                child = slots[i + 1];
                i += 2;
            } else {
                child = slots[i];
                i += 1;
            }
            if (child != null) {
                HamtNode node = (HamtNode) child;
                resume = new Resume(slots, i, pairs, resume);
                slots = node.slots();
                pairs = node.pairs();
                i = 0;
            }
        }
    }

    @Override public Object first() {
        return keysOnly ? slots[index] : new MapEntry(slots[index], slots[index + 1]);
    }

    @Override public ISeq next() {
        return seek(slots, index + 2, true, resume, keysOnly);
    }

    @Override public HamtSeq withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new HamtSeq(meta, slots, index, resume, keysOnly);
    }
}
