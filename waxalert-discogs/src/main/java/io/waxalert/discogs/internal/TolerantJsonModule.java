package io.waxalert.discogs.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One unreadable field costs only that field. Every value deserializer is wrapped: a value of a
 * shape no setting could bend (an object where text is expected, text where a number is, a number
 * out of range, a record whose constructor refuses it) is skipped to its end, logged at DEBUG with
 * its JSON path, and read as null — the rest of the answer is read on. The root value is not
 * wrapped, so an answer that is not the expected shape at all still fails as a whole, and neither
 * is a {@link Required} field, which fails the object holding it. Text fields
 * also take numbers, booleans and arrays (joined with ", ").
 */
final class TolerantJsonModule extends SimpleModule {

  private static final Logger LOG = LoggerFactory.getLogger(TolerantJsonModule.class);

  TolerantJsonModule() {
    super("waxalert-tolerant-json");
    addDeserializer(String.class, new LenientStringDeserializer());
    setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
          JsonDeserializer<?> deserializer) {
        return FieldTolerant.wrap(deserializer);
      }

      @Override
      public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
          BeanDescription bean, JsonDeserializer<?> deserializer) {
        return FieldTolerant.wrap(deserializer);
      }

      @Override
      public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
          BeanDescription bean, JsonDeserializer<?> deserializer) {
        return FieldTolerant.wrap(deserializer);
      }

      @Override
      public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
          BeanDescription bean, JsonDeserializer<?> deserializer) {
        return FieldTolerant.wrap(deserializer);
      }
    });
  }

  /** The wrapper: the delegate's value, or null for a non-root value the delegate refused. */
  static final class FieldTolerant extends DelegatingDeserializer {

    private FieldTolerant(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    static JsonDeserializer<?> wrap(JsonDeserializer<?> deserializer) {
      return deserializer instanceof FieldTolerant ? deserializer : new FieldTolerant(deserializer);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new FieldTolerant(newDelegatee);
    }

    /** A {@link Required} property gets the plain delegate: its failure fails the object holding it. */
    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      JsonDeserializer<?> contextual = super.createContextual(ctxt, property);
      // Only the property's own value: a required list's entries stay tolerant one by one.
      boolean ownValue = property != null && handledType() != null
          && property.getType().getRawClass().isAssignableFrom(handledType());
      if (ownValue && property.getAnnotation(Required.class) != null && contextual instanceof FieldTolerant t) {
        return t._delegatee;
      }
      return contextual;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken start = p.currentToken();
      int holderDepth = depth(p.getParsingContext()) - (start != null && start.isStructStart() ? 1 : 0);
      if (holderDepth <= 0) {
        return _delegatee.deserialize(p, ctxt);
      }
      try {
        return _delegatee.deserialize(p, ctxt);
      } catch (InvalidDefinitionException e) {
        throw e; // a mistake in our DTOs, not in Discogs' answer
      } catch (JsonMappingException | InputCoercionException e) {
        skipToEndOfValue(p, holderDepth, e);
        if (LOG.isDebugEnabled()) {
          // Back at the value's end, the holder's context names the field (or index) that failed.
          LOG.debug("dropped unreadable field {} ({}): {}", p.getParsingContext().pathAsPointer(),
              handledType() == null ? "?" : handledType().getSimpleName(), e.getOriginalMessage());
        }
        return _delegatee.getNullValue(ctxt);
      }
    }

    /** Moves the parser to the last token of the value that failed, wherever inside it it stopped. */
    private static void skipToEndOfValue(JsonParser p, int holderDepth, IOException failure) throws IOException {
      while (true) {
        JsonToken token = p.currentToken();
        if (depth(p.getParsingContext()) <= holderDepth && (token == null || !token.isStructStart())) {
          return;
        }
        if (p.nextToken() == null) {
          throw failure;
        }
      }
    }

    private static int depth(JsonStreamContext context) {
      int depth = 0;
      for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
        depth++;
      }
      return depth;
    }
  }
}
