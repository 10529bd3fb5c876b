package com.envgrid.core.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015, which identifies every
 * enterprise and organisation in China.
 * <p>
 * Characters are the digits and the capital letters except I, O, S, V and Z. Position 1 is the registration
 * authority code, 2 the entity type, 3–8 the administrative division code (digits), 9–17 the organisation code,
 * and 18 a check character: with each of the first 17 characters valued at its index in
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} and weighted 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
 * the check value is 31 − (sum mod 31), with 31 written as 0. The registration authority and entity type codes are
 * not checked against their code lists.
 * <p>
 * Codes are read trimmed, upper-cased and with full-width characters made ASCII, since codes typed with a Chinese
 * input method often come full-width (９１３５…).
 */
public final class CreditCode {
    public static final int LENGTH = 18;
    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** The code as it is stored and compared: trimmed, full-width characters made ASCII, upper case. */
    public static String normalise(String code) {
        return Normalizer.normalize(code, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with a credit code, in English and in Chinese. */
    public record Wrong(String english, String chinese) {
    }

    /** Why the code is not a valid credit code, or empty when it is. */
    public static Optional<String> problem(String code) {
        return wrong(code).map(Wrong::english);
    }

    /** Why the code is not a valid credit code, in both languages, or empty when it is. */
    public static Optional<Wrong> wrong(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of(new Wrong("the credit code is empty", "统一社会信用代码为空"));
        }
        String c = normalise(code);
        if (c.length() != LENGTH) {
            return Optional.of(new Wrong("a credit code has 18 characters, this one has " + c.length(),
                    "统一社会信用代码应为 18 位，这里是 " + c.length() + " 位"));
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARACTERS.indexOf(c.charAt(i)) < 0) {
                return Optional.of(new Wrong("character '" + c.charAt(i) + "' at position " + (i + 1)
                        + " is not allowed: a credit code uses digits and capital letters except I, O, S, V and Z",
                        "第 " + (i + 1) + " 位“" + c.charAt(i) + "”不允许：只能是数字和除 I、O、S、V、Z 以外的大写字母"));
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(c.charAt(i))) {
                return Optional.of(new Wrong("positions 3–8 are the administrative division code and must be digits,"
                        + " position " + (i + 1) + " is '" + c.charAt(i) + "'",
                        "第 3–8 位是行政区划代码，应为数字，第 " + (i + 1) + " 位是“" + c.charAt(i) + "”"));
            }
        }
        char expected = checkCharacter(c);
        if (c.charAt(LENGTH - 1) != expected) {
            return Optional.of(new Wrong("the check character (position 18) is '" + c.charAt(LENGTH - 1)
                    + "' but should be '" + expected + "': a character is mistyped",
                    "校验位（第 18 位）是“" + c.charAt(LENGTH - 1) + "”，应为“" + expected + "”：有字符录错"));
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /**
     * The full code for the first 17 characters: they followed by their check character.
     *
     * @throws IllegalArgumentException when the text is not 17 characters of the credit-code alphabet
     */
    public static String withCheckCharacter(String first17) {
        String c = normalise(first17);
        if (c.length() != LENGTH - 1 || !c.chars().allMatch(ch -> CHARACTERS.indexOf(ch) >= 0)) {
            throw new IllegalArgumentException("expected the first 17 characters of a credit code, got " + first17);
        }
        return c + checkCharacter(c);
    }

    private static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}
