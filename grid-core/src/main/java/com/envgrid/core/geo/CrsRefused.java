package com.envgrid.core.geo;

import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;

import java.util.List;
import java.util.Map;

/**
 * A coordinate system, or coordinates in it, that cannot be used. Thrown without a location, since the same
 * definition arrives in a .prj, a GeoPackage, a GeoJSON member or a query parameter: the caller says where with
 * {@link #at(String)} or {@link #asInvalidInput(String)}.
 */
public final class CrsRefused extends RuntimeException {
    private final CrsCode code;
    private final Map<String, Object> params;

    CrsRefused(CrsCode code, String message, Map<String, ?> params) {
        super(message);
        this.code = code;
        this.params = Map.copyOf(params);
    }

    public CrsCode code() {
        return code;
    }

    public Map<String, Object> params() {
        return params;
    }

    /** This refusal as a problem at a place (a JSON pointer, "layer X", a query parameter …). */
    public InputProblem at(String where) {
        return new InputProblem(where, getMessage(), code, params);
    }

    public InvalidInput asInvalidInput(String where) {
        return new InvalidInput(getMessage(), List.of(at(where)));
    }
}
