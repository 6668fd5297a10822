package org.talentregistry.honor;

import org.talentregistry.BilingualName;

/** How a candidate is put forward. */
public enum NominationChannel implements BilingualName {
    /** 个人自荐: the artisan nominates themself. */
    SELF("个人自荐", "self-nomination"),
    /** 单位推荐: the employer nominates. */
    EMPLOYER("单位推荐", "nominated by the employer"),
    /** 工会推荐: the union system nominates. */
    UNION("工会推荐", "nominated by the union"),
    /** 协会推荐: an industry association nominates. */
    ASSOCIATION("协会推荐", "nominated by an industry association");

    private final String chineseName;
    private final String englishName;

    NominationChannel(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name.
     *
     * @return e.g. 个人自荐, not null
     */
    @Override
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name.
     *
     * @return e.g. self-nomination, not null
     */
    @Override
    public String englishName() {
        return englishName;
    }
}
