package com.envgrid.api.grading;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.access.RuleDistricts;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.enterprise.EnterpriseAlert;
import com.envgrid.api.enterprise.EnterpriseAlerts;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.rules.CityRules;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.JsonText;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.complaint.ComplaintCategory;
import com.envgrid.core.enterprise.AlertKind;
import com.envgrid.core.grading.CreditGrade;
import com.envgrid.core.grading.Evidence;
import com.envgrid.core.grading.Grading;
import com.envgrid.core.grading.GradingRule;
import com.envgrid.core.grading.Indicator;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.rules.RuleBook;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Environmental credit grading (环保信用评价): the grade each enterprise's record of a year proposes under its
 * district's rule, an administrator's review (another grade, with a reason), the district's publication — every
 * grade frozen with the indicators and evidence it stood on, and written into the directory's rating, which the
 * inspection rules turn into a frequency —, and appeals against a published grade, decided with a reason. Every
 * step is kept in the enterprise's history and audited. A year is published once per district: what changes a
 * published grade afterwards is an upheld appeal.
 */
@Singleton
public class CreditGrades {
    private final GradingRows rows;
    private final EnterpriseAlerts alerts;
    private final CityRules rules;
    private final LiveGridLayer layer;
    private final RuleDistricts districts;
    private final AccessScopes scopes;
    private final Staffings staffings;
    private final DistrictTime time;
    private final JsonText json;
    private final Audit audit;

    CreditGrades(GradingRows rows, EnterpriseAlerts alerts, CityRules rules, LiveGridLayer layer,
                 RuleDistricts districts, AccessScopes scopes, Staffings staffings, DistrictTime time, JsonText json,
                 Audit audit) {
        this.rows = rows;
        this.alerts = alerts;
        this.rules = rules;
        this.layer = layer;
        this.districts = districts;
        this.scopes = scopes;
        this.staffings = staffings;
        this.time = time;
        this.json = json;
        this.audit = audit;
    }

    // ---- the record and the proposal ----

    /** The enterprise's record of a year, by indicator, each item with its evidence. */
    Map<Indicator, List<Evidence>> record(String code, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = first.plusYears(1);
        Instant from = time.startOf(first);
        Instant to = time.startOf(next);
        String zone = time.zone().getId();
        LocalDate today = time.today();
        LocalDate asOf = today.isBefore(next) ? today : next;
        Map<Indicator, List<Evidence>> record = new EnumMap<>(Indicator.class);
        var findings = rows.findings(code, zone, from, to);
        record.put(Indicator.SERIOUS_FINDINGS, ofSeverity(findings, Severity.SERIOUS));
        record.put(Indicator.GENERAL_FINDINGS, ofSeverity(findings, Severity.GENERAL));
        record.put(Indicator.MINOR_FINDINGS, ofSeverity(findings, Severity.MINOR));
        record.put(Indicator.OVERDUE_CASES, items("case", rows.overdueCases(code, zone, from, to, asOf), i -> true));
        record.put(Indicator.REOPENED_CASES, items("case", rows.reopenedCases(code, zone, from, to), i -> true));
        record.put(Indicator.CONFIRMED_COMPLAINTS, items("complaint", rows.confirmedComplaints(code, zone, from, to),
                i -> true));
        var raised = alerts.between(code, first, next);
        record.put(Indicator.HAZARDOUS_WASTE_ALERTS, alertsOf(raised, FindingCategory.HAZARDOUS_WASTE));
        record.put(Indicator.RADIATION_ALERTS, alertsOf(raised, FindingCategory.RADIATION));
        record.put(Indicator.VERIFIED_CORRECTIONS, items("case", rows.verifiedCorrections(code, zone, from, to),
                i -> true));
        return record;
    }

    private static List<Evidence> ofSeverity(List<GradingRows.Item> findings, Severity severity) {
        return items("case", findings, i -> severity.key().equals(i.severity()));
    }

    /** The items as evidence of a kind ({@code case}, {@code complaint}), each said with its category's name. */
    private static List<Evidence> items(String kind, List<GradingRows.Item> items,
                                        Predicate<GradingRows.Item> which) {
        return items.stream().filter(which).map(i -> new Evidence(kind, i.id(), i.onDay(),
                categoryName(kind, i.category()) + "：" + i.description())).toList();
    }

    private static String categoryName(String kind, String key) {
        return (kind.equals("complaint")
                ? ComplaintCategory.parse(key).map(ComplaintCategory::chineseName)
                : FindingCategory.parse(key).map(FindingCategory::chineseName)).orElse(key);
    }

    private static List<Evidence> alertsOf(List<EnterpriseAlert> raised,
                                           FindingCategory category) {
        return raised.stream().filter(a -> a.category().equals(category.key()))
                .map(a -> new Evidence("alert", String.valueOf(a.id()), a.raisedOn(),
                        AlertKind.valueOf(a.kind().toUpperCase(Locale.ROOT)).chineseName() + "：" + a.subject()))
                .toList();
    }

