package org.talentregistry.privacy;

import org.talentregistry.BilingualName;

/** What an artisan's personal information may be used for beyond the registry's own processing (PIPL). */
public enum ConsentPurpose implements BilingualName {
    /** Publication on a public notice list (公示), PIPL Art. 25. */
    PUBLIC_DISCLOSURE("公开公示", "public disclosure"),
    /** Sharing with another processor, such as the bureau's talent pool, PIPL Art. 23. */
    SHARING_WITH_BUREAU("向人社部门人才库提供", "sharing with the bureau's talent pool"),
    /** Publicity in the media: interviews, columns, micro-videos. */
    MEDIA("媒体宣传", "media publicity");

    private final String chinese;
    private final String english;

    ConsentPurpose(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** @return the purpose in Chinese, not null */
    @Override
    public String chineseName() {
        return chinese;
    }

    /** @return the purpose in English, not null */
    @Override
    public String englishName() {
        return english;
    }
}
