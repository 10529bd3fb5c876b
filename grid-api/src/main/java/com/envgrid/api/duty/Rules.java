package com.envgrid.api.duty;

import com.envgrid.api.audit.Audit;
import com.envgrid.core.access.Actor;
import com.envgrid.core.duty.Frequency;
import com.envgrid.core.duty.InspectionRules;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The district's inspection rules (巡查频次): stored as JSON, the defaults until an administrator changes them. */
@Singleton
@SerdeImport(InspectionRules.class)
@SerdeImport(Frequency.class)
public class Rules {
    private final RulesRows rows;
    private final JsonMapper json;
    private final Audit audit;

    Rules(RulesRows rows, JsonMapper json, Audit audit) {
        this.rows = rows;
        this.json = json;
        this.audit = audit;
    }

    InspectionRules current() {
        return rows.findRules().map(this::parse).orElse(InspectionRules.DEFAULT);
    }

    /** Whether an administrator has saved the district's own rules; until then the defaults apply. */
    public boolean saved() {
        return rows.findRules().isPresent();
    }

    /** Rules as an administrator sends them, refused with the reason when they cannot be used. */
    InspectionRules read(byte[] body) {
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    @Transactional
    public InspectionRules save(Actor actor, Instant at, InspectionRules rules) {
        InspectionRules before = current();
        try {
            rows.saveRules(json.writeValueAsString(rules), at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(actor, at, "update", "inspection_rules", "1", before, rules);
        return rules;
    }

    private InspectionRules parse(String text) {
        try {
            InspectionRules rules = json.readValue(text, InspectionRules.class);
            if (rules == null) {
                throw new IllegalArgumentException("no rules given");
            }
            return rules;
        } catch (IOException | RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            throw new InvalidInput("the inspection rules cannot be used", List.of(new InputProblem("",
                    cause.getMessage() == null ? e.toString() : cause.getMessage())));
        }
    }
}