    /** The grade the enterprise's record of the year proposes under its district's rule. */
    Grading propose(GradingRows.Enterprise enterprise, int year, RuleBook book) {
        GradingRule rule = book.ofGrid(enterprise.gridCode()).creditGrading();
        return Grading.of(record(enterprise.code(), year), rule);
    }

    // ---- the card ----

    /** The enterprise's grade of a year as its card shows it to the actor. */
    GradeViews.GradeCard card(Actor actor, String code, int year) {
        var enterprise = enterprise(code);
        var kept = rows.grade(code, year);
        var publication = kept.map(GradingRows.GradeRow::publicationId).flatMap(rows::publicationById);
        GradeViews.Proposal proposal = publication.isPresent()
                ? frozen(kept.get())
                : GradeViews.Proposal.of(propose(enterprise, year, rules.book()));
        var appeals = rows.appeals(code, year);
        var history = rows.history(code);
        Map<Long, String> names = staffings.namesOf(Stream.of(
                        kept.map(GradingRows.GradeRow::reviewedBy).stream(),
                        appeals.stream().flatMap(a -> Stream.of(a.recordedBy(), a.decidedBy())),
                        history.stream().map(GradingRows.Event::actorId))
                .flatMap(Function.identity()).filter(Objects::nonNull).distinct().toList());
        GridScope scope = actor.scope();
        String grid = enterprise.gridCode() == null ? "" : enterprise.gridCode();
        return new GradeViews.GradeCard(code, enterprise.name(), year, publication.isPresent(),
                publication.map(GradingRows.Publication::publishedAt).orElse(null), proposal,
                kept.map(GradingRows.GradeRow::reviewedGrade).orElse(null),
                kept.map(GradingRows.GradeRow::reviewReason).orElse(null),
                kept.map(GradingRows.GradeRow::reviewedBy).map(names::get).orElse(null),
                kept.map(GradingRows.GradeRow::publishedGrade).orElse(null),
                appeals.stream().map(a -> new GradeViews.AppealView(a.id(), a.filedFor(), a.text(),
                        names.getOrDefault(a.recordedBy(), ""), a.recordedAt(), a.decision(), a.grade(), a.reason(),
                        a.decidedBy() == null ? null : names.get(a.decidedBy()), a.decidedAt())).toList(),
                history.stream().map(e -> new GradeViews.HistoryEntry(e.year(), e.at(),
                        e.actorId() == null ? "" : names.getOrDefault(e.actorId(), ""), e.action(), e.grade(),
                        e.note())).toList(),
                scope.administers(grid), publication.isPresent() && scope.canWrite(grid));
    }

    private GradeViews.Proposal frozen(GradingRows.GradeRow row) {
        return new GradeViews.Proposal(row.score(), row.proposedGrade(), GradeViews.name(row.proposedGrade()),
                json.read(row.indicators(), Argument.listOf(GradeViews.IndicatorView.class)));
    }

    private GradingRows.Enterprise enterprise(String code) {
        return rows.enterprise(code).orElseThrow(() -> new NotFound("no source with code " + code));
    }

    // ---- review, publication, appeal ----

    /**
     * An administrator of the enterprise's district sets its grade of a year other than proposed, with a reason;
     * until the year is published.
     */
    @Transactional
    public void review(Actor actor, Instant at, String code, int year, String gradeKey, String reason) {
        var enterprise = enterprise(code);
        requireAdministrator(actor, enterprise);
        CreditGrade grade = grade("/grade", gradeKey);
        String why = reason("/reason", reason);
        var kept = rows.grade(code, year);
        if (kept.map(GradingRows.GradeRow::publicationId).isPresent()) {
            throw new Conflict("the grades of " + year + " are published: an appeal changes a published grade");
        }
        rows.review(code, year, grade.key(), why, actor.person(), at);
        rows.event(code, year, at, actor.person(), "review", grade.key(), why);
        audit.record(actor, at, "review", "credit_grade", code + "/" + year,
                Map.of("grade", kept.map(GradingRows.GradeRow::reviewedGrade).orElse("")),
                Map.of("grade", grade.key(), "reason", why));
    }

