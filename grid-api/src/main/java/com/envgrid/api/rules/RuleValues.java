package com.envgrid.api.rules;

import com.envgrid.core.accountability.AccountabilityRule;
import com.envgrid.core.accountability.Measure;
import com.envgrid.core.complaint.ComplaintCategory;
import com.envgrid.core.complaint.ComplaintDeadlines;
import com.envgrid.core.duty.Frequency;
import com.envgrid.core.duty.InspectionRules;
import com.envgrid.core.grading.GradingRule;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.problem.RectificationDeadlines;
import com.envgrid.core.radiation.RadiationFrequencies;
import com.envgrid.core.review.ReviewWeights;
import com.envgrid.core.rules.RuleItem;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON of each {@link RuleItem}, as the API exchanges it and the database stores it: the fields of its record in
 * camelCase ({@code {"minorDays": 15, "generalDays": 7, "seriousDays": 3}}); complaint deadlines as an object by
 * category key ({@code {"noise": {"acceptWorkingDays": 1, "closeWorkingDays": 5}, …}}). A value that cannot be used
 * is refused as {@link InvalidInput} whose pointer names the field.
 */
@Singleton
@SerdeImport(InspectionRules.class)
@SerdeImport(RadiationFrequencies.class)
@SerdeImport(Frequency.class)
@SerdeImport(ReviewWeights.class)
@SerdeImport(RectificationDeadlines.class)
@SerdeImport(Escalation.class)
@SerdeImport(GradingRule.class)
@SerdeImport(AccountabilityRule.class)
@SerdeImport(ComplaintDeadlines.Limit.class)
class RuleValues {
    /** The most days any deadline or escalation step may be given: a year. */
    static final int MAX_DAYS = 365;

    private final JsonMapper json;

    RuleValues(JsonMapper json) {
        this.json = json;
    }

    /**
     * The value of an item read from JSON; for complaint deadlines, the categories left out keep their limits in
     * {@code inherited}.
     *
     * @throws InvalidInput naming the field that cannot be used
     */
    Object read(RuleItem item, String text, Object inherited) {
        return switch (item) {
            case INSPECTION_RULES -> record(text, InspectionRules.class);
            case RADIATION_FREQUENCIES -> record(text, RadiationFrequencies.class);
            case REVIEW_WEIGHTS -> reviewWeights(object(tree(text), ""));
            case RECTIFICATION_DEADLINES -> rectificationDeadlines(object(tree(text), ""));
            case CASE_ESCALATION, COMPLAINT_ESCALATION -> escalation(object(tree(text), ""));
            case COMPLAINT_DEADLINES -> complaintDeadlines(object(tree(text), ""), (ComplaintDeadlines) inherited);
            case CREDIT_GRADING -> creditGrading(object(tree(text), ""));
            case ACCOUNTABILITY -> accountability(object(tree(text), ""));
        };
    }

    Object read(RuleItem item, byte[] body, Object inherited) {
        return read(item, new String(body, StandardCharsets.UTF_8), inherited);
    }

