package org.talentregistry.selection;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;

/**
 * The order of a program's selection stages, declared by each program version; a round follows the plan of
 * the version it was opened under.
 *
 * <p>Every plan starts with nominations and eligibility review and ends with the public notice and naming.
 * Between them it varies the parts real programs vary:
 * <ul>
 *   <li>when the public vote runs: after expert review (Zibo's order, {@link #standard()}), while the
 *       experts score ({@link VoteTiming#WHILE_EXPERTS_SCORE}: the vote opens with expert review; voting is
 *       closed first, then expert review, and both before the composite), or before expert review;
 *   <li>an expert shortlist (提名) of N nominees: closing expert review keeps the N best expert scores in the
 *       running and only they go to the public vote (齐鲁工匠 2017: 30, then the vote, then 10 named);
 *   <li>a site visit (实地考察) between the composite and the notice: each selected nominee passes or fails
 *       with a note; a failed visit leaves the nominee out and the waitlist moves up;
 *   <li>whether a nominee who moves up from the waitlist after the notice started needs a public notice of
 *       its own before it can be named.
 * </ul>
 * Immutable; changed copies by the {@code withX} methods.
 */
public final class StagePlan {
    /** The most nominees a shortlist may keep. */
    public static final int MAX_SHORTLIST = 10_000;

    /** When the public vote runs, relative to expert review. */
    public enum VoteTiming {
        /** Expert review, then the public vote (Zibo). */
        AFTER_EXPERT_REVIEW,
        /** The vote opens together with expert review; voting closes first, then expert review. */
        WHILE_EXPERTS_SCORE,
        /** The public vote, then expert review. */
        BEFORE_EXPERT_REVIEW
    }

    private static final StagePlan STANDARD = new StagePlan(VoteTiming.AFTER_EXPERT_REVIEW, 0, false, false);

    private final VoteTiming vote;
    private final int shortlist;
    private final boolean siteVisit;
    private final boolean noticeForPromoted;

    private StagePlan(VoteTiming vote, int shortlist, boolean siteVisit, boolean noticeForPromoted) {
        this.vote = Objects.requireNonNull(vote, "vote");
        if (shortlist < 0 || shortlist > MAX_SHORTLIST) {
            throw new InvalidFieldException("program.plan.shortlist", FieldProblem.OUT_OF_RANGE, "1",
                    String.valueOf(MAX_SHORTLIST), String.valueOf(shortlist));
        }
        if (shortlist > 0 && vote != VoteTiming.AFTER_EXPERT_REVIEW) {
            throw new InvalidFieldException("program.plan.shortlist", FieldProblem.SHORTLIST_NEEDS_VOTE_AFTER,
                    String.valueOf(vote));
        }
        this.shortlist = shortlist;
        this.siteVisit = siteVisit;
        this.noticeForPromoted = noticeForPromoted;
    }

    /**
     * Returns today's order, Zibo's: eligibility review, expert review, public vote, composite, notice,
     * naming; no shortlist, no site visit, no notice of its own for a promoted nominee.
     *
     * @return the plan, not null
     */
    public static StagePlan standard() {
        return STANDARD;
    }

    /**
     * Returns this plan with another vote timing.
     *
     * @param timing not null
     * @return the plan, not null
     * @throws InvalidFieldException naming {@code program.plan.shortlist} if the plan shortlists and the
     *     vote would not come after expert review
     */
    public StagePlan withVote(VoteTiming timing) {
        return new StagePlan(timing, shortlist, siteVisit, noticeForPromoted);
    }

    /**
     * Returns this plan with an expert shortlist of {@code size} nominees before the public vote.
     *
     * @param size 1 to {@value #MAX_SHORTLIST}
     * @return the plan, not null
     * @throws InvalidFieldException naming {@code program.plan.shortlist} if the size is out of range or the
     *     vote does not come after expert review
     */
    public StagePlan withShortlist(int size) {
        if (size < 1) {
            throw new InvalidFieldException("program.plan.shortlist", FieldProblem.OUT_OF_RANGE, "1",
                    String.valueOf(MAX_SHORTLIST), String.valueOf(size));
        }
        return new StagePlan(vote, size, siteVisit, noticeForPromoted);
    }

    /**
     * Returns this plan with or without a site visit between the composite and the notice.
     *
     * @param visit whether selected nominees are visited
     * @return the plan, not null
     */
    public StagePlan withSiteVisit(boolean visit) {
        return new StagePlan(vote, shortlist, visit, noticeForPromoted);
    }

    /**
     * Returns this plan with or without a public notice of its own for a nominee who moves up from the
     * waitlist once the round's notice has started.
     *
     * @param required whether such a nominee needs its own notice before naming
     * @return the plan, not null
     */
    public StagePlan withNoticeForPromoted(boolean required) {
        return new StagePlan(vote, shortlist, siteVisit, required);
    }

    /** @return when the public vote runs, not null */
    public VoteTiming vote() {
        return vote;
    }

    /** @return the shortlist's size, or empty when experts do not shortlist */
    public OptionalInt shortlist() {
        return shortlist == 0 ? OptionalInt.empty() : OptionalInt.of(shortlist);
    }