    /**
     * Publishes a district's year: every enterprise of the district gets its grade (the reviewed one, else the
     * proposed) frozen with its proposal, and its rating set to the grade's. Refused if published already.
     */
    @Transactional
    public GradeViews.DistrictList publish(Actor actor, Instant at, String district, int year) {
        if (!actor.scope().administers(district)) {
            throw new AccessDenied("only administrators of district " + district + " or of the city publish its grades");
        }
        notAhead(year);
        List<Long> created = rows.publish(district, year, at, actor.person());
        if (created.isEmpty()) {
            throw new Conflict("the grades of " + year + " in district " + district + " are published already;"
                    + " an appeal changes a published grade");
        }
        long publication = created.get(0);
        RuleBook book = rules.book();
        Map<String, GradingRows.GradeRow> reviewed = reviewedOf(year);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (var enterprise : enterprisesOf(district)) {
            Grading proposal = propose(enterprise, year, book);
            String grade = Optional.ofNullable(reviewed.get(enterprise.code()))
                    .map(GradingRows.GradeRow::reviewedGrade).orElse(proposal.grade().key());
            rows.freeze(enterprise.code(), year, publication, proposal.grade().key(), proposal.score(),
                    json.write(GradeViews.Proposal.of(proposal).indicators()), grade);
            rows.event(enterprise.code(), year, at, actor.person(), "publish", grade,
                    "建议等级 " + proposal.grade().chineseName() + "，得分 " + proposal.score());
            rate(actor, at, enterprise, year, grade);
            counts.merge(grade, 1, Integer::sum);
        }
        audit.record(actor, at, "publish", "credit_publication", district + "/" + year, null, counts);
        return list(actor.scope(), district, year);
    }

    /**
     * Writes a published grade into the directory's rating, audited when it changes it — unless a later year's grade
     * is published, which the rating follows.
     */
    private void rate(Actor actor, Instant at, GradingRows.Enterprise enterprise, int year, String gradeKey) {
        String rating = CreditGrade.parse(gradeKey).orElseThrow().rating().name();
        if (!rating.equals(enterprise.rating()) && !rows.publishedLater(enterprise.code(), year)) {
            rows.rate(enterprise.code(), rating, at);
            audit.record(actor, at, "update", "source", enterprise.code(), Map.of("rating", enterprise.rating()),
                    Map.of("rating", rating, "because", "credit grade " + gradeKey));
        }
    }

    /** Staff of the enterprise's grid record its objection to a published grade: who objected, and what. */
    @Transactional
    public long appeal(Actor actor, Instant at, String code, int year, String filedFor, String text) {
        enterprise(code);
        String who = required("/filed_for", filedFor);
        String what = required("/text", text);
        if (rows.grade(code, year).map(GradingRows.GradeRow::publicationId).isEmpty()) {
            throw new Conflict("the grade of " + year + " is not published: there is nothing to appeal yet");
        }
        long id = rows.appeal(code, year, who, what, actor.person(), at);
        rows.event(code, year, at, actor.person(), "appeal", null, who + "：" + what);
        audit.record(actor, at, "appeal", "credit_grade", code + "/" + year, null,
                Map.of("appeal", id, "filed_for", who, "text", what));
        return id;
    }

    /**
     * An administrator decides an appeal with a reason: upheld with the grade it gives — which replaces the
     * published grade and the rating —, or rejected.
     */
    @Transactional
    public void decide(Actor actor, Instant at, String code, int year, long appealId, String decision,
                       String gradeKey, String reason) {
        var enterprise = enterprise(code);
        requireAdministrator(actor, enterprise);
        var appeal = rows.appealOf(appealId, code, year)
                .orElseThrow(() -> new NotFound("no appeal " + appealId + " against the grade of " + code + " in " + year));
        boolean upheld;
        if ("upheld".equals(decision)) {
            upheld = true;
        } else if ("rejected".equals(decision)) {
            upheld = false;
        } else {
            throw invalid("/decision", "decision is upheld or rejected");
        }
        CreditGrade grade = upheld ? grade("/grade", gradeKey) : null;
        String why = reason("/reason", reason);
        if (appeal.decision() != null || rows.decide(appealId, decision, grade == null ? null : grade.key(), why,
                actor.person(), at) == 0) {
            throw new Conflict("appeal " + appealId + " was decided already: " + appeal.decision());
        }
        String before = rows.grade(code, year).map(GradingRows.GradeRow::publishedGrade).orElse(null);
        if (upheld) {
            rows.changePublished(code, year, grade.key());
            rate(actor, at, enterprise, year, grade.key());
        }
        rows.event(code, year, at, actor.person(), upheld ? "uphold" : "reject",
                upheld ? grade.key() : before, why);
        audit.record(actor, at, upheld ? "uphold" : "reject", "credit_appeal", String.valueOf(appealId),
                Map.of("grade", before == null ? "" : before),
                Map.of("grade", upheld ? grade.key() : before, "reason", why));
    }

    // ---- the district's list ----

