package org.talentregistry.jdbc;

import org.talentregistry.RegistryException;

/**
 * Thrown when the store is given a connection to a database it does not support.
 */
public class UnsupportedDatabaseException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final String productName;

    /**
     * Creates the exception.
     *
     * @param productName the product name the driver reported, may be null
     */
    public UnsupportedDatabaseException(String productName) {
        super("database '" + productName + "' is not supported: use H2, PostgreSQL or MariaDB");
        this.productName = productName;
    }

    /**
     * Returns the product name the driver reported.
     *
     * @return the name, may be null
     */
    public String getProductName() {
        return productName;
    }
}
