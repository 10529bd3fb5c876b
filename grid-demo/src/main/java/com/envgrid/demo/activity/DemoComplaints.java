package com.envgrid.demo.activity;

import com.envgrid.api.complaint.ComplaintViews;
import com.envgrid.api.complaint.Complaints;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.complaint.Channel;
import com.envgrid.core.complaint.ComplaintCategory;
import com.envgrid.core.complaint.ComplaintWorkflow;
import com.envgrid.core.complaint.Satisfaction;
import com.envgrid.core.duty.Period;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.inspection.FindingCategory;
import io.micronaut.http.uri.QueryStringDecoder;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static com.envgrid.core.complaint.ComplaintCategory.BURNING;
import static com.envgrid.core.complaint.ComplaintCategory.COOKING_FUMES;
import static com.envgrid.core.complaint.ComplaintCategory.DUMPING;
import static com.envgrid.core.complaint.ComplaintCategory.DUST;
import static com.envgrid.core.complaint.ComplaintCategory.NOISE;
import static com.envgrid.core.complaint.ComplaintCategory.ODOUR;
import static com.envgrid.core.complaint.ComplaintCategory.OTHER;
import static com.envgrid.core.complaint.ComplaintCategory.WATER_POLLUTION;

/**
 * Complaints of a quarter, two to four in every first-level grid spread over it, each at a place inside one of its
 * grids: filed on the web form or through Open311 by the public, entered from the 12345 and 12369 hotlines, letters
 * and visits by the grid's staff. Each is handled through the complaint workflow — accepted, investigated, replied to
 * and closed, by the deadline as often as the grid's {@link GridProfile} says. The investigation of a grid's first
 * complaint of the quarter, and of one in four others, opens a problem case, which is then followed; three in four
 * complainants rate the outcome, and an unsatisfied rating reopens the complaint, which is answered and closed
 * again. What has not happened by today is still open.
 */
@Singleton
class DemoComplaints {
    private static final List<ComplaintCategory> IN_COMMUNITIES = List.of(COOKING_FUMES, COOKING_FUMES, COOKING_FUMES,
            NOISE, NOISE, NOISE, DUST, DUST, ODOUR, DUMPING, OTHER);
    private static final List<ComplaintCategory> IN_VILLAGES = List.of(DUMPING, DUMPING, WATER_POLLUTION,
            WATER_POLLUTION, ODOUR, NOISE, BURNING);
    private static final List<ComplaintCategory> AT_HARVEST = List.of(BURNING, BURNING, BURNING, DUMPING,
            WATER_POLLUTION, ODOUR);
    private static final List<ComplaintCategory> IN_PARKS = List.of(ODOUR, ODOUR, ODOUR, ODOUR, WATER_POLLUTION,
            WATER_POLLUTION, NOISE, NOISE, DUST, OTHER);
    private static final Set<ComplaintCategory> INDUSTRIAL = Set.of(ODOUR, WATER_POLLUTION);
    private static final List<Channel> CHANNELS = List.of(Channel.WEB, Channel.WEB, Channel.WEB, Channel.HOTLINE_12345,
            Channel.HOTLINE_12345, Channel.HOTLINE_12345, Channel.HOTLINE_12369, Channel.HOTLINE_12369, Channel.OPEN311,
            Channel.LETTER, Channel.VISIT);
    private static final Map<ComplaintCategory, List<String>> SAID = Map.of(
            COOKING_FUMES, List.of("%s沿街饭店油烟直排，楼上住户没法开窗", "%s烧烤摊夜间油烟很大，气味刺鼻"),
            ODOUR, List.of("%s附近工厂经常散发刺鼻气味，晚上尤其明显", "%s一带有化工异味，居民反映头晕"),
            NOISE, List.of("%s工地夜间施工，噪声扰民", "%s厂房风机噪声很大，影响休息"),
            DUST, List.of("%s附近工地扬尘严重，车辆带泥上路", "%s渣土车未覆盖，沿路撒漏"),
            WATER_POLLUTION, List.of("%s河道水体发黑发臭", "%s有管道往河里排污水"),
            DUMPING, List.of("%s路边有人倾倒建筑垃圾", "%s空地堆放大量生活垃圾，无人清运"),
            BURNING, List.of("%s田里有人焚烧秸秆，烟很大", "%s有人露天焚烧垃圾"),
            OTHER, List.of("%s有无证小作坊，环境脏乱", "%s附近有不明气味，请核查"));
    private static final Map<ComplaintCategory, FindingCategory> FOUND = Map.of(COOKING_FUMES, FindingCategory.EXHAUST,
            ODOUR, FindingCategory.EXHAUST, NOISE, FindingCategory.NOISE, DUST, FindingCategory.DUST,
            WATER_POLLUTION, FindingCategory.WASTEWATER, DUMPING, FindingCategory.SOLID_WASTE,
            BURNING, FindingCategory.STRAW_BURNING, OTHER, FindingCategory.OTHER);

