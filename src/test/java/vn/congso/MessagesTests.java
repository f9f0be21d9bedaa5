package vn.congso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI text is a message key, present in Vietnamese and in English. */
class MessagesTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Names of the two languages are written in their own language on purpose. */
    private static final Set<String> ALLOWED_LITERALS = Set.of("Tiếng Việt", "English");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-z][a-zA-Z0-9.\\-]+)[}(]");

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path vi : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(en).as("English bundle for " + vi.getFileName()).exists();
                Set<String> viKeys = keys(vi);
                Set<String> enKeys = keys(en);
                viKeys.stream().filter(k -> !enKeys.contains(k)).forEach(k -> problems.add(en.getFileName() + " lacks " + k));
                enKeys.stream().filter(k -> !viKeys.contains(k)).forEach(k -> problems.add(vi.getFileName() + " lacks " + k));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path p : files.toList()) {
                known.addAll(keys(p));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = KEY_IN_TEMPLATE.matcher(Files.readString(template));
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Text a person reads must come from a bundle: a text node in a template must sit in an element
     * whose content Thymeleaf replaces (th:text, th:utext, th:replace, …), so the literal is only a
     * design-time placeholder.
     */
    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        Pattern element = Pattern.compile("<([a-zA-Z][a-zA-Z0-9:]*)((?:\\s[^>]*)?)>([^<]*)");
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher m = element.matcher(html);
            while (m.find()) {
                String attributes = m.group(2);
                String text = m.group(3).strip();
                boolean replaced = attributes.matches("(?s).*\\s(th:(text|utext|replace|insert|remove|errors)|sec:authentication)=.*")
                        || m.group(1).equals("title") || m.group(1).equals("script") || m.group(1).equals("style");
                if (!text.isEmpty() && text.chars().anyMatch(Character::isLetter) && !replaced
                        && !ALLOWED_LITERALS.contains(text) && !text.startsWith("[[") && !text.startsWith("[(")) {
                    hardCoded.add(TEMPLATES.relativize(template) + ": <" + m.group(1) + ">" + text);
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
