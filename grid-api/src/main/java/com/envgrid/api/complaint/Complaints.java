package com.envgrid.api.complaint;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.calendar.CalendarChanged;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.photo.PhotoInfo;
import com.envgrid.api.photo.Photos;
import com.envgrid.api.publicity.VolunteerReporters;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.problem.Cases;
import com.envgrid.api.rules.CityRules;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.ListFilter;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Role;
import com.envgrid.core.complaint.Channel;
import com.envgrid.core.complaint.Complaint;
import com.envgrid.core.complaint.ComplaintCategory;
import com.envgrid.core.complaint.ComplaintCode;
import com.envgrid.core.complaint.ComplaintDeadlines;
import com.envgrid.core.complaint.ComplaintState;
import com.envgrid.core.complaint.ComplaintWorkflow;
import com.envgrid.core.complaint.Open311;
import com.envgrid.core.complaint.PublicProgress;
import com.envgrid.core.complaint.PublicReply;
import com.envgrid.core.complaint.Routing;
import com.envgrid.core.complaint.Satisfaction;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.input.Vocabulary;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.problem.Escalated;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.rules.DistrictRules;
import com.envgrid.core.rules.RuleBook;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Point;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Complaints (信访 / 投诉举报). Public intake (web form, Open311) and staff entry (hotline, letter, visit), routed
 * by {@link Routing} and due by {@link ComplaintDeadlines} in working days; {@link Complaint} decides each step of
 * the workflow and the complainant's rating, and this stores it with who, when and why. An investigation may open a
 * problem case, through {@link Cases}. Past the deadline it waits on, a complaint escalates like a case. Name and
 * contact are seen only by the staff who handle the complaint and by administrators.
 */
@Singleton
public class Complaints {
    private static final SecureRandom TOKENS = new SecureRandom();

    /** The actions whose text is what was said or found, not a reason for the audit. */
    private static final Set<String> REPLY_AND_FINDING = Set.of(ComplaintWorkflow.REPLY, ComplaintWorkflow.OPEN_CASE);
    /** The routes of the district desk's commands, by action. */
    private static final Map<String, String> DESK_ROUTES = Map.of(ComplaintWorkflow.TRANSFER, "transfer",
            ComplaintWorkflow.SEND_BACK, "send-back", ComplaintWorkflow.MARK_DUPLICATE, "duplicate",
            ComplaintWorkflow.DECLINE, "decline");

    private final ComplaintRows complaints;
    private final LiveGridLayer layer;
    private final Staffings staffings;
    private final Audit audit;
    private final CityRules rules;
    private final DistrictTime time;
    private final ComplaintSettings settings;
    private final Photos photos;
    private final Cases cases;
    private final SupervisedObjects directory;
    private final Submissions submissions;
    private final PublicReplyRows publicReplies;
    private final ApplicationEventPublisher<ComplaintReplyPublished> replyPublished;
    private final VolunteerReporters reporters;

    Complaints(ComplaintRows complaints, LiveGridLayer layer, Staffings staffings, Audit audit,
               CityRules rules, DistrictTime time, ComplaintSettings settings, Cases cases,
               SupervisedObjects directory, Photos photos, Submissions submissions, PublicReplyRows publicReplies,
               ApplicationEventPublisher<ComplaintReplyPublished> replyPublished, VolunteerReporters reporters) {
        this.complaints = complaints;
        this.layer = layer;
        this.staffings = staffings;
        this.audit = audit;
        this.rules = rules;
        this.time = time;
        this.settings = settings;
        this.cases = cases;
        this.directory = directory;
        this.photos = photos;
        this.submissions = submissions;
        this.publicReplies = publicReplies;
        this.replyPublished = replyPublished;
        this.reporters = reporters;
    }

    /** A photo for a complaint about to be filed, from a public client, within the client's hourly allowance. */
    @Transactional
    PhotoInfo acceptPhoto(Instant at, String sha256, byte[] bytes, String clientKey) {
        complaints.holdClient(clientKey);
        if (photos.countFrom(clientKey, at.minus(Duration.ofHours(1))) >= settings.maxPhotosPerHour()) {
            throw new TooManyComplaints("at most " + settings.maxPhotosPerHour() + " photos an hour from one client");
        }
        // a public client is no person: the photo is recorded as sent from its key
        return photos.store(Actor.SYSTEM, at, new Photos.Upload(sha256, bytes, clientKey));
    }

