package gov.qinghai.followup.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Describes each event of the service in the document's {@code webhooks} section (OpenAPI 3.1, which smallrye-open-api
 * 4 of Quarkus 3.33 emits): one POST per CloudEvents type with the schema of the whole event (its {@code data} schema
 * derived from the catalogue's example, so the two never disagree), the example, the Standard Webhooks headers and
 * what the receiver answers. Also adds the {@code CloudEvent} schema the change feed's items refer to, and the 404 of
 * the subscriptions API ({@code SubscriptionNotFound}) its operations on one id refer to.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EventsOpenApiFilter implements OASFilter {
    static final String SIGNING = "Signed after Standard Webhooks: header webhook-id (the delivery's id, the same on "
            + "each retry: drop one you have seen), webhook-timestamp (Unix seconds; refuse one more than 5 minutes "
            + "from your clock) and webhook-signature (`v1,<base64 HMAC-SHA256 of id.timestamp.body>` with the "
            + "subscription's secret, base64 after `whsec_`; several separated by spaces after a rotation). Answer "
            + "2xx once stored; anything else is retried with back-off (1 min doubling to 1 h), and the subscription "
            + "is paused after qinghai.events.pause-after-failures failures in a row. Per subscription the events "
            + "come in order: the next is sent only after this one was taken. See docs/events.md.";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        EventCatalogue catalogue = EventCatalogue.load();
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("CloudEvent", envelope(null, null));
        api.getComponents().addResponse(SubscriptionResource.NOT_FOUND_RESPONSE, notFound());
        ObjectMapper json = new ObjectMapper();
        for (EventKind k : catalogue.kinds()) {
            String type = k.type(catalogue.domain());
            ObjectNode example = json.createObjectNode();
            example.put("specversion", "1.0");
            example.put("id", "0b8e6c1a-2f4d-4c7e-9a51-3d2e1f0a9b87");
            example.put("source", "/qinghai-followup/" + catalogue.domain());
            example.put("type", type);
            example.put("subject", k.example().path("_subject").asText("records/1"));
            example.put("time", "2017-10-05T02:00:00Z");
            example.put("datacontenttype", "application/json");
            ObjectNode data = k.example().deepCopy();
            data.remove("_subject");
            example.set("data", data);
            Operation post = OASFactory.createOperation()
                    .operationId("on" + camel(catalogue.domain() + "-" + k.name()))
                    .summary(k.label() + " · " + k.title())
                    .description(k.description() + "\n\nReaders of the change feed: " + String.join(", ", k.readers())
                            + ". No event carries a patient reference or other personal data.\n\n" + SIGNING)
                    .addTag("Events")
                    .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                            .addMediaType("application/cloudevents+json", OASFactory.createMediaType()
                                    .schema(envelope(type, schemaOf(data)))
                                    .addExample("example", OASFactory.createExample().value(example)))))
                    .responses(OASFactory.createAPIResponses()
                            .addAPIResponse("204", OASFactory.createAPIResponse().description("taken; the next event follows"))
                            .addAPIResponse("default", OASFactory.createAPIResponse()
                                    .description("not taken: retried with back-off")));
            for (String h : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
                post.addParameter(OASFactory.createParameter().name(h).in(org.eclipse.microprofile.openapi.models
                        .parameters.Parameter.In.HEADER).required(true).description(switch (h) {
                            case "webhook-id" -> "the delivery's id, the same on each retry";
                            case "webhook-timestamp" -> "Unix seconds of this attempt";
                            default -> "v1,<base64 HMAC-SHA256 of id.timestamp.body>, space separated";
                        }).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
            PathItem item = OASFactory.createPathItem().POST(post);
            api.addWebhook(type, item);
        }
    }

    /** The 404 every subscriptions operation on one id answers (SubscriptionResource refers to it). */
    static APIResponse notFound() {
        try {
            return OASFactory.createAPIResponse().description("no such subscription").content(OASFactory.createContent()
                    .addMediaType(SubscriptionResource.PROBLEM, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem"))
                            .addExample("unknown id", OASFactory.createExample()
                                    .value(new ObjectMapper().readTree(SubscriptionResource.NOT_FOUND)))));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("SubscriptionResource.NOT_FOUND is not JSON", e);
        }
    }

    /** The CloudEvents 1.0 envelope; with a type: that type only and its data schema. */
    static Schema envelope(String type, Schema data) {
        Schema s = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("CloudEvents 1.0, structured JSON")
                .required(new ArrayList<>(List.of("specversion", "id", "source", "type", "subject", "time",
                        "datacontenttype", "data")));
        s.addProperty("specversion", string("always 1.0"));
        s.addProperty("id", string("the event's id (UUID): the same in the feed and in every delivery of it"));
        s.addProperty("source", string("the service, /qinghai-followup/<application>"));
        Schema t = string("gov.qinghai.followup.<service>.<event>.v<n>");
        if (type != null) {
            t.setEnumeration(new ArrayList<>(List.of(type)));
        }
        s.addProperty("type", t);
        s.addProperty("subject", string("what changed, a path-like name"));
        s.addProperty("time", string("when the change was made (UTC)").format("date-time"));
        s.addProperty("datacontenttype", string("application/json"));
        s.addProperty("data", data == null ? OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("the event's own fields (see each webhook)") : data);
        return s;
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    /** The schema of an example value: its types, every field of an object required. */
    static Schema schemaOf(JsonNode n) {
        Schema s = OASFactory.createSchema();
        if (n.isObject()) {
            s.addType(Schema.SchemaType.OBJECT);
            List<String> required = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                s.addProperty(f.getKey(), schemaOf(f.getValue()));
                required.add(f.getKey());
            }
            s.setRequired(required);
        } else if (n.isArray()) {
            s.addType(Schema.SchemaType.ARRAY);
            s.items(n.isEmpty() ? OASFactory.createSchema() : schemaOf(n.get(0)));
        } else if (n.isIntegralNumber()) {
            s.addType(Schema.SchemaType.INTEGER);
        } else if (n.isNumber()) {
            s.addType(Schema.SchemaType.NUMBER);
        } else if (n.isBoolean()) {
            s.addType(Schema.SchemaType.BOOLEAN);
        } else if (n.isTextual()) {
            s.addType(Schema.SchemaType.STRING);
        }
        // null in the example: any type (the field may be absent of value)
        return s;
    }

    static String camel(String s) {
        StringBuilder b = new StringBuilder();
        for (String part : s.split("[.-]")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
