package io.waxalert.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.waxalert.app.http.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON object body read field by field, so that a missing field, an explicit {@code null} and a
 * wrong type are told apart and every error names its snake_case field.
 */
final class Body {

  private final JsonNode node;

  private Body(JsonNode node) {
    this.node = node;
  }

  static Body of(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return new Body(JsonNode.createObjectNode(Map.of()));
    }
    if (!node.isObject()) {
      throw ApiException.badRequest("body", "must be a JSON object, such as {\"max_price\": \"25.00\"}");
    }
    return new Body(node);
  }

  /** The JSON object in {@code field}, read the same way; null when absent or null. */
  @Nullable Body object(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw ApiException.badRequest(field, "must be a JSON object, such as {\"max_price\": \"25.00\"}");
    }
    return new Body(value);
  }

  boolean has(String field) {
    return node.get(field) != null;
  }

  /** Present as a string with nothing but blanks in it: not a value, and not {@code null} either. */
  boolean isEmptyString(String field) {
    JsonNode value = node.get(field);
    return value != null && value.isString() && value.getStringValue().isBlank();
  }

  /** Present and not null. */
  boolean hasValue(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  @Nullable String string(String field, int maxLength) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString() && !value.isNumber()) {
      throw ApiException.badRequest(field, "must be text");
    }
    String text = value.coerceStringValue().trim();
    if (text.length() > maxLength) {
      throw ApiException.badRequest(field, "must be at most " + maxLength + " characters");
    }
    return text.isEmpty() ? null : text;
  }

  /** A number or a numeric string, kept exactly as written (no binary floating point). */
  @Nullable BigDecimal decimal(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.isNumber() ? value.getNumberValue().toString()
        : value.isString() ? value.getStringValue().trim() : null;
    if (text == null || text.isEmpty()) {
      throw ApiException.badRequest(field, "must be a number such as 25 or 12.50");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(field, "must be a number such as 25 or 12.50");
    }
  }

  @Nullable Integer integer(String field) {
    BigDecimal value = decimal(field);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw ApiException.badRequest(field, "must be a whole number");
    }
  }

  @Nullable Boolean bool(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      throw ApiException.badRequest(field, "must be true or false");
    }
    return value.getBooleanValue();
  }

  /** A list of strings (a single string is taken as a one-element list); null when absent. */
  @Nullable List<String> strings(String field, int maxItems, int maxLength) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    List<String> items = new ArrayList<>();
    if (value.isString()) {
      items.add(value.getStringValue());
    } else if (value.isArray()) {
      for (JsonNode item : value.values()) {
        if (!item.isString()) {
          throw ApiException.badRequest(field, "must hold only names in quotes, such as [\"one\", \"two\"]");
        }
        items.add(item.getStringValue());
      }
    } else {
      throw ApiException.badRequest(field, "must be a list in square brackets, such as [\"one\", \"two\"]");
    }
    List<String> cleaned = new ArrayList<>();
    for (String item : items) {
      String trimmed = item.trim();
      if (trimmed.length() > maxLength) {
        throw ApiException.badRequest(field, "may hold names of at most " + maxLength + " characters");
      }
      if (!trimmed.isEmpty() && !cleaned.contains(trimmed)) {
        cleaned.add(trimmed);
      }
    }
    if (cleaned.size() > maxItems) {
      throw ApiException.badRequest(field, "may hold at most " + maxItems + " names");
    }
    return cleaned;
  }
}
