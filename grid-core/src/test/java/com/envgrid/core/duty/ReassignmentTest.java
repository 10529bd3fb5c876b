package com.envgrid.core.duty;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static com.envgrid.core.duty.DutyFixture.dutiesIn;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReassignmentTest {
    /** 12 duties in G shared by supervisors 1, 2 and 3, four each; supervisor 1 has done two of theirs. */
    private static List<AssignedDuty> sharedByThree() {
        Map<PlannedDuty, Long> assigned = DutyAssigner.assign(dutiesIn("G", 12), Map.of("G", List.of(1L, 2L, 3L)),
                Map.of());
        int[] doneByOne = {0};
        return assigned.entrySet().stream()
                .map(e -> new AssignedDuty(e.getKey(), e.getValue(), e.getValue() == 1L && doneByOne[0]++ < 2))
                .toList();
    }

    private static Map<Long, Long> counts(List<AssignedDuty> duties, boolean done) {
        return duties.stream().filter(d -> d.done() == done)
                .collect(Collectors.groupingBy(AssignedDuty::supervisor, TreeMap::new, Collectors.counting()));
    }

    @Test
    void a_leaving_supervisor_hands_on_open_duties_evenly_and_keeps_the_done_ones() {
        List<AssignedDuty> before = sharedByThree();
        assertEquals(Map.of(1L, 2L, 2L, 4L, 3L, 4L), counts(before, false));
        List<AssignedDuty> after = DutyAssigner.reassignOpen(before, Map.of("G", List.of(2L, 3L)), Map.of());
        assertEquals(Map.of(1L, 2L), counts(after, true));
        assertEquals(Map.of(2L, 5L, 3L, 5L), counts(after, false));
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).supervisor() != 1L) {
                assertEquals(before.get(i), after.get(i), "a remaining supervisor keeps their duty");
            }
        }
    }

    @Test
    void duties_of_an_unstaffed_grid_go_to_its_first_supervisor() {
        List<AssignedDuty> unassigned = dutiesIn("G", 3).stream().map(d -> new AssignedDuty(d, null, false)).toList();
        List<AssignedDuty> after = DutyAssigner.reassignOpen(unassigned, Map.of("G", List.of(9L)), Map.of());
        assertEquals(Map.of(9L, 3L), counts(after, false));
    }

    @Test
    void when_the_last_supervisor_leaves_open_duties_become_unassigned_and_done_ones_stay() {
        List<PlannedDuty> planned = dutiesIn("G", 2);
        List<AssignedDuty> before = List.of(new AssignedDuty(planned.get(0), 1L, true),
                new AssignedDuty(planned.get(1), 1L, false));
        assertEquals(List.of(before.get(0), new AssignedDuty(planned.get(1), null, false)),
                DutyAssigner.reassignOpen(before, Map.of(), Map.of()));
    }
}
