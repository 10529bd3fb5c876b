package com.envgrid.api.inspection;

import com.envgrid.api.radiation.RadiationHoldings;
import com.envgrid.api.waste.Generators;
import com.envgrid.core.inspection.Checklists;
import jakarta.inject.Singleton;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a source also is, for its checklist: a generator of hazardous waste, a holder of radiation sources and devices.
 * The recording form asks for the list and the record is checked against it, both through here.
 */
@Singleton
class ChecklistSupplements {
    private final Generators generators;
    private final RadiationHoldings radiation;

    ChecklistSupplements(Generators generators, RadiationHoldings radiation) {
        this.generators = generators;
        this.radiation = radiation;
    }

    Set<Checklists.Supplement> of(String sourceCode) {
        Set<Checklists.Supplement> supplements = EnumSet.noneOf(Checklists.Supplement.class);
        if (generators.isGenerator(sourceCode)) {
            supplements.add(Checklists.Supplement.HAZARDOUS_WASTE);
        }
        supplements.addAll(radiation.checklistSupplements(sourceCode));
        return supplements;
    }
}
