package org.talentregistry.honor;

import java.util.Optional;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Texts;

/**
 * What a program publishes on its public notice list (公示名单) besides name, employer, trade and tier, and
 * where objections go. The list never shows an identity number, phone, birth date or address.
 *
 * @param objectionChannel where and how objections are filed, printed in the list's header, e.g.
 *     {@code 淄博市总工会经济技术部，电话 0533-3180000，异议须实名提出}; 1 to 300 characters
 * @param publishesMeritSummary whether each nominee's short merit summary (事迹简介) is published
 * @param consentCollectedElsewhere where the host collected the nominees' consent to public disclosure, if it did
 *     so outside the registry (for example in the application form every nominee signs); then the list does not
 *     check consent records. Empty: every nominee needs a consent on record. Up to 200 characters
 */
public record NoticePublication(String objectionChannel, boolean publishesMeritSummary,
        Optional<String> consentCollectedElsewhere) {
    /**
     * Creates the settings.
     *
     * @throws InvalidFieldException naming {@code notice.objectionChannel} or {@code notice.consentCollectedElsewhere}
     *     if blank, too long or with a control character (both are printed on one line)
     */
    public NoticePublication {
        objectionChannel = Texts.required("notice.objectionChannel", objectionChannel, 300);
        consentCollectedElsewhere = consentCollectedElsewhere == null ? Optional.empty()
                : consentCollectedElsewhere.map(c -> Texts.required("notice.consentCollectedElsewhere", c, 200));
    }

    /**
     * Returns the default: objections in writing, under real name, to the organisers; no merit summary;
     * consent records checked.
     *
     * @return the settings, not null
     */
    public static NoticePublication defaults() {
        return new NoticePublication("向主办单位书面实名提出 / in writing, under real name, to the organisers", false,
                Optional.empty());
    }
}
