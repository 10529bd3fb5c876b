package com.envgrid.core.complaint;

import java.util.Map;
import java.util.Optional;

/**
 * The steps of a complaint's history the public sees on its status page, each with its date: received, accepted,
 * investigating, replied, closed, reopened, rated. Every other entry of the history — a problem case opened, and
 * any action not named here — is the staff's own, as are who took a step and the text they wrote with it.
 */
public final class PublicProgress {
    /** The workflow's actions the public sees, and the name of the step each makes. */
    private static final Map<String, String> STEPS = Map.of(
            "receive", "received",
            ComplaintWorkflow.ACCEPT, "accepted",
            ComplaintWorkflow.INVESTIGATE, "investigating",
            ComplaintWorkflow.REPLY, "replied",
            ComplaintWorkflow.CLOSE, "closed",
            ComplaintWorkflow.REOPEN, "reopened",
            ComplaintWorkflow.RATE, "rated");

    private PublicProgress() {
    }

    /** The step the public sees for an action of the history, or empty when the action is the staff's own. */
    public static Optional<String> step(String action) {
        return Optional.ofNullable(STEPS.get(action));
    }
}
