package com.envgrid.core.joint;

import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign's team: people drawn from several departments, each on it once under one department, one of them the
 * leader (组长) who runs the campaign with the administrators.
 */
public record Team(List<Member> members) {
    /** The most people one campaign takes: a joint inspection is a team, not a department's roster. */
    public static final int MAX_MEMBERS = 50;

    public record Member(long personId, String department, boolean leader) {
    }

    public Team {
        members = List.copyOf(members);
    }

    /**
     * What is wrong with a team as sent, each problem pointing at {@code pointer/i}: none or too many people, a
     * person twice, no leader or more than one.
     */
    public static List<InputProblem> problems(List<Member> members, String pointer) {
        List<InputProblem> problems = new ArrayList<>();
        if (members.isEmpty() || members.size() > MAX_MEMBERS) {
            problems.add(new InputProblem(pointer, "a team has 1 to " + MAX_MEMBERS + " members, not "
                    + members.size(), InputCode.OUT_OF_RANGE, Map.of("min", 1, "max", MAX_MEMBERS)));
            return problems;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (!seen.add(members.get(i).personId())) {
                problems.add(new InputProblem(pointer + "/" + i + "/person_id", "person "
                        + members.get(i).personId() + " is on the team twice: a member serves under one department"));
            }
        }
        long leaders = members.stream().filter(Member::leader).count();
        if (leaders != 1) {
            problems.add(new InputProblem(pointer, "a team has one leader (组长), not " + leaders));
        }
        return problems;
    }

    public Optional<Member> memberOf(long personId) {
        return members.stream().filter(m -> m.personId() == personId).findFirst();
    }

    public Optional<Member> leader() {
        return members.stream().filter(Member::leader).findFirst();
    }

    /**
     * Under which department a person records a finding: a member under their own (naming another is refused, so
     * that one department's findings are not passed off as another's); an administrator who is not on the team
     * under the department they name, as when entering what a team reported on paper; anyone else not at all.
     */
    public Recording recording(long personId, boolean administrator, String named) {
        Optional<Member> member = memberOf(personId);
        if (member.isPresent()) {
            String own = member.get().department();
            return named == null || named.equals(own) ? new Recording(Recording.Outcome.RECORDS, own)
                    : new Recording(Recording.Outcome.NOT_OWN_DEPARTMENT, own);
        }
        if (!administrator) {
            return new Recording(Recording.Outcome.NOT_ON_TEAM, null);
        }
        return named == null ? new Recording(Recording.Outcome.DEPARTMENT_NEEDED, null)
                : new Recording(Recording.Outcome.RECORDS, named);
    }

    /** The outcome of {@link #recording}: the department the finding is stored under, when it is recorded. */
    public record Recording(Outcome outcome, String department) {
        public enum Outcome { RECORDS, NOT_ON_TEAM, DEPARTMENT_NEEDED, NOT_OWN_DEPARTMENT }
    }
}
