package org.talentregistry.title;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.Revocation;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.selection.RoundId;

/** Honors, priority conditions and policies to build priority tests from; each test changes only what it is about. */
public final class PriorityFixtures {
    /** The Zibo craftsman program, whose gold tier gives priority. */
    public static final HonorProgramId ZIBO = HonorProgramId.of(1);
    /** Another program, whose honors give no priority for the Zibo chief technician. */
    public static final HonorProgramId QILU = HonorProgramId.of(2);
    /** The code of the Zibo chief technician title. */
    public static final String CHIEF = "zibo-chief-technician";

    private PriorityFixtures() {
    }

    /**
     * Returns an honor of the gold tier of the Zibo program, 淄博金牌工匠, named by 淄工发〔year〕12号.
     *
     * @param named the date of the naming decision
     * @return the honor, not revoked
     */
    public static Honor gold(LocalDate named) {
        return honor(ZIBO, "gold", "淄博金牌工匠", named, Optional.empty());
    }

    /**
     * Returns an honor.
     *
     * @param program the program
     * @param tierCode the tier's code
     * @param tierName the tier's name
     * @param named the date of the naming decision; the honor's year is its year
     * @param revocation the revocation, or empty
     * @return the honor
     */
    public static Honor honor(HonorProgramId program, String tierCode, String tierName, LocalDate named,
            Optional<Revocation> revocation) {
        return new Honor(HonorId.of(program.value() * 1000 + named.getYear() % 1000), program, "淄博工匠", tierCode, tierName,
                named.getYear(), RoundId.of(1), ArtisanId.of(1),
                new NamingDecision("淄工发〔" + named.getYear() + "〕12号", named, "淄博市总工会"),
                named.getYear() + "-" + tierCode + "-001", revocation);
    }

    /**
     * Returns a copy of an honor revoked from a date.
     *
     * @param honor the honor
     * @param effectiveOn the first day it no longer counts
     * @return the revoked honor
     */
    public static Honor revoked(Honor honor, LocalDate effectiveOn) {
        return new Honor(honor.id(), honor.programId(), honor.programName(), honor.tierCode(), honor.tierName(),
                honor.year(), honor.roundId(), honor.artisanId(), honor.decision(), honor.certificateNumber(),
                Optional.of(new Revocation(RevocationReason.FRAUD, "申报材料造假", effectiveOn, "淄博市总工会",
                        Actor.of("u-7", "张科长"))));
    }

    /** @return "holds a gold honor of the Zibo program", the first condition of the Zibo policy */
    public static PriorityCondition.HoldsHonor holdsGold() {
        return new PriorityCondition.HoldsHonor("zibo-gold", ZIBO, Set.of("gold"), "持有淄博金牌工匠称号",
                "holds the Zibo Gold Medal Craftsman honor");
    }

    /** @return "aged 45 or under", the second condition of the Zibo policy */
    public static PriorityCondition.AgedAtMost agedAtMost45() {
        return new PriorityCondition.AgedAtMost("age-45", 45, "45周岁以下", "aged 45 or under");
    }

    /**
     * Returns version 1 of the Zibo chief technician policy, in force from 2023 without end.
     *
     * @param tolerance the score tolerance
     * @param conditions the conditions, in order
     * @return the policy
     */
    public static PriorityPolicy policy(String tolerance, PriorityCondition... conditions) {
        return policy(1, LocalDate.of(2023, 1, 1), Optional.empty(), tolerance, conditions);
    }

    /**
     * Returns a version of the Zibo chief technician policy.
     *
     * @param version the version
     * @param from the first day in force
     * @param until the first day no longer in force, or empty
     * @param tolerance the score tolerance
     * @param conditions the conditions, in order
     * @return the policy
     */
    public static PriorityPolicy policy(int version, LocalDate from, Optional<LocalDate> until, String tolerance,
            PriorityCondition... conditions) {
        return new PriorityPolicy("zibo-chief", version, CHIEF, from, until, new BigDecimal(tolerance), List.of(conditions));
    }
}
