package org.tremplin.shared.web;


import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.util.function.Function;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.NotFoundException;

/**
 * The converter of a picker (p:autoComplete): an entity goes to the page as its id and comes back read
 * again through {@code find}, which applies the user's scope; an unknown or foreign id is the field's
 * error {@code unknownKey}, not a 500.
 */
public final class EntityConverter<T extends BaseEntity> implements Converter<T> {

    private final Function<Long, T> find;
    private final String unknownKey;

    public EntityConverter(Function<Long, T> find, String unknownKey) {
        this.find = find;
        this.unknownKey = unknownKey;
    }

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return find.apply(Long.valueOf(value));
        } catch (NumberFormatException | NotFoundException e) {
            String text = Texts.text(unknownKey);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
