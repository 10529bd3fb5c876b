package com.envgrid.api.layer;

import com.envgrid.api.shared.Conflict;

/** Another import landed while this one was being validated; the client should send it again. */
class LayerChanged extends Conflict {
    LayerChanged() {
        super("the grid layer changed while this import was being validated; send it again");
    }
}
