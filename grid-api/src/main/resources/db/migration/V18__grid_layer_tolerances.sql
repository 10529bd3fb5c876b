-- The tolerances the stored layer was accepted with — an import may state its own sliver tolerances and an overhang
-- tolerance (outsideParentToleranceM2) —, so that after a restart its report is made with them again: an overhang
-- accepted as a warning stays one. Null until an import sets them: the configured tolerances apply.
alter table grid_layer
    add column sliver_area_m2    double precision,
    add column sliver_width_m    double precision,
    add column outside_parent_m2 double precision;
