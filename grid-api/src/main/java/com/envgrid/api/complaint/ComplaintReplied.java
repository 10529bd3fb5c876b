package com.envgrid.api.complaint;

import java.time.Instant;

/**
 * A complaint was replied to (raised inside the transaction of the reply): the complainant is to be told, when
 * their contact gave a way to. {@code round} counts the replies in the complaint's life — 2 after a reopening.
 */
public record ComplaintReplied(long complaintId, int round, String contact, String category, String gridName,
                               Instant receivedAt, String reply, Instant at) {
}
