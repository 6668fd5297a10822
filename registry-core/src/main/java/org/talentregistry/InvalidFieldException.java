package org.talentregistry;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.talentregistry.internal.Catalog;

/**
 * Thrown when a value given to the registry is malformed or breaks a rule of its field.
 *
 * <p>{@link #getMessage()} reads {@code "field: problem"} in English, for logs, for example
 * {@code "residentId: check character should be X"}. {@link #getMessage(Locale)} says the same to the person
 * who typed the value, in Chinese {@code 字段「residentId」校验位错误，应为X}; the field keeps the name the
 * API gives it. {@link #problem()} is the problem as a {@link FieldProblem} code with its arguments. Personal
 * data never appears unmasked in the problem text. Nothing is written when this exception is thrown.
 */
public class InvalidFieldException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problemText;
    private final transient Message problem;

    /**
     * Creates an exception for a field and what is wrong with it, worded in English. A problem worded exactly
     * as a {@link FieldProblem} without arguments ({@code "is required"}) gets that code; any other is
     * {@link FieldProblem#OTHER}, whose Chinese text is {@code 不符合规则：} followed by the English problem.
     *
     * @param field the field's name as the caller knows it, e.g. {@code "residentId"}, not null
     * @param problem what is wrong, e.g. {@code "check character should be X"}, not null
     */
    public InvalidFieldException(String field, String problem) {
        this(field, coded(requireNonNull(problem, "problem")));
    }

    /**
     * Creates an exception for a field and a coded problem.
     *
     * @param field the field's name as the caller knows it, not null
     * @param kind what is wrong, not null
     * @param args the problem's arguments, as {@link FieldProblem} documents them, none null
     */
    public InvalidFieldException(String field, FieldProblem kind, Object... args) {
        this(field, Message.of(requireNonNull(kind, "kind"), args));
    }

    /**
     * Creates an exception for a field and a problem said in Chinese and English.
     *
     * @param field the field's name as the caller knows it, not null
     * @param problem what is wrong, without the field's name, not null
     */
    public InvalidFieldException(String field, Message problem) {
        this(field, problem, null);
    }

    private InvalidFieldException(String field, Message problem, Throwable cause) {
        super(Message.of(Wording.FIELD_PROBLEM, requireNonNull(field, "field"), requireNonNull(problem, "problem")), cause);
        this.field = field;
        this.problem = problem;
        this.problemText = problem.en();
    }

    /**
     * Creates the exception a missing or blank value gets.
     *
     * @param field the field's name, not null
     * @return {@code "field: is required"}, not null
     */
    public static InvalidFieldException required(String field) {
        return new InvalidFieldException(field, FieldProblem.REQUIRED);
    }

    /**
     * Returns the name of the field whose value was refused.
     *
     * @return the field name, not null
     */
    public String getField() {
        return field;
    }

    /**
     * Returns what is wrong with the value, in English, without the field name.
     *
     * @return the problem, not null
     */
    public String getProblem() {
        return problemText;
    }

    /**
     * Returns what is wrong with the value in a language, without the field name.
     *
     * @param locale the reader's locale, not null
     * @return the problem, e.g. {@code 为必填项} or {@code is required}, not null
     */
    public String getProblem(Locale locale) {
        return problem().render(locale);
    }

    /**
     * Returns what is wrong as a code and its arguments, without the field name.
     *
     * @return the problem, {@link FieldProblem#OTHER} for problems worded in English only, not null
     */
    public Message problem() {
        return problem != null ? problem : Message.of(FieldProblem.OTHER, problemText);
    }

    /**
     * Returns a copy of this exception whose field name is prefixed, e.g. {@code employer.creditCode}.
     *
     * @param prefix the enclosing field's name, not null
     * @return a new exception naming {@code prefix + "." + field}, not null
     */
    public InvalidFieldException within(String prefix) {
        return new InvalidFieldException(prefix + "." + field, problem(), this);
    }

    private static Message coded(String problem) {
        for (FieldProblem kind : FieldProblem.values()) {
            if (kind != FieldProblem.OTHER && Catalog.pattern(kind, Locale.ENGLISH).filter(problem::equals).isPresent()) {
                return Message.of(kind);
            }
        }
        return Message.of(FieldProblem.OTHER, problem);
    }

    /** How the field and its problem are put together. */
    public enum Wording implements MessageCode {
        /** Arguments: the field's name, the problem. */
        FIELD_PROBLEM
    }
}
