package org.talentregistry.exchange.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Encrypts the XLSX workbooks that exports write with a password ({@code ExportOptions.withPassword}), as
 * Excel does when a workbook is saved with a password to open it: Excel and WPS ask for the password before
 * they show anything. Found with {@link java.util.ServiceLoader} on the class path, like {@link
 * WorkbookReader}; {@code registry-exchange-xls} provides one.
 */
public interface WorkbookEncrypter {

    /**
     * Returns a stream that takes a workbook's bytes and, when closed, writes the workbook encrypted with the
     * password.
     *
     * @param out where the encrypted workbook goes, not null; written when the returned stream is closed, and
     *     left open
     * @param password the password, not null or empty
     * @return the stream, which the exchange closes
     * @throws IOException if the encryption cannot be set up
     */
    OutputStream encrypting(OutputStream out, String password) throws IOException;
}