    /** The district's enterprises the scope reads, with their proposals (frozen once published). */
    GradeViews.DistrictList list(GridScope scope, String district, int year) {
        var publication = rows.publication(district, year);
        Map<String, GradingRows.GradeRow> kept = reviewedOf(year);
        RuleBook book = rules.book();
        List<GradeViews.ListLine> lines = new ArrayList<>();
        for (var enterprise : enterprisesOf(district)) {
            if (!scope.canRead(enterprise.gridCode())) {
                continue;
            }
            var row = kept.get(enterprise.code());
            boolean frozen = row != null && row.publicationId() != null;
            int score;
            String proposed;
            if (frozen) {
                score = row.score();
                proposed = row.proposedGrade();
            } else {
                Grading proposal = propose(enterprise, year, book);
                score = proposal.score();
                proposed = proposal.grade().key();
            }
            lines.add(new GradeViews.ListLine(enterprise.code(), enterprise.name(), enterprise.gridCode(), score,
                    proposed, row == null ? null : row.reviewedGrade(), row == null ? null : row.reviewReason(),
                    row == null ? null : row.publishedGrade()));
        }
        return new GradeViews.DistrictList(district, year, publication.isPresent(),
                publication.map(GradingRows.Publication::publishedAt).orElse(null), lines);
    }

    /** The green and red enterprises of the published lists of a year, as the public reads them. */
    List<GradeViews.PublicLine> publicList(int year) {
        Map<String, GradingRows.Enterprise> enterprises = rows.enterprises().stream()
                .collect(Collectors.toMap(GradingRows.Enterprise::code, e -> e));
        Map<Long, String> districtOf = new HashMap<>();
        List<GradeViews.PublicLine> lines = new ArrayList<>();
        for (var row : rows.gradesOf(year)) {
            var enterprise = enterprises.get(row.sourceCode());
            if (row.publicationId() == null || enterprise == null
                    || !(CreditGrade.GREEN.key().equals(row.publishedGrade())
                    || CreditGrade.RED.key().equals(row.publishedGrade()))) {
                continue;
            }
            String district = districtOf.computeIfAbsent(row.publicationId(), id -> rows.publicationById(id)
                    .map(p -> layer.layer().find(p.districtCode()).map(Grid::name).orElse(p.districtCode()))
                    .orElse(""));
            lines.add(new GradeViews.PublicLine(district, enterprise.code(), enterprise.name(), row.publishedGrade(),
                    GradeViews.name(row.publishedGrade())));
        }
        lines.sort(Comparator.comparing(GradeViews.PublicLine::grade)
                .thenComparing(GradeViews.PublicLine::district).thenComparing(GradeViews.PublicLine::code));
        return lines;
    }

    private Map<String, GradingRows.GradeRow> reviewedOf(int year) {
        return rows.gradesOf(year).stream().collect(Collectors.toMap(GradingRows.GradeRow::sourceCode, r -> r));
    }

    private List<GradingRows.Enterprise> enterprisesOf(String district) {
        var grids = layer.layer().subtree(district);
        return rows.enterprises().stream().filter(e -> e.gridCode() != null && grids.contains(e.gridCode())).toList();
    }

    /**
     * The district a request names, else the caller's own, else the city's only one.
     *
     * @throws InvalidParameter when none is named in a city of several districts, or the code is no district
     */
    String district(String asked) {
        String named = districts.named(asked);
        if (named != null) {
            return named;
        }
        List<Grid> all = layer.layer().districts();
        return scopes.current().district().or(() -> all.size() == 1 ? Optional.of(all.get(0).code())
                : Optional.empty()).orElseThrow(() -> new InvalidParameter("district", "the city has " + all.size()
                + " districts: name one with district="));
    }

    /** A year as a request writes it, 2000 to 2100. */
    static int year(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidParameter("year", "a year is four digits from 2000 to 2100, such as 2026");
    }

    private void notAhead(int year) {
        if (year > time.today().getYear()) {
            throw new Conflict("the year " + year + " has not begun: there is nothing to publish");
        }
    }

    private static void requireAdministrator(Actor actor, GradingRows.Enterprise enterprise) {
        if (!actor.scope().administers(enterprise.gridCode() == null ? "" : enterprise.gridCode())) {
            throw new AccessDenied("only administrators of the enterprise's district or of the city decide its grade");
        }
    }

    private static CreditGrade grade(String pointer, String key) {
        return CreditGrade.parse(key).orElseThrow(() -> invalid(pointer, "grade is one of green (环保诚信), blue"
                + " (环保良好), yellow (环保警示), red (环保不良)"));
    }

    private static String reason(String pointer, String text) {
        if (text == null || text.isBlank()) {
            throw invalid(pointer, "a reason is needed: say why");
        }
        return text.strip();
    }

    private static String required(String pointer, String text) {
        if (text == null || text.isBlank()) {
            throw invalid(pointer, pointer.substring(1) + " is needed");
        }
        return text.strip();
    }

    private static InvalidInput invalid(String pointer, String message) {
        return new InvalidInput("the request cannot be used", List.of(new InputProblem(pointer, message)));
    }
}
