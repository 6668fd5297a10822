package org.talentregistry;

/**
 * A code for something the registry says to a person: a verdict, a reason, a refusal, a summary line.
 *
 * <p>Each code is a constant of an enum that implements this interface. Its texts live beside the enum in
 * {@code Messages_zh.properties} and {@code Messages_en.properties} of the enum's package, keyed by
 * {@link #key()}, written as {@link java.text.MessageFormat} patterns in UTF-8. A build test fails when a
 * code lacks either language or the two disagree on their arguments.
 */
public interface MessageCode {
    /**
     * Returns the key of this code's texts in its package's bundles.
     *
     * @return the key, by default {@code EnumName.CONSTANT}, not null
     */
    default String key() {
        Enum<?> constant = (Enum<?>) this;
        return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }

    /**
     * Returns the enum constant's name, stable across releases; hosts may switch on it.
     *
     * @return the name, not null
     */
    String name();
}
