package org.talentregistry.exchange;

/**
 * How an export shows personal data. By default resident identity numbers and phones are masked
 * ({@code 3703**********0132}, {@code 138****1234}); a caller that may see them asks for them in full.
 *
 * <p>Once the registry records consents (issue 11), a revealing export of the pool will show a person's
 * numbers only with their consent for the purpose; until then the caller answers for it.
 */
public final class ExportOptions {
    private static final ExportOptions MASKED = new ExportOptions(false);
    private static final ExportOptions REVEALING = new ExportOptions(true);

    private final boolean revealPersonalData;

    private ExportOptions(boolean revealPersonalData) {
        this.revealPersonalData = revealPersonalData;
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
     * Returns options that show identity numbers and phones in full, for a caller entitled to them.
     *
     * @return the options, not null
     */
    public static ExportOptions revealingPersonalData() {
        return REVEALING;
    }

    /**
     * Tells whether personal data is shown in full.
     *
     * @return true if identity numbers and phones are not masked
     */
    public boolean revealsPersonalData() {
        return revealPersonalData;
    }

    @Override
    public String toString() {
        return revealPersonalData ? "ExportOptions{revealing personal data}" : "ExportOptions{masked}";
    }
}
