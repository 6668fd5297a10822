package org.talentregistry.artisan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.talentregistry.BilingualName;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;

/**
 * The vocational skill levels (职业技能等级) of the eight-level ladder in use since 2022, declared from
 * lowest to highest, so that the natural order and {@link #rank()} follow the ladder.
 *
 * <p>The five middle levels had numbered codes before the reform (五级 for the junior worker up to 一级 for
 * the senior technician); {@link #parse(String)} still accepts them, because older certificates carry
 * them.
 *
 * <p>The top two levels, {@link #SPECIAL_TECHNICIAN} and {@link #CHIEF_TECHNICIAN}, are posts an
 * enterprise appoints. The ladder level 首席技师 is not the government title 淄博市首席技师 (municipal Chief
 * Technician), which a city awards by selection and which the registry models as a technician title, not
 * as a skill level.
 */
public enum SkillLevel implements BilingualName {
    /** 学徒工, apprentice. */
    APPRENTICE("学徒工", null, "apprentice"),
    /** 初级工, junior worker; old code 五级. */
    JUNIOR_WORKER("初级工", "五级", "junior worker (level 5)"),
    /** 中级工, intermediate worker; old code 四级. */
    INTERMEDIATE_WORKER("中级工", "四级", "intermediate worker (level 4)"),
    /** 高级工, senior worker; old code 三级. */
    SENIOR_WORKER("高级工", "三级", "senior worker (level 3)"),
    /** 技师, technician; old code 二级. */
    TECHNICIAN("技师", "二级", "technician (level 2)"),
    /** 高级技师, senior technician; old code 一级. */
    SENIOR_TECHNICIAN("高级技师", "一级", "senior technician (level 1)"),
    /** 特级技师, special technician: an enterprise post. */
    SPECIAL_TECHNICIAN("特级技师", null, "special technician"),
    /** 首席技师, chief technician: an enterprise post, not the government title 淄博市首席技师. */
    CHIEF_TECHNICIAN("首席技师", null, "chief technician");

    private static final String FIELD = "skillLevel";
    private static final Map<String, SkillLevel> BY_TEXT = byText();
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[/／()（）\\s、]+");
    /** What some records put before a level: 国家职业资格三级, 职业技能等级三级. */
    private static final String PREFIX_QUALIFICATION = "国家职业资格";
    private static final String PREFIX_LEVEL = "职业技能等级";

    private final String chineseName;
    private final String oldCode;
    private final String englishName;

    SkillLevel(String chineseName, String oldCode, String englishName) {
        this.chineseName = chineseName;
        this.oldCode = oldCode;
        this.englishName = englishName;
    }

    /**
     * Finds the level a text names: its Chinese name ({@code 高级工}), its old code ({@code 三级}), both as
     * certificates print them ({@code 三级/高级工}, {@code 高级工（三级）}, which must agree), with or without {@code
     * 国家职业资格} or {@code 职业技能等级} before it, or its constant name in any case ({@code senior_worker}).
     * Surrounding whitespace is ignored.
     *
     * @param text the text to read, may be null (then refused)
     * @return the level, not null
     * @throws InvalidFieldException with field {@code skillLevel} if the text is null or blank or names no
     *     level; the problem lists what is accepted
     */
    public static SkillLevel parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(FIELD, "is required");
        }
        String key = text.strip();
        SkillLevel level = named(key);
        if (level == null) {
            level = namedTwice(key);
        }
        if (level == null) {
            throw new InvalidFieldException(FIELD, FieldProblem.NOT_A_SKILL_LEVEL);
        }
        return level;
    }

    private static SkillLevel named(String key) {
        String name = key.startsWith(PREFIX_QUALIFICATION) ? key.substring(PREFIX_QUALIFICATION.length())
                : key.startsWith(PREFIX_LEVEL) ? key.substring(PREFIX_LEVEL.length()) : key;
        SkillLevel level = BY_TEXT.get(name);
        // Constant names are upper-cased with the root locale: under a Turkish default "technician" would
        // become "TECHNİCİAN" and match nothing.
        return level != null ? level : BY_TEXT.get(name.toUpperCase(Locale.ROOT));
    }

    /**
     * The form certificates print, {@code 三级/高级工}, and offices' variants ({@code 高级工（三级）}, {@code
     * 三级 高级工}): each part names a level, and all name the same one.
     */
    private static SkillLevel namedTwice(String key) {
        SkillLevel found = null;
        for (String part : SEPARATORS.split(key)) {
            if (part.isEmpty()) {
                continue;
            }
            SkillLevel level = named(part);
            if (level == null || found != null && found != level) {
                return null;
            }
            found = level;
        }
        return found;
    }

    /**
     * Returns the level at a rank on the ladder.
     *
     * @param rank the rank, 1 for {@link #APPRENTICE} up to 8 for {@link #CHIEF_TECHNICIAN}
     * @return the level, not null
     * @throws InvalidFieldException with field {@code skillLevel} if the rank is outside 1 to 8
     */
    public static SkillLevel ofRank(int rank) {
        SkillLevel[] levels = values();
        if (rank < 1 || rank > levels.length) {
            throw new InvalidFieldException(FIELD, FieldProblem.RANK_OUT_OF_RANGE, String.valueOf(levels.length),
                    String.valueOf(rank));
        }
        return levels[rank - 1];
    }

    /**
     * Returns the official Chinese name, as printed on certificates.
     *
     * @return the name, e.g. {@code 高级工}, not null
     */
    @Override
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the name in English, with the old level for the five levels that have one.
     *
     * @return the name, e.g. {@code senior worker (level 3)}, not null
     */
    @Override
    public String englishName() {
        return englishName;
    }

    /**
     * Returns the numbered code the level had before the 2022 ladder.
     *
     * @return the code, e.g. {@code 三级}, or empty for the apprentice and the two enterprise posts, which
     *     had none; not null
     */
    public Optional<String> oldCode() {
        return Optional.ofNullable(oldCode);
    }

    /**
     * Returns the position on the ladder.
     *
     * @return 1 for {@link #APPRENTICE} up to 8 for {@link #CHIEF_TECHNICIAN}
     */
    public int rank() {
        return ordinal() + 1;
    }

    /**
     * Tells whether this level is the given one or higher, as in "技师 or above".
     *
     * @param minimum the lowest level that satisfies, not null
     * @return true if this level ranks at or above {@code minimum}
     * @throws NullPointerException if {@code minimum} is null
     */
    public boolean isAtLeast(SkillLevel minimum) {
        return compareTo(minimum) >= 0;
    }

    private static Map<String, SkillLevel> byText() {
        Map<String, SkillLevel> byText = new HashMap<>();
        for (SkillLevel level : values()) {
            byText.put(level.name(), level);
            byText.put(level.chineseName, level);
            if (level.oldCode != null) {
                byText.put(level.oldCode, level);
            }
        }
        return Map.copyOf(byText);
    }
}
