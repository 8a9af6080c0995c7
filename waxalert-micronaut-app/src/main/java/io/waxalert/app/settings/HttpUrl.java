package io.waxalert.app.settings;

import jakarta.validation.Constraint;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A setting that must be an absolute {@code http} or {@code https} URL with a host, or, with
 * {@link #orNone()}, the word {@code none}. Checked by {@link SettingsValidators}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = {})
public @interface HttpUrl {

  /** The setting's name, for the message: {@code waxalert.discogs.api-url}. */
  String property();

  /** Whether the word {@code none} (switch the feature off) is allowed too. */
  boolean orNone() default false;

  String message() default "{property} must be an http or https URL such as https://example.org";

  Class<?>[] groups() default {};

  Class<?>[] payload() default {};
}
