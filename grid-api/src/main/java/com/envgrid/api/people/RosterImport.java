package com.envgrid.api.people;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.Post;
import com.envgrid.core.access.Role;
import com.envgrid.core.access.RosterColumn;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.input.ProblemCode;
import com.envgrid.core.sheet.SheetReader;
import com.envgrid.core.sheet.SheetRow;
import com.envgrid.core.sheet.SheetTable;
import com.envgrid.core.sheet.SheetWriter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a staff roster (花名册, .xlsx, .xls or CSV): one row a person — name, username, phone, role, grid code(s),
 * duty —, checked by the same rules as the people form and the assignment form ({@link People#check},
 * {@link People#placement}), written all or nothing.
 * <p>
 * <b>The username is the key.</b> A new username is a new account with an initial password the platform chooses,
 * handed out once in the answer's passwords sheet; the person must replace it at first sign-in. A username that
 * exists is the same person: the roster updates their name and phone (a blank phone keeps theirs) and adds the
 * row's assignments they do not hold yet; it never changes their password, their role, nor ends an assignment
 * (releasing is done on the people page). A roster sent again therefore changes nothing and creates nobody. An
 * existing account with another role, or deactivated, is a bad row.
 * <p>
 * <b>Grids.</b> The grid code cell may name several grids ({@code A1、A2}); the duty is the role's post when blank.
 * Administrators and viewers are given no grid. A grid has one chief: a row naming a chief for a grid whose chief is
 * someone else, or a second row naming one, is bad.
 * <p>
 * <b>Districts.</b> The district cell (a district's code or name) binds a new account to that district; blank, a
 * city administrator's import binds it to none (the city), a district administrator's to their district. A district's
 * administrator imports people of their district only: a row naming another district, an existing account they do
 * not manage, or a grid outside the row's district is bad. A roster does not move an existing account between
 * districts (that is done on the people page).
 */
@Singleton
class RosterImport {
    static final int MAX_ROWS = 5_000;
    private static final String[] SHEET_HEADER = {"姓名", "用户名", "网格", "初始密码"};

    private final People people;
    private final PersonRows personRows;
    private final AssignmentRows assignments;
    private final AccountPasswords passwords;
    private final PasswordHashing hashing;
    private final Audit audit;
    private final DistrictTime time;

    RosterImport(People people, PersonRows personRows, AssignmentRows assignments, AccountPasswords passwords,
                 PasswordHashing hashing, Audit audit, DistrictTime time) {
        this.people = people;
        this.personRows = personRows;
        this.assignments = assignments;
        this.passwords = passwords;
        this.hashing = hashing;
        this.audit = audit;
        this.time = time;
    }

    /**
     * Reads the roster and, unless {@code dryRun}, writes it; with bad rows nothing is written and an accepted import
     * is a {@link RosterRejected}.
     */
    @Transactional
    RosterReport run(Actor actor, Instant at, byte[] body, @Nullable String sheet, boolean dryRun) {
        SheetReader.Options options = SheetReader.Options.header(RosterColumn::isHeader, MAX_ROWS);
        SheetTable table = SheetReader.read(body, sheet == null || sheet.isBlank() ? options : options.sheet(sheet));
        Plan plan = new Plan(actor, table, personRows.findAllOrderById(), assignments.findActiveOn(time.dateOf(at)));
        plan.read();
        if (dryRun || !plan.problems.isEmpty()) {
            RosterReport report = plan.report(dryRun, false, null);
            if (!dryRun) {
                throw new RosterRejected(report);
            }
            return report;
        }
        return write(actor, at, plan);
    }

    private RosterReport write(Actor actor, Instant at, Plan plan) {
        // bcrypt is slow on purpose: the new accounts' passwords are hashed on every core at once
        Map<String, String> hashes = plan.lines.stream().filter(l -> l.existing == null).map(l -> l.password)
                .parallel().collect(Collectors.toConcurrentMap(Function.identity(), hashing::hash, (a, b) -> a,
                        ConcurrentHashMap::new));
        List<List<String>> handedOut = new ArrayList<>();
        for (Line line : plan.lines) {
            long id;
            if (line.existing == null) {
                id = people.create(actor, at, new PeopleRequests.NewPerson(line.name, line.username, line.password,
                        line.phone, line.role.key(), null, line.district), hashes, true).id();
                handedOut.add(List.of(line.name, line.username, line.gridNames(), line.password));
            } else {
                id = line.existing.id();
                if (!line.name.equals(line.existing.name())) {
                    people.rename(actor, at, id, line.name);
                }
                if (line.phoneChanged()) {
                    people.setContact(actor, at, id, new PeopleRequests.Contact(line.phone, line.existing.email()));
                }
            }
            for (People.Placement p : line.placements) {
                people.assign(actor, at, id, new PeopleRequests.NewAssignment(p.grid().code(), p.post().key(), null));
            }
        }
        RosterReport.PasswordsSheet sheet = handedOut.isEmpty() ? null : new RosterReport.PasswordsSheet(
                "initial-passwords-" + time.dateOf(at) + ".xlsx", SheetWriter.XLSX, Base64.getEncoder().encodeToString(
                SheetWriter.xlsx("初始密码", Arrays.asList(SHEET_HEADER), handedOut)));
        RosterReport report = plan.report(false, true, sheet);
        audit.record(actor, at, "import", "roster", plan.table.sheet() == null ? "" : plan.table.sheet(), null,
                Map.of("created", report.created(), "updated", report.updated(), "unchanged", report.unchanged()));
        return report;
    }

    /** One person's row, as read and checked. */
    private static final class Line {
        int row;
        String name;
        String username;
        String phone;
        Role role;
        String password;
        String district;
        PersonRow existing;
        final List<People.Placement> placements = new ArrayList<>();
        final List<String> grids = new ArrayList<>();
        boolean bad;

        boolean phoneChanged() {
            return phone != null && !phone.equals(existing.phone());
        }

        String action() {
            if (existing == null) {
                return "create";
            }
            boolean changed = !name.equals(existing.name()) || phoneChanged() || !placements.isEmpty();
            return changed ? "update" : "unchanged";
        }

        String gridNames() {
            return placements.stream().map(p -> p.grid().name() + " (" + p.grid().code() + ")")
                    .collect(Collectors.joining("、"));
        }
    }

    /** The roster read against the accounts and assignments there are. */
    private final class Plan {
        final Actor actor;
        final SheetTable table;
        final Map<String, PersonRow> accounts = new HashMap<>();
        final Map<Long, String> usernames = new HashMap<>();
        final List<AssignmentRow> active;
        final Map<RosterColumn, Integer> columns;
        final List<Line> lines = new ArrayList<>();
        final List<RosterReport.RowProblem> problems = new ArrayList<>();
        final Map<String, Integer> rowOfUsername = new HashMap<>();
        final Map<String, Integer> rowOfChief = new HashMap<>();

        Plan(Actor actor, SheetTable table, List<PersonRow> everyone, List<AssignmentRow> active) {
            this.actor = actor;
            this.table = table;
            this.active = active;
            everyone.forEach(p -> {
                accounts.put(p.username(), p);
                usernames.put(p.id(), p.username());
            });
            this.columns = table.header() == null ? Map.of() : RosterColumn.find(table.columns());
        }

        void read() {
            int headerRow = table.header() == null ? 1 : table.header().number();
            for (RosterColumn c : RosterColumn.values()) {
                if (c.required() && !columns.containsKey(c)) {
                    problems.add(new RosterReport.RowProblem(headerRow, null, c.key(), RosterCode.MISSING_COLUMN.code(),
                            Map.of("column", c.key()), "the roster has no " + c.key() + " column (" + c.chineseName() + ")"));
                }
            }
            if (!problems.isEmpty()) {
                return;
            }
            if (table.rows().isEmpty()) {
                problems.add(new RosterReport.RowProblem(headerRow, null, null, RosterCode.EMPTY.code(), Map.of(),
                        "the roster has nobody under its header"));
            }
            table.rows().forEach(r -> lines.add(line(r)));
        }

        private Line line(SheetRow r) {
            Line line = new Line();
            line.row = r.number();
            // an existing account keeps its password: this one only lets the row be checked as a new person would be
            line.password = passwords.initialPassword();
            String duty = text(r, RosterColumn.DUTY);
            People.Checked checked = People.check(new PeopleRequests.NewPerson(text(r, RosterColumn.NAME),
                    text(r, RosterColumn.USERNAME), line.password, text(r, RosterColumn.PHONE),
                    text(r, RosterColumn.ROLE), null, null));
            checked.problems().forEach(p -> add(line, r, p, duty));
            district(line, r);
            line.name = checked.name();
            line.username = checked.username();
            line.phone = checked.phone();
            line.role = checked.role();
            Integer first = rowOfUsername.putIfAbsent(line.username, line.row);
            if (first != null && !line.username.isEmpty()) {
                add(line, r, RosterColumn.USERNAME, RosterCode.DUPLICATE_USERNAME, Map.of("value", line.username,
                        "row", first), "username " + line.username + " is also on row " + first);
            }
            line.existing = accounts.get(line.username);
            if (line.existing != null && !line.existing.active()) {
                add(line, r, RosterColumn.USERNAME, RosterCode.DEACTIVATED, Map.of("value", line.username),
                        line.username + " is a deactivated account");
            } else if (line.existing != null && line.role != null && !line.existing.role().equals(line.role.key())) {
                add(line, r, RosterColumn.ROLE, RosterCode.ROLE_DIFFERS, Map.of("value", line.existing.role()),
                        line.username + " exists as " + line.existing.role() + "; a roster does not change roles");
            }
            if (line.existing != null && !people.manages(actor, line.existing)) {
                add(line, r, RosterColumn.USERNAME, PeopleCode.DISTRICT_NOT_YOURS, Map.of("value",
                        String.valueOf(line.existing.districtCode())), line.username + " is not of your district");
            }
            if (line.role != null && !line.bad) {
                place(line, r, duty);
            }
            return line;
        }

        /** The row's district: the one it names, else the existing account's, else the importing administrator's. */
        private void district(Line line, SheetRow r) {
            List<InputProblem> found = new ArrayList<>();
            String named = people.district(text(r, RosterColumn.DISTRICT), "/district", found);
            found.forEach(p -> add(line, r, RosterColumn.DISTRICT, p.code(), Map.copyOf(p.params()), p.message()));
            PersonRow existing = accounts.get(text(r, RosterColumn.USERNAME));
            line.district = named != null ? named : existing != null ? existing.districtCode()
                    : actor.scope().district().orElse(null);
            if (found.isEmpty() && !People.mayBind(actor.scope(), line.district) && existing == null) {
                add(line, r, RosterColumn.DISTRICT, PeopleCode.DISTRICT_NOT_YOURS, Map.of("value",
                        String.valueOf(line.district)), "you bind people to your own district only");
            }
        }

        private void place(Line line, SheetRow r, String duty) {
            List<String> codes = Arrays.stream(text(r, RosterColumn.GRID_CODE).split("[,，、;；\\s]+"))
                    .filter(c -> !c.isBlank()).distinct().toList();
            if (!codes.isEmpty() && (line.role == Role.ADMIN || line.role == Role.VIEWER)) {
                add(line, r, RosterColumn.GRID_CODE, RosterCode.NO_GRID_FOR_ROLE, Map.of("role", line.role.key()),
                        "a " + line.role.key() + " is given no grid");
                return;
            }
            String post = duty.isBlank() ? line.role.key() : duty;
            Long id = line.existing == null ? null : line.existing.id();
            for (String code : codes) {
                People.Placement p;
                try {
                    p = people.placement(line.username, line.role.key(), line.district, code, post);
                } catch (InvalidInput e) {
                    e.problems().forEach(problem -> add(line, r, problem, duty));
                    continue;
                }
                if (!actor.scope().canWrite(code)) {
                    add(line, r, RosterColumn.GRID_CODE, PeopleCode.GRID_OUTSIDE_DISTRICT, Map.of("value", code,
                            "district", actor.scope().district().orElse("")), code + " is outside your district");
                    continue;
                }
                line.grids.add(code);
                if (id != null && active.stream().anyMatch(a -> a.personId() == id && a.gridCode().equals(code))) {
                    continue;
                }
                if (p.post() == Post.CHIEF) {
                    var chief = People.chiefOf(active, code);
                    Integer other = rowOfChief.putIfAbsent(code, line.row);
                    if (chief.isPresent() && !chief.get().equals(id)) {
                        add(line, r, RosterColumn.GRID_CODE, RosterCode.CHIEF_TAKEN, Map.of("value", code,
                                "username", usernames.get(chief.get())), code + " has a chief: " + usernames.get(chief.get()));
                        continue;
                    }
                    if (other != null) {
                        add(line, r, RosterColumn.GRID_CODE, RosterCode.CHIEF_TWICE, Map.of("value", code, "row", other),
                                "row " + other + " makes someone else chief of " + code);
                        continue;
                    }
                }
                line.placements.add(p);
            }
        }

        private String text(SheetRow r, RosterColumn c) {
            Integer i = columns.get(c);
            return i == null ? "" : r.cell(i).strip();
        }

        /** A problem the people rules found, placed at the cell its pointer names. */
        private void add(Line line, SheetRow r, InputProblem p, String duty) {
            RosterColumn column = switch (p.pointer()) {
                case "/name" -> RosterColumn.NAME;
                case "/username" -> RosterColumn.USERNAME;
                case "/phone" -> RosterColumn.PHONE;
                case "/grid_code" -> RosterColumn.GRID_CODE;
                case "/district" -> RosterColumn.DISTRICT;
                // a blank duty is the role's post: then the role is what is wrong
                case "/duty" -> duty.isBlank() || !columns.containsKey(RosterColumn.DUTY) ? RosterColumn.ROLE
                        : RosterColumn.DUTY;
                default -> RosterColumn.ROLE;
            };
            add(line, r, column, p.code(), p.params(), p.message());
        }

        private void add(Line line, SheetRow r, RosterColumn column, ProblemCode code, Map<String, ?> params,
                         String message) {
            add(line, r, column, code.code(), Map.copyOf(params), message);
        }

        private void add(Line line, SheetRow r, RosterColumn column, String code, Map<String, Object> params,
                         String message) {
            line.bad = true;
            Integer i = columns.get(column);
            problems.add(new RosterReport.RowProblem(r.number(), i == null ? null : r.reference(i), column.key(), code,
                    params, message));
        }

        RosterReport report(boolean dryRun, boolean written, @Nullable RosterReport.PasswordsSheet sheet) {
            Map<String, Long> actions = lines.stream().filter(l -> !l.bad)
                    .collect(Collectors.groupingBy(Line::action, LinkedHashMap::new, Collectors.counting()));
            List<RosterReport.Entry> entries = lines.stream().map(l -> new RosterReport.Entry(l.row, l.username,
                    l.name, l.role == null ? "" : l.role.key(), List.copyOf(l.grids), l.bad ? "bad" : l.action()))
                    .toList();
            int bad = (int) problems.stream().map(RosterReport.RowProblem::row).distinct().count();
            return new RosterReport(dryRun, written, table.sheet(), lines.size(), bad,
                    actions.getOrDefault("create", 0L).intValue(), actions.getOrDefault("update", 0L).intValue(),
                    actions.getOrDefault("unchanged", 0L).intValue(), entries, List.copyOf(problems), sheet);
        }
    }
}
