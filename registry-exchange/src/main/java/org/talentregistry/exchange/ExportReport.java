package org.talentregistry.exchange;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.privacy.ConsentPurpose;

/**
 * What an export of people wrote: how many rows, how many showed identity numbers and phones in full, and how
 * many kept them masked for lack of consent to the export's purpose, with the reason in Chinese and English.
 *
 * @param rows rows written
 * @param revealed rows whose identity number and phone were shown in full
 * @param withheld rows kept masked because the person's consent to the purpose did not hold on the day;
 *     0 unless the options name a purpose
 * @param purpose the purpose consent was asked for, empty if none was
 * @param consentDay the day consent was checked on: the day of the export, by the registry's clock
 */
public record ExportReport(long rows, long revealed, long withheld, Optional<ConsentPurpose> purpose,
        LocalDate consentDay) {
    /**
     * Creates a report.
     *
     * @throws NullPointerException if the purpose or the day is null
     */
    public ExportReport {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(consentDay, "consentDay");
    }

    /**
     * Says what was shown and what was withheld, and why, in Chinese.
     *
     * @return the sentence, not null
     */
    public String reasonZh() {
        if (purpose.isPresent()) {
            String p = "「" + purpose.get().chineseName() + "」";
            return withheld == 0 ? "共导出" + rows + "行，均于" + consentDay + "有" + p + "同意记录，身份证号和手机号完整显示"
                    : "共导出" + rows + "行，其中" + withheld + "人于" + consentDay + "无" + p + "同意记录，其身份证号和手机号已隐去；"
                            + revealed + "人完整显示";
        }
        return revealed > 0 ? "共导出" + rows + "行，身份证号和手机号完整显示（登记机构自用）"
                : "共导出" + rows + "行，身份证号和手机号已隐去";
    }

    /**
     * Says what was shown and what was withheld, and why, in English.
     *
     * @return the sentence, not null
     */
    public String reasonEn() {
        if (purpose.isPresent()) {
            String p = purpose.get().englishName();
            return withheld == 0 ? rows + " rows exported, all with consent to " + p + " on " + consentDay
                    + ": identity numbers and phones shown in full"
                    : rows + " rows exported; " + withheld + " have no consent to " + p + " on " + consentDay
                            + ", so their identity numbers and phones are masked; " + revealed + " shown in full";
        }
        return revealed > 0 ? rows + " rows exported, identity numbers and phones shown in full (the registry's own use)"
                : rows + " rows exported, identity numbers and phones masked";
    }

    /**
     * Returns {@link #reasonZh()} for a Chinese locale, {@link #reasonEn()} otherwise (never by the JVM's default).
     *
     * @param locale the reader's locale, not null
     * @return the sentence, not null
     */
    public String reason(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? reasonZh() : reasonEn();
    }
}
