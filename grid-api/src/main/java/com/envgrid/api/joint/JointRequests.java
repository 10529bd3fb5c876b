package com.envgrid.api.joint;

import com.envgrid.api.draw.DrawViews;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;
import java.util.UUID;

/** The bodies of the departments' and joint campaigns' write routes, as sent. */
final class JointRequests {
    private JointRequests() {
    }

    /** A department: {@code code} a short stable key (on POST; the path names it on PUT), {@code name} as shown. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record DepartmentBody(@Nullable String code, @Nullable String name) {
    }

    /**
     * A campaign under the id its client made; {@code grid} the district or first-level grid it runs in; the period
     * as dates; its team.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record CampaignBody(@Nullable UUID id, @Nullable String title, @Nullable String theme, @Nullable String grid,
                        @Nullable String periodFrom, @Nullable String periodTo, @Nullable List<MemberBody> members) {
    }

    /** A person of the people directory on the team under a department; one member is the leader. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record MemberBody(@Nullable Long personId, @Nullable String department, @Nullable Boolean leader) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record TeamBody(@Nullable List<MemberBody> members) {
    }

    /**
     * Targets chosen {@code by}: {@code grid} (the operating sources in {@code grids}, or with {@code as: "grids"}
     * the grids themselves as patrol targets), {@code filter} (the directory filter the draws use) or {@code draw}
     * (the items of the run draw {@code draw_id}, or of a draw sealed and run for the campaign as {@code draw} says).
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record TargetsBody(@Nullable String by, @Nullable List<String> grids, @Nullable String as,
                       @Nullable DrawViews.Filter filter, @Nullable Long drawId, @Nullable DrawViews.NewDraw draw) {
    }

    /**
     * A finding under the id its client made, about one of the campaign's targets; {@code department} only for an
     * administrator who is not on the team (a member's findings go under their department); photos by sha256.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record FindingBody(@Nullable UUID id, @Nullable String targetKind, @Nullable String targetCode,
                       @Nullable String category, @Nullable String severity, @Nullable String description,
                       @Nullable List<String> photos, @Nullable String foundOn, @Nullable String department) {
    }
}
