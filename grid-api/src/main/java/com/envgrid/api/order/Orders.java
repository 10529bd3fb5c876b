package com.envgrid.api.order;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.rules.CityRules;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.JsonText;
import com.envgrid.api.shared.ListFilter;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.shared.Statements;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.Role;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.order.OrderNumber;
import com.envgrid.core.order.OrderState;
import com.envgrid.core.order.OrderWorkflow;
import com.envgrid.core.problem.Escalated;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.rules.RuleBook;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Supervision orders (督办单): a joint inspection's findings sent, with a requirement and a deadline, to the grid or the
 * department that answers for them, and tracked by {@link OrderWorkflow} until an administrator verifies them done.
 * <p>
 * An order is issued by the administrators of the campaign's district or by the campaign's leader (组长), from the
 * campaign's findings that are in no order yet; it takes the next number of its year (督办〔2026〕第 0001 号), with no
 * gap, and is stored once under the id its client made (a retry answers with what is stored; the same id with other
 * content is a 409). It is read by whoever reads its grid and by the campaign's team; acted on by its addressee —
 * the chiefs and supervisors of its grid, or on a department's order the team's members of that department — and by
 * the administrators. Past its deadline it escalates by the district's case escalation days ({@link #escalatedOn}).
 */
@Singleton
public class Orders {
    private static final int MAX_REQUIREMENT = 2000;
    private static final int MAX_FINDINGS = 200;

    private final OrderRows rows;
    private final LiveGridLayer layer;
    private final Staffings staffings;
    private final CityRules rules;
    private final Audit audit;
    private final JsonText json;
    private final DistrictTime time;
    private final Statements locks;

    Orders(OrderRows rows, LiveGridLayer layer, Staffings staffings, CityRules rules, Audit audit, JsonText json,
           DistrictTime time, Statements locks) {
        this.locks = locks;
        this.rows = rows;
        this.layer = layer;
        this.staffings = staffings;
        this.rules = rules;
        this.audit = audit;
        this.json = json;
        this.time = time;
    }

    /** An order issued, and whether this request issued it (false: a retry). */
    record Issued(OrderView order, boolean isNew) {
    }

    /** What the list is filtered by; each null (or false) when not asked for. */
    record Filter(OrderState state, UUID campaign, Integer year, ListFilter grids) {
    }

    /** Issues an order from a campaign's findings, or recognises a retry of the request, and answers with it. */
    @Transactional
    Issued issue(Actor actor, Instant at, OrderRequests.IssueBody body) {
        UUID id = required("id", body.id());
        String hash = json.hash(body);
        locks.hold("supervision order " + id);
        Optional<OrderRows.Row> stored = rows.byId(id);
        if (stored.isPresent()) {
            OrderRows.Row row = readable(actor, stored, id);
            if (!row.payloadHash().equals(hash)) {
                throw new Conflict("supervision order " + id + " was issued already with other content");
            }
            return new Issued(view(row, actor), false);
        }
        UUID campaignId = required("campaign_id", body.campaignId());
        OrderRows.CampaignRow campaign = rows.campaign(campaignId)
                .orElseThrow(() -> invalid("/campaign_id", "no joint inspection campaign " + campaignId));
        mayIssue(actor, campaign);
        List<UUID> ids = findingIds(body.findingIds());
        String requirement = text("requirement", body.requirement(), MAX_REQUIREMENT);
        LocalDate today = time.dateOf(at);
        LocalDate dueBy = date("due_by", body.dueBy());
        if (dueBy.isBefore(today)) {
            throw invalid("/due_by", "due_by is today (" + today + ") or later, not " + dueBy);
        }
        String department = department(body.departmentCode());

        // One issue of the year at a time: the findings' check and the number are then the truth until commit.
        int year = today.getYear();
        locks.hold("supervision order numbers " + year);
        Map<UUID, OrderRows.FindingRow> found = new LinkedHashMap<>();
        rows.findings(ids).forEach(f -> found.put(f.id(), f));
        List<OrderRows.FindingRow> findings = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            OrderRows.FindingRow f = found.get(ids.get(i));
            if (f == null || !f.campaignId().equals(campaignId)) {
                throw invalid("/finding_ids/" + i, "finding " + ids.get(i) + " is not one of"
                        + " campaign " + campaignId + "'s findings");
            }
            if (f.orderNumber() != null) {
                throw new Conflict("finding " + f.id() + " is in supervision order " + f.orderNumber()
                        + " already: a finding goes into one order");
            }
            findings.add(f);
        }
        String grid = addressedGrid(body.gridCode(), department, campaign, findings);
        OrderNumber number = rows.nextNumber(year);
        var row = new OrderRows.Row(id, hash, number.toString(), campaignId, grid, department, requirement, dueBy,
                OrderState.ISSUED, null, actor.person(), at, null);
        rows.add(row, ids);
        rows.recordEvent(id, at, actor.person(), "issue", null, OrderState.ISSUED, null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", row.number());
        after.put("campaign", campaignId.toString());
        after.put("grid", grid);
        after.put("department", department);
        after.put("findings", ids.stream().map(UUID::toString).toList());
        after.put("requirement", requirement);
        after.put("due_by", dueBy.toString());
        audit.record(actor, at, "issue", "supervision_order", id.toString(), null, after);
        return new Issued(view(row, actor), true);
    }