    private final Complaints complaints;
    private final CaseFollowUp cases;
    private final Places places;
    private final SupervisedObjects objects;
    private final LiveGridLayer layer;

    DemoComplaints(Complaints complaints, CaseFollowUp cases, Places places, SupervisedObjects objects,
                   LiveGridLayer layer) {
        this.complaints = complaints;
        this.cases = cases;
        this.places = places;
        this.objects = objects;
        this.layer = layer;
    }

    /** @return the complaints received */
    int quarter(Timeline timeline, int index, Cast cast, SplittableRandom random) {
        Period quarter = timeline.quarters().get(index);
        long days = ChronoUnit.DAYS.between(quarter.start(), quarter.endExclusive());
        int received = 0;
        for (Grid first : layer.layer().firstLevel()) {
            List<Grid> grids = layer.layer().children(first.code());
            int count = 2 + random.nextInt(first.level() == GridLevel.PARK ? 2 : 3);
            for (int k = 0; k < count && !grids.isEmpty(); k++) {
                // spread over the quarter, so that a grid's first complaint is dealt with within it
                LocalDate day = quarter.start().plusDays((k * days + random.nextLong(days)) / count);
                Instant at = timeline.at(day, LocalTime.of(7, 0).plusMinutes(random.nextInt(15 * 60)));
                if (timeline.past(at)) {
                    receive(Randomly.oneOf(grids, random), at, k == 0 || random.nextInt(4) == 0, k % 4 != 3, cast,
                            timeline, random);
                    received++;
                }
            }
        }
        return received;
    }

    /** Complaints of the last three days, still in hand today whatever day it is. */
    int lately(Timeline timeline, Cast cast, SplittableRandom random) {
        List<Grid> grids = layer.layer().tier(2);
        int count = 3 + random.nextInt(3);
        for (int k = 0; k < count; k++) {
            Instant at = timeline.end().minus(Duration.ofMinutes(60 + random.nextInt(3 * 24 * 60 - 60)));
            receive(Randomly.oneOf(grids, random), at, false, true, cast, timeline, random);
        }
        return count;
    }

    private void receive(Grid grid, Instant at, boolean findsAProblem, boolean rates, Cast cast, Timeline timeline,
                         SplittableRandom random) {
        ComplaintCategory category = Randomly.oneOf(categories(grid, at, timeline), random);
        double[] where = places.inside(grid.code(), random);
        ComplaintViews.Receipt receipt = file(grid, category, where, at, cast.chiefOf(grid.code()), random);
        long id = receipt.id();
        Player handler = cast.handlerOf(grid.code());
        Player chief = cast.chiefOf(grid.code());
        GridProfile profile = GridProfile.of(cast.firstLevelOf(grid.code()));
        boolean onTime = random.nextDouble() < profile.onTime();

        List<Timeline.Step> steps = new ArrayList<>();
        Instant accepted = onTime ? Timeline.after(at, Duration.ofMinutes(30), Duration.ofHours(20), random)
                : timeline.workingMoment(receipt.acceptBy().plusDays(1), receipt.acceptBy().plusDays(2), random);
        steps.add(step(handler, accepted, id, ComplaintWorkflow.ACCEPT, null));
        Instant investigated = Timeline.after(accepted, Duration.ofHours(1), Duration.ofHours(24), random);
        steps.add(step(handler, investigated, id, ComplaintWorkflow.INVESTIGATE, null));
        Instant last = investigated;
        if (findsAProblem) {
            Instant found = Timeline.after(investigated, Duration.ofHours(2), Duration.ofHours(30), random);
            steps.add(new Timeline.Step(found, () -> openCase(handler, found, id, grid, category, where, cast, timeline,
                    random)));
            last = found;
        }
        Instant closed = onTime ? timeline.workingMoment(timeline.day(last), receipt.closeBy(), random)
                : timeline.workingMoment(receipt.closeBy().plusDays(1), receipt.closeBy().plusDays(8), random);
        if (closed.isBefore(last.plus(Duration.ofHours(2)))) {
            closed = Timeline.after(last, Duration.ofHours(2), Duration.ofHours(5), random);
        }
        Instant replied = Timeline.after(last, Duration.ofMinutes(30), Duration.between(last, closed).dividedBy(2),
                random);
        steps.add(step(handler, replied, id, ComplaintWorkflow.REPLY, "经现场核查，已责令整改并将持续跟踪，感谢您的监督。"));
        // a complaint closes on the reply; a problem case it opened goes on to its own end
        String closing = findsAProblem ? "发现的问题已立案，由问题整改跟踪至办结。" : null;
        steps.add(step(chief, closed, id, ComplaintWorkflow.CLOSE, closing));
        if (rates) {
            Satisfaction rating = rating(profile, random);
            Instant rated = Timeline.after(closed, Duration.ofHours(2), Duration.ofDays(3), random);
            String token = new QueryStringDecoder(receipt.ratingUrl()).parameters().get("rate").get(0);
            steps.add(new Timeline.Step(rated,
                    () -> complaints.rate(rated, token, new ComplaintViews.Rating(rating.chineseName()))));
            if (rating == Satisfaction.UNSATISFIED) {
                Instant answered = Timeline.after(rated, Duration.ofDays(1), Duration.ofDays(3), random);
                steps.add(step(handler, answered, id, ComplaintWorkflow.REPLY, "已再次组织现场核查并督促整改到位，欢迎继续监督。"));
                steps.add(step(chief, Timeline.after(answered, Duration.ofHours(2), Duration.ofDays(1), random), id,
                        ComplaintWorkflow.CLOSE, closing));
            }
        }
        timeline.play(steps);
    }

