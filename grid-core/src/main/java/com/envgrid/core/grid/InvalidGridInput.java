package com.envgrid.core.grid;

import java.util.List;

/** Submitted grid data that cannot be read as a grid layer at all; nothing of it may be stored. */
public class InvalidGridInput extends RuntimeException {
    private final List<InputProblem> problems;

    public InvalidGridInput(String summary, List<InputProblem> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
