package dev.mino.cpjit;

import dev.mino.stencilextract.Hole;
import dev.mino.stencilextract.HoleValue;
import dev.mino.stencilextract.RelocKind;
import dev.mino.stencilextract.StencilTable;
import dev.mino.stencilextract.Target;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A chain of stencils laid out and patched for one load address: each step's code in order (a step's
 * trailing continuation jump dropped when the next step follows it), then every step's data, then the
 * trampolines that carry branches to far targets (helpers) and, for Mach-O arm64, the GOT whose slots
 * hold the operands. The image is complete: copy it to the load address, make it executable, call step 0.
 */
public final class ChainImage {
    private static final int ALIGN = 16;
    private static final int TRAMPOLINE_SIZE = 16;

    /**
     * One op: its stencil and the values of its operand holes (OPERAND_*, CONSTANT, PC, SITE, HELPER);
     * {@code jumpTo} is the step its JUMP_TARGET reaches, or -1.
     */
    public record Step(String stencil, Map<HoleValue, Long> operands, int jumpTo) {
        public Step {
            operands = operands.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(operands));
        }

        public Step(String stencil, Map<HoleValue, Long> operands) {
            this(stencil, operands, -1);
        }
    }

    private final byte[] image;
    private final long loadAddress;
    private final int[] stepOffsets;
    private final int codeSize;
    private final int trampolines;

    private ChainImage(byte[] image, long loadAddress, int[] stepOffsets, int codeSize, int trampolines) {
        this.image = image;
        this.loadAddress = loadAddress;
        this.stepOffsets = stepOffsets;
        this.codeSize = codeSize;
        this.trampolines = trampolines;
    }

    public byte[] bytes() {
        return image.clone();
    }

    public int size() {
        return image.length;
    }

    /** Bytes of stencil code (without data, trampolines and GOT). */
    public int codeSize() {
        return codeSize;
    }

    public int trampolineCount() {
        return trampolines;
    }

    /** Where step i's code starts, as an offset into the image. */
    public int stepOffset(int i) {
        return stepOffsets[i];
    }

    /** Lays out and patches steps from table for loadAddress. */
    public static ChainImage build(StencilTable table, List<Step> steps, long loadAddress) {
        return build(StencilSet.of(table), steps, loadAddress);
    }

    /** As build(table, ...), over a table prepared once (what a compiler calls per function). */
    public static ChainImage build(StencilSet set, List<Step> steps, long loadAddress) {
        return new Builder(set, steps, loadAddress).build();
    }

    private static final class Builder {
        private final Target target;
        private final List<Step> steps;
        private final List<StencilSet.Prepared> stencils = new ArrayList<>();
        private final long base;
        /** Far branch destinations (a chain has a few: its helpers), each with a trampoline slot in this order. */
        private final AddressSlots trampolineSlots = new AddressSlots();
        /** Mach-O arm64 GOT entries, likewise. */
        private final AddressSlots gotSlots = new AddressSlots();

        Builder(StencilSet set, List<Step> steps, long base) {
            this.target = set.target();
            this.steps = steps;
            this.base = base;
            for (Step s : steps) stencils.add(set.get(s.stencil()));
            if (steps.isEmpty()) throw new PatchException("an empty chain");
        }

        ChainImage build() {
            int n = steps.size();
            int[] codeAt = new int[n];
            int[] kept = new int[n];
            int at = 0;
            for (int i = 0; i < n; i++) {
                codeAt[i] = at;
                StencilSet.Prepared p = stencils.get(i);
                kept[i] = i + 1 < n ? p.code().length - p.trailingJump() : p.code().length;
                at += kept[i];
            }
            int codeSize = at;
            int[] dataAt = new int[n];
            at = align(at);
            for (int i = 0; i < n; i++) {
                dataAt[i] = at;
                at = align(at + stencils.get(i).data().length);
            }
            // Trampolines and GOT slots are counted first, so their areas' places are known before patching.
            collectFarTargets(codeAt, dataAt);
            int trampolinesAt = at;
            int gotAt = trampolinesAt + trampolineSlots.size() * TRAMPOLINE_SIZE;
            byte[] image = new byte[gotAt + gotSlots.size() * 8];
            for (int i = 0; i < n; i++) {
                System.arraycopy(stencils.get(i).code(), 0, image, codeAt[i], kept[i]);
                byte[] data = stencils.get(i).data();
                System.arraycopy(data, 0, image, dataAt[i], data.length);
            }
            for (int i = 0; i < n; i++) {
                for (Hole h : stencils.get(i).stencil().holes()) {
                    if (h.offset() >= kept[i]) continue; // inside the dropped trailing jump
                    patchHole(image, i, h, codeAt, dataAt, trampolinesAt, gotAt);
                }
            }
            for (int k = 0; k < trampolineSlots.size(); k++) writeTrampoline(image, trampolinesAt + k * TRAMPOLINE_SIZE, trampolineSlots.address(k));
            for (int k = 0; k < gotSlots.size(); k++) Patcher.patch64(image, gotAt + k * 8, gotSlots.address(k));
            return new ChainImage(image, base, codeAt, codeSize, trampolineSlots.size());
        }

        private void collectFarTargets(int[] codeAt, int[] dataAt) {
            for (int i = 0; i < steps.size(); i++) {
                for (Hole h : stencils.get(i).stencil().holes()) {
                    if (isGotLoad(h.kind())) {
                        gotSlots.add(value(i, h, codeAt, dataAt));
                    } else if (Patcher.isBranch(h.kind()) && !local(h.value())) {
                        long destination = Patcher.branchDestination(h.kind(), value(i, h, codeAt, dataAt));
                        trampolineSlots.add(destination);
                    }
                }
            }
        }

        private void patchHole(byte[] image, int i, Hole h, int[] codeAt, int[] dataAt, int trampolinesAt, int gotAt) {
            int at = codeAt[i] + h.offset();
            long place = base + at;
            long value = value(i, h, codeAt, dataAt);
            if (isGotLoad(h.kind())) {
                value = base + gotAt + gotSlots.slot(value) * 8L;
            } else if (Patcher.isBranch(h.kind())) {
                long destination = Patcher.branchDestination(h.kind(), value);
                int slot = trampolineSlots.slot(destination);
                // A branch to a helper goes through its trampoline unless the helper happens to be in range.
                if (slot >= 0 && !Patcher.inRange(h.kind(), place, destination)) {
                    value += base + trampolinesAt + slot * (long) TRAMPOLINE_SIZE - destination;
                }
            }
            Patcher.patch(image, at, place, h.kind(), value);
        }

        /** S + A for hole h of step i. */
        private long value(int i, Hole h, int[] codeAt, int[] dataAt) {
            Step step = steps.get(i);
            long s = switch (h.value()) {
                case CONTINUE -> {
                    if (i + 1 >= steps.size()) throw new PatchException("step " + i + " (" + step.stencil() + ") continues past the chain's end");
                    yield base + codeAt[i + 1];
                }
                case JUMP_TARGET -> {
                    if (step.jumpTo() < 0 || step.jumpTo() >= steps.size()) {
                        throw new PatchException("step " + i + " (" + step.stencil() + ") jumps to step " + step.jumpTo() + ", which the chain does not have");
                    }
                    yield base + codeAt[step.jumpTo()];
                }
                case CODE -> base + codeAt[i];
                case DATA -> base + dataAt[i];
                default -> {
                    Long v = step.operands().get(h.value());
                    if (v == null) throw new PatchException("step " + i + " (" + step.stencil() + ") has no value for its " + h.value() + " hole");
                    yield v;
                }
            };
            return s + h.addend();
        }

        /** Targets inside the image: reachable without a trampoline. */
        private static boolean local(HoleValue v) {
            return v == HoleValue.CONTINUE || v == HoleValue.JUMP_TARGET || v == HoleValue.CODE || v == HoleValue.DATA;
        }

        private static boolean isGotLoad(RelocKind k) {
            return k == RelocKind.ARM64_RELOC_GOT_LOAD_PAGE21 || k == RelocKind.ARM64_RELOC_GOT_LOAD_PAGEOFF12;
        }

        /**
         * x86-64: {@code jmp qword [rip+0]} (ff 25 00000000) then the 8-byte address; AArch64: {@code ldr x16, #8;
         * br x16} (x16 is the platform's veneer scratch register) then the address.
         */
        private void writeTrampoline(byte[] image, int at, long destination) {
            if (target.arch().equals("x86_64")) {
                image[at] = (byte) 0xFF;
                image[at + 1] = 0x25;
                Patcher.write32(image, at + 2, 0);
                Patcher.patch64(image, at + 6, destination);
            } else {
                Patcher.write32(image, at, 0x58000050);
                Patcher.write32(image, at + 4, 0xD61F0200);
                Patcher.patch64(image, at + 8, destination);
            }
        }

        private static int align(int at) {
            return (at + ALIGN - 1) & -ALIGN;
        }
    }

    /** Distinct addresses in the order first added, each with its slot number (few per chain: a linear search). */
    private static final class AddressSlots {
        private long[] addresses = new long[4];
        private int size;

        void add(long address) {
            if (slot(address) >= 0) return;
            if (size == addresses.length) addresses = java.util.Arrays.copyOf(addresses, 2 * size);
            addresses[size++] = address;
        }

        /** The slot of address, or -1. */
        int slot(long address) {
            for (int k = 0; k < size; k++) if (addresses[k] == address) return k;
            return -1;
        }

        long address(int k) {
            return addresses[k];
        }

        int size() {
            return size;
        }
    }

    @Override
    public String toString() {
        return "ChainImage[" + image.length + " bytes at 0x" + Long.toHexString(loadAddress) + ", " + stepOffsets.length + " steps]";
    }
}
