package org.talentregistry.pool;

import org.talentregistry.BilingualName;

/** What a pool member did. */
public enum EngagementKind implements BilingualName {
    /** Attended a training class, e.g. 创新能力提升培训班. */
    TRAINING("培训", "training"),
    /** Gave a campus talk (宣讲进校园). */
    CAMPUS_TALK("宣讲进校园", "campus talk"),
    /** Was featured in the media. */
    MEDIA_FEATURE("媒体宣传", "media feature");

    private final String chinese;
    private final String english;

    EngagementKind(String chinese, String english) {
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
