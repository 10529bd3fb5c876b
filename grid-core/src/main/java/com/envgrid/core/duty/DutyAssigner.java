package com.envgrid.core.duty;

import org.locationtech.jts.geom.Envelope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives each duty to a supervisor of its grid, with the workload balanced and each supervisor's targets close
 * together.
 * <ol>
 *   <li><b>Own grid.</b> A duty goes to one of the supervisors listed for its grid; with nobody listed it stays
 *   unassigned ({@code null}).</li>
 *   <li><b>Balance within a grid.</b> Of the n duties of a grid with k supervisors, nobody gets more than
 *   ⌈n/k⌉ + 1.</li>
 *   <li><b>Balance overall.</b> Within that bound, the duties go to whoever carries least: their
 *   {@code existingLoad} plus what they were given in grids handled before. Grids with fewer supervisors are
 *   handled first, since they leave no choice; a supervisor of several grids is evened out in the others.</li>
 *   <li><b>Compact patches.</b> A grid's duties are ordered along a Hilbert curve over their targets' positions
 *   (longitudes shrunk by cos(latitude) so that both axes measure alike), and each supervisor, in order of id, takes
 *   one contiguous run of that order. The duties of one target in several windows lie next to each other.</li>
 * </ol>
 * The result depends only on the inputs: ties go to the smaller supervisor id and to the {@link DutyKey} order, and
 * nothing depends on the iteration order of a map given in.
 */
public final class DutyAssigner {
    private DutyAssigner() {
    }

    /**
     * Each duty with its supervisor, or {@code null} where its grid has no supervisor, in the order of
     * {@code duties} (a duty listed twice appears once). {@code supervisorsByGrid} lists each grid's active
     * supervisors, including any the caller lets a grid inherit from its ancestors; {@code existingLoad} counts the
     * duties each supervisor already carries (absent: none).
     */
    public static Map<PlannedDuty, Long> assign(List<PlannedDuty> duties, Map<String, List<Long>> supervisorsByGrid,
                                                Map<Long, Integer> existingLoad) {
        Map<String, List<PlannedDuty>> byGrid = new TreeMap<>();
        for (PlannedDuty duty : new LinkedHashSet<>(duties)) {
            byGrid.computeIfAbsent(duty.target().gridCode(), g -> new ArrayList<>()).add(duty);
        }
        Map<String, List<Long>> supervisors = new HashMap<>();
        byGrid.keySet().forEach(grid -> supervisors.put(grid, supervisorsOf(grid, supervisorsByGrid)));
        List<String> grids = byGrid.keySet().stream()
                .sorted(Comparator.comparingInt((String grid) -> supervisors.get(grid).size())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();

        Map<Long, Integer> load = new HashMap<>(existingLoad);
        Map<PlannedDuty, Long> chosen = new HashMap<>();
        for (String grid : grids) {
            List<Long> people = supervisors.get(grid);
            List<PlannedDuty> ordered = alongCurve(byGrid.get(grid));
            if (people.isEmpty()) {
                continue;
            }
            int[] shares = shares(ordered.size(), people, load);
            int next = 0;
            for (int i = 0; i < people.size(); i++) {
                for (int j = 0; j < shares[i]; j++) {
                    chosen.put(ordered.get(next++), people.get(i));
                }
            }
        }
        Map<PlannedDuty, Long> result = new LinkedHashMap<>();
        duties.forEach(duty -> result.put(duty, chosen.get(duty)));
        return result;
    }

    /**
     * The duties again, after a change of supervisors (someone leaving a grid, someone joining an unstaffed one).
     * A duty that is done keeps its supervisor. An open duty keeps its supervisor while they still supervise its
     * grid; every other open duty is assigned anew by {@link #assign} among the grid's current supervisors, each of
     * whom counts the duties they keep here on top of {@code existingLoad}. Same order as {@code duties}.
     */
    public static List<AssignedDuty> reassignOpen(List<AssignedDuty> duties, Map<String, List<Long>> supervisorsByGrid,
                                                  Map<Long, Integer> existingLoad) {
        Map<Long, Integer> load = new HashMap<>(existingLoad);
        List<PlannedDuty> moving = new ArrayList<>();
        for (AssignedDuty duty : duties) {
            if (staysPut(duty, supervisorsByGrid)) {
                if (duty.supervisor() != null) {
                    load.merge(duty.supervisor(), 1, Integer::sum);
                }
            } else {
                moving.add(duty.duty());
            }
        }
        Map<PlannedDuty, Long> moved = assign(moving, supervisorsByGrid, load);
        return duties.stream()
                .map(duty -> staysPut(duty, supervisorsByGrid) ? duty
                        : new AssignedDuty(duty.duty(), moved.get(duty.duty()), false))
                .toList();
    }

    private static boolean staysPut(AssignedDuty duty, Map<String, List<Long>> supervisorsByGrid) {
        return duty.done() || (duty.supervisor() != null
                && supervisorsByGrid.getOrDefault(duty.duty().target().gridCode(), List.of())
                .contains(duty.supervisor()));
    }

    private static List<Long> supervisorsOf(String grid, Map<String, List<Long>> supervisorsByGrid) {
        return supervisorsByGrid.getOrDefault(grid, List.of()).stream().distinct().sorted().toList();
    }

    /**
     * How many of n duties each supervisor takes: one duty at a time to whoever carries least so far (smaller id on
     * a tie), never more than ⌈n/k⌉ + 1 each. Adds the shares to {@code load}.
     */
    private static int[] shares(int n, List<Long> people, Map<Long, Integer> load) {
        int k = people.size();
        int cap = (n + k - 1) / k + 1;
        int[] shares = new int[k];
        int[] carried = new int[k];
        for (int i = 0; i < k; i++) {
            carried[i] = load.getOrDefault(people.get(i), 0);
        }
        for (int given = 0; given < n; given++) {
            int least = -1;
            for (int i = 0; i < k; i++) {
                if (shares[i] < cap && (least < 0 || carried[i] < carried[least])) {
                    least = i;
                }
            }
            shares[least]++;
            carried[least]++;
        }
        for (int i = 0; i < k; i++) {
            load.put(people.get(i), carried[i]);
        }
        return shares;
    }

    /** The duties in Hilbert-curve order of their targets' positions, ties in {@link DutyKey} order. */
    private static List<PlannedDuty> alongCurve(List<PlannedDuty> duties) {
        Envelope extent = new Envelope();
        duties.forEach(d -> extent.expandToInclude(d.target().lon(), d.target().lat()));
        double shrink = Math.cos(Math.toRadians(extent.centre().y));
        double side = Math.max(extent.getWidth() * shrink, extent.getHeight());
        record Placed(long position, DutyKey key, PlannedDuty duty) {
        }
        return duties.stream()
                .map(d -> new Placed(HilbertCurve.index(cell((d.target().lon() - extent.getMinX()) * shrink, side),
                        cell(d.target().lat() - extent.getMinY(), side)), d.key(), d))
                .sorted(Comparator.comparingLong(Placed::position).thenComparing(Placed::key))
                .map(Placed::duty)
                .toList();
    }

    private static int cell(double offset, double side) {
        return side == 0 ? 0 : (int) Math.min(HilbertCurve.SIDE - 1, offset / side * HilbertCurve.SIDE);
    }
}
