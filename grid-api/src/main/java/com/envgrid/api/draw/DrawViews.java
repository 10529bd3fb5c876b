package com.envgrid.api.draw;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;
import java.util.List;

/** How draws read: for staff (with the inspectors) and for the public (without any personal data). */
public final class DrawViews {
    private DrawViews() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Filter(@Nullable String kind, @Nullable List<String> ratings, @Nullable String industry,
                  @Nullable String grid) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record NewDraw(@Nullable String title, @Nullable String period, @Nullable Filter filter, @Nullable Integer count,
                   @Nullable Double share, boolean stratifyByRating, @Nullable String seed) {
    }

    /** A candidate as published: enough to redo the draw (stratum and grid), nothing personal. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Candidate(String code, @Nullable String grid, String rating) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Inspector(long id, String name) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record StaffItem(String objectCode, String objectName, @Nullable String gridCode, @Nullable String gridName,
                     String rating, String score, List<Inspector> inspectors, @Nullable String inspectorShortfall) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record StaffDraw(long id, String title, String period, String seed, String candidateHash, int candidateCount,
                     Filter filter, @Nullable Integer count, @Nullable Double share, boolean stratifyByRating,
                     Instant sealedAt, @Nullable Instant runAt, List<StaffItem> items) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record PublicItem(String objectCode, String objectName, @Nullable String gridName, String rating, String score,
                      String outcome) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PublicDraw(long id, String title, String period, String seed, String candidateHash,
                      List<Candidate> candidates, List<String> candidateCodes, String algorithm, Instant sealedAt,
                      @Nullable Instant runAt, List<PublicItem> items) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Summary(long id, String title, String period, Instant sealedAt, @Nullable Instant runAt) {
    }
}
