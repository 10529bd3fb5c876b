package com.envgrid.api.draw;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("draw_item")
record DrawItemRow(@EmbeddedId Key key, @Nullable String gridCode, String rating, String score,
                   @Nullable Long inspector1, @Nullable Long inspector2) {
    @Embeddable
    record Key(long drawId, String objectCode) {
    }
}
