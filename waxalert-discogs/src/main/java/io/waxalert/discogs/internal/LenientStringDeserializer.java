package io.waxalert.discogs.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text as Discogs sends it in its older or odder answers: a string, a number or boolean as its text,
 * or an array of those joined with ", " ({@code "format": ["LP", "Album"]} where one line is
 * expected). Objects inside an array are skipped; an object alone is refused, so the field is dropped.
 */
final class LenientStringDeserializer extends StdScalarDeserializer<String> {

  LenientStringDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_ARRAY) {
      List<String> parts = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) {
          return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        if (t.isStructStart()) {
          p.skipChildren();
        } else if (t != JsonToken.VALUE_NULL && !p.getText().isBlank()) {
          parts.add(p.getText().trim());
        }
      }
      return parts.isEmpty() ? null : String.join(", ", parts);
    }
    if (token != null && token.isScalarValue() && token != JsonToken.VALUE_EMBEDDED_OBJECT) {
      return token == JsonToken.VALUE_NULL ? null : p.getText();
    }
    if (token == JsonToken.VALUE_EMBEDDED_OBJECT) {
      Object embedded = p.getEmbeddedObject();
      return embedded == null ? null : embedded.toString();
    }
    return (String) ctxt.handleUnexpectedToken(String.class, p);
  }
}
