package io.waxalert.app.http;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Input the service could not even read (a body that is not JSON, or breaks the parser's limits on
 * length, nesting and number size; a path or query value of the wrong kind) in the caller's words,
 * naming the field. Micronaut's own message would show the parser's internals
 * ({@code Failed to convert argument [json] … StreamReadConstraints…}).
 */
final class UnreadableInput {

  private UnreadableInput() {}

  static Optional<ApiError> of(Throwable failure) {
    ConversionErrorException conversion = null;
    boolean decoding = false;
    StringBuilder messages = new StringBuilder();
    for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof ConversionErrorException c && conversion == null) {
        conversion = c;
      }
      String type = t.getClass().getName();
      decoding |= type.startsWith("com.fasterxml.jackson.") || type.startsWith("io.micronaut.serde.")
          || type.startsWith("io.micronaut.http.codec.") || type.startsWith("io.micronaut.json.");
      messages.append(t.getMessage()).append('\n');
    }
    if (conversion == null && !decoding) {
      return Optional.empty();
    }
    Argument<?> argument = conversion == null ? null : conversion.getArgument();
    if (decoding || argument == null || argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
      return Optional.of(new ApiError(FieldNames.sentence("body", bodyProblem(messages.toString().toLowerCase(Locale.ROOT))), "body"));
    }
    String field = argument.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    return Optional.of(new ApiError(FieldNames.sentence(field, "must be " + kind(argument.getType())), field));
  }

  private static String bodyProblem(String messages) {
    if (messages.contains("nesting depth")) {
      return "is nested too deeply";
    }
    if (messages.contains("number value length") || messages.contains("number length")) {
      return "has a number with too many digits";
    }
    if (messages.contains("string value length") || messages.contains("string length")) {
      return "has a text that is too long";
    }
    if (messages.contains("name length")) {
      return "has a field name that is too long";
    }
    if (messages.contains("document length")) {
      return "is too long";
    }
    return "is not valid JSON";
  }

  private static String kind(Class<?> type) {
    if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == BigDecimal.class || type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == UUID.class) {
      return "an id such as 3f2c5b1e-8a4d-4c1e-9f7a-2b6d8e0c1a35";
    }
    return "a valid value";
  }
}
