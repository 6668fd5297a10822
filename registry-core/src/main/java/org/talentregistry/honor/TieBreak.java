package org.talentregistry.honor;

import org.talentregistry.BilingualName;

/**
 * A rule that orders nominees whose composite scores are equal. A program lists them in order; the
 * nomination id (earlier nominations first) always ends the list so that the order is total.
 */
public enum TieBreak implements BilingualName {
    /** The higher expert score first. */
    HIGHER_EXPERT_SCORE("专家评审得分高者在前", "the higher expert score first"),
    /** The higher vote count first. */
    MORE_VOTES("得票多者在前", "more votes first"),
    /** The earlier submitted nomination first. */
    EARLIER_SUBMISSION("申报提交早者在前", "the earlier submitted nomination first");

    private final String chineseName;
    private final String englishName;

    TieBreak(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the rule as a program's rules state it in Chinese.
     *
     * @return e.g. 专家评审得分高者在前, not null
     */
    @Override
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the rule as stated in English.
     *
     * @return e.g. the higher expert score first, not null
     */
    @Override
    public String englishName() {
        return englishName;
    }
}
