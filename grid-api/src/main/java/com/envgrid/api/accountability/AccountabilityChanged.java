package com.envgrid.api.accountability;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * An accountability record just proposed or confirmed, heard inside the transaction that stores it: a proposal is
 * told to the administrators of the grid's district, who decide it; a confirmation to the person who is to answer
 * (when a person of the platform). A dismissal tells nobody: nothing is asked of anyone.
 *
 * @param measureName 约谈, 通报 or 问责 — as proposed, or as confirmed
 */
public record AccountabilityChanged(long id, boolean confirmed, String gridCode, @Nullable Long subjectPersonId,
                                    String subject, String reason, String measureName, Instant at) {
}
