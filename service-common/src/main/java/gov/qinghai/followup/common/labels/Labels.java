package gov.qinghai.followup.common.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The Chinese a person reads for a machine value: one label table per service, {@code labels.properties} (UTF-8) on
 * its classpath, merged with service-common's own. JSON keeps the machine value (MET) and adds the label (已达标);
 * exports and documents show the label. Keys: {@code EnumSimpleName.CONSTANT} for values ({@code Status.MET=已达标})
 * and {@code column.name} for table headings ({@code column.unit_name=责任单位}).
 *
 * <p>A missing label is a defect, not a fallback to the machine value: {@link #of} throws, and each service's
 * {@code LabelsTest} proves every constant that reaches a person has one ({@code LabelCoverage} in the test jar).
 */
public final class Labels {
    public static final String RESOURCE = "labels.properties";
    private static volatile Labels loaded;

    private final Map<String, String> table;

    Labels(Map<String, String> table) {
        this.table = Collections.unmodifiableMap(new TreeMap<>(table));
    }

    /** The service's table (every {@code labels.properties} on the classpath), read once. */
    public static Labels get() {
        Labels l = loaded;
        if (l == null) {
            loaded = l = load(Thread.currentThread().getContextClassLoader());
        }
        return l;
    }

    static Labels load(ClassLoader loader) {
        Map<String, String> all = new TreeMap<>();
        try {
            Enumeration<URL> urls = loader.getResources(RESOURCE);
            while (urls.hasMoreElements()) {
                Properties p = new Properties();
                try (InputStream in = urls.nextElement().openStream()) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String k : p.stringPropertyNames()) {
                    String before = all.put(k, p.getProperty(k));
                    if (before != null && !before.equals(p.getProperty(k))) {
                        throw new IllegalStateException("label " + k + " is defined twice: " + before + " / "
                                + p.getProperty(k));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Labels(all);
    }

    /** 已达标 for {@code Status.MET}; null for null. */
    public String of(Enum<?> value) {
        return value == null ? null : require(key(value));
    }

    /** The heading of a table column, e.g. {@code heading("unit_name")} → 责任单位. */
    public String heading(String column) {
        return require("column." + column);
    }

    /** Any key of the table, if present. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(table.get(key));
    }

    public Map<String, String> all() {
        return table;
    }

    public static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    private String require(String key) {
        String label = table.get(key);
        if (label == null) {
            throw new IllegalStateException("no Chinese label for " + key + " in " + RESOURCE);
        }
        return label;
    }
}
