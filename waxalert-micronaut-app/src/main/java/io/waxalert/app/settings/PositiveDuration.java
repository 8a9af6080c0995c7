package io.waxalert.app.settings;

import jakarta.validation.Constraint;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A duration setting that must be longer than zero ({@code 10s}, {@code 1h}), or, with
 * {@link #orZero()}, may also be {@code 0s} (never negative). Checked by {@link SettingsValidators}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = {})
public @interface PositiveDuration {

  /** The setting's name, for the message: {@code waxalert.monitor.tick}. */
  String property();

  /** Whether {@code 0s} is allowed too. */
  boolean orZero() default false;

  String message() default "{property} must be a positive duration such as 10s, 5m or 1h";

  /** The message of an {@link #orZero()} setting. */
  String OR_ZERO = "{property} must be a duration such as 0s, 10s, 5m or 1h, not negative";

  Class<?>[] groups() default {};

  Class<?>[] payload() default {};
}
