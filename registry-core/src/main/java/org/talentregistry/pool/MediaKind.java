package org.talentregistry.pool;

import org.talentregistry.BilingualName;

/** The kinds of media feature. */
public enum MediaKind implements BilingualName {
    /** A television interview, e.g. 《小语访谈》. */
    TV_INTERVIEW("电视访谈", "TV interview"),
    /** A column feature, e.g. 《工会之窗》. */
    COLUMN("专栏报道", "column"),
    /** A micro-video, e.g. the 匠心筑梦 series on the 爱·工惠 app. */
    MICRO_VIDEO("微视频", "micro-video"),
    /** A newspaper or online article. */
    ARTICLE("新闻报道", "article");

    private final String chinese;
    private final String english;

    MediaKind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** @return the name in Chinese, not null */
    @Override
    public String chineseName() {
        return chinese;
    }

    /** @return the name in English, not null */
    @Override
    public String englishName() {
        return english;
    }
}
