package com.envgrid.api.draw;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.duty.DrawCandidate;
import com.envgrid.core.duty.DrawRequest;
import com.envgrid.core.duty.DrawResult;
import com.envgrid.core.duty.DrawnObject;
import com.envgrid.core.duty.Period;
import com.envgrid.core.duty.RandomDraw;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.source.CreditRating;
import com.envgrid.core.source.SourceKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import com.envgrid.api.shared.JsonText;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * 双随机一公开 draws. A draw is first <em>sealed</em>: its candidate list (operating sources matching the filter)
 * and seed are fixed and published with the candidates' hash. Running it afterwards draws the objects and pairs
 * each with two inspectors as {@link RandomDraw#ALGORITHM} says — anyone can redo it from the published seed and
 * candidates. A draw runs once. A district's administrators draw among their district's sources and run the draws
 * whose candidates all lie in it; the inspectors are the supervisors of the candidates' districts.
 */
@Singleton
public class Draws {
    private static final SecureRandom SEEDS = new SecureRandom();

    private final DrawRows draws;
    private final DrawItemRows items;
    private final SupervisedObjects objects;
    private final Staffings staffings;
    private final LiveGridLayer layer;
    private final JsonText json;
    private final Audit audit;
    private final DistrictTime time;
    /** The longest industry a filter names (the directory's column holds free text). */
    private static final int MAX_INDUSTRY = 100;

    Draws(DrawRows draws, DrawItemRows items, SupervisedObjects objects, Staffings staffings, LiveGridLayer layer,
          JsonText json, Audit audit, DistrictTime time) {
        this.time = time;
        this.draws = draws;
        this.items = items;
        this.objects = objects;
        this.staffings = staffings;
        this.layer = layer;
        this.json = json;
        this.audit = audit;
    }

    @Transactional
    public DrawViews.StaffDraw seal(Actor actor, Instant at, DrawViews.NewDraw request) {
        List<InputProblem> problems = new ArrayList<>();
        String title = request.title() == null ? "" : request.title().trim();
        if (title.isEmpty() || title.length() > 200) {
            problems.add(new InputProblem("/title", "a title of 1 to 200 characters is needed", DrawCode.TITLE,
                    Map.of("limit", 200)));
        }
        String period = null;
        try {
            period = Period.parse(request.period() == null ? "" : request.period()).label();
        } catch (RuntimeException e) {
            problems.add(new InputProblem("/period", "period is YYYY-MM or YYYY-Qn: " + e.getMessage(), DrawCode.PERIOD,
                    Map.of()));
        }
        GridLayer grids = layer.layer();
        DrawViews.Filter filter = checked(request.filter(), "/filter",
                grid -> grids.find(grid).isPresent() && actor.scope().administers(grid),
                "among the grids you administer", problems);
        String seed = request.seed() == null || request.seed().isBlank()
                ? HexFormat.of().formatHex(SEEDS.generateSeed(16)) : request.seed().trim();
        List<DrawViews.Candidate> candidates = problems.isEmpty() ? candidates(filter, actor.scope()) : List.of();
        try {
            drawRequest(seed, candidates, request.count(), request.share(), request.stratifyByRating());
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem(e.getMessage().startsWith("share") ? "/share" : "/count", e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the draw cannot be made as asked", problems);
        }
        List<String> codes = candidates.stream().map(DrawViews.Candidate::code).toList();
        DrawRow row = draws.save(new DrawRow(null, title, period, seed, RandomDraw.candidateHash(codes),
                json.write(candidates), json.write(filter), request.count(), request.share(), request.stratifyByRating(),
                RandomDraw.ALGORITHM, at, null));
        audit.record(actor, at, "seal", "draw", String.valueOf(row.id()), null,
                Map.of("seed", seed, "candidate_hash", row.candidateHash(), "candidates", codes.size()));
        return staffView(row);
    }

    @Transactional
    public DrawViews.StaffDraw run(Actor actor, Instant at, long id) {
        DrawRow row = draws.findById(id).orElseThrow(() -> new NotFound("no draw with id " + id));
        if (draws.markRun(id, at) == 0) {
            throw new Conflict(DrawCode.RUN_ALREADY, Map.of(), "draw " + id + " has been run already; a draw runs once");
        }
        List<DrawViews.Candidate> candidates = candidatesOf(row);
        if (!candidates.stream().allMatch(c -> actor.scope().administers(c.grid()))) {
            throw new AccessDenied("draw " + id + " draws among sources outside your district");
        }
        GridLayer grids = layer.layer();
        Set<String> districts = candidates.stream().map(c -> districtOf(grids, c.grid())).collect(Collectors.toSet());
        Map<String, List<Long>> supervisors = new TreeMap<>(staffings.supervisorsByGrid(time.dateOf(at)));
        supervisors.keySet().removeIf(grid -> !districts.contains(districtOf(grids, grid)));
        List<Long> inspectors = supervisors.values().stream().flatMap(List::stream).distinct().sorted().toList();
        Map<String, Set<Long>> ofGrid = new TreeMap<>();
        supervisors.forEach((grid, ids) -> ofGrid.put(grid, new TreeSet<>(ids)));
        DrawResult result = RandomDraw.draw(drawRequest(row.seed(), candidates, row.drawCount(), row.drawShare(),
                row.stratified()), inspectors, ofGrid);
        for (DrawnObject d : result.drawn()) {
            items.insert(id, d.code(), d.gridCode(), d.rating().name(), d.score(),
                    d.inspectors().size() > 0 ? d.inspectors().get(0) : null,
                    d.inspectors().size() > 1 ? d.inspectors().get(1) : null);
        }
        audit.record(actor, at, "run", "draw", String.valueOf(id), null, Map.of("drawn",
                result.drawn().stream().map(DrawnObject::code).toList()));
        return staffView(draws.findById(id).orElseThrow());
    }

    List<DrawViews.Summary> list() {
        return draws.findAllOrderByIdDesc().stream()
                .map(d -> new DrawViews.Summary(d.id(), d.title(), d.period(), d.sealedAt(), d.runAt())).toList();
    }

    public DrawViews.StaffDraw staffView(long id) {
        return staffView(draws.findById(id).orElseThrow(() -> new NotFound("no draw with id " + id)));
    }

    DrawViews.PublicDraw publicView(long id) {
        DrawRow row = draws.findById(id).orElseThrow(() -> new NotFound("no draw with id " + id));
        List<DrawViews.Candidate> candidates = candidatesOf(row);
        Map<String, String> names = objectNames();
        GridLayer grids = layer.layer();
        List<DrawViews.PublicItem> drawn = items.findByDraw(id).stream()
                .map(i -> new DrawViews.PublicItem(i.objectCode(), names.getOrDefault(i.objectCode(),
                        i.objectCode()), gridName(grids, i.gridCode()), i.rating(), i.score(), "pending"))
                .toList();
        return new DrawViews.PublicDraw(row.id(), row.title(), row.period(), row.seed(), row.candidateHash(), candidates,
                candidates.stream().map(DrawViews.Candidate::code).toList(), row.algorithm(), row.sealedAt(),
                row.runAt(), drawn);
    }

    private DrawViews.StaffDraw staffView(DrawRow row) {
        Map<String, String> names = objectNames();
        GridLayer grids = layer.layer();
        List<DrawItemRow> drawn = items.findByDraw(row.id());
        Map<Long, String> people = staffings.namesOf(drawn.stream()
                .flatMap(i -> java.util.stream.Stream.of(i.firstInspector(), i.secondInspector()))
                .filter(java.util.Objects::nonNull).distinct().toList());
        List<DrawViews.StaffItem> staffItems = drawn.stream().map(i -> {
            List<DrawViews.Inspector> pair = java.util.stream.Stream.of(i.firstInspector(), i.secondInspector())
                    .filter(java.util.Objects::nonNull).map(p -> new DrawViews.Inspector(p, people.getOrDefault(p, "#" + p)))
                    .toList();
            return new DrawViews.StaffItem(i.objectCode(), names.getOrDefault(i.objectCode(),
                    i.objectCode()), i.gridCode(), gridName(grids, i.gridCode()), i.rating(), i.score(), pair,
                    pair.size() < 2 ? "fewer than two eligible inspectors outside the object's grid" : null);
        }).toList();
        return new DrawViews.StaffDraw(row.id(), row.title(), row.period(), row.seed(), row.candidateHash(),
                candidatesOf(row).size(), json.read(row.filter(), Argument.of(DrawViews.Filter.class)), row.drawCount(),
                row.drawShare(), row.stratified(), row.sealedAt(), row.runAt(), staffItems);
    }

    private static String districtOf(GridLayer grids, String gridCode) {
        return grids.districtOf(gridCode).map(Grid::code).orElse("");
    }

    /**
     * A filter as the candidates are chosen by, each part checked, the problems added under {@code pointer}: the kind
     * read as the vocabulary reads it (enterprise, 工地 …) — a kind or an industry no source has would choose nothing,
     * silently —, the grid one of those {@code gridAllowed} (else a problem saying the grid is not {@code allowedAs}),
     * ratings among A to D.
     */
    public static DrawViews.Filter checked(@Nullable DrawViews.Filter filter, String pointer,
                                           Predicate<String> gridAllowed, String allowedAs,
                                           List<InputProblem> problems) {
        DrawViews.Filter given = filter == null ? new DrawViews.Filter(null, null, null, null) : filter;
        if (given.grid() != null && !gridAllowed.test(given.grid())) {
            problems.add(new InputProblem(pointer + "/grid", "no grid " + given.grid() + " " + allowedAs));
        }
        String kind = given.kind() == null ? null : SourceKind.parse(given.kind()).map(SourceKind::key).orElse(null);
        if (given.kind() != null && kind == null) {
            problems.add(new InputProblem(pointer + "/kind", "kind is " + SourceKind.accepted(), InputCode.NOT_ONE_OF,
                    Map.of("accepted", SourceKind.accepted())));
        }
        if (given.industry() != null && (given.industry().isBlank() || given.industry().length() > MAX_INDUSTRY)) {
            problems.add(new InputProblem(pointer + "/industry", "an industry of 1 to " + MAX_INDUSTRY
                    + " characters", InputCode.TOO_LONG, Map.of("limit", MAX_INDUSTRY)));
        }
        if (given.ratings() != null && !Set.of("A", "B", "C", "D").containsAll(given.ratings())) {
            problems.add(new InputProblem(pointer + "/ratings", "ratings are among A, B, C, D", InputCode.NOT_ONE_OF,
                    Map.of("accepted", "A, B, C, D")));
        }
        return new DrawViews.Filter(kind, given.ratings(), given.industry(), given.grid());
    }

    /**
     * Operating sources located in a grid the scope administers and matching the filter, by code: the candidates of
     * a draw, and the targets a joint inspection chooses by filter.
     */
    public List<DrawViews.Candidate> candidates(DrawViews.Filter filter, GridScope scope) {
        GridLayer grids = layer.layer();
        return objects.located().stream()
                .filter(s -> s.status().equals("operating"))
                .filter(s -> scope.administers(s.gridCode()))
                .filter(s -> filter.kind() == null || filter.kind().equals(s.kind()))
                .filter(s -> filter.ratings() == null || filter.ratings().isEmpty() || filter.ratings().contains(s.rating()))
                .filter(s -> filter.industry() == null || filter.industry().equals(s.industry()))
                .filter(s -> filter.grid() == null || within(grids, s.gridCode(), filter.grid()))
                .map(s -> new DrawViews.Candidate(s.code(), s.gridCode(), s.rating()))
                .sorted(Comparator.comparing(DrawViews.Candidate::code))
                .toList();
    }

    private static boolean within(GridLayer grids, String gridCode, String ancestor) {
        for (Grid g = grids.find(gridCode).orElse(null); g != null; g = grids.parent(g).orElse(null)) {
            if (g.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static DrawRequest drawRequest(String seed, List<DrawViews.Candidate> candidates, Integer count,
                                           Double share, boolean stratified) {
        return new DrawRequest(seed, candidates.stream()
                .map(c -> new DrawCandidate(c.code(), c.grid(), CreditRating.valueOf(c.rating()))).toList(),
                count, share, stratified);
    }

    private List<DrawViews.Candidate> candidatesOf(DrawRow row) {
        return json.read(row.candidateCodes(), Argument.listOf(DrawViews.Candidate.class));
    }

    private Map<String, String> objectNames() {
        return objects.located().stream().collect(Collectors.toMap(SupervisedObjects.Source::code,
                SupervisedObjects.Source::name, (a, b) -> a));
    }

    private static String gridName(GridLayer grids, String code) {
        return code == null ? null : grids.find(code).map(Grid::name).orElse(code);
    }
}
