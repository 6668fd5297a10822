package org.talentregistry.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.talentregistry.BilingualName;
import org.talentregistry.Localizable;
import org.talentregistry.Message;
import org.talentregistry.MessageCode;

/**
 * The text form in which a store keeps a {@link Message} (a verdict's rule and facts, say), so that what it
 * reads back still says itself in Chinese and English.
 *
 * <p>The form is {@code @msg:} followed by the code's enum class, {@code #}, its constant and the arguments
 * in parentheses, each typed: {@code s"text"}, {@code i12}, {@code l12}, {@code n1.50}, {@code d2018-05-01},
 * {@code e} and a code, {@code m} and a nested message, {@code b} and a constant of the registry's that names itself
 * in both languages (a skill level: {@code borg.talentregistry.artisan.SkillLevel#TECHNICIAN}, read back as that
 * constant), {@code t"中文""English"} for any other value that says itself in both languages (a region, say), kept as
 * it reads in each. It is stable across releases. A text without the
 * prefix (kept before messages were coded) is read as a message that repeats it in every language.
 */
public final class StoredMessage {
    private static final String PREFIX = "@msg:";
    private static final String REGISTRY_PACKAGE = "org.talentregistry.";

    private StoredMessage() {
    }

    /**
     * Writes a message in its stored form. Arguments of other types than those listed are kept as their
     * {@code toString()}.
     *
     * @param message the message, not null
     * @return the text, not null
     */
    public static String write(Message message) {
        StringBuilder out = new StringBuilder(PREFIX);
        append(out, Objects.requireNonNull(message, "message"));
        return out.toString();
    }

    /**
     * Reads a message back from its stored form.
     *
     * @param text the stored text, not null
     * @param recorded the code with one argument ({@code {0}}) that repeats a text kept before messages were
     *     coded, or whose code this release does not know, not null
     * @return the message, not null
     */
    public static Message read(String text, MessageCode recorded) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(recorded, "recorded");
        if (!text.startsWith(PREFIX)) {
            return Message.of(recorded, text);
        }
        try {
            Reader reader = new Reader(text, PREFIX.length());
            Message message = reader.message();
            if (reader.at != text.length()) {
                throw new IllegalArgumentException("trailing text at " + reader.at);
            }
            return message;
        } catch (RuntimeException | ReflectiveOperationException e) {
            return Message.of(recorded, text);
        }
    }

    private static void append(StringBuilder out, Message message) {
        appendCode(out, message.code());
        out.append('(');
        List<Object> args = message.args();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object arg = args.get(i);
            if (arg instanceof Message nested) {
                out.append('m');
                append(out, nested);
            } else if (arg instanceof MessageCode code && arg instanceof Enum<?>) {
                out.append('e');
                appendCode(out, code);
            } else if (arg instanceof Integer n) {
                out.append('i').append(n);
            } else if (arg instanceof Long n) {
                out.append('l').append(n);
            } else if (arg instanceof BigDecimal n) {
                out.append('n').append(n.toPlainString());
            } else if (arg instanceof LocalDate date) {
                out.append('d').append(date);
            } else if (arg instanceof BilingualName && arg instanceof Enum<?> constant
                    && constant.getDeclaringClass().getName().startsWith(REGISTRY_PACKAGE)) {
                out.append('b').append(constant.getDeclaringClass().getName()).append('#').append(constant.name());
            } else if (arg instanceof Localizable text) {
                out.append('t');
                appendString(out, text.render(Locale.CHINESE));
                appendString(out, text.render(Locale.ENGLISH));
            } else {
                out.append('s');
                appendString(out, String.valueOf(arg));
            }
        }
        out.append(')');
    }

    private static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }

    private static void appendCode(StringBuilder out, MessageCode code) {
        Enum<?> constant = (Enum<?>) code;
        out.append(constant.getDeclaringClass().getName()).append('#').append(constant.name());
    }

    /** Reads the stored form, left to right. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text, int at) {
            this.text = text;
            this.at = at;
        }

        Message message() throws ReflectiveOperationException {
            MessageCode code = code();
            expect('(');
            List<Object> args = new ArrayList<>();
            while (peek() != ')') {
                if (!args.isEmpty()) {
                    expect(',');
                }
                args.add(arg());
            }
            expect(')');
            return new Message(code, args);
        }

        private Object arg() throws ReflectiveOperationException {
            char type = next();
            switch (type) {
                case 'm':
                    return message();
                case 'e':
                    return code();
                case 'b':
                    return constant(BilingualName.class);
                case 's':
                    return string();
                case 't':
                    return new Bilingual(string(), string());
                case 'i':
                    return Integer.valueOf(token());
                case 'l':
                    return Long.valueOf(token());
                case 'n':
                    return new BigDecimal(token());
                case 'd':
                    return LocalDate.parse(token());
                default:
                    throw new IllegalArgumentException("unknown argument type " + type + " at " + (at - 1));
            }
        }

        private MessageCode code() throws ReflectiveOperationException {
            return (MessageCode) constant(MessageCode.class);
        }

        /** An enum constant of the registry's, of a type implementing the given one, as {@code class#NAME}. */
        private Object constant(Class<?> kind) throws ReflectiveOperationException {
            int hash = text.indexOf('#', at);
            int end = hash < 0 ? -1 : endOfToken(hash + 1);
            if (hash < 0 || end == hash + 1) {
                throw new IllegalArgumentException("no code at " + at);
            }
            String className = text.substring(at, hash);
            String constant = text.substring(hash + 1, end);
            at = end;
            if (!className.startsWith(REGISTRY_PACKAGE)) {
                throw new IllegalArgumentException("not a registry type: " + className);
            }
            Class<?> type = Class.forName(className, false, StoredMessage.class.getClassLoader());
            if (!type.isEnum() || !kind.isAssignableFrom(type)) {
                throw new IllegalArgumentException("not a " + kind.getSimpleName() + ": " + className);
            }
            for (Object value : type.getEnumConstants()) {
                if (((Enum<?>) value).name().equals(constant)) {
                    return value;
                }
            }
            throw new IllegalArgumentException("no constant " + constant + " in " + className);
        }

        private String string() {
            expect('"');
            StringBuilder s = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return s.toString();
                }
                s.append(c == '\\' ? next() : c);
            }
        }

        private String token() {
            int end = endOfToken(at);
            String token = text.substring(at, end);
            at = end;
            return token;
        }

        private int endOfToken(int from) {
            int end = from;
            while (end < text.length() && ",()".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            return end;
        }

        private char peek() {
            if (at >= text.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            return text.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("expected " + c + " at " + (at - 1));
            }
        }
    }

    /** A value read back from {@code t}: the text it gave in each language. */
    private record Bilingual(String chineseName, String englishName) implements BilingualName {
        @Override
        public String toString() {
            return englishName;
        }
    }
}