    /**
     * Takes in a complaint filed by the public (web form, Open311) at {@code at} from one client, within the
     * client's hourly allowance, with photos that client sent. A form resent with the same submission key gets the
     * first one's receipt; a key that a member of staff used is taken. The public files anonymously: the audit log
     * names the platform.
     */
    @Transactional
    public ComplaintViews.Receipt file(Instant at, ComplaintViews.Submission s, Channel channel, String clientKey) {
        var known = knownSubmission(s);
        if (known.isPresent()) {
            if (!known.get().channel().isPublicIntake()) {
                throw new Conflict("submission_key " + s.submissionKey() + " is taken: send the form with a new key");
            }
            return receipt(known.get());
        }
        if (s.reporterVolunteerId() != null) {
            throw new InvalidParameter("reporter_volunteer_id", "a volunteer's complaint is entered by staff, who"
                    + " name the volunteer; a complaint filed by the public has no reporter_volunteer_id");
        }
        complaints.holdClient(clientKey);
        if (complaints.countFromClientSince(clientKey, at.minus(Duration.ofHours(1))) >= settings.maxPerHour()) {
            throw new TooManyComplaints("at most " + settings.maxPerHour() + " complaints an hour from one client;"
                    + " for more, call 12369");
        }
        var taken = submissions.check(s, hashes -> photos.sentFrom(hashes, clientKey),
                "send it to PUT /api/public/photos/{sha256}");
        return receipt(store(Actor.SYSTEM, at, channel, taken, clientKey));
    }

    /**
     * Takes in a complaint that a member of staff entered from a hotline, a letter or a visit: where it happened
     * decides its grid, which must be one of the actor's (administrators: any), and it may name photos the actor
     * sent. It does not count against any public client's allowance. The receipt is the complainant's — the
     * actor's answer leaves out its rating link (see {@link ComplaintViews.Receipt#withoutRatingLink}). A key
     * resent gets the first receipt if that complaint is one the actor may see and was entered by staff; a key of a
     * complaint the actor may not see is unknown to them.
     */
    @Transactional
    public ComplaintViews.Receipt enter(Actor actor, Instant at, ComplaintViews.Submission s, Channel channel) {
        GridScope scope = actor.scope();
        var known = knownSubmission(s);
        if (known.isPresent() && known.get().visibleTo(scope)) {
            if (known.get().channel().isPublicIntake()) {
                throw new Conflict("submission_key " + s.submissionKey() + " is that of a complaint the public filed;"
                        + " enter this one with a new key");
            }
            return receipt(known.get());
        }
        if (known.isPresent()) {
            throw new NotFound("no complaint with submission_key " + s.submissionKey() + " that you may see");
        }
        long person = actor.person();
        var taken = submissions.check(s, hashes -> photos.sentBy(hashes, person),
                "upload it with PUT /api/photos/{sha256}");
        if (!scope.canWrite(taken.route().gridCode())) {
            throw new AccessDenied("[" + s.lon() + ", " + s.lat() + "] is in grid " + taken.route().gridCode()
                    + ", outside your grids: staff enter complaints only where they work; the grid's own staff or"
                    + " an administrator enter this one");
        }
        reporters.check(scope, s.reporterVolunteerId());
        Complaint stored = store(actor, at, channel, taken, null);
        reporters.link(stored.id(), s.reporterVolunteerId());
        return receipt(stored);
    }

    private java.util.Optional<Complaint> knownSubmission(ComplaintViews.Submission s) {
        return s.submissionKey() == null ? java.util.Optional.empty() : complaints.bySubmissionKey(s.submissionKey());
    }

