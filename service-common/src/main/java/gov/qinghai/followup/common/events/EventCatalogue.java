package gov.qinghai.followup.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.security.Roles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The events a service publishes: every {@code META-INF/qinghai-events*.json} on its classpath (its own and
 * service-common's), read the same way by {@link Events} at run time and by {@link EventsOpenApiFilter} when the
 * OpenAPI document is built, so the document lists exactly what is published.
 */
public final class EventCatalogue {
    static final List<String> FILES = List.of("META-INF/qinghai-events.json", "META-INF/qinghai-events-common.json");
    static final List<String> EVERYONE = List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER, Roles.VIEWER);

    private final String domain;
    private final Map<String, EventKind> byName;

    EventCatalogue(String domain, Map<String, EventKind> byName) {
        this.domain = domain;
        this.byName = byName;
    }

    /** The catalogue of the running service (domain from qinghai.events.domain or the application name). */
    public static EventCatalogue load() {
        var config = ConfigProvider.getConfig();
        String domain = config.getOptionalValue("qinghai.events.domain", String.class)
                .orElseGet(() -> config.getOptionalValue("quarkus.application.name", String.class).orElse("app")
                        .replaceFirst("-service$", "").replace("-", ""));
        return load(Thread.currentThread().getContextClassLoader(), domain);
    }

    static EventCatalogue load(ClassLoader loader, String domain) {
        ObjectMapper json = new ObjectMapper();
        Map<String, EventKind> all = new LinkedHashMap<>();
        try {
            for (String file : FILES) {
                Enumeration<URL> urls = loader.getResources(file);
                while (urls.hasMoreElements()) {
                    try (InputStream in = urls.nextElement().openStream()) {
                        for (JsonNode n : json.readTree(in)) {
                            List<String> readers = new ArrayList<>();
                            n.path("readers").forEach(r -> readers.add(r.asText()));
                            EventKind k = new EventKind(n.path("name").asText(), n.path("version").asInt(1),
                                    n.path("label").asText(), n.path("title").asText(), n.path("description").asText(),
                                    readers.isEmpty() ? EVERYONE : List.copyOf(readers), n.path("example"));
                            if (!k.name().matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")) {
                                throw new IllegalStateException("event name " + k.name() + " in " + file);
                            }
                            if (all.put(k.name(), k) != null) {
                                throw new IllegalStateException("event " + k.name() + " is declared twice");
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EventCatalogue(domain, all);
    }

    public String domain() {
        return domain;
    }

    public List<EventKind> kinds() {
        return List.copyOf(byName.values());
    }

    public EventKind kind(String name) {
        EventKind k = byName.get(name);
        if (k == null) {
            throw new IllegalArgumentException("no event " + name + " in META-INF/qinghai-events*.json");
        }
        return k;
    }

    public String type(String name) {
        return kind(name).type(domain);
    }

    /** The kind of a full type ({@code gov.qinghai.followup.projects.progress-report.submitted.v1}). */
    public Optional<EventKind> byType(String type) {
        return byName.values().stream().filter(k -> k.type(domain).equals(type)).findFirst();
    }

    public List<String> types() {
        return byName.values().stream().map(k -> k.type(domain)).toList();
    }
}
