package dev.mino.tier.bytecode;

/** A fn that does not fit the instruction encoding (over 256 registers, jumps past 32K words, ...). */
final class TooLargeForBytecode extends RuntimeException {
    TooLargeForBytecode(String reason) {
        super(reason, null, false, false);
    }
}
