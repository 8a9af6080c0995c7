package io.waxalert.app.settings;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Switch settings must say yes or no. Micronaut reads any other word as {@code false}, so
 * {@code waxalert.monitor.enabled=ture} would silently switch the check off: such a value stops the
 * start instead, naming the property.
 */
@Context
final class StrictBooleans {

  /** Every {@code waxalert.*} switch. */
  static final List<String> SWITCHES = List.of("waxalert.monitor.enabled", "waxalert.delivery.enabled",
      "waxalert.webhooks.allow-private-addresses");

  private static final Set<String> WORDS = Set.of("true", "false", "yes", "no", "on", "off");

  StrictBooleans(Environment environment) {
    for (String name : SWITCHES) {
      environment.getProperty(name, String.class).ifPresent(value -> {
        if (!WORDS.contains(value.trim().toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
        }
      });
    }
  }
}
