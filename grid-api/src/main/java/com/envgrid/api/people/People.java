package com.envgrid.api.people;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.Post;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Role;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.notification.EmailAddress;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * People and their grid assignments. People are never deleted — deactivating ends their assignments and keeps
 * the history. A phone number and an e-mail address are personal data: administrators see all, a person sees their own, a grid chief
 * sees those of people working in their grid, a district viewer none.
 * <p>
 * An account may be bound to a district ({@code district}: a district grid's code; none: the whole city). The city's
 * administrators manage everyone and bind anyone anywhere; a district's administrators manage the people of their
 * district — those bound to it, and grid staff bound to none whose active posts all lie in it — and bind people to
 * their district only. Administrators and viewers bound to a district see the people of their district.
 */
@Singleton
public class People {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_.-]{3,32}");
    /** A mainland mobile number or a landline with its area code. */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    static final int MIN_PASSWORD = 10;

    private final PersonRows people;
    private final AssignmentRows assignments;
    private final PasswordHashing passwords;
    private final LiveGridLayer layer;
    private final AccessScopes scopes;
    private final Audit audit;
    private final DistrictTime time;
    private final LoginLocks locks;

    People(PersonRows people, AssignmentRows assignments, PasswordHashing passwords, LiveGridLayer layer,
           AccessScopes scopes, Audit audit, DistrictTime time, LoginLocks locks) {
        this.people = people;
        this.assignments = assignments;
        this.passwords = passwords;
        this.layer = layer;
        this.scopes = scopes;
        this.audit = audit;
        this.time = time;
        this.locks = locks;
    }

    /** The id of the account with this username, active or not. */
    public Optional<Long> idOf(String username) {
        return people.findByUsername(username).map(PersonRow::id);
    }

    @Transactional
    public PersonView create(Actor actor, Instant at, PeopleRequests.NewPerson p) {
        return create(actor, at, p, new HashMap<>());
    }

    /**
     * Creates people together, in one transaction. Those given the same initial password share its hash: bcrypt
     * is slow on purpose (about 0.15 s a hash), and accounts told one initial password reveal nothing more to each
     * other by sharing its salt.
     */
    @Transactional
    public List<PersonView> createAll(Actor actor, Instant at, List<PeopleRequests.NewPerson> people) {
        Map<String, String> hashes = new HashMap<>();
        return people.stream().map(p -> create(actor, at, p, hashes)).toList();
    }

    private PersonView create(Actor actor, Instant at, PeopleRequests.NewPerson p, Map<String, String> hashes) {
        return create(actor, at, p, hashes, false);
    }

    /**
     * Creates a person; {@code mustChangePassword} when the platform chose the password (a roster import): the person
     * then chooses their own at first sign-in. {@code hashes} holds the hashes of passwords already hashed, by password.
     */
    PersonView create(Actor actor, Instant at, PeopleRequests.NewPerson p, Map<String, String> hashes,
                      boolean mustChangePassword) {
        Checked checked = check(p);
        List<InputProblem> problems = new ArrayList<>(checked.problems());
        String district = district(p.district(), "/district", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput("the person cannot be created as given", problems);
        }
        district = district == null ? actor.scope().district().orElse(null) : district;
        checkBinds(actor, district);
        if (people.existsByUsername(checked.username())) {
            throw new Conflict(PeopleCode.USERNAME_TAKEN, Map.of("value", checked.username()),
                    "username " + checked.username() + " is taken");
        }
        String hash = hashes.computeIfAbsent(p.password(), passwords::hash);
        PersonRow row = people.save(new PersonRow(null, checked.name(), checked.username(), hash, checked.phone(),
                checked.email(), checked.role().key(), true, at, null, mustChangePassword, district));
        audit.record(actor, at, "create", "person", String.valueOf(row.id()), null, auditView(row));
        return view(row, List.of(), true, false);
    }

    /** A new person's fields as they will be stored (trimmed, normalised), and what is wrong with them. */
    record Checked(String name, String username, @Nullable String phone, @Nullable String email, @Nullable Role role,
                   List<InputProblem> problems) {
    }

    /** Checks a new person as {@link #create} does, pointing at {@code /name}, {@code /username}, {@code /password}… */
    static Checked check(PeopleRequests.NewPerson p) {
        List<InputProblem> problems = new ArrayList<>();
        String name = p.name() == null ? "" : p.name().trim();
        if (name.isEmpty() || name.length() > 50) {
            problems.add(new InputProblem("/name", "a name of 1 to 50 characters is needed", PeopleCode.NAME,
                    Map.of("limit", 50)));
        }
        String username = p.username() == null ? "" : p.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new InputProblem("/username", "a username is 3 to 32 of a-z, 0-9, _ . -", PeopleCode.USERNAME,
                    Map.of()));
        }
        checkPassword("/password", p.password(), username, problems);
        String phone = phone(p.phone(), problems);
        String email = email(p.email(), problems);
        var role = Role.parse(p.role());
        if (role.isEmpty()) {
            problems.add(new InputProblem("/role", "role is one of admin, viewer, chief, supervisor", InputCode.NOT_ONE_OF,
                    Map.of("accepted", "admin, viewer, chief, supervisor")));
        }
        return new Checked(name, username, phone, email, role.orElse(null), problems);
    }

    /** The rules every password follows, whoever chooses it: long enough, whole to bcrypt, not the username. */
    static void checkPassword(String pointer, @Nullable String password, String username,
                                      List<InputProblem> problems) {
        if (password == null || password.length() < MIN_PASSWORD || !PasswordHashing.fits(password)) {
            problems.add(new InputProblem(pointer, "a password has at least " + MIN_PASSWORD + " characters and"
                    + " at most " + PasswordHashing.MAX_BYTES + " bytes in UTF-8 (" + PasswordHashing.MAX_BYTES
                    + " letters or digits, or 24 Chinese characters): bcrypt reads no further", PeopleCode.PASSWORD,
                    Map.of("min", MIN_PASSWORD, "max_bytes", PasswordHashing.MAX_BYTES)));
        } else if (password.equalsIgnoreCase(username)) {
            problems.add(new InputProblem(pointer, "the password must not be the username",
                    PeopleCode.PASSWORD_IS_USERNAME, Map.of()));
        }
    }

    /** A phone number as given (trimmed; blank: none), or a problem added for {@code /phone}. */
    private static String phone(String given, List<InputProblem> problems) {
        String phone = given == null || given.isBlank() ? null : given.trim();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new InputProblem("/phone", "a phone is a mobile number (11 digits, 1[3-9]…) or a landline with"
                    + " its area code (0xxx-xxxxxxx)", PeopleCode.PHONE, Map.of()));
        }
        return phone;
    }

    /** An e-mail address as given (normalised; blank: none), or a problem added for {@code /email}. */
    private static String email(String given, List<InputProblem> problems) {
        if (given == null || given.isBlank()) {
            return null;
        }
        var email = EmailAddress.parse(given);
        if (email.isEmpty()) {
            problems.add(new InputProblem("/email", "an e-mail address is name@domain.tld, at most "
                    + EmailAddress.MAX_LENGTH + " characters", PeopleCode.EMAIL, Map.of("max", EmailAddress.MAX_LENGTH)));
        }
        return email.orElse(null);
    }

    /**
     * The district a {@code district} field names — a district grid's code or name —, null when blank (the whole
     * city); else null and a problem at {@code pointer}.
     */
    @Nullable
    String district(@Nullable String given, String pointer, List<InputProblem> problems) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String text = given.strip();
        List<Grid> districts = layer.layer().districts();
        var named = districts.stream().filter(d -> d.code().equals(text) || d.name().equals(text)).findFirst();
        if (named.isEmpty()) {
            String accepted = districts.stream().map(d -> d.code() + " " + d.name())
                    .collect(Collectors.joining(", "));
            problems.add(new InputProblem(pointer, "no district has the code or name " + text + "; the districts are "
                    + accepted, PeopleCode.DISTRICT, Map.of("value", text, "accepted", accepted)));
            return null;
        }
        return named.get().code();
    }

    /** Refuses (403) binding an account to {@code district} (null: the whole city) unless the actor administers it. */
    static void checkBinds(Actor actor, @Nullable String district) {
        if (!mayBind(actor.scope(), district)) {
            throw new AccessDenied(PeopleCode.DISTRICT_NOT_YOURS, Map.of("value", String.valueOf(district)),
                    "an administrator of district " + actor.scope().district().orElse("")
                            + " binds people to that district only, not to " + (district == null ? "the whole city"
                            : district));
        }
    }

    /** Whether the scope may bind an account to {@code district}: a city administrator anywhere, a district's to it. */
    static boolean mayBind(GridScope scope, @Nullable String district) {
        return scope.administersCity()
                || scope.role() == Role.ADMIN && district != null && scope.district().orElseThrow().equals(district);
    }

    /**
     * The person, when the actor administers them: the city's administrators everyone, a district's administrators
     * the people bound to their district and grid staff bound to none whose active posts all lie in it. Anyone else
     * is not found, as a record of another grid is.
     */
    PersonRow managed(Actor actor, long id) {
        PersonRow row = people.findById(id).orElseThrow(() -> new NotFound("no person with id " + id));
        if (!manages(actor, row)) {
            throw new NotFound("no person with id " + id + " that you may see");
        }
        return row;
    }

    /** Whether the actor administers the person, as {@link #managed} says. */
    boolean manages(Actor actor, PersonRow p) {
        GridScope scope = actor.scope();
        if (scope.administersCity()) {
            return true;
        }
        if (scope.role() != Role.ADMIN) {
            return false;
        }
        if (p.districtCode() != null) {
            return p.districtCode().equals(scope.district().orElseThrow());
        }
        boolean staff = p.role().equals(Role.CHIEF.key()) || p.role().equals(Role.SUPERVISOR.key());
        List<AssignmentRow> active = assignments.findActiveOfPerson(p.id(), time.today());
        return staff && !active.isEmpty() && active.stream().allMatch(a -> scope.administers(a.gridCode()));
    }

    /**
     * Binds a person's account to a district (null: the whole city); the actor must manage the person and
     * administer the district. Takes effect at the person's next request, API keys included.
     */
    @Transactional
    PersonView bind(Actor actor, Instant at, long id, PeopleRequests.Binding binding) {
        PersonRow row = managed(actor, id);
        List<InputProblem> problems = new ArrayList<>();
        String district = district(binding.district(), "/district", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput("the district cannot be bound as given", problems);
        }
        checkBinds(actor, district);
        people.bind(id, district);
        audit.record(actor, at, "bind", "person", String.valueOf(id), Map.of("district", String.valueOf(
                row.districtCode())), Map.of("district", String.valueOf(district)));
        return view(people.findById(id).orElseThrow(), assignments.findByPersonIdOrderById(id), true,
                locks.lockedPeople().contains(id));
    }

    /** Replaces a person's phone and e-mail (administrators); the audit notes which changed, not their values. */
    @Transactional
    PersonView setContact(Actor actor, Instant at, long id, PeopleRequests.Contact contact) {
        PersonRow row = managed(actor, id);
        List<InputProblem> problems = new ArrayList<>();
        String phone = phone(contact.phone(), problems);
        String email = email(contact.email(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput("the contact cannot be stored as given", problems);
        }
        people.updateContact(id, phone, email);
        audit.record(actor, at, "set_contact", "person", String.valueOf(id), null, Map.of(
                "phone_changed", !Objects.equals(row.phone(), phone),
                "email_changed", !Objects.equals(row.email(), email)));
        return view(people.findById(id).orElseThrow(), assignments.findByPersonIdOrderById(id), true,
                locks.lockedPeople().contains(id));
    }

    /** Renames a person (a roster sent again with the name corrected); audited with both names. */
    @Transactional
    void rename(Actor actor, Instant at, long id, String name) {
        PersonRow row = managed(actor, id);
        people.rename(id, name);
        audit.record(actor, at, "rename", "person", String.valueOf(id), Map.of("name", row.name()), Map.of("name", name));
    }

    @Transactional
    PersonView deactivate(Actor actor, Instant at, long id) {
        PersonRow row = managed(actor, id);
        if (!row.active()) {
            throw new Conflict("person " + id + " is already deactivated");
        }
        LocalDate today = time.dateOf(at);
        List<Long> ended = new ArrayList<>();
        for (AssignmentRow a : assignments.findActiveOfPerson(id, today)) {
            assignments.end(a.id(), today.isBefore(a.startsOn()) ? a.startsOn() : today);
            ended.add(a.id());
        }
        people.deactivate(id, at);
        Map<String, Object> after = auditView(row);
        after.put("active", false);
        after.put("ended_assignments", ended);
        audit.record(actor, at, "deactivate", "person", String.valueOf(id), auditView(row), after);
        PersonRow now = people.findById(id).orElseThrow();
        return view(now, assignments.findByPersonIdOrderById(id), true, locks.lockedPeople().contains(id));
    }

    /** Assigns a person to a grid on behalf of {@code actor}: only an administrator appoints chiefs. */
    @Transactional
    public PersonView.AssignmentView assign(Actor actor, Instant at, long personId,
                                            PeopleRequests.NewAssignment request) {
        PersonRow person = people.findById(personId).orElseThrow(() -> new NotFound("no person with id " + personId));
        Placement placement = placement(person.username(), person.role(), person.districtCode(), request.gridCode(),
                request.duty());
        Grid grid = placement.grid();
        Post post = placement.post();
        if (!person.active()) {
            throw new Conflict("person " + personId + " is deactivated");
        }
        if (post == Post.CHIEF && !actor.scope().administers(grid.code())) {
            throw new AccessDenied("only an administrator of the grid's district appoints its grid chief");
        }
        LocalDate startsOn = request.startsOn() != null ? request.startsOn() : time.dateOf(at);
        var active = assignments.findActiveOn(startsOn);
        if (active.stream().anyMatch(a -> a.personId() == personId && a.gridCode().equals(grid.code()))) {
            throw new Conflict(person.username() + " is already assigned to " + grid.code());
        }
        if (post == Post.CHIEF && chiefOf(active, grid.code()).isPresent()) {
            throw new Conflict(grid.code() + " already has a grid chief; release them first");
        }
        AssignmentRow row = assignments.save(new AssignmentRow(null, personId, grid.code(), post.key(), startsOn, null,
                at));
        PersonView.AssignmentView view = view(row);
        audit.record(actor, at, "assign", "assignment", String.valueOf(row.id()), null, view);
        return view;
    }

    /** Where an assignment puts a person and in which post. */
    record Placement(Grid grid, Post post) {
    }

    /**
     * The grid and post an assignment names, when a person of this role (bound to {@code district}, or null) may hold
     * that post there: the post matches the role, a chief answers for a first-level grid, nobody for the district
     * itself, and the grid lies in the person's district. Else {@link InvalidInput} pointing at {@code /grid_code} or
     * {@code /duty}.
     */
    Placement placement(String username, String role, @Nullable String district, @Nullable String gridCode,
                        @Nullable String duty) {
        Grid grid = layer.layer().find(gridCode == null ? "" : gridCode)
                .orElseThrow(() -> new InvalidInput("unknown grid", List.of(new InputProblem("/grid_code",
                        "no grid with code " + gridCode, InputCode.UNKNOWN, Map.of("value", String.valueOf(gridCode))))));
        Post post = Post.parse(duty).orElseThrow(() -> new InvalidInput("unknown duty",
                List.of(new InputProblem("/duty", "duty is chief or supervisor", InputCode.NOT_ONE_OF,
                        Map.of("accepted", "chief/网格长, supervisor/网格员")))));
        if (!role.equals(post.key())) {
            throw new InvalidInput("duty does not match the role", List.of(new InputProblem("/duty",
                    username + " is a " + role + " and cannot take a " + post.key() + " duty",
                    PeopleCode.DUTY_NOT_ROLE, Map.of("role", role, "duty", post.key()))));
        }
        if (post == Post.CHIEF && !grid.level().isFirstLevel()) {
            throw new InvalidInput("a chief answers for a first-level grid", List.of(new InputProblem("/grid_code",
                    grid.code() + " is a " + grid.level().key() + "; a grid chief is chief of a town, street or park",
                    PeopleCode.CHIEF_FIRST_LEVEL, Map.of("value", grid.code()))));
        }
        if (grid.level() == GridLevel.DISTRICT) {
            throw new InvalidInput("nobody supervises the district grid itself", List.of(new InputProblem(
                    "/grid_code", "assign supervisors to grids below the district", PeopleCode.DISTRICT_UNASSIGNED,
                    Map.of("value", grid.code()))));
        }
        if (district != null && !layer.layer().districtOf(grid.code()).map(Grid::code).orElse("").equals(district)) {
            throw new InvalidInput("the grid is outside the person's district", List.of(new InputProblem(
                    "/grid_code", grid.code() + " is not in district " + district + ", to which " + username
                    + " is bound", PeopleCode.GRID_OUTSIDE_DISTRICT, Map.of("value", grid.code(), "district", district))));
        }
        return new Placement(grid, post);
    }

    /** The chief of a grid among these active assignments: a grid has one chief at a time. */
    static Optional<Long> chiefOf(List<AssignmentRow> active, String gridCode) {
        return active.stream().filter(a -> a.duty().equals(Post.CHIEF.key()) && a.gridCode().equals(gridCode))
                .map(AssignmentRow::personId).findFirst();
    }

    @Transactional
    public PersonView.AssignmentView release(Actor actor, Instant at, long assignmentId,
                                             PeopleRequests.Release request) {
        AssignmentRow row = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotFound("no assignment with id " + assignmentId));
        if (row.endsOn() != null) {
            throw new Conflict("assignment " + assignmentId + " already ended on " + row.endsOn());
        }
        LocalDate endsOn = request != null && request.endsOn() != null ? request.endsOn() : time.dateOf(at);
        if (endsOn.isBefore(row.startsOn())) {
            throw new InvalidInput("an assignment cannot end before it starts", List.of(new InputProblem("/ends_on",
                    "ends_on " + endsOn + " is before starts_on " + row.startsOn())));
        }
        assignments.end(assignmentId, endsOn);
        PersonView.AssignmentView before = view(row);
        PersonView.AssignmentView after = view(assignments.findById(assignmentId).orElseThrow());
        audit.record(actor, at, "release", "assignment", String.valueOf(assignmentId), before, after);
        return after;
    }

    /** The people the caller may see, each with the personal data the caller may see. */
    List<PersonView> visible(long callerId) {
        GridScope scope = scopes.current();
        Map<Long, List<AssignmentRow>> byPerson = new LinkedHashMap<>();
        assignments.findAll().forEach(a -> byPerson.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a));
        LocalDate today = scopes.today();
        Set<Long> locked = scope.role() == Role.ADMIN ? locks.lockedPeople() : Set.of();
        List<PersonView> result = new ArrayList<>();
        for (PersonRow p : people.findAllOrderById()) {
            List<AssignmentRow> theirs = byPerson.getOrDefault(p.id(), List.of());
            boolean worksInScope = theirs.stream()
                    .anyMatch(a -> a.assignment().activeOn(today) && scope.canRead(a.gridCode()));
            boolean ofTheDistrict = scope.district().isPresent()
                    && (scope.district().get().equals(p.districtCode()) || worksInScope);
            boolean listed = scope.readsEverything() || p.id() == callerId || ofTheDistrict
                    || (scope.role() == Role.CHIEF && worksInScope);
            if (listed) {
                boolean personalData = seesPersonalData(scope, callerId, p.id(), worksInScope);
                result.add(view(p, theirs, personalData,
                        scope.role() == Role.ADMIN ? Boolean.valueOf(locked.contains(p.id())) : null));
            }
        }
        return result;
    }

    /** Whether the caller sees a person's personal data: administrators, the person, the chief of a grid they work in. */
    private static boolean seesPersonalData(GridScope scope, long callerId, long personId, boolean worksInScope) {
        return scope.role() == Role.ADMIN || personId == callerId || (scope.role() == Role.CHIEF && worksInScope);
    }

    /**
     * The people who answer for a grid today — its own chief and supervisors, then those of each grid above it up to
     * the first-level grid —, with the phones the caller may see. The caller may read the grid (checked before).
     */
    public List<GridStaffView> staffOf(Actor actor, String gridCode) {
        GridScope scope = actor.scope();
        var grids = layer.layer();
        Grid grid = grids.find(gridCode).orElseThrow(() -> new NotFound("no grid with code " + gridCode));
        List<Grid> chain = new ArrayList<>();
        for (Grid up = grid; up != null && up.level() != GridLevel.DISTRICT; up = grids.parent(up).orElse(null)) {
            chain.add(up);
        }
        LocalDate today = time.today();
        List<AssignmentRow> active = assignments.findActiveOn(today);
        Map<Long, PersonRow> byId = new HashMap<>();
        people.findByIdIn(active.stream().map(AssignmentRow::personId).distinct().toList())
                .forEach(p -> byId.put(p.id(), p));
        long callerId = actor.personId() == null ? -1 : actor.personId();
        List<GridStaffView> staff = new ArrayList<>();
        for (Grid g : chain) {
            for (String post : List.of(Post.CHIEF.key(), Post.SUPERVISOR.key())) {
                for (AssignmentRow a : active) {
                    PersonRow p = byId.get(a.personId());
                    if (!a.gridCode().equals(g.code()) || !a.duty().equals(post) || p == null || !p.active()) {
                        continue;
                    }
                    boolean worksInScope = active.stream()
                            .anyMatch(other -> other.personId() == p.id() && scope.canRead(other.gridCode()));
                    staff.add(new GridStaffView(p.id(), p.name(), post, g.code(), g.name(), g.code().equals(gridCode),
                            seesPersonalData(scope, callerId, p.id(), worksInScope) ? p.phone() : null));
                }
            }
        }
        return staff;
    }

    PersonView one(long id, long callerId) {
        return visible(callerId).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("no person with id " + id + " that you may see"));
    }

    private PersonView view(PersonRow p, List<AssignmentRow> theirs, boolean personalData, @Nullable Boolean locked) {
        String districtName = p.districtCode() == null ? null
                : layer.layer().find(p.districtCode()).map(Grid::name).orElse(p.districtCode());
        return new PersonView(p.id(), p.name(), p.username(), p.role(), p.active(), personalData ? p.phone() : null,
                personalData ? p.email() : null,
                theirs.stream().map(this::view).toList(), locked, p.districtCode(), districtName);
    }

    private PersonView.AssignmentView view(AssignmentRow a) {
        String gridName = layer.layer().find(a.gridCode()).map(Grid::name).orElse(a.gridCode());
        return new PersonView.AssignmentView(a.id(), a.personId(), a.gridCode(), gridName, a.duty(), a.startsOn(),
                a.endsOn());
    }

    private static Map<String, Object> auditView(PersonRow p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("username", p.username());
        m.put("role", p.role());
        m.put("active", p.active());
        m.put("district", p.districtCode());
        return m;
    }
}
