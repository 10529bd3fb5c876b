package com.envgrid.api.shared;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * A moment of the past that one thread replays: while it does, the platform's clock reads that moment on this
 * thread, so that what the demo records through the services carries the time it pretends to have happened, while
 * every other thread keeps the present. Any clock the platform runs on — the system's, or a test's — honours it.
 */
public final class Replay {
    private static final ThreadLocal<Instant> MOMENT = new ThreadLocal<>();

    private Replay() {
    }

    /** Runs the work on this thread as if it were {@code moment}. */
    public static <T> T at(Instant moment, Supplier<T> work) {
        Instant outer = MOMENT.get();
        MOMENT.set(moment);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                MOMENT.remove();
            } else {
                MOMENT.set(outer);
            }
        }
    }

    /** The moment this thread replays, else {@code present}. */
    public static Instant or(Instant present) {
        Instant replayed = MOMENT.get();
        return replayed != null ? replayed : present;
    }
}
