package com.envgrid.api.complaint;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The complaint_public_reply table: the reply each complaint's staff published last. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PublicReplyRows extends GenericRepository<PublicReplyRows.PublishedRow, Long> {
    @Introspected
    record PublishedRow(long complaintId, String text, Instant publishedAt) {
    }

    /** Publishes a complaint's reply, replacing the one published before. */
    @Query("INSERT INTO complaint_public_reply (complaint_id, text, published_at, published_by)"
            + " VALUES (:complaintId, :text, :publishedAt, :publishedBy) ON CONFLICT (complaint_id) DO UPDATE"
            + " SET text = EXCLUDED.text, published_at = EXCLUDED.published_at, published_by = EXCLUDED.published_by")
    void publish(long complaintId, String text, Instant publishedAt, long publishedBy);

    @Query("SELECT complaint_id, text, published_at FROM complaint_public_reply WHERE complaint_id IN (:complaintIds)")
    List<PublishedRow> of(Collection<Long> complaintIds);
}
