package org.talentregistry.pool;

import org.talentregistry.BilingualName;

/** The kinds of campus talk (宣讲进校园). */
public enum TalkKind implements BilingualName {
    /** A craftsman's report (工匠报告会). */
    REPORT("工匠报告会", "report"),
    /** An interview on stage (工匠访谈). */
    INTERVIEW("工匠访谈", "interview"),
    /** A live demonstration (实操演示). */
    LIVE_DEMONSTRATION("实操演示", "live demonstration");

    private final String chinese;
    private final String english;

    TalkKind(String chinese, String english) {
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
