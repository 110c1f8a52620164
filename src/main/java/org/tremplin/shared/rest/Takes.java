package org.tremplin.shared.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields a write route takes from its JSON body (for a list body, from each of its objects). Any other
 * field given a value is refused with a 400 naming it, so that nothing sent is silently dropped: a reply-only
 * field ({@code status}, {@code esfMissing}…), a field another route takes ({@code exitDate} belongs to the exit),
 * or a typo. {@code id} may be sent when it equals the path's {@code {id}}. Checked by {@link RequestFields};
 * every write route with a body carries it (RequestFieldsTest).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Takes {
    String[] value();
}