    /** The orders the actor may read, filtered, the latest issued first. */
    @Transactional
    List<OrderView> list(Actor actor, Filter filter) {
        LocalDate today = time.today();
        Map<UUID, OrderRows.Membership> team = teamOf(actor);
        Map<UUID, Integer> counts = rows.findingCounts();
        Context context = context();
        List<OrderRows.Row> listed = rows.all().stream()
                .filter(r -> readable(actor, team, r))
                .filter(r -> filter.state() == null || r.state() == filter.state())
                .filter(r -> filter.campaign() == null || r.campaignId().equals(filter.campaign()))
                .filter(r -> filter.year() == null
                        || OrderNumber.parse(r.number()).map(n -> n.year() == filter.year()).orElse(false))
                .filter(r -> filter.grids().inGrid(r.gridCode())
                        && filter.grids().passesOverdue(overdue(r, today)))
                .toList();
        Map<Long, String> names = staffings.namesOf(listed.stream().map(OrderRows.Row::issuedBy).distinct().toList());
        return listed.stream().map(r -> view(r, actor, team, counts.getOrDefault(r.id(), 0), List.of(), List.of(),
                names, context, today)).toList();
    }

    @Transactional
    OrderView one(Actor actor, UUID id) {
        return view(readable(actor, rows.byId(id), id), actor);
    }

    /** The actor takes a step of the workflow on an order, at {@code at}. */
    @Transactional
    OrderView act(Actor actor, Instant at, UUID id, OrderRequests.ActionBody body) {
        String action = required("action", body.action());
        if (!OrderWorkflow.actions().contains(action)) {
            throw invalid("/action", "action is one of " + String.join(", ", OrderWorkflow.actions()));
        }
        locks.hold("supervision order " + id);
        OrderRows.Row row = readable(actor, rows.byId(id), id);
        Map<UUID, OrderRows.Membership> team = teamOf(actor);
        if (actor.role() == Role.ADMIN && !actor.scope().administers(row.gridCode())) {
            throw new AccessDenied("supervision order " + row.number() + " is addressed in grid " + row.gridCode()
                    + ", outside the district you administer");
        }
        OrderWorkflow.Step step = OrderWorkflow.check(row.state(), action, actor.role(),
                addressee(actor, team, row), Objects.equals(row.reportedBy(), actor.personId()), body.reason());
        Long reportedBy = step.to() == OrderState.REPORTED ? actor.personId() : row.reportedBy();
        rows.saveState(id, step.to(), reportedBy, step.to() == OrderState.CLOSED ? at : null);
        rows.recordEvent(id, at, actor.person(), step.action(), step.from(), step.to(), step.reason());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", step.to().key());
        after.put("reason", step.reason() == null ? "" : step.reason());
        audit.record(actor, at, step.action(), "supervision_order", id.toString(),
                Map.of("state", step.from().key()), after);
        return view(rows.byId(id).orElseThrow(), actor);
    }

    /** A campaign's findings in no order yet, for those who may issue orders from it. */
    @Transactional
    List<OrderView.FindingView> candidates(Actor actor, UUID campaignId) {
        OrderRows.CampaignRow campaign = rows.campaign(campaignId)
                .orElseThrow(() -> new NotFound("no joint inspection campaign " + campaignId));
        mayIssue(actor, campaign);
        Context context = context();
        return rows.findingsOfCampaign(campaignId).stream().filter(f -> f.orderNumber() == null)
                .map(f -> finding(f, context)).toList();
    }

    /** The campaigns the actor may issue orders from, the latest first, with how many findings wait for one. */
    @Transactional
    List<OrderView.CampaignChoice> campaigns(Actor actor) {
        Map<UUID, OrderRows.Membership> team = teamOf(actor);
        return rows.campaigns().stream().filter(c -> issuer(actor, team, c)).map(c -> new OrderView.CampaignChoice(
                c.id(), c.title(), c.theme(), c.periodFrom(), c.periodTo(), c.closedAt() != null,
                (int) rows.findingsOfCampaign(c.id()).stream().filter(f -> f.orderNumber() == null).count()))
                .toList();
    }

