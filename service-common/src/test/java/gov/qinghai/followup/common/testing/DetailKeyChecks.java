package gov.qinghai.followup.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service's keyed problem details say everything in both languages: every key its main sources raise
 * ({@code Detail.of("key", …)}) has a Chinese and an English text in the module's own
 * {@code problem-details_zh/en.properties} or in service-common's {@code problems_zh/en.properties}, the two bundles
 * hold the same keys, and no text is blank. Each module runs it on its own sources (service-common's
 * {@code DetailKeysTest} and one per service), so a key is looked up where the module that raises it ships its texts. A plain unit test (no Quarkus): run from the module's directory.
 */
public final class DetailKeyChecks {
    private static final Pattern KEY = Pattern.compile("Detail\\.of\\(\\s*\"([^\"]+)\"\\s*,");

    private DetailKeyChecks() {
    }

    /** Checks the module whose working directory the test runs in ({@code src/main/java}, {@code src/main/resources}). */
    public static void everyRaisedKeyHasChineseAndEnglishText() {
        Properties zh = own("zh");
        Properties en = own("en");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()),
                "problem-details_zh and problem-details_en must hold the same keys");
        Properties sharedZh = shared("zh");
        Properties sharedEn = shared("en");
        Set<String> raised = raisedKeys(Path.of("src/main/java"));
        assertTrue(!raised.isEmpty(), "no Detail.of(\"key\", …) found under src/main/java: run from the module's directory");
        Set<String> missing = new TreeSet<>();
        for (String key : raised) {
            if (!has(zh, sharedZh, key) || !has(en, sharedEn, key)) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "keys raised in main code without a Chinese and an English text: " + missing);
        zh.forEach((k, v) -> assertTrue(!v.toString().isBlank(), "blank Chinese text for " + k));
        en.forEach((k, v) -> assertTrue(!v.toString().isBlank(), "blank English text for " + k));
    }

    /**
     * The keys a source tree raises, from its {@code Detail.of("key",} literals; a key computed at run time
     * ({@code "reason." + code}) is left to the test of the code that computes it.
     */
    public static Set<String> raisedKeys(Path sources) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static boolean has(Properties own, Properties shared, String key) {
        return own.containsKey(key) || shared.containsKey(key);
    }

    private static Properties own(String lang) {
        Path p = Path.of("src/main/resources/problem-details_" + lang + ".properties");
        Properties out = new Properties();
        if (Files.exists(p)) {
            try (var r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                out.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static Properties shared(String lang) {
        Properties out = new Properties();
        for (String name : List.of("problems_" + lang + ".properties")) {
            try (InputStream in = DetailKeyChecks.class.getClassLoader().getResourceAsStream(name)) {
                if (in != null) {
                    out.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
