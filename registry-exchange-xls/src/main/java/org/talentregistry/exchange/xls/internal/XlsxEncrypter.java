package org.talentregistry.exchange.xls.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.talentregistry.exchange.spi.WorkbookEncrypter;

/**
 * Encrypts an XLSX workbook with a password as Excel 2013 and later do (the agile encryption with AES-256,
 * the key derived from the password by SHA-512), with Apache POI: the encrypted workbook is built in an OLE2
 * container in memory and written out when the stream is closed.
 */
public final class XlsxEncrypter implements WorkbookEncrypter {

    /** Creates the encrypter; {@link java.util.ServiceLoader} does. */
    public XlsxEncrypter() {
    }

    @Override
    public OutputStream encrypting(OutputStream out, String password) throws IOException {
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512, -1, -1,
                null).getEncryptor();
        encryptor.confirmPassword(password);
        POIFSFileSystem container = new POIFSFileSystem();
        try {
            return new Encrypting(encryptor.getDataStream(container), container, out);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            container.close();
            throw e instanceof IOException io ? io : new IOException("the workbook's encryption cannot be set up", e);
        }
    }

    /** The workbook's bytes into the encryption; closing it writes the container. */
    private static final class Encrypting extends FilterOutputStream {
        private final POIFSFileSystem container;
        private final OutputStream target;
        private boolean closed;

        Encrypting(OutputStream plain, POIFSFileSystem container, OutputStream target) {
            super(plain);
            this.container = container;
            this.target = target;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try (container) {
                out.close();
                container.writeFilesystem(target);
                target.flush();
            }
        }
    }
}
