package dev.mino.runtime.core;

/**
 * What running part of a cl-format control string yields: the arguments' new position, or an exit taken
 * by ~^ (colon: ~:^, which ends an enclosing ~:{ or ~@:{ iteration) together with the position then.
 */
sealed interface FormatResult permits FormatArgs, FormatResult.Exit {
    record Exit(boolean colon, FormatArgs args) implements FormatResult {}
}
