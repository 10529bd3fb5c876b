package com.envgrid.api.joint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** How departments and joint campaigns read. */
final class JointViews {
    private JointViews() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record DepartmentView(String code, String name, boolean retired, @Nullable Instant retiredAt) {
    }

    /** A campaign in a list: what it is, where, when, its state and its size. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record CampaignSummary(UUID id, String title, String theme, String grid, String gridName, LocalDate periodFrom,
                           LocalDate periodTo, String state, @Nullable String leaderName, int members, int targets,
                           int findings) {
    }

    /**
     * A campaign with its team, targets and findings (by department, then as recorded), the findings counted per
     * department, and what the caller may do: manage (team, targets, close) and record findings.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record CampaignView(UUID id, String title, String theme, String grid, String gridName, LocalDate periodFrom,
                        LocalDate periodTo, String state, Instant createdAt, @Nullable Instant closedAt,
                        List<MemberView> members, List<TargetView> targets, List<FindingView> findings,
                        List<DepartmentCount> byDepartment, boolean mayManage, boolean mayRecord,
                        @Nullable String ownDepartment) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record MemberView(long personId, String name, String department, String departmentName, boolean leader) {
    }

    /** A target and the grid that answers for it; {@code draw_id} when a 双随机 draw chose it. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record TargetView(String kind, String code, String name, String grid, String gridName, String chosenBy,
                      @Nullable Long drawId) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record FindingView(UUID id, String targetKind, String targetCode, String targetName, String grid,
                       String gridName, String department, String departmentName, String category,
                       String categoryName, String severity, String severityName, String description,
                       List<String> photos, LocalDate foundOn, long recordedBy, String recorderName,
                       Instant recordedAt) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record DepartmentCount(String department, String name, int findings) {
    }
}
