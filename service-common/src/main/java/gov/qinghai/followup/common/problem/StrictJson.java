package gov.qinghai.followup.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Jackson must not guess: 12.7 is not the integer 12, the number 20171001 is not a date, and a number or
 * boolean is not a text, and {"a":1}}}} is not {"a":1} (Jackson ignores what follows the first value unless told).
 * Nor the other way round: the text "7" is not the whole number 7 and "true" is not a boolean; a key sent twice
 * ({"edition":1,"edition":2}) is refused instead of the last one silently winning; a text holding a lone UTF-16
 * surrogate ("\ud800", which no character is) is refused instead of being stored as '?', and so is a NUL character
 * (which PostgreSQL cannot store). All are 400 naming the
 * field. Decimal amounts may still be sent as strings ("12.50") to keep them exact.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new WholeCharacters()));
    }

    /**
     * Text whose UTF-16 is well formed (every surrogate in a pair) and holds no NUL. The one String deserializer of
     * every service: a service registering its own would replace this one.
     */
    static final class WholeCharacters extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = super.deserialize(p, ctxt);
            if (s != null && p.currentToken() == JsonToken.VALUE_STRING && hasLoneSurrogate(s)) {
                return (String) ctxt.handleWeirdStringValue(String.class, s,
                        "contains a lone UTF-16 surrogate, which is no character");
            }
            if (s != null && s.indexOf('\u0000') >= 0) {
                // PostgreSQL cannot store NUL in text: the client's error (400 naming the field), not a failed INSERT
                return (String) ctxt.handleWeirdStringValue(String.class, s, "must not contain the NUL character");
            }
            return s;
        }
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