    /** The value as JSON text, in the form {@link #read} reads. */
    String write(RuleItem item, Object value) {
        try {
            return json.writeValueAsString(view(item, value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value as the API shows it. */
    Object view(RuleItem item, Object value) {
        if (item != RuleItem.COMPLAINT_DEADLINES) {
            return value;
        }
        Map<String, ComplaintDeadlines.Limit> byKey = new LinkedHashMap<>();
        ((ComplaintDeadlines) value).limits().forEach((category, limit) -> byKey.put(category.key(), limit));
        return byKey;
    }

    /** A value read straight into its record, whose own checks name what is wrong. */
    private <T> T record(String text, Class<T> type) {
        try {
            T value = json.readValue(text, type);
            if (value == null) {
                throw new IllegalArgumentException("no rules given");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            throw invalid("", cause.getMessage() == null ? e.toString() : cause.getMessage());
        }
    }

    private static ReviewWeights reviewWeights(JsonNode body) {
        return built("", () -> new ReviewWeights(weight(body, "dutyCompletion"), weight(body, "problemsOnTime"),
                weight(body, "complaintsOnTime"), weight(body, "satisfaction"), weight(body, "locationAccuracy")),
                body, Set.of("dutyCompletion", "problemsOnTime", "complaintsOnTime", "satisfaction",
                        "locationAccuracy"));
    }

    private static RectificationDeadlines rectificationDeadlines(JsonNode body) {
        return built("", () -> new RectificationDeadlines(days(body, "", "minorDays"), days(body, "", "generalDays"),
                days(body, "", "seriousDays")), body, Set.of("minorDays", "generalDays", "seriousDays"));
    }

    private static Escalation escalation(JsonNode body) {
        return built("/daysToDistrict", () -> new Escalation(days(body, "", "daysToChief"),
                days(body, "", "daysToDistrict")), body, Set.of("daysToChief", "daysToDistrict"));
    }

    private static final List<String> GRADING_FIELDS = List.of("seriousFinding", "generalFinding", "minorFinding",
            "overdueCase", "reopenedCase", "confirmedComplaint", "hazardousWasteAlert", "radiationAlert",
            "verifiedCorrection", "greenFrom", "blueFrom", "yellowFrom");

    private static GradingRule creditGrading(JsonNode body) {
        int[] v = GRADING_FIELDS.stream().mapToInt(field -> points(body, field)).toArray();
        return built("", () -> new GradingRule(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10],
                v[11]), body, Set.copyOf(GRADING_FIELDS));
    }

    /** Points of an indicator or a threshold: a whole number from 0 to full score. */
    private static int points(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isNumber() || value.getDoubleValue() != Math.rint(value.getDoubleValue())
                || value.getDoubleValue() < 0 || value.getDoubleValue() > GradingRule.FULL_SCORE) {
            throw invalid("/" + field, field + " must be a whole number from 0 to " + GradingRule.FULL_SCORE);
        }
        return value.getIntValue();
    }

    private static AccountabilityRule accountability(JsonNode body) {
        int days = days(body, "", "overdueDays");
        String overdue = measure(body, "overdueMeasure");
        String rankedLast = measure(body, "rankedLastMeasure");
        return built("", () -> new AccountabilityRule(days, overdue, rankedLast), body,
                Set.of("overdueDays", "overdueMeasure", "rankedLastMeasure"));
    }

    /** A measure by its key: interview (约谈), circular (通报) or accountability (问责). */
    private static String measure(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isString() || Measure.parse(value.getStringValue()).isEmpty()) {
            throw invalid("/" + field, field + " must be one of " + Measure.keys());
        }
        return value.getStringValue();
    }

    private static ComplaintDeadlines complaintDeadlines(JsonNode body, ComplaintDeadlines inherited) {
        ComplaintDeadlines deadlines = inherited;
        for (Map.Entry<String, JsonNode> entry : body.entries()) {
            String pointer = "/" + entry.getKey();
            ComplaintCategory category = ComplaintCategory.parse(entry.getKey()).orElseThrow(() -> invalid(pointer,
                    "no complaint category " + entry.getKey() + "; categories are " + ComplaintCategory.accepted()));
            JsonNode limit = object(entry.getValue(), pointer);
            deadlines = deadlines.with(category, built(pointer, () -> new ComplaintDeadlines.Limit(
                    days(limit, pointer, "acceptWorkingDays"), days(limit, pointer, "closeWorkingDays")), limit,
                    Set.of("acceptWorkingDays", "closeWorkingDays")));
        }
        return deadlines;
    }

    /** A value built from checked fields, its own rule (such as an order of the fields) refused at {@code pointer}. */
    private static <T> T built(String pointer, java.util.function.Supplier<T> build, JsonNode body, Set<String> fields) {
        for (Map.Entry<String, JsonNode> entry : body.entries()) {
            if (!fields.contains(entry.getKey())) {
                throw invalid(pointer + "/" + entry.getKey(), "unknown field " + entry.getKey() + "; the fields are "
                        + fields.stream().sorted().toList());
            }
        }
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw invalid(pointer, e.getMessage());
        }
    }

    private JsonNode tree(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw invalid("", "the body is not JSON: " + e.getMessage());
        }
    }

    private static JsonNode object(JsonNode node, String pointer) {
        if (node == null || !node.isObject()) {
            throw invalid(pointer, "an object is needed here");
        }
        return node;
    }

    private static int days(JsonNode body, String at, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isNumber() || value.getDoubleValue() != Math.rint(value.getDoubleValue())
                || value.getDoubleValue() < 0 || value.getDoubleValue() > MAX_DAYS) {
            throw invalid(at + "/" + field, field + " must be a whole number of days from 0 to " + MAX_DAYS);
        }
        return value.getIntValue();
    }

    /** A weight as a number; its range is the rule of {@link ReviewWeights}, whose refusal names the weight. */
    private static double weight(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isNumber()) {
            throw invalid("/" + field, field + " must be a number from 0 to " + ReviewWeights.MAX_WEIGHT);
        }
        return value.getDoubleValue();
    }

    private static InvalidInput invalid(String pointer, String message) {
        return new InvalidInput("the rule cannot be used", List.of(new InputProblem(pointer, message)));
    }
}
