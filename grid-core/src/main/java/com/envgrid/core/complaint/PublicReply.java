package com.envgrid.core.complaint;

import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The reply staff publish to the complainant (公开答复): the text the status page shows, apart from the workflow's
 * own text — the internal record of what was done, which the public never sees. It is published with the actions
 * that answer the complainant, {@code reply} and {@code close}; a later publication (after a reopening, or when
 * closing) replaces the earlier one.
 *
 * @param text        stripped, 1 to {@link #MAX_LENGTH} characters
 * @param publishedAt when the action that published it was taken
 */
public record PublicReply(String text, Instant publishedAt) {
    public static final int MAX_LENGTH = 2000;
    /** Where the text is in an action's JSON. */
    static final String POINTER = "/public_reply";

    /**
     * The reply published with an action taken at {@code at}: none when the text is null or blank.
     *
     * @throws InvalidInput the action publishes nothing ({@code reply} and {@code close} do), or the text is longer
     *                      than {@link #MAX_LENGTH} characters
     */
    public static Optional<PublicReply> publishedWith(String action, String text, Instant at) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!ComplaintWorkflow.REPLY.equals(action) && !ComplaintWorkflow.CLOSE.equals(action)) {
            throw new InvalidInput("a public reply goes with replying or closing", List.of(new InputProblem(POINTER,
                    "a public reply is published with the action 'reply' or 'close', not with '" + action + "'")));
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new InvalidInput("the public reply is too long", List.of(new InputProblem(POINTER,
                    "a public reply has at most " + MAX_LENGTH + " characters, this one " + stripped.length())));
        }
        return Optional.of(new PublicReply(stripped, at));
    }
}
