package org.talentregistry;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a value given to the registry is malformed or breaks a rule of its field.
 *
 * <p>The message reads {@code "field: problem"}, for example
 * {@code "residentId: check character should be X"}. Personal data never appears unmasked in the
 * problem text. Nothing is written when this exception is thrown.
 */
public class InvalidFieldException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * Creates an exception for a field and what is wrong with it.
     *
     * @param field the field's name as the caller knows it, e.g. {@code "residentId"}, not null
     * @param problem what is wrong, e.g. {@code "check character should be X"}, not null
     */
    public InvalidFieldException(String field, String problem) {
        super(requireNonNull(field, "field") + ": " + requireNonNull(problem, "problem"));
        this.field = field;
        this.problem = problem;
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
     * Returns what is wrong with the value, without the field name.
     *
     * @return the problem, not null
     */
    public String getProblem() {
        return problem;
    }

    /**
     * Returns a copy of this exception whose field name is prefixed, e.g. {@code employer.creditCode}.
     *
     * @param prefix the enclosing field's name, not null
     * @return a new exception naming {@code prefix + "." + field}, not null
     */
    public InvalidFieldException within(String prefix) {
        InvalidFieldException nested = new InvalidFieldException(prefix + "." + field, problem);
        nested.initCause(this);
        return nested;
    }
}
