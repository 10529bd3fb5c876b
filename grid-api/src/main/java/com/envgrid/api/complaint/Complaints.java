package com.envgrid.api.complaint;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.calendar.CalendarChanged;
import com.envgrid.api.calendar.HolidayCalendars;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.inspection.PhotoRows;
import com.envgrid.api.inspection.Photos;
import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.problem.Cases;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Role;
import com.envgrid.core.complaint.Channel;
import com.envgrid.core.complaint.ComplaintCategory;
import com.envgrid.core.complaint.ComplaintDeadlines;
import com.envgrid.core.complaint.ComplaintState;
import com.envgrid.core.complaint.ComplaintTransition;
import com.envgrid.core.complaint.ComplaintWorkflow;
import com.envgrid.core.complaint.Routing;
import com.envgrid.core.complaint.Satisfaction;
import com.envgrid.core.complaint.WorkingDays;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.problem.Escalation;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Point;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Complaints (信访 / 投诉举报). Public intake (web form, Open311) and staff entry (hotline, letter, visit); each is
 * routed to the deepest grid containing it — flagged "near boundary" and shown to the neighbouring grids too
 * when it lies within the configured distance of another grid or on a river running through several, until one
 * side accepts it —; deadlines to accept
 * and to close are counted in working days; the complainant rates the outcome through a link with a random token,
 * and an unsatisfied rating reopens the complaint once. An investigation may open a problem case. Past the
 * deadline it waits on, a complaint escalates like a case: to the grid chief, then to the district. Name and contact are seen only by the staff who handle
 * the complaint and by administrators.
 */
@Singleton
public class Complaints {
    private static final SecureRandom TOKENS = new SecureRandom();
    static final int MAX_PHOTOS = 5;
    private static final java.util.regex.Pattern WEB_LINK = java.util.regex.Pattern.compile("https?://\\S{1,492}");

    private final ComplaintRows complaints;
    private final LiveGridLayer layer;
    private final AccessScopes scopes;
    private final Staffings staffings;
    private final Audit audit;
    private final JsonMapper json;
    private final Clock clock;
    private final HolidayCalendars calendars;
    private final DistrictTime time;
    private final ComplaintDeadlines deadlines;
    private final double nearBoundaryM;
    private final int maxPerHour;
    private final Photos photos;
    private final int maxPhotosPerHour;
    private final Cases cases;
    private final SupervisedObjects directory;
    private final int daysToChief;
    private final int daysToDistrict;

    Complaints(ComplaintRows complaints, LiveGridLayer layer, AccessScopes scopes, Staffings staffings, Audit audit,
               JsonMapper json, Clock clock, HolidayCalendars calendars, DistrictTime time,
               @Value("${envgrid.complaints.deadlines:}") String deadlines,
               @Value("${envgrid.complaints.near-boundary-m:50}") double nearBoundaryM,
               @Value("${envgrid.complaints.max-per-hour:10}") int maxPerHour,
               Cases cases, SupervisedObjects directory,
               @Value("${envgrid.complaints.days-to-chief:0}") int daysToChief,
               @Value("${envgrid.complaints.days-to-district:3}") int daysToDistrict,
               Photos photos, @Value("${envgrid.complaints.max-photos-per-hour:30}") int maxPhotosPerHour) {
        this.complaints = complaints;
        this.layer = layer;
        this.scopes = scopes;
        this.staffings = staffings;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.calendars = calendars;
        this.time = time;
        this.deadlines = ComplaintDeadlines.DEFAULT.overriddenBy(deadlines);
        this.nearBoundaryM = nearBoundaryM;
        this.maxPerHour = maxPerHour;
        this.cases = cases;
        this.directory = directory;
        this.daysToChief = daysToChief;
        this.daysToDistrict = daysToDistrict;
        this.photos = photos;
        this.maxPhotosPerHour = maxPhotosPerHour;
    }

