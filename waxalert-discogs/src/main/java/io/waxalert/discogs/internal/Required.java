package io.waxalert.discogs.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a DTO component the answer cannot do without: when it is present but unreadable, the object
 * holding it fails instead of losing the field ({@link TolerantJsonModule}). For the lowest price of
 * market stats and a page's entries, whose silent loss would read as "nothing for sale". A missing
 * or null value is still fine: that is how Discogs says "none".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@interface Required {}
