package org.talentregistry.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;

/**
 * A spreadsheet to read: a file or bytes, in CSV or XLSX, told apart by content (an XLSX file is a ZIP
 * archive), or in a format that a {@link org.talentregistry.exchange.spi.WorkbookReader} on the class path
 * reads (an Excel 97-2003 {@code .xls} with {@code registry-exchange-xls}), which is asked first. A source
 * can be opened any number of times: an {@link ImportMode#ALL_OR_NOTHING} import reads it twice.
 *
 * <p>A CSV source's character set is detected unless declared: a UTF-8 byte-order mark or text that is
 * valid UTF-8 means UTF-8, anything else is read as GB18030, which covers GBK. A workbook is read from the
 * sheet named, or else from the visible sheet whose top rows name the most of the kind's columns.
 *
 * <p>A workbook its sender protected with a password (lists of identity numbers often are) is read with the
 * password given by {@link #withPassword}: an encrypted {@code .xlsx} or {@code .xls}, with the module
 * {@code registry-exchange-xls} on the class path. The password is never shown by {@link #toString()}.
 */
public final class SheetSource {
    private final Path file;
    private final byte[] content;
    private final Charset charset;
    private final String sheet;
    private final String password;

    private SheetSource(Path file, byte[] content, Charset charset, String sheet, String password) {
        this.file = file;
        this.content = content;
        this.charset = charset;
        this.sheet = sheet;
        this.password = password;
    }

    /**
     * Returns a source reading a file.
     *
     * @param file the file, not null; read when the source is opened
     * @return the source, not null
     * @throws NullPointerException if the file is null
     */
    public static SheetSource of(Path file) {
        return new SheetSource(Objects.requireNonNull(file, "file"), null, null, null, null);
    }

    /**
     * Returns a source reading bytes, e.g. an upload held in memory.
     *
     * @param content the bytes, not null; copied
     * @return the source, not null
     * @throws NullPointerException if the content is null
     */
    public static SheetSource of(byte[] content) {
        return new SheetSource(null, Objects.requireNonNull(content, "content").clone(), null, null, null);
    }

    /**
     * Returns a copy that reads CSV in a declared character set instead of detecting it.
     *
     * @param declared e.g. {@code Charset.forName("GBK")}, not null
     * @return a new source, not null
     * @throws NullPointerException if the charset is null
     */
    public SheetSource withCharset(Charset declared) {
        return new SheetSource(file, content, Objects.requireNonNull(declared, "declared"), sheet, password);
    }

    /**
     * Returns a copy that reads the named sheet of a workbook instead of the one that holds the list. A workbook
     * without a sheet of that name is reported as the file's problem, naming the sheets it has; nothing is
     * imported from it.
     *
     * @param sheetName the sheet's name, not null
     * @return a new source, not null
     * @throws NullPointerException if the name is null
     */
    public SheetSource withSheet(String sheetName) {
        return new SheetSource(file, content, charset, Objects.requireNonNull(sheetName, "sheetName"), password);
    }

    /**
     * Returns a copy that opens a workbook protected by a password with this one, the password its sender gave
     * (by telephone, say, apart from the file). A file that is not protected is read as it is.
     *
     * @param password the password, not null or empty
     * @return a new source, not null
     * @throws NullPointerException if the password is null
     * @throws InvalidFieldException naming {@code password} if it is empty
     */
    public SheetSource withPassword(String password) {
        if (Objects.requireNonNull(password, "password").isEmpty()) {
            throw new InvalidFieldException("password", FieldProblem.PASSWORD_EMPTY);
        }
        return new SheetSource(file, content, charset, sheet, password);
    }

    /**
     * Returns the file this source reads, if it reads one rather than bytes. An XLSX file on the default file
     * system is read where it lies, by random access to its parts, and never held in memory whole.
     *
     * @return the file, or empty for bytes
     */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Returns the declared character set, if any.
     *
     * @return the charset, or empty to detect it
     */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /**
     * Returns the sheet to read, if one is named.
     *
     * @return the sheet name, or empty for the sheet that holds the list
     */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /**
     * Returns the password to open a protected workbook with, if one was given. For the workbook readers: the
     * source's {@link #toString()} never shows it.
     *
     * @return the password, or empty
     */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /**
     * Returns the format, told by the content's first bytes.
     *
     * @return {@link SheetFormat#XLSX} for a ZIP archive, {@link SheetFormat#CSV} otherwise, not null; a
     *     workbook that a {@link org.talentregistry.exchange.spi.WorkbookReader} reads is read by it whatever
     *     this says
     * @throws UncheckedIOException if the file cannot be read
     */
    public SheetFormat format() {
        try (InputStream in = open()) {
            byte[] head = in.readNBytes(4);
            return Arrays.equals(head, new byte[] {'P', 'K', 3, 4}) ? SheetFormat.XLSX : SheetFormat.CSV;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the content from its start. Each call returns a new stream, which the caller closes.
     *
     * @return the stream, not null
     * @throws IOException if the file cannot be opened
     */
    public InputStream open() throws IOException {
        return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(content);
    }

    @Override
    public String toString() {
        return "SheetSource{" + (file != null ? file.toString() : content.length + " bytes")
                + (charset != null ? ", charset=" + charset : "") + (sheet != null ? ", sheet=" + sheet : "")
                + (password != null ? ", password=******" : "") + "}";
    }
}
