package com.envgrid.api.duty;

import com.envgrid.api.shared.TargetKindColumn;
import com.envgrid.core.duty.Duty;
import com.envgrid.core.duty.DutyPurpose;
import com.envgrid.core.duty.TargetKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("duty")
record DutyRow(@Id @GeneratedValue @Nullable Long id,
               @TypeDef(type = DataType.STRING, converter = TargetKindColumn.class) TargetKind targetKind,
               String targetCode, String gridCode, LocalDate dueFrom, LocalDate dueBy, @Nullable Long supervisorId,
               @Nullable Instant doneAt,
               @TypeDef(type = DataType.STRING, converter = DutyPurposeColumn.class) DutyPurpose purpose,
               Instant createdAt) {

    Duty duty() {
        return new Duty(id, targetKind, targetCode, gridCode, dueFrom, dueBy, supervisorId, doneAt, purpose);
    }
}
