package com.envgrid.api.shared;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.core.complaint.Channel;
import com.envgrid.core.complaint.ComplaintCategory;
import com.envgrid.core.complaint.ComplaintState;
import com.envgrid.core.complaint.Satisfaction;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.input.Vocabulary;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.PhotoType;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.problem.CaseState;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database itself refuses a state, kind or category the platform does not know, so that a bug cannot store one;
 * and it accepts every word of the vocabulary the code writes, so that a word added to an enum without a migration
 * fails here rather than in production.
 */
@MicronautTest(transactional = false)
class SchemaConstraintsTest extends ApiTestBase {
    /**
     * A column with a closed list: the words it takes, and an insert of an otherwise valid row with {@code %s} where
     * the word goes.
     */
    record ClosedList(String table, String column, List<String> words, String insert) {
        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    private static final String CASE = "INSERT INTO problem_case (finding_index, category, severity, description,"
            + " grid_code, target_kind, target_code, state, due_by, opened_at, closed_at) VALUES ("
            + "(SELECT count(*) FROM problem_case), %s, %s, 'test', 'A1', %s, 'A1', %s, DATE '2026-12-31', now(), %s)";
    private static final String COMPLAINT = "INSERT INTO complaint (channel, category, description, lon, lat,"
            + " near_boundary, also_shown_to, state, received_at, accept_by, close_by, satisfaction, rated_at,"
            + " rating_token, status_token, duplicate_of, decline_reason) VALUES (%s, %s, 'test', 120.1, 31.1, false,"
            + " '[]', %s, now(), DATE '2026-12-07', DATE '2026-12-18', %s, %s, gen_random_uuid()::text,"
            + " gen_random_uuid()::text, %s, %s)";

    private static <E extends Enum<E>> List<String> keys(Class<E> vocabulary) {
        return words(vocabulary, Vocabulary::key);
    }

    private static <E extends Enum<E>> List<String> words(Class<E> vocabulary, Function<E, String> word) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(word).toList();
    }

    /** A case in a state (an SQL literal, or {@code %1$s}), closed at the time it reached a final one. */
    private static String caseIn(String state) {
        return CASE.formatted("'other'", "'minor'", "'source'", state,
                "CASE WHEN " + state + " IN ('closed', 'rejected') THEN now() END");
    }

    /**
     * A complaint in a state (an SQL literal, or {@code %1$s}), a duplicate linking the first complaint, a declined one
     * with its reason.
     */
    private static String complaintIn(String channel, String category, String state, String satisfaction,
                                      String ratedAt) {
        return COMPLAINT.formatted(channel, category, state, satisfaction, ratedAt,
                "CASE WHEN " + state + " = 'duplicate' THEN (SELECT min(id) FROM complaint) END",
                "CASE WHEN " + state + " = 'declined' THEN 'test' END");
    }

    static Stream<ClosedList> closedLists() {
        return Stream.of(
                new ClosedList("problem_case", "state", keys(CaseState.class), caseIn("%1$s")),
                new ClosedList("problem_case", "category", keys(FindingCategory.class),
                        CASE.formatted("%s", "'minor'", "'source'", "'open'", "null")),
                new ClosedList("problem_case", "severity", keys(Severity.class),
                        CASE.formatted("'other'", "%s", "'source'", "'open'", "null")),
                new ClosedList("problem_case", "target_kind", keys(TargetKind.class),
                        CASE.formatted("'other'", "'minor'", "%s", "'open'", "null")),
                new ClosedList("case_event", "to_state", keys(CaseState.class), "INSERT INTO case_event (case_id, at,"
                        + " action, to_state) VALUES ((SELECT min(id) FROM problem_case), now(), 'open', %s)"),
                new ClosedList("complaint", "state", keys(ComplaintState.class),
                        complaintIn("'web'", "'noise'", "%1$s", "null", "null")),
                new ClosedList("complaint", "channel", keys(Channel.class),
                        complaintIn("%s", "'noise'", "'received'", "null", "null")),
                new ClosedList("complaint", "category", keys(ComplaintCategory.class),
                        complaintIn("'web'", "%s", "'received'", "null", "null")),
                new ClosedList("complaint", "satisfaction", keys(Satisfaction.class),
                        complaintIn("'web'", "'noise'", "'closed'", "%s", "now()")),
                new ClosedList("complaint_event", "to_state", keys(ComplaintState.class), "INSERT INTO complaint_event"
                        + " (complaint_id, at, action, to_state) VALUES ((SELECT min(id) FROM complaint), now(),"
                        + " 'receive', %s)"),
                new ClosedList("photo", "media_type", words(PhotoType.class, PhotoType::mediaType), "INSERT INTO photo"
                        + " (sha256, media_type, bytes, size_bytes, uploaded_from, uploaded_at) VALUES"
                        + " (gen_random_uuid()::text, %s, '\\x00', 1, 'test', now())"));
    }

    @BeforeEach
    void aGridACaseAndAComplaint() throws SQLException {
        emptyLayer.startOver(ApiClient.asAdmin(http));
        sql.execute(caseIn("'open'"));
        sql.execute(complaintIn("'web'", "'noise'", "'received'", "null", "null"));
    }

    private long rows(ClosedList list) {
        return sql.count("SELECT count(*) FROM " + list.table());
    }

    @ParameterizedTest(name = "{0} takes every word of its vocabulary")
    @MethodSource("closedLists")
    void everyWordOfTheVocabularyIsStored(ClosedList list) {
        long before = rows(list);
        for (String word : list.words()) {
            assertDoesNotThrow(() -> sql.execute(list.insert().formatted("'" + word + "'")), list + " = " + word);
        }
        assertEquals(before + list.words().size(), rows(list));
    }

    @ParameterizedTest(name = "{0} refuses a word the platform does not know")
    @MethodSource("closedLists")
    void anUnknownWordIsRefusedAndNothingIsStored(ClosedList list) {
        long before = rows(list);
        for (String unknown : List.of("nonsense", list.words().get(0).toUpperCase(Locale.ROOT), "")) {
            var refused = assertThrows(SQLException.class,
                    () -> sql.execute(list.insert().formatted("'" + unknown + "'")), list + " = " + unknown);
            assertEquals("23514", refused.getSQLState(), refused.getMessage());
            assertTrue(refused.getMessage().contains(list.table() + "_" + list.column() + "_check"),
                    refused.getMessage());
        }
        assertEquals(before, rows(list));
    }
}
