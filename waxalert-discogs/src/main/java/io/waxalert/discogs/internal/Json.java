package io.waxalert.discogs.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper for Discogs' answers, old and new shapes alike: snake_case, unknown keys
 * ignored, floats as exact BigDecimal, and lenient where Discogs varies:
 * <ul>
 *   <li>a single value where a list is expected is a list of one ({@code "label": "EMI"});
 *   <li>a one-element array where a single value is expected is that value;
 *   <li>{@code ""} and {@code []} where an object is expected are null; {@code ""} for a number is null;
 *   <li>numbers sent as strings ({@code "qty": "1"}, {@code "rating": "99.8"}) and the reverse are read;
 *   <li>anything still unreadable drops that one field ({@link TolerantJsonModule}), never the answer.
 * </ul>
 */
public final class Json {

  private Json() {}

  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
        .addModule(new TolerantJsonModule())
        .build();
  }
}
