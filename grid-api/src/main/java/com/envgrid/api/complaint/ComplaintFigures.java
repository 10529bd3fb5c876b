package com.envgrid.api.complaint;

import com.envgrid.api.shared.DistrictTime;
import com.envgrid.core.access.Actor;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The complaint figures per grid that chiefs, viewers and administrators follow. */
@Singleton
class ComplaintFigures {
    private final ComplaintRows rows;
    private final Complaints complaints;
    private final DistrictTime time;

    ComplaintFigures(ComplaintRows rows, Complaints complaints, DistrictTime time) {
        this.rows = rows;
        this.complaints = complaints;
        this.time = time;
    }

    /** Received, closed, closed on time, satisfaction and the median time to close, per grid, received in [from, to). */
    List<ComplaintViews.Figures> of(Actor actor, Instant from, Instant to) {
        Map<String, List<ComplaintRows.ComplaintRow>> byGrid = new TreeMap<>();
        for (var c : rows.receivedBetween(from, to)) {
            if (actor.scope().canRead(c.gridCode())) {
                byGrid.computeIfAbsent(c.gridCode(), k -> new ArrayList<>()).add(c);
            }
        }
        List<ComplaintViews.Figures> result = new ArrayList<>();
        byGrid.forEach((grid, list) -> {
            var closed = list.stream().filter(c -> c.closedAt() != null).toList();
            int onTime = (int) closed.stream()
                    .filter(c -> !time.dateOf(c.closedAt()).isAfter(c.closeBy())).count();
            var rated = list.stream().filter(c -> c.satisfaction() != null).toList();
            int satisfied = (int) rated.stream().filter(c -> c.satisfaction().countsAsSatisfied()).count();
            double[] hours = closed.stream()
                    .mapToDouble(c -> Duration.between(c.receivedAt(), c.closedAt()).toMinutes() / 60.0)
                    .sorted().toArray();
            Double median = hours.length == 0 ? null : hours.length % 2 == 1 ? hours[hours.length / 2]
                    : (hours[hours.length / 2 - 1] + hours[hours.length / 2]) / 2;
            result.add(new ComplaintViews.Figures(grid, complaints.gridName(grid), list.size(), closed.size(), onTime,
                    closed.isEmpty() ? null : (double) onTime / closed.size(), rated.size(), satisfied,
                    rated.isEmpty() ? null : (double) satisfied / rated.size(), median));
        });
        return result;
    }
}
