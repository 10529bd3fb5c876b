package com.envgrid.api.shared;

import com.envgrid.core.input.Vocabulary;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;

import java.util.Locale;

/**
 * A column holding a word of one of grid-core's vocabularies by its key ({@link Vocabulary#key}: the constant in
 * lower case), read back as the enum. A subclass per vocabulary is the converter a {@code @MappedProperty} names.
 */
public abstract class VocabularyColumn<E extends Enum<E>> implements AttributeConverter<E, String> {
    private final Class<E> type;

    protected VocabularyColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToPersistedValue(E word, ConversionContext context) {
        return word == null ? null : Vocabulary.key(word);
    }

    @Override
    public E convertToEntityValue(String key, ConversionContext context) {
        return key == null ? null : Enum.valueOf(type, key.toUpperCase(Locale.ROOT));
    }
}
