package com.envgrid.api.shared;

import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;

import java.util.List;

/** A query parameter with a value that cannot be used: a 400 problem pointing at {@code ?name}. */
public class InvalidParameter extends InvalidInput {
    public InvalidParameter(String name, String message) {
        super("bad query parameter " + name, List.of(new InputProblem("?" + name, message)));
    }
}
