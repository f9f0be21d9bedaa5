package vn.congso.portal.engagement.loudspeaker;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns written Vietnamese into what a reader says aloud: abbreviations expanded ("UBND" → "Ủy ban
 * nhân dân"), number symbols ("137/2024/NĐ-CP") and dates ("23/11/2026") in words, every number in
 * words ("2024" → "hai nghìn không trăm hai mươi tư"). The words live in
 * {@code loudspeaker/reading_vi.properties}.
 */
final class ReadingRules {

    private static final Pattern NUMBER_SYMBOL = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d+)/(\\d{4})/([\\p{Lu}][\\p{L}-]*)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.]\\d{3})*");

    private final Map<String, String> abbreviations = new LinkedHashMap<>();
    private final Map<String, Pattern> abbreviationPatterns = new LinkedHashMap<>();
    private final Properties words;
    /** A date, with the word "day" before it or not, so that it is not said twice. */
    private final Pattern date;

    ReadingRules() {
        this.words = load();
        this.date = Pattern.compile("(?:" + Pattern.quote(word("day")) + "\\s+)?(?<![\\p{N}/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\p{N}/])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        words.stringPropertyNames().stream().filter(k -> k.startsWith("abbr."))
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(k -> {
                    String written = k.substring("abbr.".length());
                    // a sign such as "%" is read as a word of its own: "50%" is "năm mươi phần trăm"
                    String spoken = words.getProperty(k);
                    abbreviations.put(written, Character.isLetterOrDigit(written.charAt(0)) ? spoken : " " + spoken);
                    String boundary = Character.isLetterOrDigit(written.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
                    String end = Character.isLetterOrDigit(written.charAt(written.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "";
                    abbreviationPatterns.put(written, Pattern.compile(boundary + Pattern.quote(written) + end));
                });
    }

    /** The text as it is read aloud. */
    String spoken(String text) {
        if (text == null) {
            return "";
        }
        String out = replace(NUMBER_SYMBOL, text, m -> m.group(1) + " " + word("year") + " " + m.group(2) + " " + m.group(3));
        out = replace(date, out, m -> word("day") + " " + m.group(1) + " " + word("month") + " " + m.group(2) + " "
                + word("year") + " " + m.group(3));
        for (Map.Entry<String, Pattern> abbreviation : abbreviationPatterns.entrySet()) {
            out = abbreviation.getValue().matcher(out)
                    .replaceAll(Matcher.quoteReplacement(abbreviations.get(abbreviation.getKey())));
        }
        out = replace(NUMBER, out, m -> number(Long.parseLong(m.group().replace(".", ""))));
        return out.replaceAll("[ \\t]+", " ").strip();
    }

    /** A whole number in Vietnamese words, up to hundreds of billions. */
    String number(long n) {
        if (n == 0) {
            return digit(0);
        }
        String[] scales = {"", word("thousand"), word("million"), word("billion")};
        StringBuilder out = new StringBuilder();
        long[] groups = new long[4];
        long rest = n;
        int count = 0;
        while (rest > 0 && count < 4) {
            groups[count++] = rest % 1000;
            rest /= 1000;
        }
        for (int i = count - 1; i >= 0; i--) {
            if (groups[i] == 0) {
                continue;
            }
            boolean leading = i == count - 1;
            out.append(' ').append(hundreds((int) groups[i], !leading));
            if (!scales[i].isEmpty()) {
                out.append(' ').append(scales[i]);
            }
        }
        return out.toString().strip();
    }

    private String hundreds(int n, boolean full) {
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        StringBuilder out = new StringBuilder();
        if (h > 0 || full) {
            out.append(digit(h)).append(' ').append(word("hundred"));
        }
        if (t == 0) {
            if (u > 0) {
                out.append(out.length() > 0 ? " " + word("zero-tens") + " " : "").append(digit(u));
            }
        } else if (t == 1) {
            out.append(out.length() > 0 ? " " : "").append(word("ten"));
            if (u > 0) {
                out.append(' ').append(u == 5 ? word("five-after-tens") : digit(u));
            }
        } else {
            out.append(out.length() > 0 ? " " : "").append(digit(t)).append(' ').append(word("tens"));
            if (u == 1) {
                out.append(' ').append(word("one-after-tens"));
            } else if (u == 4) {
                out.append(' ').append(word("four-after-tens"));
            } else if (u == 5) {
                out.append(' ').append(word("five-after-tens"));
            } else if (u > 0) {
                out.append(' ').append(digit(u));
            }
        }
        return out.toString();
    }

    private String digit(int d) {
        return words.getProperty("digit." + d);
    }

    private String word(String name) {
        return words.getProperty("word." + name);
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> spoken) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(spoken.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ReadingRules.class.getResourceAsStream("/loudspeaker/reading_vi.properties")) {
            if (in == null) {
                throw new IllegalStateException("loudspeaker/reading_vi.properties is part of the application");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
