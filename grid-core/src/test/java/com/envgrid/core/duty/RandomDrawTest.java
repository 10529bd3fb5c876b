package com.envgrid.core.duty;

import com.envgrid.core.source.CreditRating;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomDrawTest {
    private static final String SEED = "2026-Q4 sealed 2026-09-25";
    /** Ten enterprises: five rated A, three B, two C, in grids G1 and G2. */
    private static final List<DrawCandidate> TEN = IntStream.range(0, 10)
            .mapToObj(i -> new DrawCandidate("913301000000000" + (100 + i), i % 2 == 0 ? "G1" : "G2",
                    i < 5 ? CreditRating.A : i < 8 ? CreditRating.B : CreditRating.C))
            .toList();
    private static final List<Long> INSPECTORS = List.of(11L, 12L, 13L, 14L, 15L, 16L);
    private static final Map<String, Set<Long>> SUPERVISORS = Map.of("G1", Set.of(11L, 12L), "G2", Set.of(13L));

    private static DrawResult draw(String seed, List<DrawCandidate> candidates, Integer count, Double share,
                                   boolean stratify) {
        return RandomDraw.draw(new DrawRequest(seed, candidates, count, share, stratify), INSPECTORS, SUPERVISORS);
    }

    private static List<String> codes(DrawResult result) {
        return result.drawn().stream().map(DrawnObject::code).toList();
    }

    /** SHA-256 as the published algorithm states it, written here independently of the code under test. */
    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_same_seed_and_candidates_give_the_same_draw_whatever_their_order() {
        List<DrawCandidate> reversed = new ArrayList<>(TEN);
        Collections.reverse(reversed);
        assertEquals(draw(SEED, TEN, 4, null, false), draw(SEED, TEN, 4, null, false));
        assertEquals(draw(SEED, TEN, 4, null, false), draw(SEED, reversed, 4, null, false));
    }

    @Test
    void another_seed_draws_differently() {
        assertNotEquals(codes(draw(SEED, TEN, 4, null, false)), codes(draw(SEED + ".", TEN, 4, null, false)));
    }

    @Test
    void the_candidate_hash_is_of_the_sorted_codes_and_changes_when_a_candidate_is_added() throws Exception {
        assertEquals(sha256("a\nb\nc"), RandomDraw.candidateHash(List.of("c", "a", "b")));
        assertNotEquals(RandomDraw.candidateHash(List.of("a", "b", "c")),
                RandomDraw.candidateHash(List.of("a", "b", "c", "d")));
        List<String> codes = TEN.stream().map(DrawCandidate::code).toList();
        assertEquals(RandomDraw.candidateHash(codes), draw(SEED, TEN, 1, null, false).candidateHash());
    }

    @Test
    void the_published_algorithm_is_what_the_code_does() throws Exception {
        // steps 2, 4 and 5 of the published text, re-implemented from the words
        List<String> byScore = new ArrayList<>(TEN.stream().map(DrawCandidate::code).toList());
        Map<String, String> score = new TreeMap<>();
        for (String code : byScore) {
            score.put(code, sha256(SEED + ":" + code));
        }
        byScore.sort(Comparator.comparing(score::get));
        DrawResult result = draw(SEED, TEN, 4, null, false);
        assertEquals(RandomDraw.ALGORITHM, result.algorithm());
        assertEquals(byScore.subList(0, 4), codes(result));
        for (DrawnObject drawn : result.drawn()) {
            assertEquals(score.get(drawn.code()), drawn.score());
            Set<Long> excluded = SUPERVISORS.get(drawn.gridCode());
            List<Long> expected = new ArrayList<>();
            Map<Long, String> inspectorScore = new TreeMap<>();
            for (long id : INSPECTORS) {
                if (!excluded.contains(id)) {
                    expected.add(id);
                    inspectorScore.put(id, sha256(SEED + ":" + drawn.code() + ":" + id));
                }
            }
            expected.sort(Comparator.comparing(inspectorScore::get));
            assertEquals(expected.subList(0, 2), drawn.inspectors(), drawn.code());
            assertNull(drawn.inspectorShortfall());
        }
    }

    @Test
    void stratified_the_total_is_split_by_largest_remainder_and_each_rating_draws_its_lowest_scores()
            throws Exception {
        // 5 of 10: A 5 × 5/10 = 2.5, B 1.5, C 1.0; the one unit left goes to A before B (equal remainders)
        DrawResult result = draw(SEED, TEN, 5, null, true);
        Map<CreditRating, Long> perRating = result.drawn().stream()
                .collect(Collectors.groupingBy(DrawnObject::rating, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(CreditRating.A, 3L, CreditRating.B, 1L, CreditRating.C, 1L), perRating);
        for (CreditRating rating : CreditRating.values()) {
            List<String> stratum = new ArrayList<>();
            Map<String, String> score = new TreeMap<>();
            for (DrawCandidate c : TEN) {
                if (c.rating() == rating) {
                    stratum.add(c.code());
                    score.put(c.code(), sha256(SEED + ":" + c.code()));
                }
            }
            stratum.sort(Comparator.comparing(score::get));
            List<String> drawn = result.drawn().stream().filter(d -> d.rating() == rating).map(DrawnObject::code)
                    .toList();
            assertEquals(stratum.subList(0, drawn.size()), drawn, rating.name());
        }
        List<String> scores = result.drawn().stream().map(DrawnObject::score).toList();
        assertEquals(scores.stream().sorted().toList(), scores, "listed by score");
    }

    @Test
    void a_share_is_rounded_half_up_in_decimal_and_never_to_nothing() {
        assertEquals(3, draw(SEED, TEN, null, 0.25, false).drawn().size());
        assertEquals(4, draw(SEED, TEN, null, 0.35, false).drawn().size(), "0.35 × 10 is 3.5, not 3.4999…");
        assertEquals(1, draw(SEED, TEN, null, 0.01, false).drawn().size());
        assertEquals(10, draw(SEED, TEN, null, 1.0, false).drawn().size());
        assertEquals(10, draw(SEED, TEN, 50, null, false).drawn().size());
        assertEquals(0, draw(SEED, List.of(), null, 0.5, false).drawn().size());
    }

    @Test
    void nobody_inspects_an_object_in_a_grid_they_supervise() {
        DrawResult result = draw(SEED, TEN, 10, null, false);
        for (DrawnObject drawn : result.drawn()) {
            assertEquals(2, drawn.inspectors().size());
            drawn.inspectors().forEach(id -> assertTrue(!SUPERVISORS.get(drawn.gridCode()).contains(id),
                    id + " supervises " + drawn.gridCode()));
        }
    }

    @Test
    void too_few_inspectors_outside_the_grid_is_reported_not_thrown() {
        var request = new DrawRequest(SEED, List.of(new DrawCandidate("X", "G1", CreditRating.D)), 1, null, false);
        DrawnObject one = RandomDraw.draw(request, List.of(11L, 12L, 14L), SUPERVISORS).drawn().get(0);
        assertEquals(List.of(14L), one.inspectors());
        assertTrue(one.inspectorShortfall().contains("only one eligible inspector"), one.inspectorShortfall());
        DrawnObject none = RandomDraw.draw(request, List.of(11L, 12L), SUPERVISORS).drawn().get(0);
        assertEquals(List.of(), none.inspectors());
        assertTrue(none.inspectorShortfall().contains("no eligible inspector"), none.inspectorShortfall());
    }

    @Test
    void a_request_must_say_how_many_and_from_what() {
        assertMessage("give either count or share, not both", () -> new DrawRequest(SEED, TEN, 2, 0.5, false));
        assertMessage("give either count", () -> new DrawRequest(SEED, TEN, null, null, false));
        assertMessage("share must be above 0", () -> new DrawRequest(SEED, TEN, null, 0.0, false));
        assertMessage("share must be above 0 and at most 1", () -> new DrawRequest(SEED, TEN, null, 1.5, false));
        assertMessage("count must be at least 1", () -> new DrawRequest(SEED, TEN, 0, null, false));
        assertMessage("seed is missing", () -> new DrawRequest(" ", TEN, 1, null, false));
        assertMessage("listed twice", () -> new DrawRequest(SEED, List.of(TEN.get(0), TEN.get(0)), 1, null, false));
        assertMessage("rating is missing", () -> new DrawCandidate("X", "G1", null));
    }

    private static void assertMessage(String expected, Runnable construction) {
        var e = assertThrows(IllegalArgumentException.class, construction::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