    /** @return whether selected nominees get a site visit before the notice */
    public boolean hasSiteVisit() {
        return siteVisit;
    }

    /** @return whether a nominee promoted from the waitlist needs a notice of its own before naming */
    public boolean requiresNoticeForPromoted() {
        return noticeForPromoted;
    }

    /**
     * Lists the stages a round of this plan passes, in order, from {@link RoundStage#NOMINATIONS_OPEN} to
     * {@link RoundStage#NAMED} ({@link RoundStage#PARTLY_NAMED} included: a round passes it when its
     * nominees are named by more than one decision).
     *
     * @return the stages, unmodifiable
     */
    public List<RoundStage> stages() {
        List<RoundStage> order = new ArrayList<>(List.of(RoundStage.NOMINATIONS_OPEN, RoundStage.ELIGIBILITY_REVIEW));
        if (vote == VoteTiming.AFTER_EXPERT_REVIEW) {
            order.addAll(List.of(RoundStage.EXPERT_REVIEW, RoundStage.PUBLIC_VOTING));
        } else {
            order.addAll(List.of(RoundStage.PUBLIC_VOTING, RoundStage.EXPERT_REVIEW));
        }
        order.add(RoundStage.SCORING);
        if (siteVisit) {
            order.add(RoundStage.SITE_VISIT);
        }
        order.addAll(List.of(RoundStage.PUBLIC_NOTICE, RoundStage.PARTLY_NAMED, RoundStage.NAMED));
        return List.copyOf(order);
    }

    /**
     * Returns the stage a round moves to when it leaves a stage of the plan's middle: eligibility review,
     * expert review, public voting, scoring or site visit.
     *
     * @param stage not null
     * @return the next stage, not null
     * @throws IllegalArgumentException for a stage not left by a plain step
     */
    public RoundStage after(RoundStage stage) {
        List<RoundStage> order = stages();
        int at = order.indexOf(stage);
        if (at < 0 || at >= order.indexOf(RoundStage.PUBLIC_NOTICE)) {
            throw new IllegalArgumentException("no plain step leaves " + stage);
        }
        return order.get(at + 1);
    }

    /**
     * Returns the operation that moves a round on from a stage under this plan: what a refusal names as
     * the next step.
     *
     * @param stage not null
     * @return the step, {@link RoundStep#NONE} for a named or cancelled round
     */
    public RoundStep nextStep(RoundStage stage) {
        return switch (stage) {
            case NOMINATIONS_OPEN -> RoundStep.CLOSE_NOMINATIONS;
            case ELIGIBILITY_REVIEW -> RoundStep.CLOSE_ELIGIBILITY_REVIEW;
            case EXPERT_REVIEW -> RoundStep.CLOSE_EXPERT_REVIEW;
            case PUBLIC_VOTING -> RoundStep.CLOSE_VOTING;
            case SCORING -> siteVisit ? RoundStep.START_SITE_VISITS : RoundStep.START_NOTICE;
            case SITE_VISIT -> RoundStep.START_NOTICE;
            case PUBLIC_NOTICE, PARTLY_NAMED -> RoundStep.NAME;
            case NAMED, CANCELLED -> RoundStep.NONE;
        };
    }

    /**
     * Returns the stages in which experts score (and reviewers and conflicts are recorded): expert review,
     * and public voting when the vote runs while experts score.
     *
     * @return the stages, unmodifiable
     */
    public Set<RoundStage> scoringStages() {
        return vote == VoteTiming.WHILE_EXPERTS_SCORE ? Set.of(RoundStage.EXPERT_REVIEW, RoundStage.PUBLIC_VOTING)
                : Set.of(RoundStage.EXPERT_REVIEW);
    }

    /**
     * Returns the stages in which a nominee's votes may be marked brushed: from public voting until the
     * notice starts.
     *
     * @return the stages, unmodifiable
     */
    public Set<RoundStage> brushingStages() {
        List<RoundStage> order = stages();
        EnumSet<RoundStage> stages = EnumSet.noneOf(RoundStage.class);
        stages.addAll(order.subList(order.indexOf(RoundStage.PUBLIC_VOTING), order.indexOf(RoundStage.PUBLIC_NOTICE)));
        return Set.copyOf(stages);
    }

    /**
     * Tells whether a ranking in a stage is provisional: votes or scores may still change it.
     *
     * @param stage not null
     * @return true before {@link RoundStage#SCORING}
     */
    public boolean isProvisional(RoundStage stage) {
        return stage == RoundStage.EXPERT_REVIEW || stage == RoundStage.PUBLIC_VOTING;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StagePlan that && vote == that.vote && shortlist == that.shortlist
                && siteVisit == that.siteVisit && noticeForPromoted == that.noticeForPromoted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(vote, shortlist, siteVisit, noticeForPromoted);
    }

    @Override
    public String toString() {
        return "StagePlan{" + stages().stream().filter(s -> s != RoundStage.PARTLY_NAMED).map(Enum::name)
                .reduce((a, b) -> a + " > " + b).orElse("") + (shortlist > 0 ? ", shortlist " + shortlist : "")
                + (noticeForPromoted ? ", notice for promoted nominees" : "") + "}";
    }
}
