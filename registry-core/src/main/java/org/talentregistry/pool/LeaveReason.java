package org.talentregistry.pool;

import org.talentregistry.BilingualName;

/** Why a membership of the talent pool ended. */
public enum LeaveReason implements BilingualName {
    /** The honor that brought the membership was revoked (撤销称号). */
    HONOR_REVOKED("称号被撤销", "the honor was revoked"),
    /** The member died (去世). */
    DECEASED("去世", "deceased"),
    /** The member left the city (调离本市). */
    LEFT_CITY("调离本市", "left the city"),
    /** The member asked to leave (本人申请退出). */
    REQUESTED("本人申请退出", "left at their own request"),
    /** Another reason, given in the exit's note. */
    OTHER("其他原因", "another reason");

    private final String chinese;
    private final String english;

    LeaveReason(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /**
     * Returns the reason in Chinese.
     *
     * @return e.g. {@code 调离本市}, not null
     */
    @Override
    public String chineseName() {
        return chinese;
    }

    /**
     * Returns the reason in English.
     *
     * @return e.g. {@code left the city}, not null
     */
    @Override
    public String englishName() {
        return english;
    }
}