    /** Stores a checked complaint, from a public client ({@code clientKey}) or entered by staff (null). */
    private Complaint store(Actor actor, Instant at, Channel channel, Submissions.Checked c, String clientKey) {
        var due = due(rules.ofGrid(c.route() == null ? null : c.route().gridCode()), c.report().category(),
                time.dateOf(at));
        var stored = complaints.add(Complaint.receive(c.report(), c.from(), channel, c.route(), due, at, token(),
                token(), clientKey));
        for (int i = 0; i < c.photos().size(); i++) {
            complaints.linkPhoto(stored.id(), i, c.photos().get(i));
        }
        complaints.recordEvent(stored.id(), at, actor.personId(), "receive", null, ComplaintState.RECEIVED,
                channel.key());
        audit.record(actor, at, "receive", "complaint", String.valueOf(stored.id()), null, Map.of("channel",
                channel.key(), "grid", stored.gridCode(), "near_boundary", stored.nearBoundary()));
        return stored;
    }

    /** The complainant's rating at {@code at}, through the token of their link; unsatisfied reopens a complaint once. */
    @Transactional
    public ComplaintViews.Public rate(Instant at, String token, ComplaintViews.Rating rating) {
        var c = complaints.byRatingToken(token).orElseThrow(() -> new NotFound("no complaint for this link"));
        var satisfaction = Satisfaction.parse(rating.satisfaction()).orElseThrow(() -> new InvalidInput("unknown rating",
                List.of(new InputProblem("/satisfaction", "satisfaction is " + Satisfaction.accepted(), InputCode.NOT_ONE_OF,
                        Map.of("accepted", Satisfaction.accepted())))));
        if (c.ratedSinceClosed()) {
            throw new Conflict(ComplaintCode.RATED_ALREADY, Map.of(), "this outcome has been rated already");
        }
        var rated = c.rate(satisfaction, at);
        complaints.saveRating(rated.next());
        complaints.recordEvent(c.id(), at, null, "rate", c.state(), rated.next().state(), satisfaction.key());
        audit.record(Actor.SYSTEM, at, "rate", "complaint", String.valueOf(c.id()), null,
                Map.of("satisfaction", satisfaction.key(), "reopened", rated.reopen().isPresent()));
        return publicView(rated.next());
    }

    /**
     * The actor takes a step of the workflow on a complaint they handle, at {@code at}; replying and closing may
     * publish a reply to the complainant, announced as {@link ComplaintReplyPublished}.
     */
    @Transactional
    public ComplaintViews.Staff act(Actor actor, Instant at, long id, ComplaintViews.Action request) {
        var c = handled(id, actor.scope());
        if (request.action() != null && DESK_ROUTES.containsKey(request.action())) {
            throw new InvalidInput("a command of its own", List.of(new InputProblem("/action", "'"
                    + request.action() + "' has a route of its own: POST /api/complaints/" + id + "/"
                    + DESK_ROUTES.get(request.action()))));
        }
        var published = PublicReply.publishedWith(request.action(), request.publicReply(), at);
        boolean caseOpen = c.problemCaseId() != null && cases.stillOpen(c.problemCaseId());
        var step = handledStep(id, c.act(actor, at, request.action(), request.text(), caseOpen));
        var t = step.transition();
        var next = t.action().equals(ComplaintWorkflow.OPEN_CASE)
                ? step.next().withProblemCase(openCase(actor, at, c, request, t.text())) : step.next();
        settle(actor, at, c, new Complaint.Step(t, next, step.grid()), t.text(),
                next.problemCaseId() == null ? Map.of() : Map.of("problem_case", next.problemCaseId()));
        published.ifPresent(reply -> publish(actor, next, reply));
        return staffView(actor, at, next);
    }

    /**
     * Transfers a complaint (转办) at {@code at} to another grid of the layer, with why: it joins that grid's queue as
     * received, due by deadlines counted from the day of the transfer. Into another district only by the city's
     * administrators.
     */
    @Transactional
    public ComplaintViews.Staff transfer(Actor actor, Instant at, long id, ComplaintViews.Transfer request) {
        var c = handled(id, actor.scope());
        String grid = Submissions.blankToNull(request.grid());
        var due = due(rules.ofGrid(grid), c.category(), time.dateOf(at));
        var step = handledStep(id, c.transfer(actor, at, grid, request.reason(), due));
        if (layer.layer().find(grid).isEmpty()) {
            throw new InvalidInput("no such grid", List.of(new InputProblem("/grid", "no grid " + grid
                    + " in the grid layer")));
        }
        var from = districtOf(c.gridCode()).map(Grid::code);
        var to = districtOf(grid).map(Grid::code);
        if (!from.equals(to) && !actor.scope().administersCity()) {
            throw new AccessDenied(ComplaintCode.ACROSS_DISTRICTS, Map.of("from", from.orElse(""), "to",
                    to.orElse("")), "grid " + grid + " lies in another district than complaint " + id
                    + ": only the city's administrators transfer a complaint between districts");
        }
        return staffView(actor, at, settle(actor, at, c, step, c.gridCode() + " → " + grid + " · " + step.transition().text(),
                Map.of("accept_by", due.acceptBy().toString(), "close_by", due.closeBy().toString())));
    }

