package com.envgrid.core.inspection;

import com.envgrid.core.duty.TargetKind;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecklistsTest {
    private static List<String> keys(TargetKind kind, String sourceKind) {
        return Checklists.forTarget(kind, sourceKind).stream().map(ChecklistItem::key).toList();
    }

    @Test
    void an_enterprise_is_checked_for_its_permit_facilities_monitoring_hazardous_waste_and_ledgers() {
        assertTrue(keys(TargetKind.SOURCE, "enterprise").containsAll(List.of("permit_valid", "treatment_running",
                "online_monitoring", "hazardous_waste_storage", "ledger_complete")));
        assertEquals("排污许可证在有效期内", Checklists.forTarget(TargetKind.SOURCE, "企业").get(0).zh());
    }

    @Test
    void a_construction_site_is_checked_for_dust_control() {
        assertTrue(keys(TargetKind.SOURCE, "construction_site").containsAll(List.of("hoarding", "bare_soil_covered",
                "vehicle_washing", "muck_trucks_sealed")));
        assertEquals(keys(TargetKind.SOURCE, "construction_site"), keys(TargetKind.SOURCE, "工地"));
    }

    @Test
    void a_grid_patrol_looks_for_burning_dumping_and_black_odorous_water() {
        assertTrue(keys(TargetKind.GRID_PATROL, null).containsAll(List.of("no_straw_burning", "no_open_burning",
                "no_dumping", "no_black_odorous_water")));
    }

    @Test
    void a_river_patrol_looks_at_the_water_the_outlets_and_the_banks() {
        assertTrue(keys(TargetKind.RIVER_PATROL, null).containsAll(List.of("no_floating_debris", "outlets_normal",
                "banks_clean")));
    }

    @Test
    void a_source_of_no_stated_kind_gets_the_checklist_for_other_sources() {
        assertEquals(keys(TargetKind.SOURCE, "other"), keys(TargetKind.SOURCE, null));
        assertFalse(keys(TargetKind.SOURCE, null).contains("permit_valid"));
    }

    @Test
    void the_source_kind_is_ignored_for_patrols() {
        assertEquals(keys(TargetKind.GRID_PATROL, null), keys(TargetKind.GRID_PATROL, "enterprise"));
    }

    @Test
    void an_unknown_source_kind_is_refused_with_the_accepted_ones() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checklists.forTarget(TargetKind.SOURCE, "factory"));
        assertTrue(e.getMessage().contains("'factory'") && e.getMessage().contains("construction_site"),
                e.getMessage());
    }

    @Test
    void every_checklist_has_unique_keys_and_both_wordings() {
        for (List<ChecklistItem> checklist : List.of(Checklists.forTarget(TargetKind.SOURCE, "enterprise"),
                Checklists.forTarget(TargetKind.SOURCE, "construction_site"),
                Checklists.forTarget(TargetKind.SOURCE, "other"),
                Checklists.forTarget(TargetKind.GRID_PATROL, null),
                Checklists.forTarget(TargetKind.RIVER_PATROL, null))) {
            assertEquals(checklist.size(), new HashSet<>(checklist.stream().map(ChecklistItem::key).toList()).size());
            checklist.forEach(item -> assertFalse(item.key().isBlank() || item.zh().isBlank() || item.en().isBlank(),
                    item.toString()));
        }
    }

    @Test
    void answers_to_items_of_the_targets_checklist_are_all_known_even_when_some_are_left_out() {
        assertEquals(Optional.empty(), Checklists.unknownKey(TargetKind.SOURCE, "enterprise", Set.of(),
                List.of("permit_valid", "ledger_complete")));
        assertEquals(Optional.empty(), Checklists.unknownKey(TargetKind.RIVER_PATROL, null, Set.of(), List.of()));
    }

    @Test
    void an_answer_from_another_checklist_is_the_unknown_key() {
        assertEquals(Optional.of("hoarding"), Checklists.unknownKey(TargetKind.SOURCE, "enterprise", Set.of(),
                List.of("permit_valid", "hoarding", "vehicle_washing")));
        assertEquals(Optional.of("no_straw_burning"), Checklists.unknownKey(TargetKind.RIVER_PATROL, null, Set.of(),
                List.of("no_straw_burning")));
        assertEquals(Optional.of("null"), Checklists.unknownKey(TargetKind.GRID_PATROL, null, Set.of(),
                java.util.Arrays.asList("no_dumping", null)));
    }

    @Test
    void a_radiation_holder_gets_the_radiation_items_after_its_own_and_patrols_never_do() {
        List<ChecklistItem> enterprise = Checklists.forTarget(TargetKind.SOURCE, "enterprise");
        List<ChecklistItem> holder = Checklists.forTarget(TargetKind.SOURCE, "enterprise",
                Set.of(Checklists.Supplement.RADIATION));
        assertEquals(enterprise, holder.subList(0, enterprise.size()));
        assertEquals(Checklists.Supplement.RADIATION.items(), holder.subList(enterprise.size(), holder.size()));
        assertTrue(holder.stream().anyMatch(i -> i.key().equals("radiation_dosimeters")));
        assertEquals(Checklists.forTarget(TargetKind.GRID_PATROL, null),
                Checklists.forTarget(TargetKind.GRID_PATROL, null, Set.of(Checklists.Supplement.RADIATION)));
        assertEquals(Optional.empty(), Checklists.unknownKey(TargetKind.SOURCE, "other",
                Set.of(Checklists.Supplement.RADIATION), List.of("radiation_interlocks")));
        assertEquals(Optional.of("radiation_interlocks"), Checklists.unknownKey(TargetKind.SOURCE, "other", Set.of(),
                List.of("radiation_interlocks")));
    }

    @Test
    void a_source_that_generates_hazardous_waste_is_checked_for_it_after_its_kind() {
        var generator = Checklists.forTarget(TargetKind.SOURCE, "other", Set.of(Checklists.Supplement.HAZARDOUS_WASTE)).stream().map(ChecklistItem::key).toList();
        assertEquals(keys(TargetKind.SOURCE, "other"), generator.subList(0, keys(TargetKind.SOURCE, "other").size()));
        assertTrue(generator.containsAll(List.of("hw_ledger", "hw_manifests", "hw_licensed_receiver",
                "hw_storage_within_year")));
        assertTrue(Checklists.unknownKey(TargetKind.SOURCE, "enterprise", Set.of(Checklists.Supplement.HAZARDOUS_WASTE), List.of("hw_manifests")).isEmpty());
        assertEquals("hw_manifests",
                Checklists.unknownKey(TargetKind.SOURCE, "enterprise", Set.of(), List.of("hw_manifests")).orElseThrow());
        assertEquals(keys(TargetKind.GRID_PATROL, null), Checklists.forTarget(TargetKind.GRID_PATROL, null, Set.of(Checklists.Supplement.HAZARDOUS_WASTE))
                .stream().map(ChecklistItem::key).toList(), "a patrol has no generator");
    }
}
