package com.envgrid.core.duty;

import java.util.List;

/**
 * The outcome of a draw, to publish: the seed, the hash of the candidate list, the algorithm in words (enough to
 * redo the draw in any language) and the drawn objects in score order.
 */
public record DrawResult(String seed, String candidateHash, String algorithm, List<DrawnObject> drawn) {
    public DrawResult {
        drawn = List.copyOf(drawn);
    }
}
