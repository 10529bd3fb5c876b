package com.envgrid.api.shared;

import com.envgrid.core.input.ProblemCode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every code the server can put on a problem — each constant of every {@link ProblemCode} enum in grid-core and
 * grid-api — has its message in the pages' Chinese and English ({@code problem.<code>} in zh-CN.js and en.js), so a
 * refusal is never shown in the server's English in the Chinese UI.
 */
class ProblemCodesTranslatedTest {
    private static final Pattern KEY = Pattern.compile("^\\s*'(problem\\.[^']+)':", Pattern.MULTILINE);

    @Test
    void every_problem_code_has_a_chinese_and_an_english_message() throws IOException {
        Set<String> codes = codes();
        assertTrue(codes.containsAll(Set.of("input.required", "not_found", "workflow.wrong_state",
                "login.wrong_credentials", "complaint.rated_already")), "codes found: " + codes);
        for (String language : new String[]{"zh-CN", "en"}) {
            Set<String> translated = translated(language);
            Set<String> missing = new TreeSet<>(codes);
            missing.removeAll(translated);
            assertEquals(Set.of(), missing, "codes without a message in " + language + ".js (add 'problem.<code>')");
        }
    }

    /** The codes of the constants of every enum implementing ProblemCode, in grid-core's and grid-api's classes. */
    private static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        // the two modules' packages, wherever they are — class folders in a module's build, jars in the reactor's —,
        // not the whole class path, which takes a minute to read
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.envgrid.core", "com.envgrid.api")) {
            if (type.isEnum() && type.isAssignableTo(ProblemCode.class)) {
                Arrays.stream(type.reflect().getEnumConstants()).map(c -> ((ProblemCode) c).code()).forEach(codes::add);
            }
        }
        return codes;
    }

    /** The codes the messages of a language name: problem.not_found → not_found. */
    private static Set<String> translated(String language) throws IOException {
        String path = "public/js/i18n/" + language + ".js";
        try (InputStream in = ProblemCodesTranslatedTest.class.getClassLoader().getResourceAsStream(path)) {
            assertTrue(in != null, "no " + path + " on the class path");
            Matcher keys = KEY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> codes = new TreeSet<>();
            while (keys.find()) {
                codes.add(keys.group(1).substring("problem.".length()));
            }
            return codes;
        }
    }
}