    /** The complaint as it arrives: from the public itself, or entered by the grid's chief from a hotline or letter. */
    private ComplaintViews.Receipt file(Grid grid, ComplaintCategory category, double[] where, Instant at, Player chief,
                                       SplittableRandom random) {
        String place = layer.layer().parent(grid).map(Grid::name).orElse("") + grid.name();
        boolean named = random.nextInt(3) > 0;
        var submission = new ComplaintViews.Submission(null, category.key(),
                String.format(Randomly.oneOf(SAID.get(category), random), place), where[0], where[1], place + "附近",
                named ? Names.surname(random) + (random.nextBoolean() ? "先生" : "女士") : null,
                named ? "139" + (10_000_000 + random.nextInt(90_000_000)) : null, null, null, null, null);
        Channel channel = Randomly.oneOf(CHANNELS, random);
        byte[] client = new byte[16];
        random.nextBytes(client);
        String clientKey = HexFormat.of().formatHex(client);
        return channel.isPublicIntake()
                ? complaints.file(at, submission, channel, clientKey)
                : complaints.enter(chief.actor(), at, submission, channel);
    }

    /** Satisfied or basically satisfied as often as the grid's profile says, three to one. */
    private static Satisfaction rating(GridProfile profile, SplittableRandom random) {
        int r = random.nextInt(100);
        int satisfied = (int) (100 * profile.satisfied());
        return r < satisfied * 3 / 4 ? Satisfaction.SATISFIED
                : r < satisfied ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.UNSATISFIED;
    }

    private static List<ComplaintCategory> categories(Grid grid, Instant at, Timeline timeline) {
        return switch (grid.level()) {
            case VILLAGE -> timeline.harvest(at) ? AT_HARVEST : IN_VILLAGES;
            case CELL -> IN_PARKS;
            default -> IN_COMMUNITIES;
        };
    }

    /**
     * The problem the investigation found: about a source of the grid where the complaint is about smells or water
     * and the grid has one, otherwise about the grid.
     */
    private void openCase(Player handler, Instant at, long complaintId, Grid grid, ComplaintCategory category,
                          double[] where, Cast cast, Timeline timeline, SplittableRandom random) {
        FindingCategory found = FOUND.get(category);
        var finding = Findings.of(found, random);
        String source = INDUSTRIAL.contains(category) ? objects.located().stream()
                .filter(s -> grid.code().equals(s.gridCode())).map(SupervisedObjects.Source::code).findFirst()
                .orElse(null) : null;
        var opened = complaints.act(handler.actor(), at, complaintId, new ComplaintViews.Action(
                ComplaintWorkflow.OPEN_CASE, finding.description(), found.key(), finding.severity(), source, null));
        cases.follow(opened.problemCaseId(), at, grid.code(), where, cast, timeline, random);
    }

    /** A step of the workflow; a reply is also published to the complainant as it is. */
    private Timeline.Step step(Player player, Instant at, long complaintId, String action, String text) {
        var request = new ComplaintViews.Action(action, text, null, null, null,
                ComplaintWorkflow.REPLY.equals(action) ? text : null);
        return new Timeline.Step(at, () -> complaints.act(player.actor(), at, complaintId, request));
    }
}
