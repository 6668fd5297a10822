package org.talentregistry.exchange;

import java.util.Objects;
import java.util.Optional;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.privacy.ConsentPurpose;

/**
 * How an export shows personal data. By default resident identity numbers and phones are masked
 * ({@code 3703**********0132}, {@code 138****1234}).
 *
 * <p>A caller that may see them says so in one of two ways. {@link #revealingPersonalDataFor(ConsentPurpose)}
 * names the purpose the list is for, such as handing the pool to the bureau: a row then shows a person's
 * numbers only if that person's consent to the purpose holds on the day of the export (the registry's clock),
 * and stays masked otherwise; the export counts those rows ({@link ExportReport#withheld()}). This is the
 * only way a pool export reveals anything. {@link #revealingPersonalData()} shows every number, for the
 * registry's own processing (an HR office's list of its artisans, the bureau's priority sheet answered to the
 * bureau that sent the numbers); the caller answers for it.
 *
 * <p>A list that leaves the registry can also be locked: {@link #withPassword} writes the XLSX workbook
 * encrypted with a password, as Excel does when a workbook is saved with a password to open it, which Excel
 * and WPS then ask for (the password goes to the recipient apart from the file). It needs {@code
 * registry-exchange-xls} on the class path; CSV has no password.
 */
public final class ExportOptions {
    private static final ExportOptions MASKED = new ExportOptions(false, null, null);
    private static final ExportOptions REVEALING = new ExportOptions(true, null, null);

    private final boolean revealPersonalData;
    private final ConsentPurpose purpose;
    private final String password;

    private ExportOptions(boolean revealPersonalData, ConsentPurpose purpose, String password) {
        this.revealPersonalData = revealPersonalData;
        this.purpose = purpose;
        this.password = password;
    }

    /**
     * Returns options that mask personal data, the default.
     *
     * @return the options, not null
     */
    public static ExportOptions masked() {
        return MASKED;
    }

    /**
     * Returns options that show identity numbers and phones in full, for a caller entitled to them by the
     * registry's own processing. A pool export refuses these options: it needs a purpose.
     *
     * @return the options, not null
     */
    public static ExportOptions revealingPersonalData() {
        return REVEALING;
    }

    /**
     * Returns options that show a person's identity number and phone in full only if the person's consent to
     * a purpose holds on the day of the export; other rows stay masked and are counted as withheld.
     *
     * @param purpose what the list is for, not null; never {@link ConsentPurpose#PUBLIC_DISCLOSURE}
     * @return the options, not null
     * @throws NullPointerException if the purpose is null
     * @throws InvalidFieldException naming {@code purpose} if it is public disclosure: a published list shows
     *     name, employer and trade only, whatever the consent
     */
    public static ExportOptions revealingPersonalDataFor(ConsentPurpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        if (purpose == ConsentPurpose.PUBLIC_DISCLOSURE) {
            throw new InvalidFieldException("purpose", FieldProblem.PUBLIC_NOTICE_REVEALS_NOTHING);
        }
        return new ExportOptions(true, purpose, null);
    }

    /**
     * Returns a copy that writes the workbook encrypted with a password, which Excel and WPS ask for before
     * they open it. The export then needs the XLSX format and {@code registry-exchange-xls} on the class path,
     * and refuses to start without them, writing nothing.
     *
     * @param password the password, not null or empty
     * @return new options, not null
     * @throws NullPointerException if the password is null
     * @throws InvalidFieldException naming {@code password} if it is empty
     */
    public ExportOptions withPassword(String password) {
        if (Objects.requireNonNull(password, "password").isEmpty()) {
            throw new InvalidFieldException("password", FieldProblem.PASSWORD_EMPTY);
        }
        return new ExportOptions(revealPersonalData, purpose, password);
    }

    /**
     * Returns the password the workbook is encrypted with, if one was given. {@link #toString()} never shows
     * it.
     *
     * @return the password, or empty for a workbook anyone opens
     */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /**
     * Tells whether personal data may be shown in full: for every row, or for rows with consent to the
     * {@link #consentPurpose()} if there is one.
     *
     * @return true if identity numbers and phones are not masked (subject to consent)
     */
    public boolean revealsPersonalData() {
        return revealPersonalData;
    }

    /**
     * Returns the purpose a person's consent must hold for before the person's numbers are shown.
     *
     * @return the purpose, empty if the options mask everything or reveal everything
     */
    public Optional<ConsentPurpose> consentPurpose() {
        return Optional.ofNullable(purpose);
    }

    @Override
    public String toString() {
        String shown = !revealPersonalData ? "masked" : purpose == null ? "revealing personal data"
                : "revealing personal data with consent to " + purpose;
        return "ExportOptions{" + shown + (password != null ? ", password=******" : "") + "}";
    }
}