    /** A photo for a complaint about to be filed, from a public client, within the client's hourly allowance. */
    PhotoRows.PhotoInfo acceptPhoto(String sha256, byte[] bytes, String clientKey) {
        if (photos.countFrom(clientKey, clock.instant().minus(Duration.ofHours(1))) >= maxPhotosPerHour) {
            throw new TooManyComplaints("at most " + maxPhotosPerHour + " photos an hour from one client");
        }
        return photos.store(sha256, bytes, null, clientKey);
    }

    /**
     * Takes in a complaint filed by the public (web form, Open311) from one client, within the client's hourly
     * allowance, with photos that client sent. A form resent with the same submission key gets the first one's
     * receipt; a key that a member of staff used is taken.
     */
    @Transactional
    public ComplaintViews.Receipt file(ComplaintViews.Submission s, Channel channel, String clientKey) {
        var known = knownSubmission(s);
        if (known.isPresent()) {
            if (!Channel.parse(known.get().channel()).orElseThrow().isPublicIntake()) {
                throw new Conflict("submission_key " + s.submissionKey() + " is taken: send the form with a new key");
            }
            return receipt(known.get());
        }
        Instant now = clock.instant();
        if (complaints.countFromClientSince(clientKey, now.minus(Duration.ofHours(1))) >= maxPerHour) {
            throw new TooManyComplaints("at most " + maxPerHour + " complaints an hour from one client; for more,"
                    + " call 12369");
        }
        var taken = check(s, hashes -> photos.sentFrom(hashes, clientKey), "send it to PUT /api/public/photos/{sha256}");
        return receipt(store(s, channel, taken, now, clientKey, null));
    }

    /**
     * Takes in a complaint that a member of staff entered from a hotline, a letter or a visit: where it happened
     * decides its grid, which must be one of the caller's (administrators: any), and it may name photos the caller
     * sent. It does not count against any public client's allowance. The receipt is the complainant's — the
     * caller's answer leaves out its rating link (see {@link ComplaintViews.Receipt#withoutRatingLink}). A key
     * resent gets the first receipt if that complaint is one the caller may see and was entered by staff; a key of a
     * complaint the caller may not see is unknown to them.
     */
    @Transactional
    public ComplaintViews.Receipt enter(ComplaintViews.Submission s, Channel channel) {
        GridScope scope = scopes.current();
        long caller = scopes.callerId();
        var known = knownSubmission(s).filter(c -> visible(c, scope));
        if (known.isPresent()) {
            if (Channel.parse(known.get().channel()).orElseThrow().isPublicIntake()) {
                throw new Conflict("submission_key " + s.submissionKey() + " is that of a complaint the public filed;"
                        + " enter this one with a new key");
            }
            return receipt(known.get());
        }
        if (s.submissionKey() != null && complaints.findBySubmissionKey(s.submissionKey()).isPresent()) {
            throw new NotFound("no complaint with submission_key " + s.submissionKey() + " that you may see");
        }
        var taken = check(s, hashes -> photos.sentBy(hashes, caller), "upload it with PUT /api/photos/{sha256}");
        if (!scope.canWrite(taken.route().gridCode())) {
            throw new AccessDenied("[" + s.lon() + ", " + s.lat() + "] is in grid " + taken.route().gridCode()
                    + ", outside your grids: staff enter complaints only where they work; the grid's own staff or"
                    + " an administrator enter this one");
        }
        return receipt(store(s, channel, taken, clock.instant(), null, caller));
    }

    private java.util.Optional<ComplaintRows.ComplaintRow> knownSubmission(ComplaintViews.Submission s) {
        return s.submissionKey() == null ? java.util.Optional.empty() : complaints.findBySubmissionKey(s.submissionKey());
    }

    /** A submission that passed every check: its category, where it goes, and the photos it names. */
    private record Checked(ComplaintCategory category, String description, Routing.Route route, List<String> photos) {
    }

