package com.envgrid.api.vocabulary;

import com.envgrid.core.access.Post;
import com.envgrid.core.access.Role;
import com.envgrid.core.complaint.Channel;
import com.envgrid.core.complaint.ComplaintCategory;
import com.envgrid.core.complaint.ComplaintState;
import com.envgrid.core.complaint.Satisfaction;
import com.envgrid.core.duty.DutyStatus;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.problem.CaseState;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.source.OperatingStatus;
import com.envgrid.core.source.SourceKind;
import com.envgrid.core.source.ZoneLevel;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The server's closed vocabularies with the names it gives their terms — the names Open311, exports and error
 * messages use — so that the pages call a category, a state or a role by that one name. Each vocabulary lists its
 * terms in the enum's order (the order a form offers them in); a term's labels are by language tag, and only the
 * languages the core names are given (zh-CN): the pages keep other languages' words under the same key.
 */
final class Vocabularies {
    /** The vocabularies by their name in the API, each term's key being what the API sends and accepts. */
    static final Map<String, List<Term>> ALL = all();

    @Serdeable
    record Term(String key, Map<String, String> labels) {
    }

    private Vocabularies() {
    }

    private static Map<String, List<Term>> all() {
        Map<String, List<Term>> all = new LinkedHashMap<>();
        all.put("complaint_category", terms(ComplaintCategory.values(), ComplaintCategory::key, ComplaintCategory::chineseName));
        all.put("complaint_channel", terms(Channel.values(), Channel::key, Channel::chineseName));
        all.put("complaint_state", terms(ComplaintState.values(), ComplaintState::key, ComplaintState::chineseName));
        all.put("satisfaction", terms(Satisfaction.values(), Satisfaction::key, Satisfaction::chineseName));
        all.put("case_state", terms(CaseState.values(), CaseState::key, CaseState::chineseName));
        all.put("escalation_level", terms(Escalation.Level.values(), Escalation.Level::key, Escalation.Level::chineseName));
        all.put("target_kind", terms(TargetKind.values(), TargetKind::key, TargetKind::chineseName));
        all.put("duty_status", terms(DutyStatus.values(), DutyStatus::key, DutyStatus::chineseName));
        all.put("finding_category", terms(FindingCategory.values(), FindingCategory::key, FindingCategory::chineseName));
        all.put("severity", terms(Severity.values(), Severity::key, Severity::chineseName));
        all.put("source_kind", terms(SourceKind.values(), SourceKind::key, SourceKind::chineseName));
        all.put("operating_status", terms(OperatingStatus.values(), OperatingStatus::key, OperatingStatus::chineseName));
        all.put("zone_level", terms(ZoneLevel.values(), ZoneLevel::key, ZoneLevel::chineseName));
        all.put("grid_level", terms(GridLevel.values(), GridLevel::key, GridLevel::chineseName));
        all.put("role", terms(Role.values(), Role::key, Role::chineseName));
        all.put("post", terms(Post.values(), Post::key, Post::chineseName));
        return Collections.unmodifiableMap(all);
    }

    private static <E extends Enum<E>> List<Term> terms(E[] values, Function<E, String> key, Function<E, String> chinese) {
        return Arrays.stream(values).map(v -> new Term(key.apply(v), Map.of("zh-CN", chinese.apply(v)))).toList();
    }
}
