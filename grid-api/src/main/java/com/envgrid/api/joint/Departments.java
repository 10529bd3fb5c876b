package com.envgrid.api.joint;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.shared.Statements;
import com.envgrid.core.access.Actor;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The departments that take part in joint inspections (生态环境, 住建, 城管 …): a list the city's administrators keep.
 * A department is retired, never deleted, so that the campaigns it served on keep its name; a retired department
 * joins no new team.
 */
@Singleton
class Departments {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,29}");
    private static final int MAX_NAME = 50;

    private final JointRows rows;
    private final Audit audit;
    private final Statements locks;

    Departments(JointRows rows, Audit audit, Statements locks) {
        this.locks = locks;
        this.rows = rows;
        this.audit = audit;
    }

    /** A department added, and whether this request added it (false: the same department sent again). */
    record Added(JointViews.DepartmentView department, boolean isNew) {
    }

    List<JointViews.DepartmentView> list() {
        return rows.departments().stream().map(Departments::view).toList();
    }

    @Transactional
    Added add(Actor actor, Instant at, JointRequests.DepartmentBody body) {
        String code = body.code() == null ? "" : body.code().strip();
        String name = name(body.name());
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInput("the department cannot be added as sent", List.of(new InputProblem("/code",
                    "code is 2 to 30 lower-case letters, digits or _ starting with a letter, such as eco or housing",
                    InputCode.INVALID, Map.of())));
        }
        locks.hold("department");
        Optional<JointRows.Department> stored = rows.department(code);
        if (stored.isPresent()) {
            if (!stored.get().name().equals(name)) {
                throw new Conflict("department " + code + " exists already as " + stored.get().name());
            }
            return new Added(view(stored.get()), false);
        }
        rows.departmentNamed(name).ifPresent(other -> {
            throw new Conflict("department " + other.code() + " is named " + name + " already");
        });
        rows.addDepartment(code, name, at);
        audit.record(actor, at, "create", "department", code, null, Map.of("name", name));
        return new Added(view(rows.department(code).orElseThrow()), true);
    }

    @Transactional
    JointViews.DepartmentView rename(Actor actor, Instant at, String code, JointRequests.DepartmentBody body) {
        JointRows.Department department = rows.department(code)
                .orElseThrow(() -> new NotFound("no department " + code));
        String name = name(body.name());
        if (body.code() != null && !body.code().equals(code)) {
            throw new InvalidInput("the department cannot be changed as sent", List.of(new InputProblem("/code",
                    "a department keeps its code " + code + "; add a new one for another code")));
        }
        if (name.equals(department.name())) {
            return view(department);
        }
        locks.hold("department");
        rows.departmentNamed(name).ifPresent(other -> {
            throw new Conflict("department " + other.code() + " is named " + name + " already");
        });
        rows.renameDepartment(code, name);
        audit.record(actor, at, "update", "department", code, Map.of("name", department.name()),
                Map.of("name", name));
        return view(rows.department(code).orElseThrow());
    }

    /** Retires a department; retiring it again changes nothing. */
    @Transactional
    JointViews.DepartmentView retire(Actor actor, Instant at, String code) {
        JointRows.Department department = rows.department(code)
                .orElseThrow(() -> new NotFound("no department " + code));
        if (department.retiredAt() == null) {
            rows.retireDepartment(code, at);
            audit.record(actor, at, "retire", "department", code, null, Map.of("name", department.name()));
        }
        return view(rows.department(code).orElseThrow());
    }

    private static String name(String given) {
        String name = given == null ? "" : given.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInput("the department cannot be kept as sent", List.of(new InputProblem("/name",
                    "a name of 1 to " + MAX_NAME + " characters is needed", InputCode.REQUIRED,
                    Map.of("limit", MAX_NAME))));
        }
        return name;
    }

    static JointViews.DepartmentView view(JointRows.Department d) {
        return new JointViews.DepartmentView(d.code(), d.name(), d.retiredAt() != null, d.retiredAt());
    }
}