    /**
     * The orders not closed that have gone up past their addressee on {@code today} — to the grid's chief or to the
     * district — by the case escalation days of their grid's district; each named by its number.
     */
    public List<Escalated> escalatedOn(LocalDate today) {
        RuleBook book = rules.book();
        return rows.open().stream()
                .map(r -> new Escalated(r.number(), r.gridCode(), escalation(r, book, today), r.dueBy(),
                        r.requirement()))
                .filter(e -> e.level() != Escalation.Level.SUPERVISOR).toList();
    }

    private static boolean overdue(OrderRows.Row r, LocalDate today) {
        return !r.state().isFinal() && today.isAfter(r.dueBy());
    }

    /** How far up an order has gone: a closed one stays with its addressee. */
    private static Escalation.Level escalation(OrderRows.Row r, RuleBook book, LocalDate today) {
        return r.state().isFinal() ? Escalation.Level.SUPERVISOR
                : book.ofGrid(r.gridCode()).caseEscalation().level(r.dueBy(), today);
    }

    private void mayIssue(Actor actor, OrderRows.CampaignRow campaign) {
        if (!issuer(actor, teamOf(actor), campaign)) {
            throw new AccessDenied("supervision orders of campaign " + campaign.id() + " are issued by the"
                    + " administrators of its district and by its leader");
        }
    }

    private static boolean issuer(Actor actor, Map<UUID, OrderRows.Membership> team, OrderRows.CampaignRow c) {
        return actor.scope().administers(c.districtCode())
                || Optional.ofNullable(team.get(c.id())).map(OrderRows.Membership::leader).orElse(false);
    }

    private Map<UUID, OrderRows.Membership> teamOf(Actor actor) {
        return actor.personId() == null ? Map.of() : rows.membershipsOf(actor.personId());
    }

    /** Whoever reads the order's grid, and the campaign's team. */
    private static boolean readable(Actor actor, Map<UUID, OrderRows.Membership> team, OrderRows.Row r) {
        return actor.scope().canRead(r.gridCode()) || team.containsKey(r.campaignId());
    }

    private OrderRows.Row readable(Actor actor, Optional<OrderRows.Row> row, UUID id) {
        Map<UUID, OrderRows.Membership> team = teamOf(actor);
        return row.filter(r -> readable(actor, team, r))
                .orElseThrow(() -> new NotFound("no supervision order " + id + " that you may see"));
    }

    /**
     * Whether the actor answers for the order: on a grid's order a chief or supervisor whose grids take it in, on a
     * department's order a member of the campaign's team from that department.
     */
    private static boolean addressee(Actor actor, Map<UUID, OrderRows.Membership> team, OrderRows.Row r) {
        if (r.departmentCode() != null) {
            return Optional.ofNullable(team.get(r.campaignId()))
                    .map(m -> m.departmentCode().equals(r.departmentCode())).orElse(false);
        }
        return (actor.role() == Role.CHIEF || actor.role() == Role.SUPERVISOR) && actor.scope().canWrite(r.gridCode());
    }

    /**
     * The grid the order goes to: the one asked for — in the campaign's area, taking in every finding when the
     * order is to the grid — or else the grid all the findings share, or, on a department's order whose findings lie
     * in several grids, the campaign's district.
     */
    private String addressedGrid(String asked, String department, OrderRows.CampaignRow campaign,
                                 List<OrderRows.FindingRow> findings) {
        Set<String> area = layer.layer().subtree(campaign.districtCode());
        if (asked != null) {
            Grid grid = layer.layer().find(asked)
                    .orElseThrow(() -> invalid("/grid_code", "no grid " + asked + " in the grid layer"));
            if (!area.contains(grid.code())) {
                throw invalid("/grid_code", "grid " + asked + " lies outside the campaign's area "
                        + campaign.districtCode());
            }
            if (department == null) {
                Set<String> under = layer.layer().subtree(grid.code());
                for (OrderRows.FindingRow f : findings) {
                    if (!under.contains(f.gridCode())) {
                        throw invalid("/grid_code", "finding " + f.id() + " lies in grid " + f.gridCode()
                                + ", not in grid " + asked + ": an order to a grid covers findings in it");
                    }
                }
            }
            return grid.code();
        }
        Set<String> grids = new HashSet<>();
        findings.forEach(f -> grids.add(f.gridCode()));
        if (grids.size() == 1) {
            return grids.iterator().next();
        }
        if (department != null) {
            return campaign.districtCode();
        }
        throw invalid("/grid_code", "the findings lie in grids " + String.join(", ", new TreeSet<>(grids))
                + ": name the grid the order is addressed to, or a department");
    }

