package com.envgrid.core.grid;

import com.envgrid.core.input.FreeText;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.input.ProblemCode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The city (市) a deployment serves: its GB/T 2260 code and its name. It is not a grid: its area is the union of its
 * districts. Either may be unknown (null) in an install migrated from one district, until an administrator sets it.
 */
public record City(String code, String name) {
    /** Codes of the problems with a city as sent. */
    public enum Problem implements ProblemCode {
        /** The code is not a city's GB/T 2260 code; {@code value}. */
        NOT_A_CITY_CODE("city.not_a_city_code"),
        /** Districts of the layer whose GB/T 2260 codes lie in another city; {@code districts}. */
        DISTRICTS_ELSEWHERE("city.districts_elsewhere");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /**
     * The city an administrator sends, checked: a code of 6 digits ending in {@code 00} (not a province's
     * {@code 0000}) that every district with a GB/T 2260 code lies in (its first four digits), and a name of at most
     * {@link FreeText#MAX_NAME_CHARS} characters; both required. Refused with every problem, each at its field.
     */
    public static City read(String code, String name, Collection<Grid> districts) {
        List<InputProblem> problems = new ArrayList<>();
        String c = code == null ? "" : code.strip();
        String n = name == null ? "" : name.strip();
        if (c.isEmpty()) {
            problems.add(new InputProblem("/code", "the city's GB/T 2260 code is required, e.g. 320200",
                    InputCode.REQUIRED, Map.of()));
        } else if (!DivisionCode.isCity(c)) {
            problems.add(new InputProblem("/code", "\"" + c + "\" is not a city's GB/T 2260 code: 6 digits ending in 00,"
                    + " such as 320200", Problem.NOT_A_CITY_CODE, Map.of("value", c)));
        } else {
            List<String> elsewhere = districts.stream().map(Grid::code).filter(DivisionCode::isDistrict)
                    .filter(d -> !DivisionCode.cityOf(d).orElseThrow().equals(c)).sorted().toList();
            if (!elsewhere.isEmpty()) {
                problems.add(new InputProblem("/code", "districts " + String.join(", ", elsewhere) + " do not lie in "
                        + c + " by their codes", Problem.DISTRICTS_ELSEWHERE, Map.of("districts", elsewhere)));
            }
        }
        if (n.isEmpty()) {
            problems.add(new InputProblem("/name", "the city's name is required, e.g. 无锡市", InputCode.REQUIRED, Map.of()));
        }
        FreeText.tooLongName("/name", n).ifPresent(problems::add);
        FreeText.problemAt("/name", n).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInput("the city was not saved", problems);
        }
        return new City(c, n);
    }
}
