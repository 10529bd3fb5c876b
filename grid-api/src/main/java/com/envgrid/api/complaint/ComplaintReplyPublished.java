package com.envgrid.api.complaint;

import java.time.Instant;

/**
 * Staff published a reply to a complaint's complainant (its status page shows it from now on). Published inside the
 * transaction of the action, so a listener that writes (a notification outbox) commits or rolls back with it. The
 * complainant's name and contact are as given with the complaint (null: not given) — personal data, for telling
 * them only.
 *
 * @param statusUrl the complaint's public status page, from the root of the UI
 */
public record ComplaintReplyPublished(long complaintId, String text, Instant publishedAt, String statusUrl,
                                      String complainantName, String complainantContact) {
    @Override
    public String toString() {
        return "ComplaintReplyPublished[complaint " + complaintId + " at " + publishedAt + "]"; // never the complainant
    }
}
