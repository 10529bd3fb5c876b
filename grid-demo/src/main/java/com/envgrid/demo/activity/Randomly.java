package com.envgrid.demo.activity;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** Choices the demo leaves to its seeded random. */
final class Randomly {
    private Randomly() {
    }

    /** That share of the items, as near as whole items allow, each as likely to be among them. */
    static <T> Set<T> share(List<T> items, double share, SplittableRandom random) {
        if (items.isEmpty()) {
            return Set.of();
        }
        return random.ints(0, items.size()).distinct().limit(Math.round(share * items.size()))
                .mapToObj(items::get).collect(Collectors.toSet());
    }

    /** One of the items, each as likely; list an item twice to make it twice as likely. */
    static <T> T oneOf(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }
}
