package com.envgrid.core.duty;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static com.envgrid.core.duty.DutyFixture.dutiesIn;
import static com.envgrid.core.duty.DutyFixture.dutyAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DutyAssignerTest {
    private static Map<Long, Long> counts(Map<PlannedDuty, Long> assigned, String grid) {
        return assigned.entrySet().stream().filter(e -> e.getKey().target().gridCode().equals(grid))
                .collect(Collectors.groupingBy(Map.Entry::getValue, TreeMap::new, Collectors.counting()));
    }

    @Test
    void every_duty_goes_to_a_supervisor_of_its_own_grid_and_a_grid_with_nobody_stays_unassigned() {
        List<PlannedDuty> duties = new ArrayList<>(dutiesIn("G1", 5));
        duties.addAll(dutiesIn("G2", 4));
        duties.addAll(dutiesIn("G3", 2));
        Map<String, List<Long>> staff = Map.of("G1", List.of(1L, 2L), "G2", List.of(3L));
        Map<PlannedDuty, Long> assigned = DutyAssigner.assign(duties, staff, Map.of());
        assertEquals(duties, List.copyOf(assigned.keySet()));
        assigned.forEach((duty, supervisor) -> {
            switch (duty.target().gridCode()) {
                case "G1" -> assertTrue(Set.of(1L, 2L).contains(supervisor));
                case "G2" -> assertEquals(3L, supervisor);
                default -> assertNull(supervisor);
            }
        });
    }

    @Test
    void in_an_uneven_grid_nobody_gets_more_than_the_even_share_plus_one() {
        // 10 duties, 3 supervisors: ⌈10/3⌉ + 1 = 5, however loaded supervisor 1 already is
        Map<PlannedDuty, Long> assigned = DutyAssigner.assign(dutiesIn("G", 10), Map.of("G", List.of(1L, 2L, 3L)),
                Map.of(1L, 100));
        assertEquals(Map.of(2L, 5L, 3L, 5L), counts(assigned, "G"));
        Map<PlannedDuty, Long> fresh = DutyAssigner.assign(dutiesIn("G", 10), Map.of("G", List.of(1L, 2L, 3L)),
                Map.of());
        assertEquals(Map.of(1L, 4L, 2L, 3L, 3L, 3L), counts(fresh, "G"));
    }

    @Test
    void the_bound_holds_in_every_grid_of_a_mixed_district() {
        Random random = new Random(5);
        List<PlannedDuty> duties = new ArrayList<>();
        Map<String, List<Long>> staff = new HashMap<>();
        for (int g = 0; g < 30; g++) {
            String grid = "G" + g;
            for (int i = 0, n = random.nextInt(25); i < n; i++) {
                duties.add(dutyAt(grid + "-" + i, grid, random.nextInt(50), random.nextInt(50)));
            }
            List<Long> people = new ArrayList<>();
            for (int s = 0, k = random.nextInt(5); s < k; s++) {
                people.add((long) random.nextInt(12));
            }
            staff.put(grid, people);
        }
        Map<Long, Integer> load = Map.of(0L, 30, 1L, 5);
        Map<PlannedDuty, Long> assigned = DutyAssigner.assign(duties, staff, load);
        for (int g = 0; g < 30; g++) {
            String grid = "G" + g;
            long n = duties.stream().filter(d -> d.target().gridCode().equals(grid)).count();
            long k = staff.get(grid).stream().distinct().count();
            if (k > 0) {
                long bound = (n + k - 1) / k + 1;
                counts(assigned, grid).forEach((supervisor, count) -> {
                    assertTrue(staff.get(grid).contains(supervisor));
                    assertTrue(count <= bound, grid + ": " + supervisor + " got " + count + " > " + bound);
                });
            }
        }
    }

    @Test
    void a_supervisor_alone_in_one_grid_takes_less_of_a_shared_grid() {
        // X: supervisor 1 alone, 10 duties. Y: supervisors 1 and 2, 10 duties, at most ⌈10/2⌉ + 1 = 6 each.
        List<PlannedDuty> duties = new ArrayList<>(dutiesIn("Y", 10));
        duties.addAll(dutiesIn("X", 10));
        Map<PlannedDuty, Long> assigned = DutyAssigner.assign(duties, Map.of("X", List.of(1L), "Y", List.of(2L, 1L)),
                Map.of());
        assertEquals(Map.of(1L, 10L), counts(assigned, "X"));
        assertEquals(Map.of(1L, 4L, 2L, 6L), counts(assigned, "Y"));
    }

    @Test
    void each_supervisor_gets_one_of_four_clusters_in_the_corners_of_a_grid() {
        List<PlannedDuty> duties = new ArrayList<>();
        int[][] corners = {{0, 0}, {0, 100}, {100, 100}, {100, 0}};
        for (int c = 0; c < 4; c++) {
            for (int i = 0; i < 4; i++) {
                duties.add(dutyAt("c" + c + "-" + i, "G", corners[c][0] + i % 2 * 2, corners[c][1] + i / 2 * 2));
            }
        }
        Collections.shuffle(duties, new Random(3));
        Map<PlannedDuty, Long> assigned = DutyAssigner.assign(duties, Map.of("G", List.of(4L, 3L, 2L, 1L)),
                Map.of());
        Map<Long, Set<String>> clusters = assigned.entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, Collectors.mapping(e -> e.getKey().target().code().substring(0, 2),
                        Collectors.toSet())));
        assertEquals(Map.of(1L, Set.of("c0"), 2L, Set.of("c1"), 3L, Set.of("c2"), 4L, Set.of("c3")), clusters);
    }

    @Test
    void supervisors_walk_shorter_rounds_than_with_a_random_split() {
        Random random = new Random(11);
        List<PlannedDuty> duties = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            duties.add(dutyAt("s" + i, "G", random.nextInt(200), random.nextInt(200)));
        }
        List<Long> people = List.of(1L, 2L, 3L, 4L);
        Map<PlannedDuty, Long> assigned = DutyAssigner.assign(duties, Map.of("G", people), Map.of());
        List<PlannedDuty> shuffled = new ArrayList<>(duties);
        Collections.shuffle(shuffled, random);
        Map<PlannedDuty, Long> randomSplit = new HashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            randomSplit.put(shuffled.get(i), people.get(i % people.size()));
        }
        double compact = totalRound(assigned);
        double scattered = totalRound(randomSplit);
        // four patches of a quarter of the grid each: rounds about half as long (120 random points: 2,116 vs 4,061)
        assertTrue(compact < 0.6 * scattered, compact + " vs " + scattered);
    }

    /** The sum over supervisors of a nearest-neighbour round through their targets, in fixture units. */
    private static double totalRound(Map<PlannedDuty, Long> assigned) {
        Map<Long, List<double[]>> points = new TreeMap<>();
        assigned.forEach((duty, supervisor) -> points.computeIfAbsent(supervisor, s -> new ArrayList<>())
                .add(new double[]{duty.target().lon(), duty.target().lat()}));
        double total = 0;
        for (List<double[]> remaining : points.values()) {
            double[] here = remaining.remove(0);
            while (!remaining.isEmpty()) {
                double[] from = here;
                double[] next = remaining.stream()
                        .min((a, b) -> Double.compare(Math.hypot(a[0] - from[0], a[1] - from[1]),
                                Math.hypot(b[0] - from[0], b[1] - from[1]))).orElseThrow();
                total += Math.hypot(next[0] - here[0], next[1] - here[1]) / 0.001;
                remaining.remove(next);
                here = next;
            }
        }
        return total;
    }

    @Test
    void the_same_input_in_any_order_gives_the_same_assignment() {
        Random random = new Random(7);
        List<PlannedDuty> duties = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String grid = "G" + random.nextInt(4);
            duties.add(dutyAt("s" + i, grid, random.nextInt(30), random.nextInt(30)));
        }
        Map<String, List<Long>> staff = new HashMap<>(Map.of("G0", List.of(1L, 2L), "G1", List.of(2L, 3L, 4L),
                "G2", List.of(4L), "G3", List.of(5L, 1L)));
        Map<PlannedDuty, Long> first = DutyAssigner.assign(duties, staff, Map.of(3L, 2));
        List<PlannedDuty> reordered = new ArrayList<>(duties);
        Collections.shuffle(reordered, random);
        Map<String, List<Long>> restated = new TreeMap<>(Map.of("G0", List.of(2L, 1L), "G1", List.of(4L, 3L, 2L, 3L),
                "G2", List.of(4L), "G3", List.of(1L, 5L)));
        assertEquals(first, DutyAssigner.assign(reordered, restated, new TreeMap<>(Map.of(3L, 2))));
    }
}