    private String department(String code) {
        if (code == null) {
            return null;
        }
        OrderRows.Department d = rows.departments().get(code);
        if (d == null || d.retired()) {
            throw invalid("/department_code", "no department " + code + " that takes part");
        }
        return d.code();
    }

    private static List<UUID> findingIds(List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            throw invalid("/finding_ids", "finding_ids names at least one of the campaign's findings");
        }
        if (ids.size() > MAX_FINDINGS) {
            throw invalid("/finding_ids", "an order covers at most " + MAX_FINDINGS + " findings");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = required("finding_ids/" + i, ids.get(i));
            if (!seen.add(id)) {
                throw invalid("/finding_ids/" + i, "finding " + id + " is named twice");
            }
        }
        return ids;
    }

    /** The names an order's view shows: grids by the live layer, departments, campaigns. */
    private record Context(Map<String, OrderRows.Department> departments, Map<UUID, String> campaignTitles) {
    }

    private Context context() {
        Map<UUID, String> titles = new HashMap<>();
        rows.campaigns().forEach(c -> titles.put(c.id(), c.title()));
        return new Context(rows.departments(), titles);
    }

    /** One order whole: with its findings and its timeline. */
    private OrderView view(OrderRows.Row r, Actor actor) {
        LocalDate today = time.today();
        Context context = context();
        List<OrderRows.FindingRow> findings = rows.findingsOf(r.id());
        List<OrderRows.EventRow> events = rows.events(r.id());
        Map<Long, String> names = staffings.namesOf(Stream.concat(Stream.of(r.issuedBy()),
                events.stream().map(OrderRows.EventRow::actorId)).filter(Objects::nonNull).distinct().toList());
        return view(r, actor, teamOf(actor), findings.size(),
                findings.stream().map(f -> finding(f, context)).toList(), events, names, context, today);
    }

    private OrderView view(OrderRows.Row r, Actor actor, Map<UUID, OrderRows.Membership> team, int findingCount,
                           List<OrderView.FindingView> findings, List<OrderRows.EventRow> events,
                           Map<Long, String> names, Context context, LocalDate today) {
        boolean mayAct = actor.role() != Role.ADMIN || actor.scope().administers(r.gridCode());
        List<String> actions = mayAct ? OrderWorkflow.actionsFor(r.state(), actor.role(), addressee(actor, team, r),
                Objects.equals(r.reportedBy(), actor.personId())) : List.of();
        OrderRows.Department department = r.departmentCode() == null ? null
                : context.departments().get(r.departmentCode());
        return new OrderView(r.id(), r.number(), r.campaignId(),
                context.campaignTitles().getOrDefault(r.campaignId(), ""), r.gridCode(), gridName(r.gridCode()),
                r.departmentCode(), department == null ? null : department.name(), r.requirement(), r.dueBy(),
                r.state().key(), r.state().chineseName(), overdue(r, today),
                escalation(r, rules.book(), today).key(), findingCount, r.issuedBy(), names.get(r.issuedBy()),
                r.issuedAt(), r.closedAt(), actions, findings,
                events.stream().map(e -> new OrderView.Event(e.at(), e.actorId(),
                        e.actorId() == null ? null : names.get(e.actorId()), e.action(), e.fromState(), e.toState(),
                        e.reason())).toList());
    }

    private OrderView.FindingView finding(OrderRows.FindingRow f, Context context) {
        OrderRows.Department d = context.departments().get(f.departmentCode());
        return new OrderView.FindingView(f.id(), f.targetKind(), f.targetCode(), f.gridCode(), gridName(f.gridCode()),
                f.departmentCode(), d == null ? f.departmentCode() : d.name(), f.category(), f.severity(),
                f.description(), f.photos(), f.foundOn(), f.orderNumber());
    }

    private String gridName(String code) {
        return layer.layer().find(code).map(Grid::name).orElse(code);
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(required(name, text));
        } catch (DateTimeParseException e) {
            throw invalid("/" + name, name + " is a date such as 2026-12-31");
        }
    }

    /** A refusal of a body's member, named by its JSON pointer. */
    private static InvalidInput invalid(String pointer, String message) {
        return new InvalidInput(message, List.of(new InputProblem(pointer, message)));
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw invalid("/" + name, name + " is required");
        }
        return value;
    }

    private static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            throw invalid("/" + name, name + " is required");
        }
        if (value.length() > max) {
            throw invalid("/" + name, name + " is at most " + max + " characters");
        }
        return value.strip();
    }
}
