package com.envgrid.core.duty;

import com.envgrid.core.source.CreditRating;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 双随机一公开 draw: random objects, random inspectors, published. Nothing in it is random in the programming
 * sense: every choice follows from SHA-256 hashes of the published seed and codes, so anyone holding the seed, the
 * candidate list and the inspector list can redo the draw in any language and must get the same result. The steps
 * are in {@link #ALGORITHM}, which is published with every result.
 * <p>
 * The seed and the {@link #candidateHash candidate hash} are meant to be made public before the draw is run, so
 * that neither the seed nor the list can be chosen to steer the outcome.
 */
public final class RandomDraw {
    /** The steps of the draw, published with each result; the code below does exactly this. */
    public static final String ALGORITHM = "envgrid draw v1. Every hash is SHA-256 of the UTF-8 bytes of a text,"
            + " written as 64 lowercase hexadecimal digits; hashes compare as strings, which is the same as comparing"
            + " them as numbers. (1) Candidate hash: sort the candidate codes in ascending order of their UTF-16 code"
            + " units (byte order for ASCII codes), join them with a line feed \"\\n\" (none after the last) and hash."
            + " (2) Score: each candidate scores hash(seed + \":\" + code); lower scores come first, equal scores in"
            + " code order. (3) How many, N being the number of candidates: a count is taken as given but at most N;"
            + " a share s gives s × N computed in decimal arithmetic on the shortest decimal form of s and rounded half"
            + " up, at least 1 when N > 0. (4) Without strata, that many candidates with the lowest scores are drawn."
            + " Stratified by rating, the total T is shared out over the ratings present by the largest-remainder"
            + " method: a rating with n candidates first gets floor(T × n / N), and the T − (sum of those) units left"
            + " go one each to the ratings with the largest remainders (T × n mod N), equal remainders in rating order"
            + " A, B, C, D; within each rating the candidates with the lowest scores are drawn. The drawn objects are"
            + " listed by score. (5) Inspectors: for each drawn object, every eligible inspector who is not a"
            + " supervisor of the object's grid scores hash(seed + \":\" + object code + \":\" + person id), the id"
            + " in decimal; the two with the lowest scores (equal scores: smaller id first) inspect it. If fewer than"
            + " two are left, the object gets those there are and the result says so.";

    private static final Comparator<Scored> BY_SCORE = Comparator.comparing(Scored::score)
            .thenComparing(s -> s.candidate().code());

    private RandomDraw() {
    }

    /** hex SHA-256 of the candidate codes, sorted and joined with "\n" (UTF-8): step 1 of {@link #ALGORITHM}. */
    public static String candidateHash(List<String> candidateCodes) {
        return sha256(candidateCodes.stream().sorted().collect(Collectors.joining("\n")));
    }

    /**
     * Draws objects and pairs each with two inspectors, as {@link #ALGORITHM} says. {@code supervisorsOfGrid}
     * gives the supervisors of each grid, who may not inspect objects in it; a grid missing from it has none. No
     * candidates, nothing drawn.
     */
    public static DrawResult draw(DrawRequest request, List<Long> eligibleInspectors,
                                  Map<String, Set<Long>> supervisorsOfGrid) {
        String seed = request.seed();
        List<Scored> scored = request.candidates().stream()
                .map(c -> new Scored(c, sha256(seed + ":" + c.code())))
                .sorted(BY_SCORE)
                .toList();
        int total = total(request);
        List<Scored> drawn = new ArrayList<>(request.stratifyByRating() ? byRating(scored, total)
                : scored.subList(0, total));
        drawn.sort(BY_SCORE);
        List<Long> inspectors = eligibleInspectors.stream().distinct().toList();
        List<DrawnObject> objects = drawn.stream()
                .map(s -> paired(seed, s, inspectors, supervisorsOfGrid))
                .toList();
        List<String> codes = request.candidates().stream().map(DrawCandidate::code).toList();
        return new DrawResult(seed, candidateHash(codes), ALGORITHM, objects);
    }

    /** Step 3: how many objects to draw. */
    private static int total(DrawRequest request) {
        int n = request.candidates().size();
        if (request.count() != null) {
            return Math.min(request.count(), n);
        }
        if (n == 0) {
            return 0;
        }
        int rounded = BigDecimal.valueOf(request.share()).multiply(BigDecimal.valueOf(n))
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
        return Math.max(1, rounded);
    }

    /** Step 4, stratified: the largest-remainder split of the total over the ratings, lowest scores within each. */
    private static List<Scored> byRating(List<Scored> scored, int total) {
        Map<CreditRating, List<Scored>> strata = new EnumMap<>(CreditRating.class);
        scored.forEach(s -> strata.computeIfAbsent(s.candidate().rating(), r -> new ArrayList<>()).add(s));
        long n = scored.size();
        Map<CreditRating, Integer> quota = new EnumMap<>(CreditRating.class);
        strata.forEach((rating, members) -> quota.put(rating, (int) (total * (long) members.size() / n)));
        int left = total - quota.values().stream().mapToInt(Integer::intValue).sum();
        strata.keySet().stream()
                .sorted(Comparator.comparingLong((CreditRating r) -> -(total * (long) strata.get(r).size() % n))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(left)
                .forEach(r -> quota.merge(r, 1, Integer::sum));
        List<Scored> drawn = new ArrayList<>();
        strata.forEach((rating, members) -> drawn.addAll(members.subList(0, quota.get(rating))));
        return drawn;
    }

    /** Step 5: the two inspectors with the lowest scores among those who do not supervise the object's grid. */
    private static DrawnObject paired(String seed, Scored object, List<Long> inspectors,
                                      Map<String, Set<Long>> supervisorsOfGrid) {
        DrawCandidate candidate = object.candidate();
        Set<Long> excluded = candidate.gridCode() == null ? Set.of()
                : supervisorsOfGrid.getOrDefault(candidate.gridCode(), Set.of());
        record Inspector(long id, String score) {
        }
        List<Long> chosen = inspectors.stream()
                .filter(id -> !excluded.contains(id))
                .map(id -> new Inspector(id, sha256(seed + ":" + candidate.code() + ":" + id)))
                .sorted(Comparator.comparing(Inspector::score).thenComparingLong(Inspector::id))
                .limit(2)
                .map(Inspector::id)
                .toList();
        String shortfall = chosen.size() == 2 ? null
                : (chosen.isEmpty() ? "no eligible inspector" : "only one eligible inspector")
                + (candidate.gridCode() == null ? "" : " who does not supervise grid " + candidate.gridCode())
                + "; two are needed";
        return new DrawnObject(candidate.code(), candidate.gridCode(), candidate.rating(), object.score(), chosen,
                shortfall);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Scored(DrawCandidate candidate, String score) {
    }
}
