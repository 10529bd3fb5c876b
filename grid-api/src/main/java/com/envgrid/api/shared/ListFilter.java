package com.envgrid.api.shared;

import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.input.Vocabulary;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * What the staff's lists — the complaint queue, the cases, the duties — are filtered by, read from their query
 * parameters: a grid (with every grid below it), a date range (district days, both ends included) and whether only
 * the overdue ones are wanted. A value that names nothing is a 400 naming its parameter, never an empty list.
 *
 * @param grids the grid asked for and those below it; null: any grid
 * @param from  the first day; null: open
 * @param to    the last day; null: open
 */
public record ListFilter(Set<String> grids, LocalDate from, LocalDate to, boolean overdueOnly) {
    public static final ListFilter NONE = new ListFilter(null, null, null, false);

    /**
     * @param overdue {@code true} or {@code false}; null: false
     * @throws InvalidParameter {@code ?grid} not in the layer, {@code ?from} after {@code ?to}, or {@code ?overdue}
     *                          neither true nor false
     */
    public static ListFilter of(GridLayer layer, String grid, LocalDate from, LocalDate to, String overdue) {
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            throw new InvalidParameter("overdue", "overdue is true or false");
        }
        Set<String> grids = null;
        if (grid != null) {
            grids = layer.subtree(grid);
            if (grids.isEmpty()) {
                throw new InvalidParameter("grid", "no grid " + grid + " in the grid layer");
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameter("from", "from " + from + " is after to " + to);
        }
        return new ListFilter(grids, from, to, "true".equals(overdue));
    }

    /**
     * The word of a vocabulary a parameter names by its key ({@code water_pollution}), null when not given.
     *
     * @throws InvalidParameter a key of no word, saying which are
     */
    public static <E extends Enum<E>> E word(Class<E> type, String parameter, String key, String accepted) {
        if (key == null) {
            return null;
        }
        return Vocabulary.byKey(type, key).orElseThrow(() -> new InvalidParameter(parameter,
                parameter + " is " + accepted));
    }

    /** The accepted keys of a vocabulary, for {@link #word}: "a, b or c". */
    public static <E extends Enum<E>> String keys(Class<E> type) {
        var all = Arrays.stream(type.getEnumConstants()).map(Vocabulary::key).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }

    public boolean inGrid(String gridCode) {
        return grids == null || (gridCode != null && grids.contains(gridCode));
    }

    /** Whether a district day lies in the range. */
    public boolean onDay(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Whether an item that is (or is not) overdue passes the overdue filter. */
    public boolean passesOverdue(boolean overdue) {
        return !overdueOnly || overdue;
    }
}
