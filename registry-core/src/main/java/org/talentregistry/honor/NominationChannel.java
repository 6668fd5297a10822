package org.talentregistry.honor;

/** How a candidate is put forward. */
public enum NominationChannel {
    /** 个人自荐: the artisan nominates themself. */
    SELF("个人自荐"),
    /** 单位推荐: the employer nominates. */
    EMPLOYER("单位推荐"),
    /** 工会推荐: the union system nominates. */
    UNION("工会推荐"),
    /** 协会推荐: an industry association nominates. */
    ASSOCIATION("协会推荐");

    private final String chineseName;

    NominationChannel(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * Returns the Chinese name.
     *
     * @return e.g. 个人自荐, not null
     */
    public String chineseName() {
        return chineseName;
    }
}
