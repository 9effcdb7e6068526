package gov.qinghai.followup.actionplan.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * PostgreSQL cannot store the NUL character: a JSON string holding one is the client's error (400 naming the
 * field), not a failed INSERT (500).
 */
@Singleton
public class NoNulStrings implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-strings").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String s = super.deserialize(p, ctxt);
                if (s != null && s.indexOf('\u0000') >= 0) {
                    return (String) ctxt.handleWeirdStringValue(String.class, s, "must not contain the NUL character");
                }
                return s;
            }
        }));
    }
}