    /** Its grid sends a complaint back (退回) at {@code at} to the district desk, with why it cannot handle it. */
    @Transactional
    public ComplaintViews.Staff sendBack(Actor actor, Instant at, long id, ComplaintViews.Reason request) {
        var c = handled(id, actor.scope());
        var step = handledStep(id, c.sendBack(actor, at, request.reason()));
        return staffView(actor, at, settle(actor, at, c, step, step.transition().text(), Map.of()));
    }

    /**
     * Ends a complaint at {@code at} as a duplicate (重复件) of an earlier one the actor may see — another grid's is
     * unknown to them (404).
     */
    @Transactional
    public ComplaintViews.Staff markDuplicate(Actor actor, Instant at, long id, ComplaintViews.Duplicate request) {
        var c = handled(id, actor.scope());
        if (request.duplicateOf() == null) {
            throw new InvalidInput("no original", List.of(new InputProblem("/duplicate_of",
                    "the number of the earlier complaint it duplicates")));
        }
        var original = handled(request.duplicateOf(), actor.scope());
        var step = handledStep(id, c.markDuplicate(actor, at, original, request.reason()));
        String note = "#" + original.id() + (step.transition().text() == null ? "" : " · " + step.transition().text());
        return staffView(actor, at, settle(actor, at, c, step, note, Map.of("duplicate_of", original.id())));
    }

    /** Declines a complaint (不予受理) at {@code at}, finally, with the reason its complainant is shown. */
    @Transactional
    public ComplaintViews.Staff decline(Actor actor, Instant at, long id, ComplaintViews.Reason request) {
        var c = handled(id, actor.scope());
        var step = handledStep(id, c.decline(actor, at, request.reason()));
        return staffView(actor, at, settle(actor, at, c, step, step.transition().text(), Map.of()));
    }

    /** The step, if the actor handles the complaint in one of their grids; else a 403. */
    private static Complaint.Step handledStep(long id, Complaint.Step step) {
        if (step.grid() == null) {
            throw new AccessDenied("complaint " + id + " is not in a grid you handle");
        }
        return step;
    }

    /** Stores a step taken on a complaint, records it in its history and in the audit log: the complaint as it is now. */
    private Complaint settle(Actor actor, Instant at, Complaint from, Complaint.Step step, String note,
                                        Map<String, Object> alsoAfter) {
        var t = step.transition();
        var next = step.next();
        complaints.saveStep(next);
        complaints.recordEvent(from.id(), at, actor.person(), t.action(), t.from(), t.to(), note);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", t.from().key());
        before.put("grid", from.gridCode());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", t.to().key());
        after.put("grid", next.gridCode());
        after.putAll(alsoAfter);
        if (t.text() != null && !REPLY_AND_FINDING.contains(t.action())) {
            after.put("reason", t.text());
        }
        audit.record(actor, at, t.action(), "complaint", String.valueOf(from.id()), before, after);
        return next;
    }

    /** The complaint as the actor sees it once a step was taken at {@code at}. */
    private ComplaintViews.Staff staffView(Actor actor, Instant at, Complaint c) {
        return staffViews(List.of(c), actor.scope(), time.dateOf(at)).get(0);
    }

    /** Publishes the reply on the complaint's status page, in the audit log, and to whoever listens for it. */
    private void publish(Actor actor, Complaint c, PublicReply reply) {
        publicReplies.publish(c.id(), reply.text(), reply.publishedAt(), actor.person());
        audit.record(actor, reply.publishedAt(), "publish_reply", "complaint", String.valueOf(c.id()), null,
                Map.of("public_reply", reply.text()));
        replyPublished.publishEvent(new ComplaintReplyPublished(c.id(), reply.text(), reply.publishedAt(),
                statusUrl(c), c.complainantName(), c.complainantContact()));
    }

