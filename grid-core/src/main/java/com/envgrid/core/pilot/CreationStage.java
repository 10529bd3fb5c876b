package com.envgrid.core.pilot;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stages of creating an eco-civilisation town or village (生态文明示范镇/村), in order. A grid moves forward only
 * (a stage may be skipped when it was reached before the platform recorded it); a stage once reached is not undone,
 * because the naming of a higher level is a published decision, not a state the district revises.
 */
public enum CreationStage {
    DECLARED("declared", "申报"),
    IN_PROGRESS("in_progress", "创建中"),
    COUNTY_ACCEPTED("county_accepted", "县级验收"),
    CITY_NAMED("city_named", "市级命名"),
    PROVINCE_NAMED("province_named", "省级命名");

    private final String key;
    private final String chineseName;

    CreationStage(String key, String chineseName) {
        this.key = key;
        this.chineseName = chineseName;
    }

    public String key() {
        return key;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<CreationStage> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /** Whether a grid at {@code current} (null: not declared yet) may move to this stage. */
    public boolean mayFollow(CreationStage current) {
        return current == null || ordinal() > current.ordinal();
    }

    /** The keys in order, for messages. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(CreationStage::key).toList());
    }
}
