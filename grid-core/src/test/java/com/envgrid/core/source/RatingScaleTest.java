package com.envgrid.core.source;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static com.envgrid.core.source.CreditRating.A;
import static com.envgrid.core.source.CreditRating.B;
import static com.envgrid.core.source.CreditRating.C;
import static com.envgrid.core.source.CreditRating.D;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingScaleTest {
    private static final RatingScale DEFAULT = RatingScale.DEFAULT;

    @Test
    void the_default_scale_reads_letters_in_any_case() {
        assertEquals(Optional.of(A), DEFAULT.parse("A"));
        assertEquals(Optional.of(D), DEFAULT.parse(" d "));
    }

    @Test
    void the_default_scale_reads_the_colour_scale_in_chinese_and_english() {
        assertEquals(Optional.of(A), DEFAULT.parse("绿"));
        assertEquals(Optional.of(B), DEFAULT.parse("蓝色"));
        assertEquals(Optional.of(C), DEFAULT.parse("Yellow"));
        assertEquals(Optional.of(D), DEFAULT.parse("红色"));
    }

    @Test
    void an_unknown_label_is_no_rating_and_the_accepted_ones_are_listed_by_rating() {
        assertEquals(Optional.empty(), DEFAULT.parse("E"));
        assertEquals(Optional.empty(), DEFAULT.parse("黑"));
        assertEquals(Optional.empty(), DEFAULT.parse(null));
        assertEquals("A = A/绿/绿色/green; B = B/蓝/蓝色/blue; C = C/黄/黄色/yellow; D = D/红/红色/red",
                DEFAULT.accepted());
    }

    @Test
    void a_district_defines_its_own_scale_such_as_five_colours_with_black() {
        Map<String, CreditRating> jiangsu = new LinkedHashMap<>();
        jiangsu.put("黑色", D);
        jiangsu.put("绿色", A);
        jiangsu.put("蓝色", B);
        jiangsu.put("黄色", C);
        jiangsu.put("红色", D);
        RatingScale scale = RatingScale.of(jiangsu);
        assertEquals(Optional.of(D), scale.parse("黑色"));
        assertEquals(Optional.of(A), scale.parse("绿色"));
        assertEquals(Optional.empty(), scale.parse("A"), "only the labels given");
        assertEquals("A = 绿色; B = 蓝色; C = 黄色; D = 黑色/红色", scale.accepted());
    }

    @Test
    void a_label_given_two_ratings_is_refused() {
        var e = assertThrows(IllegalArgumentException.class, () -> RatingScale.of(Map.of("good", A, " GOOD", B)));
        assertTrue(e.getMessage().contains("both"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RatingScale.of(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> RatingScale.of(Map.of(" ", A)));
    }

    @Test
    void an_import_reads_ratings_by_the_district_scale() {
        RatingScale scale = RatingScale.of(Map.of("诚信", A, "良好", B, "警示", C, "不良", D));
        String csv = SourceFixture.csv("名称,类型,经度,纬度,评级", "甲工地,工地,120.01,30.01,警示", "乙工地,工地,120.02,30.02,黄");
        var result = SourceSheetReader.read(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), SourceSheetReader.Options.DEFAULT, scale,
                SourceFixture.INSIDE);
        assertEquals(C, result.rows().get(0).source().rating());
        SourceFixture.onlyProblem(result, 3, "评级", "unknown rating \"黄\"", "A = 诚信; B = 良好; C = 警示; D = 不良");
    }
}
