package com.envgrid.demo.activity;

import com.envgrid.api.plan.PlanViews;
import com.envgrid.api.plan.Plans;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Actor;
import com.envgrid.core.duty.Period;
import com.envgrid.core.source.SourceKind;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A few 一厂一策 plans, so that the enterprise card's plan tab and the coverage map's plan progress have something to
 * show: the first three enterprises (by code) of three supervised grids get a plan on the current quarter's first
 * morning, two measures each — one due three weeks in, one on the quarter's last day. The first enterprise's early
 * measure is verified by an inspection on its duty three days before its deadline; the others' are left open, and
 * overdue once the demo's today is past them. Nothing is planned while the quarter's first morning is still ahead.
 */
@Singleton
class DemoPlans {
    private static final String[] TITLES = {"VOCs 综合治理", "废水预处理提标改造", "扬尘与噪声整治"};
    private static final String[][] MEASURES = {
            {"安装VOCs在线监测设备并联网", "更换活性炭吸附装置，建立更换台账"},
            {"封堵雨污混接管道", "建设初期雨水收集池"},
            {"料场全封闭并配套喷淋", "加装隔声罩，夜间停产高噪设备"}};

    private final Plans plans;
    private final SupervisedObjects objects;
    private final FieldRecords records;

    DemoPlans(Plans plans, SupervisedObjects objects, FieldRecords records) {
        this.plans = plans;
        this.objects = objects;
        this.records = records;
    }

    /** @return the plans made */
    int quarter(Timeline timeline, Cast cast, SplittableRandom random) {
        Period quarter = timeline.quarters().get(timeline.quarters().size() - 1);
        Instant morning = timeline.at(quarter.start(), LocalTime.of(9, 0));
        if (!timeline.past(morning)) {
            return 0;
        }
        Set<String> grids = new HashSet<>();
        List<SupervisedObjects.Source> chosen = new ArrayList<>();
        objects.located().stream().filter(s -> s.kind().equals(SourceKind.ENTERPRISE.key()))
                .filter(s -> cast.supervisorOf(s.gridCode()).isPresent())
                .sorted(Comparator.comparing(SupervisedObjects.Source::code))
                .filter(s -> grids.add(s.gridCode())).limit(TITLES.length).forEach(chosen::add);
        LocalDate early = quarter.start().plusDays(20);
        LocalDate late = quarter.endExclusive().minusDays(1);
        for (int i = 0; i < chosen.size(); i++) {
            var source = chosen.get(i);
            var plan = plans.create(Actor.SYSTEM, morning, source.code(), new PlanViews.NewPlan(TITLES[i],
                    String.valueOf(quarter.start().getYear()), List.of(
                    new PlanViews.NewMeasure(MEASURES[i][0], early, "王厂长", "0510-8" + (1234560 + i), null),
                    new PlanViews.NewMeasure(MEASURES[i][1], late, "李主任", "1391234567" + i, null)))).plan();
            Instant check = timeline.at(early.minusDays(3), LocalTime.of(10, 30));
            Long duty = plan.measures().get(0).dutyId();
            if (i == 0 && duty != null && timeline.past(check)) {
                records.record(cast.supervisorOf(source.gridCode()).orElseThrow(), check, duty, "source",
                        source.code(), new double[]{source.lon(), source.lat()}, List.of(), "整改措施现场核验：已完成",
                        random);
            }
        }
        return chosen.size();
    }
}
