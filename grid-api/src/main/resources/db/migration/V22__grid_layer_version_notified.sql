-- Several application nodes on one database: each holds the grid layer in memory, so each must learn at once that
-- an import elsewhere gave the stored layer a new version. A new version is announced on channel grid_layer (payload:
-- the version) when its transaction commits; the nodes LISTEN to it (GridLayerWatch) and check the version
-- periodically besides, for an announcement missed while their connection was down.

create function grid_layer_announce_version() returns trigger language plpgsql as $$
begin
    perform pg_notify('grid_layer', new.version::text);
    return null;
end
$$;

create trigger grid_layer_version_announced after update of version on grid_layer
    for each row when (old.version is distinct from new.version) execute function grid_layer_announce_version();
