package org.talentregistry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentregistry.Localizable;
import org.talentregistry.MessageCode;

/**
 * The texts of every {@link MessageCode}, read once per package and language from
 * {@code Messages_zh.properties} / {@code Messages_en.properties} beside the code's enum (UTF-8).
 *
 * <p>Not {@link java.util.ResourceBundle}: its fallback to the JVM's default locale would answer an English
 * request with Chinese on a server in China, and its {@code Control} is unavailable in named modules.
 */
public final class Catalog {
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private Catalog() {
    }

    /**
     * Returns whether a locale reads Chinese.
     *
     * @param locale not null
     * @return true for any {@code zh} locale
     */
    public static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /**
     * Formats a code's pattern with its arguments in a language.
     *
     * @param code not null
     * @param locale not null
     * @param args not null
     * @return the text, not null
     */
    public static String format(MessageCode code, Locale locale, List<Object> args) {
        Locale language = chinese(locale) ? Locale.CHINESE : Locale.ENGLISH;
        String pattern = pattern(code, language).orElseThrow(() -> new IllegalStateException(
                "no " + language + " text for message code " + code.key()));
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(args.get(i), language);
        }
        return new MessageFormat(pattern, language).format(values);
    }

    /**
     * Returns a code's pattern in a language, if its bundle has one.
     *
     * @param code not null
     * @param language {@link Locale#CHINESE} or {@link Locale#ENGLISH}
     * @return the pattern, empty when missing
     */
    public static Optional<String> pattern(MessageCode code, Locale language) {
        Class<?> owner = code instanceof Enum<?> constant ? constant.getDeclaringClass() : code.getClass();
        String resource = "Messages_" + language.getLanguage() + ".properties";
        String id = owner.getPackageName() + "/" + resource;
        Properties texts = BUNDLES.computeIfAbsent(id, ignored -> load(owner, resource));
        return Optional.ofNullable(texts.getProperty(code.key()));
    }

    private static Properties load(Class<?> owner, String resource) {
        Properties texts = new Properties();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " of " + owner.getPackageName(), e);
        }
        return texts;
    }

    private static Object value(Object arg, Locale language) {
        if (arg instanceof Localizable localizable) {
            return localizable.render(language);
        }
        if (arg instanceof Number || arg instanceof TemporalAccessor) {
            return String.valueOf(arg);   // 2018, not "2,018"; 2018-06-13 as ISO in both languages
        }
        return arg;
    }

    /**
     * Checks the texts of every constant of a code enum: both languages present and non-blank, the Chinese
     * text written in Chinese (unless it only passes its arguments through), and both using the same argument placeholders. A build test calls this for
     * each code enum of a module.
     *
     * @param codes the enum class, not null
     * @return one line per problem, empty when all is well
     */
    public static List<String> problems(Class<? extends MessageCode> codes) {
        List<String> problems = new ArrayList<>();
        for (MessageCode code : codes.getEnumConstants()) {
            Optional<String> zh = pattern(code, Locale.CHINESE);
            Optional<String> en = pattern(code, Locale.ENGLISH);
            if (zh.isEmpty() || zh.get().isBlank()) {
                problems.add(code.key() + ": no Chinese text");
            } else if (hasWords(zh.get())
                    && zh.get().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                problems.add(code.key() + ": the Chinese text has no Chinese in it");
            }
            if (en.isEmpty() || en.get().isBlank()) {
                problems.add(code.key() + ": no English text");
            }
            if (zh.isPresent() && en.isPresent() && !placeholders(zh.get()).equals(placeholders(en.get()))) {
                problems.add(code.key() + ": Chinese uses arguments " + placeholders(zh.get())
                        + ", English " + placeholders(en.get()));
            }
        }
        return problems;
    }

    /** Whether a pattern says anything of its own: a text passed through as it is ({@code {0}}) does not. */
    private static boolean hasWords(String pattern) {
        return pattern.replaceAll("\\{\\d+}", "").codePoints().anyMatch(Character::isLetter);
    }

    private static SortedSet<Integer> placeholders(String pattern) {
        SortedSet<Integer> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        return used;
    }
}
