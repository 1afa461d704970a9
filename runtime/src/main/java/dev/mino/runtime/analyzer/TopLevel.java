package dev.mino.runtime.analyzer;

/** An analyzed top-level form: its body and the frame size its locals need. */
public record TopLevel(Node body, int frameSize) {}
