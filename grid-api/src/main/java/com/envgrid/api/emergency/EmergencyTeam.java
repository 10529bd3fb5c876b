package com.envgrid.api.emergency;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The emergency team roster (应急队伍): members kept per district by its administrators, each with the date ranges
 * they are on duty; staff of the district read it. Those on duty on the day an emergency is opened are told of it.
 */
@Singleton
public class EmergencyTeam {
    private static final int MAX_TEXT = 200;
    private static final int MAX_DUTIES = 100;

    private final TeamRows rows;
    private final LiveGridLayer layer;
    private final Staffings staffings;
    private final Audit audit;

    EmergencyTeam(TeamRows rows, LiveGridLayer layer, Staffings staffings, Audit audit) {
        this.rows = rows;
        this.layer = layer;
        this.staffings = staffings;
        this.audit = audit;
    }

    /** A member as sent: {@code personId} for a person of the platform, else {@code phone} reaches them. */
    @Serdeable
    public record MemberRequest(@Nullable String district, @Nullable Long personId, @Nullable String name,
                                @Nullable String phone, @Nullable String unit, @Nullable String speciality,
                                @Nullable List<DutyRange> duties) {
    }

    @Serdeable
    public record DutyRange(@Nullable String from, @Nullable String to) {
    }

    @Serdeable
    public record MemberView(UUID id, String district, String districtName, @Nullable Long personId, String name,
                             @Nullable String phone, String unit, String speciality, String specialityName,
                             List<DutyRange> duties) {
    }

    /** The members of the districts the caller works in. */
    @Transactional
    public List<MemberView> list(GridScope scope) {
        return rows.all().stream().filter(m -> readable(scope, m.districtCode())).map(this::view).toList();
    }

    @Transactional
    public MemberView put(Actor actor, Instant at, UUID id, MemberRequest r) {
        String district = required("district", r.district());
        if (!layer.layer().districtOf(district).map(Grid::code).filter(district::equals).isPresent()) {
            throw invalid("district", "no district " + district);
        }
        var before = rows.byId(id);
        if (!actor.scope().administers(district)
                || before.isPresent() && !actor.scope().administers(before.get().districtCode())) {
            throw new AccessDenied("only the district's administrators keep its emergency team");
        }
        Long personId = r.personId();
        if (personId != null && staffings.contactsOf(List.of(personId)).isEmpty()) {
            throw invalid("personId", "no person " + personId);
        }
        String phone = r.phone() == null || r.phone().isBlank() ? null : text("phone", r.phone());
        if (personId == null && phone == null) {
            throw invalid("phone", "an outside contact (no personId) is reached by phone: phone is"
                    + " required");
        }
        String speciality = required("speciality", r.speciality());
        if (TeamMember.specialityName(speciality) == null) {
            throw invalid("speciality", "speciality is one of monitoring, disposal, expert (监测/处置/专家)");
        }
        List<TeamRows.Duty> duties = new ArrayList<>();
        List<DutyRange> ranges = r.duties() == null ? List.of() : r.duties();
        if (ranges.size() > MAX_DUTIES) {
            throw invalid("duties", "at most " + MAX_DUTIES + " duty ranges");
        }
        for (int i = 0; i < ranges.size(); i++) {
            String where = "duties/" + i;
            DutyRange d = required(where, ranges.get(i));
            LocalDate from = date(where + "/from", d.from());
            LocalDate to = date(where + "/to", d.to());
            if (to.isBefore(from)) {
                throw invalid(where + "/to", where + ".to is on or after its from");
            }
            if (duties.stream().anyMatch(x -> x.from().equals(from))) {
                throw invalid(where + "/from", "two duty ranges start on " + from);
            }
            duties.add(new TeamRows.Duty(from, to));
        }
        TeamRows.Member m = new TeamRows.Member(id, district, personId, text("name", r.name()), phone,
                text("unit", r.unit()), speciality, duties);
        rows.put(m, at);
        audit.record(actor, at, before.isPresent() ? "update" : "create", "emergency_team_member", id.toString(),
                before.map(this::view).orElse(null), view(m));
        return view(m);
    }

    @Transactional
    public void delete(Actor actor, Instant at, UUID id) {
        TeamRows.Member m = rows.byId(id).filter(x -> readable(actor.scope(), x.districtCode()))
                .orElseThrow(() -> new NotFound("no emergency team member " + id + " that you may see"));
        if (!actor.scope().administers(m.districtCode())) {
            throw new AccessDenied("only the district's administrators keep its emergency team");
        }
        rows.delete(id);
        audit.record(actor, at, "delete", "emergency_team_member", id.toString(), view(m), null);
    }

    /** The members of the grid's district on duty on the day, recorded as told of the emergency. */
    @Transactional
    List<TeamMember> tell(UUID emergency, String gridCode, LocalDate day) {
        String district = layer.layer().districtOf(gridCode).map(Grid::code).orElse(null);
        if (district == null) {
            return List.of();
        }
        List<TeamMember> told = rows.onDuty(district, day).stream().map(TeamRows.Member::told).toList();
        told.forEach(m -> rows.addTold(emergency, m));
        return told;
    }

    List<TeamMember> toldOf(UUID emergency) {
        return rows.toldOf(emergency);
    }

    private boolean readable(GridScope scope, String district) {
        return scope.canRead(district) || scope.reachableGrids().stream()
                .anyMatch(g -> layer.layer().districtOf(g).map(Grid::code).filter(district::equals).isPresent());
    }

    private MemberView view(TeamRows.Member m) {
        String districtName = layer.layer().find(m.districtCode()).map(Grid::name).orElse(m.districtCode());
        return new MemberView(m.id(), m.districtCode(), districtName, m.personId(), m.name(), m.phone(), m.unit(),
                m.speciality(), TeamMember.specialityName(m.speciality()),
                m.duties().stream().map(d -> new DutyRange(d.from().toString(), d.to().toString())).toList());
    }

    /** A member's field that cannot be accepted, named by its JSON Pointer. */
    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput("bad emergency team member", List.of(new InputProblem("/" + field, message)));
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw invalid(name, name + " is required");
        }
        return value;
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(name, name + " is required");
        }
        if (value.length() > MAX_TEXT) {
            throw invalid(name, name + " is at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(required(name, value));
        } catch (DateTimeParseException e) {
            throw invalid(name, name + " is a date such as 2026-11-25");
        }
    }
}
