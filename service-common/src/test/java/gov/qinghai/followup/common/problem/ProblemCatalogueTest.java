package gov.qinghai.followup.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProblemCatalogueTest {
    /** Types are built as BASE + "name", BASE + (c ? "a" : "b"), or Problems.build(status, "name", …). */
    static final Pattern BUILD = Pattern.compile("\\bbuild\\((?:Status\\.\\w+|\\d+), \"([a-z0-9-]+)\"");
    static final Pattern DEFAULT_TYPE = Pattern.compile("case \\d+ -> \"([a-z0-9-]+)\";");
    static final Pattern NAME = Pattern.compile("\"([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\"");

    @Test
    void everyProblemTypeTheServicesAnswerWithHasAnEntry() throws IOException {
        Set<String> used = typesInSources(Path.of("..").toAbsolutePath().normalize());
        assertTrue(used.containsAll(Set.of("invalid-field", "stale-version", "illegal-transition", "uri-too-long",
                "headers-too-large", "outbox-message-delivered", "bad-request")), "the scan finds the types: " + used);
        Set<String> missing = new TreeSet<>();
        used.forEach(t -> {
            if (ProblemCatalogue.find(t).isEmpty()) {
                missing.add(t);
            }
        });
        assertEquals(Set.of(), missing, "problem types without a catalogue entry");
    }

    @Test
    void aStatusTypeWithoutItsOwnEntryResolvesToTheStatusMeaning() {
        ProblemCatalogue.Entry e = ProblemCatalogue.find("http-415").orElseThrow();
        assertEquals(415, e.status());
        assertTrue(e.meaning().contains("Content-Type"), e.meaning());
        assertFalse(ProblemCatalogue.find("http-999").isPresent());
        assertFalse(ProblemCatalogue.find("no-such-type").isPresent());
    }

    @Test
    void everyTypeResolvesUnderTheServicesOwnPath() {
        assertEquals("/problems/", Problems.BASE);
        assertEquals("/problems/not-found", Problems.notFound("fair", 1).getType().toString());
    }

    static Set<String> typesInSources(Path root) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")
                    && !p.toString().contains("/target/")).toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                for (String stmt : statementsWith(src, "BASE + ")) {
                    Matcher n = NAME.matcher(stmt);
                    while (n.find()) {
                        out.add(n.group(1));
                    }
                }
                Matcher b = BUILD.matcher(src);
                while (b.find()) {
                    out.add(b.group(1));
                }
                if (f.getFileName().toString().equals("ProblemResponseFilter.java")) {
                    Matcher d = DEFAULT_TYPE.matcher(src);
                    while (d.find()) {
                        out.add(d.group(1));
                    }
                }
            }
        }
        return out;
    }

    /** From each "BASE + " to the end of its expression (the closing parenthesis of URI.create, or the JSON text). */
    static java.util.List<String> statementsWith(String src, String marker) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = src.indexOf(marker); i >= 0; i = src.indexOf(marker, i + 1)) {
            int depth = 0;
            int end = i + marker.length();
            for (; end < src.length(); end++) {
                char c = src.charAt(end);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (c == ';' || (depth == 0 && c == '+' && src.startsWith("+ \"\\\"", end))) {
                    break;
                }
            }
            out.add(src.substring(i, end));
        }
        return out;
    }
}