    /** The problem case an investigation found, in the complaint's grid; a complaint opens one at most. */
    private long openCase(Actor actor, Instant at, Complaint c, ComplaintViews.Action request, String description) {
        if (c.problemCaseId() != null) {
            throw new Conflict(ComplaintCode.CASE_OPENED_ALREADY, Map.of("case", c.problemCaseId()),
                    "complaint " + c.id() + " has opened problem case " + c.problemCaseId() + " already");
        }
        List<InputProblem> problems = new ArrayList<>();
        var category = FindingCategory.parse(request.category());
        if (category.isEmpty()) {
            problems.add(new InputProblem("/category", "the problem's category is " + FindingCategory.accepted(),
                    InputCode.NOT_ONE_OF, Map.of("accepted", FindingCategory.accepted())));
        }
        var severity = Severity.parse(request.severity());
        if (severity.isEmpty()) {
            problems.add(new InputProblem("/severity", "severity is " + Severity.accepted(), InputCode.NOT_ONE_OF,
                    Map.of("accepted", Severity.accepted())));
        }
        String source = Submissions.blankToNull(request.sourceCode());
        if (source != null) {
            var known = directory.source(source);
            if (known.isEmpty()) {
                problems.add(new InputProblem("/source_code", "no source " + source + " in the directory", InputCode.UNKNOWN,
                        Map.of("value", source)));
            } else if (!c.gridCode().equals(known.get().gridCode())) {
                problems.add(new InputProblem("/source_code", "source " + source + " is in grid "
                        + known.get().gridCode() + ", not in the complaint's grid " + c.gridCode()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the problem case cannot be opened as sent", problems);
        }
        return cases.openForComplaint(actor, at, c.gridCode(), source, category.get(), severity.get(), description);
    }

    /**
     * The complaints the actor handles or may read — in their grids, or shown to them as a neighbour —, of a state
     * and a category (null: any), received on the filter's days in its grids, overdue or escalated if asked.
     */
    List<ComplaintViews.Staff> list(Actor actor, ComplaintState state, ComplaintCategory category, ListFilter filter,
                                    boolean escalatedOnly) {
        LocalDate today = time.today();
        return staffViews(visible(actor.scope(), state, category, filter, escalatedOnly, today), actor.scope(), today);
    }

    /** The complaints {@link #list} shows a scope on {@code today}. */
    List<Complaint> visible(GridScope scope, ComplaintState state, ComplaintCategory category, ListFilter filter,
                            boolean escalatedOnly, LocalDate today) {
        RuleBook book = rules.book();
        return complaints.listed(state).stream().map(ComplaintRows.ComplaintRow::toComplaint)
                .filter(c -> c.visibleTo(scope))
                .filter(c -> category == null || c.category() == category)
                .filter(c -> filter.inGrid(c.gridCode()) && filter.onDay(time.dateOf(c.receivedAt()))
                        && filter.passesOverdue(c.overdueOn(today)))
                .filter(c -> !escalatedOnly
                        || escalation(c, book, today) != Escalation.Level.SUPERVISOR)
                .toList();
    }

    public ComplaintViews.Staff one(Actor actor, long id) {
        return staffViews(List.of(handled(id, actor.scope())), actor.scope(), time.today()).get(0);
    }

    /**
     * Counts again, with the new schedule, the deadlines of the complaints still open whose span from receipt to
     * closing deadline includes the year: counted without its schedule (weekends only), or with the one replaced.
     */
    @EventListener
    void recount(CalendarChanged change) {
        RuleBook book = rules.book();
        for (var c : complaints.findByClosedAtIsNull()) {
            LocalDate receivedOn = time.dateOf(c.receivedAt());
            if (receivedOn.getYear() <= change.year() && c.closeBy().getYear() >= change.year()) {
                var due = due(book.ofGrid(c.gridCode()), c.category(), receivedOn);
                complaints.updateDeadlines(c.id(), due.acceptBy(), due.closeBy());
            }
        }
    }

    /** The open complaints that have gone up past their supervisors on {@code today}, to the chief or the district. */
    public List<Escalated> escalatedOn(LocalDate today) {
        RuleBook book = rules.book();
        return complaints.findByClosedAtIsNull().stream().map(ComplaintRows.ComplaintRow::toComplaint)
                .filter(c -> c.gridCode() != null)
                .map(c -> new Escalated(String.valueOf(c.id()), c.gridCode(), escalation(c, book, today),
                        c.waitingOn(), c.category().chineseName() + "：" + c.description()))
                .filter(e -> e.level() != Escalation.Level.SUPERVISOR).toList();
    }

    /** How far up a complaint has gone on {@code today}, by the escalation days of its grid's district. */
    static Escalation.Level escalation(Complaint c, RuleBook book, LocalDate today) {
        return c.escalation(book.ofGrid(c.gridCode()).complaintEscalation(), today);
    }

    /** When a complaint received on a day is due, by the deadlines and the calendar of its district. */
    private static ComplaintDeadlines.Due due(DistrictRules rules, ComplaintCategory category, LocalDate receivedOn) {
        return rules.complaintDeadlines().due(category, receivedOn, rules.workingDays());
    }

    ComplaintViews.Public publicView(long id) {
        return publicView(complaints.byId(id).orElseThrow(() -> new NotFound("no complaint " + id)));
    }

    List<ComplaintViews.Public> publicList() {
        return publicViews(complaints.findAllOrderByReceivedAtDesc().stream().map(ComplaintRows.ComplaintRow::toComplaint)
                .toList());
    }

    Complaint byStatusToken(String token) {
        return complaints.findByStatusToken(token).map(ComplaintRows.ComplaintRow::toComplaint)
                .orElseThrow(() -> new NotFound("no request for token " + token));
    }

    /**
     * Open311's requests: of a service (a category's key), in a status ({@link Open311#status}), received in
     * [start, end) — each null: any —, the latest first.
     */
    List<Complaint> requests(String serviceCode, String status, Instant start, Instant end) {
        var states = Arrays.stream(ComplaintState.values())
                .filter(s -> status == null || status.equals(Open311.status(s))).map(ComplaintState::key).toList();
        var category = serviceCode == null ? null : Vocabulary.byKey(ComplaintCategory.class, serviceCode).orElse(null);
        if (states.isEmpty() || (serviceCode != null && category == null)) {
            return List.of();
        }
        return complaints.requests(category, states, start, end).stream()
                .map(ComplaintRows.ComplaintRow::toComplaint).toList();
    }

    Complaint row(long id) {
        return complaints.byId(id).orElseThrow(() -> new NotFound("no request " + id));
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

    private Complaint handled(long id, GridScope scope) {
        return complaints.byId(id).filter(c -> c.visibleTo(scope))
                .orElseThrow(() -> new NotFound("no complaint " + id + " that you may see"));
    }

    /** The complaints as staff of this scope see them, with their photos and histories (read at once). */
    private List<ComplaintViews.Staff> staffViews(List<Complaint> shown, GridScope scope, LocalDate today) {
        if (shown.isEmpty()) {
            return List.of();
        }
        RuleBook book = rules.book();
        var ids = shown.stream().map(Complaint::id).toList();
        var events = complaints.eventsOf(ids).stream().collect(Collectors.groupingBy(ComplaintRows.EventRow::complaintId));
        var photos = complaints.photosOf(ids).stream().collect(Collectors.groupingBy(ComplaintRows.PhotoOf::complaintId,
                Collectors.mapping(ComplaintRows.PhotoOf::sha256, Collectors.toList())));
        var names = staffings.namesOf(events.values().stream().flatMap(List::stream)
                .map(ComplaintRows.EventRow::actorId).filter(Objects::nonNull).distinct().toList());
        var replies = publishedReplies(ids);
        var volunteers = reporters.of(ids);
        return shown.stream().map(c -> staffView(c, scope, book.ofGrid(c.gridCode()), today, events.getOrDefault(c.id(), List.of()),
                photos.getOrDefault(c.id(), List.of()), names, replies.get(c.id()), volunteers.get(c.id()))).toList();
    }

    private ComplaintViews.Staff staffView(Complaint c, GridScope scope, DistrictRules rules, LocalDate today,
                                           List<ComplaintRows.EventRow> events, List<String> photos,
                                           Map<Long, String> names, PublicReplyRows.PublishedRow published,
                                           VolunteerReporters.Reporter volunteer) {
        boolean personal = scope.administersCity() || c.gridCode() != null && scope.administers(c.gridCode())
                || c.handlingGrid(scope) != null;
        return new ComplaintViews.Staff(c.id(), c.channel().key(), c.category().key(), c.description(), c.lon(),
                c.lat(), c.address(), c.gridCode(), gridName(c.gridCode()), c.nearBoundary(), c.alsoShownTo(),
                c.state().key(), c.receivedAt(), c.acceptBy(), c.closeBy(),
                !rules.workingDays().missingYears(time.dateOf(c.receivedAt()), c.closeBy()).isEmpty(),
                c.overdueOn(today), c.escalation(rules.complaintEscalation(), today).key(), c.closedAt(), c.reply(),
                c.problemCaseId(), photos, c.mediaUrl(), c.reopened(),
                c.satisfaction() == null ? null : c.satisfaction().key(), personal ? c.complainantName() : null,
                personal ? c.complainantContact() : null, c.actionsFor(scope),
                events.stream().map(e -> new ComplaintViews.Event(e.at(), e.actorId() == null ? null
                        : names.get(e.actorId()), e.action(), e.fromState(), e.toState(), e.note())).toList(),
                published == null ? null : published.text(), published == null ? null : published.publishedAt(),
                c.duplicateOf(), c.declineReason(), volunteer);
    }

    private ComplaintViews.Public publicView(Complaint c) {
        return publicViews(List.of(c)).get(0);
    }

    /**
     * The complaints as the public sees them, with their published replies and public steps (read at once): built
     * field by field from what may be public — the staff's notes and names never pass through here.
     */
    private List<ComplaintViews.Public> publicViews(List<Complaint> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        var ids = shown.stream().map(Complaint::id).toList();
        var replies = publishedReplies(ids);
        var steps = complaints.eventsOf(ids).stream().collect(Collectors.groupingBy(ComplaintRows.EventRow::complaintId,
                Collectors.flatMapping(e -> PublicProgress.step(e.action())
                        .map(step -> new ComplaintViews.Step(step, e.at())).stream(), Collectors.toList())));
        return shown.stream().map(c -> {
            double[] at = coarsened(c.gridCode());
            var reply = replies.get(c.id());
            var district = districtOf(c.gridCode());
            return new ComplaintViews.Public(c.id(), c.category().key(), c.category().chineseName(), c.gridCode(),
                    gridName(c.gridCode()), c.state().key(), c.state().chineseName(), c.receivedAt(), c.acceptBy(),
                    c.closeBy(), c.closedAt(), at == null ? null : at[0], at == null ? null : at[1],
                    reply == null ? null : reply.text(), reply == null ? null : reply.publishedAt(),
                    steps.getOrDefault(c.id(), List.of()), c.duplicateOf(), c.declineReason(),
                    district.map(Grid::code).orElse(null), district.map(Grid::name).orElse(null));
        }).toList();
    }

    /** The replies published for the complaints, by complaint id (a complaint without one is absent). */
    Map<Long, PublicReplyRows.PublishedRow> publishedReplies(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return publicReplies.of(ids).stream().collect(Collectors.toMap(PublicReplyRows.PublishedRow::complaintId,
                r -> r));
    }

    private ComplaintViews.Receipt receipt(Complaint c) {
        var district = districtOf(c.gridCode());
        return new ComplaintViews.Receipt(c.id(), c.state().key(), gridName(c.gridCode()), c.acceptBy(), c.closeBy(),
                statusUrl(c), "/complaint.html?rate=" + c.ratingToken(), district.map(Grid::code).orElse(null),
                district.map(Grid::name).orElse(null));
    }

    /** The district that received a complaint in this grid: the one the grid lies in. */
    private java.util.Optional<Grid> districtOf(String gridCode) {
        return gridCode == null ? java.util.Optional.empty() : layer.layer().districtOf(gridCode);
    }

    private static String statusUrl(Complaint c) {
        return "/complaint.html?id=" + c.id();
    }

    private static String token() {
        byte[] bytes = new byte[24];
        TOKENS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
