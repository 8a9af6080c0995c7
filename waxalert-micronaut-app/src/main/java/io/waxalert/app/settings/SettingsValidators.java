package io.waxalert.app.settings;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

/** The validators of the settings' own constraints, {@link PositiveDuration} and {@link HttpUrl}. */
@Factory
class SettingsValidators {

  @Singleton
  ConstraintValidator<PositiveDuration, Duration> positiveDuration() {
    return (value, annotation, context) -> {
      if (value == null) {
        return true;
      }
      boolean orZero = annotation.booleanValue("orZero").orElse(false);
      return orZero ? !value.isNegative() : !value.isNegative() && !value.isZero();
    };
  }

  @Singleton
  ConstraintValidator<HttpUrl, CharSequence> httpUrl() {
    return (value, annotation, context) -> {
      if (value == null) {
        return true;
      }
      String text = value.toString().trim();
      boolean orNone = annotation.booleanValue("orNone").orElse(false);
      if (orNone && (text.isEmpty() || text.equalsIgnoreCase("none"))) {
        return true;
      }
      return isHttpUrl(text);
    };
  }

  /** An absolute http(s) URL naming a server (a host, or host and port as the authority). */
  static boolean isHttpUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
