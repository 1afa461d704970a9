package dev.mino.cli;

import java.util.function.Supplier;

/** One benchmark row as loaded on one tier: its name and the zero-argument call that is timed. */
record BenchRow(String name, Supplier<Object> call) {}
