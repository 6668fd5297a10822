package org.talentregistry.exchange.spi;

import java.io.IOException;
import java.util.Objects;

/**
 * A workbook of a reader's format that cannot be read, and why, in words the import's report gives the
 * office: a password, a version too old, damage.
 */
public class UnreadableWorkbookException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String reasonZh;

    /**
     * Creates the exception.
     *
     * @param reasonZh why, in Chinese, following 「文件」 (e.g. 「加了密码，无法读取」), not null
     * @param reasonEn why, in English, following "the file" (e.g. "is protected by a password"), not null
     * @param cause what the reader met, or null
     * @throws NullPointerException if a reason is null
     */
    public UnreadableWorkbookException(String reasonZh, String reasonEn, Throwable cause) {
        super("the file " + Objects.requireNonNull(reasonEn, "reasonEn"), cause);
        this.reasonZh = Objects.requireNonNull(reasonZh, "reasonZh");
    }

    /**
     * Returns why, in Chinese.
     *
     * @return the reason, not null
     */
    public String reasonZh() {
        return reasonZh;
    }

    /**
     * Returns why, in English.
     *
     * @return the reason, following "the file", not null
     */
    public String reasonEn() {
        return getMessage().substring("the file ".length());
    }
}
