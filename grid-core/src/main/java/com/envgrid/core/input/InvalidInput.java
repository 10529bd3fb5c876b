package com.envgrid.core.input;

import java.util.List;

/** Submitted data that cannot be accepted as it is; nothing of it may be stored. */
public class InvalidInput extends RuntimeException {
    private final List<InputProblem> problems;

    public InvalidInput(String summary, List<InputProblem> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