    /**
     * Every field checked, each problem with its pointer; photos must be among those the submitter sent
     * ({@code sent} picks them from the hashes given).
     */
    private Checked check(ComplaintViews.Submission s,
                          java.util.function.Function<List<String>, List<PhotoRows.PhotoInfo>> sent, String howToSend) {
        List<InputProblem> problems = new ArrayList<>();
        var category = ComplaintCategory.parse(s.category());
        if (category.isEmpty()) {
            problems.add(new InputProblem("/category", "category is " + ComplaintCategory.accepted()));
        }
        String description = s.description() == null ? "" : s.description().trim();
        if (description.isEmpty() || description.length() > 2000) {
            problems.add(new InputProblem("/description", "say what is wrong in 1 to 2,000 characters"));
        }
        text(problems, "/name", s.name(), 50);
        text(problems, "/contact", s.contact(), 100);
        text(problems, "/address", s.address(), 200);
        text(problems, "/submission_key", s.submissionKey(), 64);
        if (s.mediaUrl() != null && !s.mediaUrl().isBlank() && !WEB_LINK.matcher(s.mediaUrl().trim()).matches()) {
            problems.add(new InputProblem("/media_url", "media_url is an http or https link of at most 500 characters"));
        }
        List<String> photoHashes = s.photos() == null ? List.of() : s.photos();
        if (photoHashes.size() > MAX_PHOTOS) {
            problems.add(new InputProblem("/photos", "at most " + MAX_PHOTOS + " photos with a complaint"));
        } else {
            var stored = sent.apply(photoHashes.stream().filter(h -> h != null && Photos.SHA256.matcher(h).matches())
                    .toList()).stream().map(PhotoRows.PhotoInfo::sha256).toList();
            for (int i = 0; i < photoHashes.size(); i++) {
                if (!stored.contains(photoHashes.get(i))) {
                    problems.add(new InputProblem("/photos/" + i, "no photo " + photoHashes.get(i)
                            + " has been received from you: " + howToSend + " first"));
                }
            }
        }
        Routing.Route route = null;
        if (s.lon() == null || s.lat() == null || !Double.isFinite(s.lon()) || !Double.isFinite(s.lat())
                || Math.abs(s.lon()) > 180 || Math.abs(s.lat()) > 90) {
            problems.add(new InputProblem("/lon", "a location is needed: lon within ±180, lat within ±90"));
        } else {
            var located = layer.locator().locate(s.lon(), s.lat());
            route = new Routing(layer.layer(), nearBoundaryM).route(located, s.lon(), s.lat(), directory.riverCourses())
                    .orElse(null);
            if (route == null) {
                problems.add(new InputProblem("/lon", "[" + s.lon() + ", " + s.lat() + "] is outside the district;"
                        + " complaints about other places go to their own district's hotline"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the complaint cannot be taken in as sent", problems);
        }
        return new Checked(category.get(), description, route, photoHashes);
    }

    /** Stores a checked complaint, from a public client ({@code clientKey}) or entered by staff ({@code actor}). */
    private ComplaintRows.ComplaintRow store(ComplaintViews.Submission s, Channel channel, Checked c, Instant now,
                                             String clientKey, Long actor) {
        LocalDate receivedOn = time.dateOf(now);
        var due = deadlines.due(c.category(), receivedOn, calendars.workingDays());
        var route = c.route();
        var row = complaints.save(new ComplaintRows.ComplaintRow(null, s.submissionKey(), channel.key(),
                c.category().key(), c.description(), s.lon(), s.lat(), blankToNull(s.address()), route.gridCode(),
                route.nearBoundary(), write(route.alsoShownTo()), ComplaintState.RECEIVED.key(), now, due.acceptBy(),
                due.closeBy(), null, null, null, null, false, null, null, token(), token(), blankToNull(s.name()),
                blankToNull(s.contact()), clientKey, blankToNull(s.mediaUrl())));
        for (int i = 0; i < c.photos().size(); i++) {
            complaints.linkPhoto(row.id(), i, c.photos().get(i));
        }
        complaints.event(row.id(), now, actor, "receive", null, ComplaintState.RECEIVED.key(), channel.key());
        audit.record("receive", "complaint", String.valueOf(row.id()), null,
                Map.of("channel", channel.key(), "grid", route.gridCode(), "near_boundary", route.nearBoundary()));
        return row;
    }

    /** The complainant's rating, through the token of their link; unsatisfied reopens a complaint once. */
    @Transactional
    public ComplaintViews.Public rate(String token, ComplaintViews.Rating rating) {
        var row = complaints.findByRatingToken(token).orElseThrow(() -> new NotFound("no complaint for this link"));
        var satisfaction = Satisfaction.parse(rating.satisfaction()).orElseThrow(() -> new InvalidInput("unknown rating",
                List.of(new InputProblem("/satisfaction", "satisfaction is " + Satisfaction.accepted()))));
        ComplaintState state = ComplaintState.parse(row.state()).orElseThrow();
        if (row.satisfaction() != null && row.ratedAt() != null && row.closedAt() != null
                && !row.ratedAt().isBefore(row.closedAt())) {
            throw new Conflict("this outcome has been rated already");
        }
        var reopen = ComplaintWorkflow.onRating(state, satisfaction, row.reopened());
        Instant now = clock.instant();
        var next = with(row, reopen.map(t -> t.to().key()).orElse(row.state()), reopen.isPresent() || row.reopened(),
                satisfaction.key(), now);
        complaints.update(next);
        complaints.event(row.id(), now, null, "rate", state.key(), next.state(), satisfaction.key());
        audit.record("rate", "complaint", String.valueOf(row.id()), null, Map.of("satisfaction", satisfaction.key(),
                "reopened", reopen.isPresent()));
        return publicView(next);
    }

    @Transactional
    public ComplaintViews.Staff act(long id, ComplaintViews.Action request) {
        GridScope scope = scopes.current();
        var row = handled(id, scope);
        ComplaintState from = ComplaintState.parse(row.state()).orElseThrow();
        String grid = handlingGrid(row, scope);
        ComplaintTransition t;
        try {
            t = ComplaintWorkflow.check(from, request.action() == null ? "" : request.action(), scope.role(),
                    scope.role() == Role.SUPERVISOR && grid != null, row.reopened(), request.text());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("unknown action", List.of(new InputProblem("/action", e.getMessage())));
        }
        if (grid == null) {
            throw new AccessDenied("complaint " + id + " is not in a grid you handle");
        }
        Long problemCase = row.problemCaseId();
        if (t.action().equals(ComplaintWorkflow.OPEN_CASE)) {
            problemCase = openCase(row, request, t.text());
        }
        Instant now = clock.instant();
        boolean accepting = t.action().equals(ComplaintWorkflow.ACCEPT);
        var next = new ComplaintRows.ComplaintRow(row.id(), row.submissionKey(), row.channel(), row.category(),
                row.description(), row.lon(), row.lat(), row.address(), accepting ? grid : row.gridCode(),
                row.nearBoundary(), accepting ? "[]" : row.alsoShownTo(), t.to().key(), row.receivedAt(), row.acceptBy(),
                row.closeBy(), accepting ? now : row.acceptedAt(), t.to() == ComplaintState.CLOSED ? now : row.closedAt(),
                t.action().equals(ComplaintWorkflow.REPLY) ? t.text() : row.reply(), problemCase,
                row.reopened() || t.action().equals(ComplaintWorkflow.REOPEN), row.satisfaction(), row.ratedAt(),
                row.ratingToken(), row.statusToken(), row.complainantName(), row.complainantContact(), row.clientKey(),
                row.mediaUrl());
        complaints.update(next);
        complaints.event(id, now, scopes.callerId(), t.action(), from.key(), t.to().key(), t.text());
        audit.record(t.action(), "complaint", String.valueOf(id), Map.of("state", from.key()),
                problemCase == null ? Map.of("state", t.to().key()) : Map.of("state", t.to().key(), "problem_case", problemCase));
        return staffView(next, scope, calendars.workingDays());
    }

    /** The problem case an investigation found, in the complaint's grid; a complaint opens one at most. */
    private long openCase(ComplaintRows.ComplaintRow row, ComplaintViews.Action request, String description) {
        if (row.problemCaseId() != null) {
            throw new Conflict("complaint " + row.id() + " has opened problem case " + row.problemCaseId() + " already");
        }
        List<InputProblem> problems = new ArrayList<>();
        if (FindingCategory.parse(request.category()).isEmpty()) {
            problems.add(new InputProblem("/category", "the problem's category is " + FindingCategory.accepted()));
        }
        if (Severity.parse(request.severity()).isEmpty()) {
            problems.add(new InputProblem("/severity", "severity is " + Severity.accepted()));
        }
        String source = blankToNull(request.sourceCode());
        if (source != null) {
            var known = directory.source(source);
            if (known.isEmpty()) {
                problems.add(new InputProblem("/source_code", "no source " + source + " in the directory"));
            } else if (!row.gridCode().equals(known.get().gridCode())) {
                problems.add(new InputProblem("/source_code", "source " + source + " is in grid "
                        + known.get().gridCode() + ", not in the complaint's grid " + row.gridCode()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the problem case cannot be opened as sent", problems);
        }
        return cases.openForComplaint(scopes.callerId(), row.gridCode(), source, new Cases.Finding(
                FindingCategory.parse(request.category()).orElseThrow().key(),
                Severity.parse(request.severity()).orElseThrow().key(), description));
    }

    /** The complaints the caller handles or may read: in their grids, or shown to them as a neighbour. */
    List<ComplaintViews.Staff> list(String state, boolean escalatedOnly) {
        GridScope scope = scopes.current();
        WorkingDays calendar = calendars.workingDays();
        return complaints.findAllOrderByReceivedAtDesc().stream()
                .filter(c -> visible(c, scope))
                .filter(c -> state == null || state.equals(c.state()))
                .map(c -> staffView(c, scope, calendar))
                .filter(v -> !escalatedOnly || !v.escalatedTo().equals(Escalation.Level.SUPERVISOR.key()))
                .toList();
    }

    ComplaintViews.Staff one(long id) {
        GridScope scope = scopes.current();
        return staffView(handled(id, scope), scope, calendars.workingDays());
    }

    /**
     * Counts again, with the new schedule, the deadlines of the complaints still open whose span from receipt to
     * closing deadline includes the year: counted without its schedule (weekends only), or with the one replaced.
     */
    @EventListener
    void recount(CalendarChanged change) {
        WorkingDays calendar = calendars.workingDays();
        for (var c : complaints.findByClosedAtIsNull()) {
            LocalDate receivedOn = time.dateOf(c.receivedAt());
            if (receivedOn.getYear() <= change.year() && c.closeBy().getYear() >= change.year()) {
                var due = deadlines.due(ComplaintCategory.parse(c.category()).orElseThrow(), receivedOn, calendar);
                complaints.updateDeadlines(c.id(), due.acceptBy(), due.closeBy());
            }
        }
    }

    ComplaintViews.Public publicView(long id) {
        return publicView(complaints.findById(id).orElseThrow(() -> new NotFound("no complaint " + id)));
    }

    List<ComplaintViews.Public> publicList() {
        return complaints.findAllOrderByReceivedAtDesc().stream().map(this::publicView).toList();
    }

    ComplaintRows.ComplaintRow byStatusToken(String token) {
        return complaints.findByStatusToken(token).orElseThrow(() -> new NotFound("no request for token " + token));
    }

    List<ComplaintRows.ComplaintRow> all() {
        return complaints.findAllOrderByReceivedAtDesc();
    }

    ComplaintRows.ComplaintRow row(long id) {
        return complaints.findById(id).orElseThrow(() -> new NotFound("no request " + id));
    }

    String gridName(String code) {
        return code == null ? null : layer.layer().find(code).map(Grid::name).orElse(code);
    }

    /** The grid's interior point: where the public sees a complaint, never the exact spot. */
    double[] coarsened(String gridCode) {
        if (gridCode == null) {
            return null;
        }
        Point p = layer.layer().effectiveGeometry(gridCode).getInteriorPoint();
        return new double[]{Math.round(p.getX() * 1e4) / 1e4, Math.round(p.getY() * 1e4) / 1e4};
    }

    /** Received, closed, closed on time, satisfaction and the median time to close, per grid, received in [from, to). */
    List<ComplaintViews.Figures> figures(Instant from, Instant to) {
        GridScope scope = scopes.current();
        Map<String, List<ComplaintRows.ComplaintRow>> byGrid = new java.util.TreeMap<>();
        for (var c : complaints.findAllOrderByReceivedAtDesc()) {
            if (c.gridCode() != null && scope.canRead(c.gridCode()) && !c.receivedAt().isBefore(from) && c.receivedAt().isBefore(to)) {
                byGrid.computeIfAbsent(c.gridCode(), k -> new ArrayList<>()).add(c);
            }
        }
        List<ComplaintViews.Figures> result = new ArrayList<>();
        byGrid.forEach((grid, list) -> {
            var closed = list.stream().filter(c -> c.closedAt() != null).toList();
            int onTime = (int) closed.stream()
                    .filter(c -> !time.dateOf(c.closedAt()).isAfter(c.closeBy())).count();
            var rated = list.stream().filter(c -> c.satisfaction() != null).toList();
            int satisfied = (int) rated.stream().filter(c -> Satisfaction.parse(c.satisfaction()).orElseThrow()
                    .countsAsSatisfied()).count();
            double[] hours = closed.stream().mapToDouble(c -> Duration.between(c.receivedAt(), c.closedAt()).toMinutes() / 60.0)
                    .sorted().toArray();
            Double median = hours.length == 0 ? null : hours.length % 2 == 1 ? hours[hours.length / 2]
                    : (hours[hours.length / 2 - 1] + hours[hours.length / 2]) / 2;
            result.add(new ComplaintViews.Figures(grid, gridName(grid), list.size(), closed.size(), onTime,
                    closed.isEmpty() ? null : (double) onTime / closed.size(), rated.size(), satisfied,
                    rated.isEmpty() ? null : (double) satisfied / rated.size(), median));
        });
        return result;
    }

    private boolean visible(ComplaintRows.ComplaintRow c, GridScope scope) {
        return scope.readsEverything() || (c.gridCode() != null && scope.canRead(c.gridCode()))
                || shownTo(c).stream().anyMatch(scope::canRead);
    }

    private ComplaintRows.ComplaintRow handled(long id, GridScope scope) {
        return complaints.findById(id).filter(c -> visible(c, scope))
                .orElseThrow(() -> new NotFound("no complaint " + id + " that you may see"));
    }

    /** The grid the caller would handle the complaint in: its own grid, or — before acceptance — a neighbour's. */
    private String handlingGrid(ComplaintRows.ComplaintRow c, GridScope scope) {
        if (c.gridCode() != null && scope.canWrite(c.gridCode())) {
            return c.gridCode();
        }
        if (ComplaintState.RECEIVED.key().equals(c.state())) {
            return shownTo(c).stream().filter(scope::canWrite).findFirst().orElse(null);
        }
        return null;
    }

    private ComplaintViews.Staff staffView(ComplaintRows.ComplaintRow c, GridScope scope, WorkingDays calendar) {
        ComplaintState state = ComplaintState.parse(c.state()).orElseThrow();
        String grid = handlingGrid(c, scope);
        boolean personal = scope.role() == Role.ADMIN || grid != null;
        var events = complaints.events(c.id());
        var names = staffings.namesOf(events.stream().map(ComplaintRows.EventRow::actorId).filter(Objects::nonNull)
                .distinct().toList());
        LocalDate today = scopes.today();
        // the deadline it is waiting on: to be accepted, then to be closed
        LocalDate dueBy = c.acceptedAt() == null ? c.acceptBy() : c.closeBy();
        boolean overdue = c.closedAt() == null && (today.isAfter(c.closeBy()) || today.isAfter(dueBy));
        Escalation.Level escalation = c.closedAt() == null
                ? Escalation.levelAt(dueBy, today, daysToChief, daysToDistrict) : Escalation.Level.SUPERVISOR;
        return new ComplaintViews.Staff(c.id(), c.channel(), c.category(), c.description(), c.lon(), c.lat(),
                c.address(), c.gridCode(), gridName(c.gridCode()), c.nearBoundary(), shownTo(c), c.state(),
                c.receivedAt(), c.acceptBy(), c.closeBy(),
                !calendar.missingYears(time.dateOf(c.receivedAt()), c.closeBy()).isEmpty(),
                overdue, escalation.key(), c.closedAt(), c.reply(),
                c.problemCaseId(), complaints.photosOf(c.id()), c.mediaUrl(), c.reopened(),
                c.satisfaction(), personal ? c.complainantName() : null, personal ? c.complainantContact() : null,
                grid == null ? List.of() : ComplaintWorkflow.actionsFor(state, scope.role(),
                        scope.role() == Role.SUPERVISOR, c.reopened()).stream()
                        .filter(a -> !(a.equals(ComplaintWorkflow.OPEN_CASE) && c.problemCaseId() != null)).toList(),
                events.stream().map(e -> new ComplaintViews.Event(e.at(), e.actorId() == null ? null : names.get(e.actorId()),
                        e.action(), e.fromState(), e.toState(), e.note())).toList());
    }

    private ComplaintViews.Public publicView(ComplaintRows.ComplaintRow c) {
        var category = ComplaintCategory.parse(c.category()).orElseThrow();
        var state = ComplaintState.parse(c.state()).orElseThrow();
        double[] at = coarsened(c.gridCode());
        return new ComplaintViews.Public(c.id(), c.category(), category.chineseName(), c.gridCode(), gridName(c.gridCode()),
                c.state(), state.chineseName(), c.receivedAt(), c.acceptBy(), c.closeBy(), c.closedAt(),
                at == null ? null : at[0], at == null ? null : at[1]);
    }

    private ComplaintViews.Receipt receipt(ComplaintRows.ComplaintRow c) {
        return new ComplaintViews.Receipt(c.id(), c.state(), gridName(c.gridCode()), c.acceptBy(), c.closeBy(),
                "/complaint.html?id=" + c.id(), "/complaint.html?rate=" + c.ratingToken());
    }

    List<String> shownTo(ComplaintRows.ComplaintRow c) {
        try {
            return json.readValue(c.alsoShownTo(), Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ComplaintRows.ComplaintRow with(ComplaintRows.ComplaintRow r, String state, boolean reopened,
                                                   String satisfaction, Instant ratedAt) {
        boolean reopening = !state.equals(r.state());
        return new ComplaintRows.ComplaintRow(r.id(), r.submissionKey(), r.channel(), r.category(), r.description(),
                r.lon(), r.lat(), r.address(), r.gridCode(), r.nearBoundary(), r.alsoShownTo(), state, r.receivedAt(),
                r.acceptBy(), r.closeBy(), r.acceptedAt(), reopening ? null : r.closedAt(), r.reply(), r.problemCaseId(),
                reopened, satisfaction, ratedAt, r.ratingToken(), r.statusToken(), r.complainantName(),
                r.complainantContact(), r.clientKey(), r.mediaUrl());
    }

    private static void text(List<InputProblem> problems, String pointer, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new InputProblem(pointer, "at most " + max + " characters"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String token() {
        byte[] bytes = new byte[24];
        TOKENS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
