package com.envgrid.api.shared;

import com.envgrid.core.input.Vocabulary;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;

import java.util.Locale;

/**
 * A closed vocabulary stored as its lower-case key ({@code grid_patrol}, {@code wgs84}), as the database's CHECKs
 * list them; a subclass per enum names it for {@code @TypeDef(converter = …)}.
 */
public abstract class KeyColumn<E extends Enum<E>> implements AttributeConverter<E, String> {
    private final Class<E> type;

    protected KeyColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToPersistedValue(E value, ConversionContext context) {
        return value == null ? null : Vocabulary.key(value);
    }

    @Override
    public E convertToEntityValue(String key, ConversionContext context) {
        return key == null ? null : Enum.valueOf(type, key.toUpperCase(Locale.ROOT));
    }
}
