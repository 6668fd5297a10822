package org.talentregistry.spring;

import org.talentregistry.RegistryException;

/**
 * Thrown when a registry call that writes is made inside a read-only Spring transaction, such as a
 * {@code @Transactional(readOnly = true)} method. Nothing is written. Reads join read-only transactions
 * as any other.
 */
public class ReadOnlyTransactionException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final String transactionName;

    /**
     * Creates the exception.
     *
     * @param transactionName the Spring transaction's name (for {@code @Transactional}, the method's
     *     qualified name), may be null
     */
    public ReadOnlyTransactionException(String transactionName) {
        super("a registry call that writes was made inside the read-only Spring transaction "
                + (transactionName == null ? "(unnamed)" : transactionName)
                + "; nothing was written. Make the call from a read-write transaction, or outside any transaction.");
        this.transactionName = transactionName;
    }

    /**
     * Returns the read-only transaction's name.
     *
     * @return the name Spring gave the transaction, or null if it has none
     */
    public String getTransactionName() {
        return transactionName;
    }
}
