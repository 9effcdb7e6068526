package gov.qinghai.followup.common.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The texts of problem answers in each {@link ProblemLanguage}: service-common's {@code problems_<lang>.properties}
 * (titles, meanings and actions of the catalogue's types, the shared details) and a service's own
 * {@code problem-details_<lang>.properties} (its keyed details), UTF-8. Read once, from every jar that has them.
 */
public final class ProblemTexts {
    static final String COMMON = "problems";
    static final String SERVICE = "problem-details";
    private static volatile Map<ProblemLanguage, Map<String, String>> texts;

    private ProblemTexts() {
    }

    /** The text of a key in a language, if a bundle has it. */
    public static Optional<String> text(ProblemLanguage language, String key) {
        return Optional.ofNullable(all().get(language).get(key));
    }

    /** Every key of a language's bundles, for the tests that check both languages say everything. */
    public static Map<String, String> all(ProblemLanguage language) {
        return Collections.unmodifiableMap(all().get(language));
    }

    private static Map<ProblemLanguage, Map<String, String>> all() {
        Map<ProblemLanguage, Map<String, String>> t = texts;
        if (t == null) {
            synchronized (ProblemTexts.class) {
                if (texts == null) {
                    texts = load();
                }
                t = texts;
            }
        }
        return t;
    }

    private static Map<ProblemLanguage, Map<String, String>> load() {
        Map<ProblemLanguage, Map<String, String>> out = new EnumMap<>(ProblemLanguage.class);
        ClassLoader loader = loader();
        for (ProblemLanguage l : ProblemLanguage.values()) {
            Map<String, String> m = new HashMap<>();
            String suffix = "_" + l.name().toLowerCase(java.util.Locale.ROOT) + ".properties";
            read(loader, COMMON + suffix, m);
            read(loader, SERVICE + suffix, m);
            out.put(l, m);
        }
        return out;
    }

    private static void read(ClassLoader loader, String name, Map<String, String> into) {
        try {
            Enumeration<URL> urls = loader.getResources(name);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    Properties p = new Properties();
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    p.forEach((k, v) -> into.putIfAbsent(k.toString(), v.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static ClassLoader loader() {
        ClassLoader l = Thread.currentThread().getContextClassLoader();
        return l != null ? l : ProblemTexts.class.getClassLoader();
    }
}
