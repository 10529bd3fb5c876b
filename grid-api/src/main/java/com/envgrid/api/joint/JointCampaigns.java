package com.envgrid.api.joint;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.draw.DrawViews;
import com.envgrid.api.draw.Draws;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.photo.Photos;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.JsonText;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.shared.Statements;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.joint.CampaignState;
import com.envgrid.core.joint.Team;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Joint inspections (部门联合督查): a campaign runs in a district or a first-level grid for a period on a theme, with
 * a team drawn from several departments; its targets are chosen by grid, by the directory filter the draws use or by
 * a 双随机 draw, each answered for by its grid; its members record findings, each stored under the recording member's
 * department. The administrators of the campaign's grid set it up, choose its team and targets, and close it; the
 * members and those administrators record findings. A campaign is seen by the administrators and viewers of its
 * grid, by the staff of any grid it touches (its own or a target's) and by its members; to anyone else it does not
 * exist (404). A campaign and a finding are each stored once under the id their client made: a retry answers with
 * what is stored, the same id with other content is a conflict (409).
 */
@Singleton
class JointCampaigns {
    private static final int MAX_TITLE = 200;
    private static final int MAX_THEME = 50;
    private static final int MAX_DESCRIPTION = 2000;
    private static final int MAX_GRIDS = 200;
    private static final int MAX_PHOTOS = 20;

    private final JointRows rows;
    private final Draws draws;
    private final SupervisedObjects objects;
    private final LiveGridLayer layer;
    private final Staffings staffings;
    private final Photos photos;
    private final Audit audit;
    private final JsonText json;
    private final DistrictTime time;
    private final Statements locks;

    JointCampaigns(JointRows rows, Draws draws, SupervisedObjects objects, LiveGridLayer layer, Staffings staffings,
                   Photos photos, Audit audit, JsonText json, DistrictTime time, Statements locks) {
        this.locks = locks;
        this.rows = rows;
        this.draws = draws;
        this.objects = objects;
        this.layer = layer;
        this.staffings = staffings;
        this.photos = photos;
        this.audit = audit;
        this.json = json;
        this.time = time;
    }

    /** Something stored, and whether this request stored it (false: a retry). */
    record Stored<T>(T value, boolean isNew) {
    }

    // ---- campaigns ----

    @Transactional
    Stored<JointViews.CampaignView> create(Actor actor, Instant at, JointRequests.CampaignBody body) {
        UUID id = required("/id", body.id());
        String hash = json.hash(body);
        locks.hold("joint campaign " + id);
        Optional<JointRows.Campaign> stored = rows.campaign(id);
        if (stored.isPresent()) {
            JointRows.Campaign campaign = visible(actor, stored.get());
            if (!campaign.payloadHash().equals(hash)) {
                throw new Conflict("campaign " + id + " was set up already with other content");
            }
            return new Stored<>(view(actor, campaign), false);
        }
        List<InputProblem> problems = new ArrayList<>();
        String title = text("/title", body.title(), MAX_TITLE, problems);
        String theme = text("/theme", body.theme(), MAX_THEME, problems);
        Grid grid = campaignGrid(body.grid(), problems);
        LocalDate from = date("/period_from", body.periodFrom(), problems);
        LocalDate to = date("/period_to", body.periodTo(), problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new InputProblem("/period_to", "the period ends on or after " + from, InputCode.OUT_OF_RANGE,
                    Map.of("min", from.toString())));
        }
        List<Team.Member> members = members("/members", body.members(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput("the campaign cannot be set up as sent", problems);
        }
        if (!actor.scope().administers(grid.code())) {
            throw new AccessDenied("grid " + grid.code() + " is not in your district: a campaign is set up by the"
                    + " administrators of the grid it runs in");
        }
        JointRows.Campaign campaign = new JointRows.Campaign(id, hash, grid.code(), title, theme, from, to,
                actor.person(), at, null, null);
        rows.addCampaign(campaign);
        rows.setTeam(id, members);
        audit.record(actor, at, "create", "joint_campaign", id.toString(), null, Map.of("grid", grid.code(),
                "title", title, "theme", theme, "period", from + "/" + to, "team", teamSummary(members)));
        return new Stored<>(view(actor, campaign), true);
    }

    @Transactional
    JointViews.CampaignView one(Actor actor, UUID id) {
        return view(actor, visible(actor, id));
    }

    /** The campaigns the caller sees, of a year (whose period meets it) and in a state, latest first. */
    @Transactional
    List<JointViews.CampaignSummary> list(Actor actor, Integer year, String state) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidParameter("year", "year is between 2000 and 2100, not " + year);
        }
        CampaignState wanted = state == null || state.isBlank() ? null : CampaignState.parse(state).orElseThrow(
                () -> new InvalidParameter("state", "state is open or closed"));
        Map<UUID, Team> teams = rows.teams();
        Map<UUID, List<JointRows.Target>> targets = rows.allTargets().stream()
                .collect(Collectors.groupingBy(JointRows.Target::campaignId));
        Map<UUID, Integer> findings = rows.findingCounts();
        GridLayer grids = layer.layer();
        List<JointRows.Campaign> shown = rows.campaigns(year).stream()
                .filter(c -> wanted == null || state(c) == wanted)
                .filter(c -> sees(actor, c, teams.getOrDefault(c.id(), new Team(List.of())),
                        targets.getOrDefault(c.id(), List.of())))
                .toList();
        Map<Long, String> names = staffings.namesOf(teams.values().stream().flatMap(t -> t.leader().stream())
                .map(Team.Member::personId).toList());
        return shown.stream().map(c -> {
            Team team = teams.getOrDefault(c.id(), new Team(List.of()));
            return new JointViews.CampaignSummary(c.id(), c.title(), c.theme(), c.gridCode(),
                    gridName(grids, c.gridCode()), c.from(), c.to(), state(c).key(),
                    team.leader().map(l -> names.get(l.personId())).orElse(null), team.members().size(),
                    targets.getOrDefault(c.id(), List.of()).size(), findings.getOrDefault(c.id(), 0));
        }).toList();
    }

    /** Replaces the team of an open campaign; findings already recorded keep their department. */
    @Transactional
    JointViews.CampaignView setTeam(Actor actor, Instant at, UUID id, JointRequests.TeamBody body) {
        JointRows.Campaign campaign = managed(actor, id, "its team is chosen");
        List<InputProblem> problems = new ArrayList<>();
        List<Team.Member> members = members("/members", body.members(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput("the team cannot be set as sent", problems);
        }
        Team before = rows.team(id);
        rows.setTeam(id, members);
        audit.record(actor, at, "set_team", "joint_campaign", id.toString(),
                Map.of("team", teamSummary(before.members())), Map.of("team", teamSummary(members)));
        return view(actor, campaign);
    }

    /** Closes a campaign: its team, targets and findings stay as they are. Closing it again changes nothing. */
    @Transactional
    JointViews.CampaignView close(Actor actor, Instant at, UUID id) {
        JointRows.Campaign campaign = visible(actor, id);
        if (!actor.scope().administers(campaign.gridCode())) {
            throw new AccessDenied("a campaign is closed by the administrators of grid " + campaign.gridCode());
        }
        if (campaign.closedAt() == null) {
            rows.close(id, actor.person(), at);
            audit.record(actor, at, "close", "joint_campaign", id.toString(), Map.of("state", "open"),
                    Map.of("state", "closed"));
        }
        return view(actor, rows.campaign(id).orElseThrow());
    }

    // ---- targets ----

    /** Adds targets chosen by grid, by filter or by a draw; a target chosen already keeps how it was first chosen. */
    @Transactional
    JointViews.CampaignView choose(Actor actor, Instant at, UUID id, JointRequests.TargetsBody body) {
        JointRows.Campaign campaign = managed(actor, id, "its targets are chosen");
        GridLayer grids = layer.layer();
        Set<String> within = grids.subtree(campaign.gridCode());
        String by = body.by() == null ? "" : body.by();
        List<JointRows.Target> chosen = switch (by) {
            case "grid" -> byGrid(campaign, body, grids, within);
            case "filter" -> byFilter(actor, campaign, body, grids, within);
            case "draw" -> byDraw(actor, at, campaign, body, within);
            default -> throw new InvalidInput("the targets cannot be chosen as sent", List.of(new InputProblem("/by",
                    "by is grid, filter or draw", InputCode.NOT_ONE_OF, Map.of("accepted", "grid, filter, draw"))));
        };
        int added = rows.addTargets(chosen);
        audit.record(actor, at, "choose_targets", "joint_campaign", id.toString(), null, Map.of("by", by,
                "chosen", chosen.stream().map(t -> t.kind() + ":" + t.code()).toList(), "added", added));
        return view(actor, campaign);
    }

    /** The operating sources located in the grids (and the grids inside them), or the grids as patrol targets. */
    private List<JointRows.Target> byGrid(JointRows.Campaign campaign, JointRequests.TargetsBody body,
                                          GridLayer grids, Set<String> within) {
        List<InputProblem> problems = new ArrayList<>();
        List<String> codes = body.grids() == null ? List.of() : body.grids();
        if (codes.isEmpty() || codes.size() > MAX_GRIDS) {
            problems.add(new InputProblem("/grids", "1 to " + MAX_GRIDS + " grids are chosen", InputCode.OUT_OF_RANGE,
                    Map.of("min", 1, "max", MAX_GRIDS)));
        }
        for (int i = 0; i < codes.size() && codes.size() <= MAX_GRIDS; i++) {
            if (!within.contains(codes.get(i))) {
                problems.add(new InputProblem("/grids/" + i, "no grid " + codes.get(i) + " inside the campaign's grid "
                        + campaign.gridCode()));
            }
        }
        String as = body.as() == null ? "sources" : body.as();
        if (!as.equals("sources") && !as.equals("grids")) {
            problems.add(new InputProblem("/as", "as is sources (the sources in the grids) or grids (the grids as"
                    + " patrol targets)", InputCode.NOT_ONE_OF, Map.of("accepted", "sources, grids")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the targets cannot be chosen as sent", problems);
        }
        if (as.equals("grids")) {
            return codes.stream().distinct().map(code -> new JointRows.Target(campaign.id(), "grid", code, code, "grid",
                    null)).toList();
        }
        Set<String> chosen = codes.stream().flatMap(code -> grids.subtree(code).stream()).collect(Collectors.toSet());
        return objects.located().stream().filter(s -> s.status().equals("operating"))
                .filter(s -> chosen.contains(s.gridCode()))
                .map(s -> new JointRows.Target(campaign.id(), "source", s.code(), s.gridCode(), "grid", null)).toList();
    }

    /** The sources matching the directory filter of the draws, inside the campaign's grid. */
    private List<JointRows.Target> byFilter(Actor actor, JointRows.Campaign campaign, JointRequests.TargetsBody body,
                                            GridLayer grids, Set<String> within) {
        DrawViews.Filter filter = inside(campaign, body.filter(), within, "/filter");
        return draws.candidates(filter, actor.scope()).stream()
                .map(c -> new JointRows.Target(campaign.id(), "source", c.code(), c.grid(), "filter", null)).toList();
    }

    /** The items of a run draw ({@code draw_id}), or of a draw sealed and run now for the campaign. */
    private List<JointRows.Target> byDraw(Actor actor, Instant at, JointRows.Campaign campaign,
                                          JointRequests.TargetsBody body, Set<String> within) {
        if ((body.drawId() == null) == (body.draw() == null)) {
            throw new InvalidInput("the targets cannot be chosen as sent", List.of(new InputProblem("/draw_id",
                    "a draw is named by draw_id (one run already) or described by draw (sealed and run now), one of"
                            + " the two")));
        }
        DrawViews.StaffDraw draw;
        if (body.drawId() != null) {
            try {
                draw = draws.staffView(body.drawId());
            } catch (NotFound e) {
                throw new InvalidInput("the targets cannot be chosen as sent", List.of(new InputProblem("/draw_id",
                        "no draw " + body.drawId())));
            }
            if (draw.runAt() == null) {
                throw new InvalidInput("the targets cannot be chosen as sent", List.of(new InputProblem("/draw_id",
                        "draw " + body.drawId() + " is sealed but not run yet: run it first")));
            }
            for (DrawViews.StaffItem item : draw.items()) {
                if (!within.contains(item.gridCode())) {
                    throw new InvalidInput("the targets cannot be chosen as sent", List.of(new InputProblem(
                            "/draw_id", "draw " + body.drawId() + " drew " + item.objectCode() + " outside the"
                            + " campaign's grid " + campaign.gridCode())));
                }
            }
        } else {
            DrawViews.NewDraw asked = body.draw();
            DrawViews.Filter filter = inside(campaign, asked.filter(), within, "/draw/filter");
            DrawViews.NewDraw sealed = new DrawViews.NewDraw(asked.title() == null || asked.title().isBlank()
                    ? campaign.title() : asked.title(), asked.period(), filter, asked.count(), asked.share(),
                    asked.stratifyByRating(), asked.seed());
            try {
                draw = draws.run(actor, at, draws.seal(actor, at, sealed).id());
            } catch (InvalidInput e) {
                throw new InvalidInput(e.getMessage(), e.problems().stream().map(p -> new InputProblem("/draw"
                        + p.pointer(), p.message(), p.code(), p.params())).toList());
            }
        }
        long drawId = draw.id();
        return draw.items().stream().map(i -> new JointRows.Target(campaign.id(), "source", i.objectCode(),
                i.gridCode(), "draw", drawId)).toList();
    }

    /** The filter inside the campaign's grid: its grid when it names none, else one inside it; ratings A to D. */
    private static DrawViews.Filter inside(JointRows.Campaign campaign, DrawViews.Filter filter, Set<String> within,
                                           String pointer) {
        List<InputProblem> problems = new ArrayList<>();
        DrawViews.Filter checked = Draws.checked(filter, pointer, within::contains,
                "inside the campaign's grid " + campaign.gridCode(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput("the targets cannot be chosen as sent", problems);
        }
        return checked.grid() != null ? checked : new DrawViews.Filter(checked.kind(), checked.ratings(),
                checked.industry(), campaign.gridCode());
    }

    // ---- findings ----

    /** Records a finding, or recognises a retry of it, and answers with it. */
    @Transactional
    Stored<JointViews.FindingView> record(Actor actor, Instant at, UUID campaignId, JointRequests.FindingBody body) {
        JointRows.Campaign campaign = visible(actor, campaignId);
        UUID id = required("/id", body.id());
        String hash = json.hash(body);
        locks.hold("joint finding " + id);
        Optional<JointRows.Finding> stored = rows.finding(id);
        if (stored.isPresent()) {
            if (!stored.get().campaignId().equals(campaignId) || !stored.get().payloadHash().equals(hash)) {
                throw new Conflict("finding " + id + " was recorded already with other content");
            }
            return new Stored<>(findingViews(List.of(stored.get())).get(0), false);
        }
        Team team = rows.team(campaignId);
        boolean administrator = actor.scope().administers(campaign.gridCode());
        Team.Recording recording = team.recording(actor.person(), administrator, blankToNull(body.department()));
        switch (recording.outcome()) {
            case NOT_ON_TEAM -> throw new AccessDenied("findings of this campaign are recorded by its team members"
                    + " and the administrators of grid " + campaign.gridCode());
            case NOT_OWN_DEPARTMENT -> throw new InvalidInput("the finding cannot be recorded as sent",
                    List.of(new InputProblem("/department", "you are on the team for " + recording.department()
                            + ": your findings are recorded under it")));
            case DEPARTMENT_NEEDED -> throw new InvalidInput("the finding cannot be recorded as sent",
                    List.of(new InputProblem("/department", "you are not on the team: name the department the"
                            + " finding is recorded under", InputCode.REQUIRED, Map.of())));
            case RECORDS -> { }
        }
        if (campaign.closedAt() != null) {
            throw new Conflict("campaign " + campaignId + " is closed: it takes no more findings");
        }
        List<InputProblem> problems = new ArrayList<>();
        if (team.memberOf(actor.person()).isEmpty()
                && rows.department(recording.department()).filter(d -> d.retiredAt() == null).isEmpty()) {
            problems.add(new InputProblem("/department", "no department " + recording.department()
                    + " in the list (or it is retired)"));
        }
        String kind = body.targetKind() == null ? "source" : body.targetKind();
        Optional<JointRows.Target> target = rows.targets(campaignId).stream()
                .filter(t -> t.kind().equals(kind) && t.code().equals(body.targetCode())).findFirst();
        if (!kind.equals("source") && !kind.equals("grid")) {
            problems.add(new InputProblem("/target_kind", "target_kind is source or grid", InputCode.NOT_ONE_OF,
                    Map.of("accepted", "source, grid")));
        } else if (target.isEmpty()) {
            problems.add(new InputProblem("/target_code", "no " + kind + " " + body.targetCode()
                    + " among the campaign's targets"));
        }
        Optional<FindingCategory> category = FindingCategory.parse(body.category());
        if (category.isEmpty()) {
            problems.add(new InputProblem("/category", "category is " + FindingCategory.accepted(),
                    InputCode.NOT_ONE_OF, Map.of("accepted", FindingCategory.accepted())));
        }
        Optional<Severity> severity = Severity.parse(body.severity());
        if (severity.isEmpty()) {
            problems.add(new InputProblem("/severity", "severity is " + Severity.accepted(), InputCode.NOT_ONE_OF,
                    Map.of("accepted", Severity.accepted())));
        }
        String description = text("/description", body.description(), MAX_DESCRIPTION, problems);
        LocalDate foundOn = date("/found_on", body.foundOn(), problems);
        if (foundOn != null && (foundOn.isBefore(campaign.from()) || foundOn.isAfter(time.dateOf(at)))) {
            problems.add(new InputProblem("/found_on", "a finding is made from the campaign's first day "
                    + campaign.from() + " until today", InputCode.OUT_OF_RANGE, Map.of("min",
                    campaign.from().toString(), "max", time.dateOf(at).toString())));
        }
        List<String> hashes = body.photos() == null ? List.of() : body.photos();
        checkPhotos(hashes, actor.person(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput("the finding cannot be recorded as sent", problems);
        }
        JointRows.Finding finding = new JointRows.Finding(id, hash, campaignId, kind, target.get().code(),
                target.get().gridCode(), recording.department(), category.get().key(), severity.get().key(),
                description, hashes, foundOn, actor.person(), at);
        rows.addFinding(finding);
        audit.record(actor, at, "record_finding", "joint_campaign", campaignId.toString(), null, Map.of("finding",
                id.toString(), "target", kind + ":" + finding.targetCode(), "department", finding.department(),
                "category", finding.category(), "severity", finding.severity()));
        return new Stored<>(findingViews(List.of(finding)).get(0), true);
    }

    /** A finding names only photos its recorder uploaded, as an inspection does. */
    private void checkPhotos(List<String> hashes, long person, List<InputProblem> problems) {
        if (hashes.size() > MAX_PHOTOS) {
            problems.add(new InputProblem("/photos", "at most " + MAX_PHOTOS + " photos", InputCode.TOO_LONG,
                    Map.of("limit", MAX_PHOTOS, "length", hashes.size())));
            return;
        }
        Set<String> known = photos.sentBy(hashes.stream().filter(h -> Photos.SHA256.matcher(h).matches()).toList(),
                person).stream().map(p -> p.sha256()).collect(Collectors.toSet());
        for (int i = 0; i < hashes.size(); i++) {
            if (!known.contains(hashes.get(i))) {
                problems.add(new InputProblem("/photos/" + i, "no photo " + hashes.get(i) + " sent by you: a finding"
                        + " names only photos its recorder uploaded with PUT /api/photos/{sha256}"));
            }
        }
    }

    /** A campaign's findings as rows of the .xlsx: by department, then as recorded. */
    @Transactional
    Export export(Actor actor, UUID id) {
        JointRows.Campaign campaign = visible(actor, id);
        return new Export(campaign, findingViews(rows.findings(id)));
    }

    record Export(JointRows.Campaign campaign, List<JointViews.FindingView> findings) {
    }

    // ---- who sees and manages ----

    private JointRows.Campaign visible(Actor actor, UUID id) {
        return visible(actor, rows.campaign(id).orElseThrow(() -> new NotFound("no campaign " + id
                + " that you may see")));
    }

    private JointRows.Campaign visible(Actor actor, JointRows.Campaign campaign) {
        if (!sees(actor, campaign, rows.team(campaign.id()), rows.targets(campaign.id()))) {
            throw new NotFound("no campaign " + campaign.id() + " that you may see");
        }
        return campaign;
    }

    private static boolean sees(Actor actor, JointRows.Campaign c, Team team, List<JointRows.Target> targets) {
        GridScope scope = actor.scope();
        return scope.canRead(c.gridCode()) || targets.stream().anyMatch(t -> scope.canRead(t.gridCode()))
                || (actor.personId() != null && team.memberOf(actor.personId()).isPresent());
    }

    /** An open campaign the caller administers the grid of. */
    private JointRows.Campaign managed(Actor actor, UUID id, String what) {
        JointRows.Campaign campaign = visible(actor, id);
        if (!actor.scope().administers(campaign.gridCode())) {
            throw new AccessDenied("a campaign's team and targets are chosen by the administrators of grid "
                    + campaign.gridCode() + ": " + what + " there");
        }
        if (campaign.closedAt() != null) {
            throw new Conflict("campaign " + id + " is closed: " + what + " no more");
        }
        return campaign;
    }

    private static CampaignState state(JointRows.Campaign c) {
        return c.closedAt() == null ? CampaignState.OPEN : CampaignState.CLOSED;
    }

    // ---- views ----

    private JointViews.CampaignView view(Actor actor, JointRows.Campaign c) {
        GridLayer grids = layer.layer();
        Team team = rows.team(c.id());
        Map<String, String> departments = departmentNames();
        Map<Long, String> people = staffings.namesOf(team.members().stream().map(Team.Member::personId).toList());
        Map<String, String> sources = sourceNames();
        List<JointViews.MemberView> members = team.members().stream().map(m -> new JointViews.MemberView(
                m.personId(), people.getOrDefault(m.personId(), "#" + m.personId()), m.department(),
                departments.getOrDefault(m.department(), m.department()), m.leader())).toList();
        List<JointViews.TargetView> targets = rows.targets(c.id()).stream().map(t -> new JointViews.TargetView(
                t.kind(), t.code(), targetName(grids, sources, t.kind(), t.code()), t.gridCode(),
                gridName(grids, t.gridCode()), t.chosenBy(), t.drawId())).toList();
        List<JointViews.FindingView> findings = findingViews(rows.findings(c.id()));
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.department(), 1, Integer::sum));
        List<JointViews.DepartmentCount> byDepartment = counts.entrySet().stream().map(e ->
                new JointViews.DepartmentCount(e.getKey(), departments.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue())).toList();
        boolean manages = actor.scope().administers(c.gridCode());
        Optional<Team.Member> own = actor.personId() == null ? Optional.empty() : team.memberOf(actor.personId());
        boolean open = c.closedAt() == null;
        return new JointViews.CampaignView(c.id(), c.title(), c.theme(), c.gridCode(), gridName(grids, c.gridCode()),
                c.from(), c.to(), state(c).key(), c.createdAt(), c.closedAt(), members, targets, findings,
                byDepartment, open && manages, open && (manages || own.isPresent()),
                own.map(Team.Member::department).orElse(null));
    }

    private List<JointViews.FindingView> findingViews(List<JointRows.Finding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        GridLayer grids = layer.layer();
        Map<String, String> departments = departmentNames();
        Map<String, String> sources = sourceNames();
        Map<Long, String> people = staffings.namesOf(findings.stream().map(JointRows.Finding::recordedBy)
                .distinct().toList());
        return findings.stream().map(f -> {
            FindingCategory category = FindingCategory.parse(f.category()).orElse(FindingCategory.OTHER);
            Severity severity = Severity.parse(f.severity()).orElse(Severity.GENERAL);
            return new JointViews.FindingView(f.id(), f.targetKind(), f.targetCode(),
                    targetName(grids, sources, f.targetKind(), f.targetCode()), f.gridCode(),
                    gridName(grids, f.gridCode()), f.department(), departments.getOrDefault(f.department(),
                    f.department()), f.category(), category.chineseName(), f.severity(), severity.chineseName(),
                    f.description(), f.photos(), f.foundOn(), f.recordedBy(),
                    people.getOrDefault(f.recordedBy(), "#" + f.recordedBy()), f.recordedAt());
        }).toList();
    }

    private Map<String, String> departmentNames() {
        return rows.departments().stream().collect(Collectors.toMap(JointRows.Department::code,
                JointRows.Department::name));
    }

    private Map<String, String> sourceNames() {
        return objects.located().stream().collect(Collectors.toMap(SupervisedObjects.Source::code,
                SupervisedObjects.Source::name, (a, b) -> a));
    }

    private static String targetName(GridLayer grids, Map<String, String> sources, String kind, String code) {
        return kind.equals("grid") ? gridName(grids, code) : sources.getOrDefault(code, code);
    }

    private static String gridName(GridLayer grids, String code) {
        return grids.find(code).map(Grid::name).orElse(code);
    }

    private static List<String> teamSummary(List<Team.Member> members) {
        return members.stream().map(m -> m.personId() + ":" + m.department() + (m.leader() ? ":leader" : "")).toList();
    }

    // ---- reading the input ----

    /** The team as sent: persons with an active account, departments in the list and not retired, one leader. */
    private List<Team.Member> members(String pointer, List<JointRequests.MemberBody> given,
                                      List<InputProblem> problems) {
        List<JointRequests.MemberBody> list = given == null ? List.of() : given;
        Map<Long, String> people = rows.activePeople(list.stream().map(JointRequests.MemberBody::personId)
                .filter(Objects::nonNull).toList());
        Set<String> departments = rows.departments().stream().filter(d -> d.retiredAt() == null)
                .map(JointRows.Department::code).collect(Collectors.toSet());
        List<Team.Member> members = new ArrayList<>();
        int before = problems.size();
        for (int i = 0; i < list.size(); i++) {
            JointRequests.MemberBody m = list.get(i);
            String at = pointer + "/" + i;
            if (m.personId() == null || !people.containsKey(m.personId())) {
                problems.add(new InputProblem(at + "/person_id", "no active person " + m.personId()
                        + " in the people directory"));
            }
            if (m.department() == null || !departments.contains(m.department())) {
                problems.add(new InputProblem(at + "/department", "no department " + m.department()
                        + " in the list (or it is retired): see GET /api/departments"));
            }
            if (m.personId() != null && m.department() != null) {
                members.add(new Team.Member(m.personId(), m.department(), Boolean.TRUE.equals(m.leader())));
            }
        }
        if (problems.size() == before) {
            problems.addAll(Team.problems(members, pointer));
        }
        return members;
    }

    /** The district, or a first-level grid, a campaign runs in. */
    private Grid campaignGrid(String code, List<InputProblem> problems) {
        GridLayer grids = layer.layer();
        Optional<Grid> grid = code == null ? Optional.empty() : grids.find(code);
        if (grid.isEmpty() || !(grid.get().level() == GridLevel.DISTRICT || grids.firstLevel().contains(grid.get()))) {
            problems.add(new InputProblem("/grid", "no district or first-level grid " + code
                    + ": a campaign runs in a district or a town, street or park"));
            return null;
        }
        return grid.get();
    }

    private static LocalDate date(String pointer, String text, List<InputProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new InputProblem(pointer, "a date such as 2026-11-30 is needed", InputCode.REQUIRED,
                    Map.of("expected", "date")));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                problems.add(new InputProblem(pointer, "a date between 2000 and 2100", InputCode.OUT_OF_RANGE,
                        Map.of("min", "2000-01-01", "max", "2100-12-31")));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(pointer, "a date such as 2026-11-30, not " + text));
            return null;
        }
    }

    private static String text(String pointer, String value, int max, List<InputProblem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            problems.add(new InputProblem(pointer, "1 to " + max + " characters are needed", InputCode.TOO_LONG,
                    Map.of("limit", max)));
        }
        return text;
    }

    private static <T> T required(String pointer, T value) {
        if (value == null) {
            throw new InvalidInput("a client-made id is needed", List.of(new InputProblem(pointer,
                    pointer.substring(1) + " is required: the client makes it, so that a retry stores nothing more",
                    InputCode.REQUIRED, Map.of())));
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
