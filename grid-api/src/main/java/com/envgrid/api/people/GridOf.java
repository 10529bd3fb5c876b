package com.envgrid.api.people;

import com.envgrid.api.shared.NotFound;
import jakarta.inject.Singleton;

/** Finds the grid a request argument is about, for {@link TouchesGrid}. */
public interface GridOf {
    /** The grid code; throws {@link NotFound} when the argument names nothing that exists. */
    String gridCode(Object argument);

    /** The argument is the grid code itself, or a {@link GridTarget}. */
    @Singleton
    class Direct implements GridOf {
        @Override
        public String gridCode(Object argument) {
            return argument instanceof GridTarget target ? target.gridCode() : String.valueOf(argument);
        }
    }
}
