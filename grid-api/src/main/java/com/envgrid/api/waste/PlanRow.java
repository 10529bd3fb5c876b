package com.envgrid.api.waste;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

@MappedEntity("waste_plan")
record PlanRow(@Id @GeneratedValue Long id, String sourceCode, int year, String wasteCode, BigDecimal tonnes) {
}
