package com.envgrid.api.access;

import com.envgrid.api.shared.NotFound;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import jakarta.inject.Singleton;

import java.util.List;

/** Finds the grid a request argument is about, for {@link TouchesGrid}. */
public interface GridOf {
    /** The grid code; throws {@link NotFound} when the argument names nothing that exists. */
    String gridCode(Object argument);

    /** The argument is the grid code itself, or a {@link GridTarget}. */
    @Singleton
    class Direct implements GridOf {
        @Override
        public String gridCode(Object argument) {
            if (argument instanceof GridTarget target) {
                if (target.gridCode() == null) {
                    throw new InvalidInput("which grid is not said", List.of(new InputProblem("/grid_code",
                            "grid_code names the grid")));
                }
                return target.gridCode();
            }
            return String.valueOf(argument);
        }
    }
}
