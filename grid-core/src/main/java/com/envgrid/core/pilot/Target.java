package com.envgrid.core.pilot;

import java.util.List;

/** One indicator a pilot aims at: its name, its unit, how it adds up and the value to reach. */
public record Target(String indicator, String unit, IndicatorKind kind, double target) {

    /** The indicators offered when a pilot is set up; others may be added by name. */
    public static final List<Target> DEFAULTS = List.of(
            new Target("农村生活污水治理率", "%", IndicatorKind.RATE, 80),
            new Target("生活垃圾分类覆盖率", "%", IndicatorKind.RATE, 90),
            new Target("黑臭水体消除数", "个", IndicatorKind.COUNT, 1),
            new Target("畜禽粪污资源化利用率", "%", IndicatorKind.RATE, 80));
}
