package org.talentregistry.honor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.talentregistry.AcceptedValues;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;
import org.talentregistry.selection.StagePlan;

/**
 * What an honor program declares: its name and organizers, its years, tiers and quotas, its eligibility
 * criteria, the nomination channels it accepts, how it scores, how the public votes, how long the public
 * notice lasts, whether an honoree may be honored again, and the order of its selection stages ({@link
 * StagePlan}).
 *
 * <p>Validated when built; see {@link #zibo()} for the Zibo Gold Medal Craftsman program.
 */
public final class ProgramDefinition {
    private final String name;
    private final List<String> organizers;
    private final int firstYear;
    private final int years;
    private final List<HonorTier> tiers;
    private final Integer programCap;
    private final List<Criterion> criteria;
    private final Set<NominationChannel> channels;
    private final ScoringScheme scoring;
    private final String votePolicy;
    private final int noticeWorkingDays;
    private final boolean repeatsAllowed;
    private final NoticePublication publicNotice;
    private final StagePlan plan;

    private ProgramDefinition(Builder b) {
        this.name = Texts.required("program.name", b.name, 100);
        this.organizers = b.organizers.stream().map(o -> Texts.required("program.organizers", o, 100)).toList();
        if (organizers.isEmpty()) {
            throw new InvalidFieldException("program.organizers", FieldProblem.NO_ORGANIZER);
        }
        this.firstYear = Ranges.year("program.firstYear", b.firstYear);
        if (b.years < 1 || b.years > 100) {
            throw new InvalidFieldException("program.years", FieldProblem.OUT_OF_RANGE, "1", "100", String.valueOf(b.years));
        }
        if (firstYear + b.years - 1 > AcceptedValues.LATEST_YEAR) {
            throw new InvalidFieldException("program.years", FieldProblem.ENDS_TOO_LATE,
                    String.valueOf(AcceptedValues.LATEST_YEAR), String.valueOf(b.years), String.valueOf(firstYear));
        }

        this.years = b.years;
        this.tiers = List.copyOf(b.tiers);
        if (tiers.isEmpty()) {
            throw new InvalidFieldException("program.tiers", FieldProblem.NO_TIER);
        }
        Set<String> codes = new HashSet<>();
        tiers.forEach(t -> {
            if (!codes.add(t.code())) {
                throw new InvalidFieldException("program.tiers", FieldProblem.TIER_LISTED_TWICE, t.code());
            }
        });
        if (b.programCap != null && b.programCap < 1) {
            throw new InvalidFieldException("program.cap", FieldProblem.TOO_SMALL, "1", String.valueOf(b.programCap));
        }
        this.programCap = b.programCap;
        this.criteria = List.copyOf(b.criteria);
        Set<String> ids = new HashSet<>();
        criteria.forEach(c -> {
            if (!ids.add(c.id())) {
                throw new InvalidFieldException("program.criteria", FieldProblem.CRITERION_LISTED_TWICE, c.id());
            }
        });
        if (b.channels.isEmpty()) {
            throw new InvalidFieldException("program.channels", FieldProblem.NO_CHANNEL);
        }
        this.channels = Set.copyOf(b.channels);
        this.scoring = Objects.requireNonNull(b.scoring, "scoring");
        this.votePolicy = Texts.required("program.votePolicy", b.votePolicy, 60);
        if (b.noticeWorkingDays < 1 || b.noticeWorkingDays > 60) {
            throw new InvalidFieldException("program.noticeWorkingDays", FieldProblem.OUT_OF_RANGE, "1", "60",
                    String.valueOf(b.noticeWorkingDays));
        }
        this.noticeWorkingDays = b.noticeWorkingDays;
        this.repeatsAllowed = b.repeatsAllowed;
        this.publicNotice = Objects.requireNonNull(b.publicNotice, "publicNotice");
        this.plan = Objects.requireNonNull(b.plan, "plan");
    }

    /**
     * Returns an empty builder with the defaults: every channel but none chosen, 5 working days of notice,
     * the vote policy {@code one-per-ip-per-round}, Zibo's scoring scheme, no repeats.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the Zibo Gold Medal Craftsman program (淄博金牌工匠): 2016 for five years, one tier of 20 a year
     * entering the talent pool, 100 honors at most over the program, candidates self-nominating on the union's
     * app (个人自荐: Zibo takes no employer, union or association nominations; a program that does adds those
     * channels to {@link #toBuilder()}); senior worker (高级工) or above, five years in the trade, in service, no
     * disqualifying record, and "generally not over 55" as a soft criterion; expert review 85% and public vote 15% with
     * one vote per IP address per round; five working days of public notice.
     *
     * @return the definition, not null
     */
    public static ProgramDefinition zibo() {
        return builder()
                .name("淄博金牌工匠")
                .organizer("淄博市总工会").organizer("中共淄博市委组织部").organizer("淄博市人力资源和社会保障局")
                .years(2016, 5)
                .tier(new HonorTier("gold", "淄博金牌工匠", 20, true))
                .programCap(100)
                .criterion(new Criterion.MinimumSkillLevel("level", org.talentregistry.eligibility.Severity.HARD,
                        org.talentregistry.artisan.SkillLevel.SENIOR_WORKER))
                .criterion(new Criterion.MinimumYearsInTrade("years", org.talentregistry.eligibility.Severity.HARD, 5))
                .criterion(new Criterion.InService("in-service", org.talentregistry.eligibility.Severity.HARD))
                .criterion(new Criterion.NoDisqualifyingRecord("record", org.talentregistry.eligibility.Severity.HARD))
                .criterion(new Criterion.MaximumAge("age", org.talentregistry.eligibility.Severity.SOFT, 55))
                .channel(NominationChannel.SELF)
                .scoring(ScoringScheme.zibo())
                .build();
    }

    /**
     * Returns a builder holding this definition, to build a revised one.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.organizers.addAll(organizers);
        b.firstYear = firstYear;
        b.years = years;
        b.tiers.addAll(tiers);
        b.programCap = programCap;
        b.criteria.addAll(criteria);
        b.channels.clear();
        b.channels.addAll(channels);
        b.scoring = scoring;
        b.votePolicy = votePolicy;
        b.noticeWorkingDays = noticeWorkingDays;
        b.repeatsAllowed = repeatsAllowed;
        b.publicNotice = publicNotice;
        b.plan = plan;
        return b;
    }

    /**
     * Tells whether a year lies within the program.
     *
     * @param year the year
     * @return true if {@code firstYear <= year < firstYear + years}
     */
    public boolean coversYear(int year) {
        return year >= firstYear && year < firstYear + years;
    }

    /**
     * Returns a tier by code.
     *
     * @param code the code, not null
     * @return the tier, or empty
     */
    public Optional<HonorTier> tier(String code) {
        return tiers.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** @return the program's name, e.g. 淄博金牌工匠 */
    public String name() {
        return name;
    }

    /** @return the organizing bodies, unmodifiable, at least one */
    public List<String> organizers() {
        return organizers;
    }

    /** @return the first year of the program */
    public int firstYear() {
        return firstYear;
    }

    /** @return the number of years the program runs */
    public int years() {
        return years;
    }

    /** @return the tiers, highest first, unmodifiable */
    public List<HonorTier> tiers() {
        return tiers;
    }

    /** @return the most honors, of all tiers, over the whole program, or empty for no cap */
    public OptionalInt programCap() {
        return programCap == null ? OptionalInt.empty() : OptionalInt.of(programCap);
    }

    /** @return the eligibility criteria, in order, unmodifiable */
    public List<Criterion> criteria() {
        return criteria;
    }

    /** @return the accepted nomination channels, unmodifiable */
    public Set<NominationChannel> channels() {
        return channels;
    }

    /** @return the scoring scheme */
    public ScoringScheme scoring() {
        return scoring;
    }

    /** @return the id of the vote policy, e.g. {@code one-per-ip-per-round} */
    public String votePolicy() {
        return votePolicy;
    }

    /** @return the length of the public notice in working days */
    public int noticeWorkingDays() {
        return noticeWorkingDays;
    }

    /** @return whether an artisan who holds this program's honor may be nominated again */
    public boolean repeatsAllowed() {
        return repeatsAllowed;
    }

    /** @return what the public notice list publishes and where objections go, not null */
    public NoticePublication publicNotice() {
        return publicNotice;
    }

    /** @return the order of the selection stages, not null; {@link StagePlan#standard()} unless set */
    public StagePlan plan() {
        return plan;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProgramDefinition that && name.equals(that.name) && organizers.equals(that.organizers)
                && firstYear == that.firstYear && years == that.years && tiers.equals(that.tiers)
                && Objects.equals(programCap, that.programCap) && criteria.equals(that.criteria)
                && channels.equals(that.channels) && scoring.equals(that.scoring) && votePolicy.equals(that.votePolicy)
                && noticeWorkingDays == that.noticeWorkingDays && repeatsAllowed == that.repeatsAllowed
                && publicNotice.equals(that.publicNotice) && plan.equals(that.plan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, firstYear, years, tiers, criteria);
    }

    @Override
    public String toString() {
        return "ProgramDefinition{" + name + ", " + firstYear + "+" + years + "y, tiers=" + tiers + ", cap=" + programCap
                + ", channels=" + channels + ", votePolicy=" + votePolicy + ", plan=" + plan + "}";
    }

    /** Builds a {@link ProgramDefinition}. */
    public static final class Builder {
        private String name;
        private final List<String> organizers = new ArrayList<>();
        private int firstYear;
        private int years;
        private final List<HonorTier> tiers = new ArrayList<>();
        private Integer programCap;
        private final List<Criterion> criteria = new ArrayList<>();
        private final Set<NominationChannel> channels = EnumSet.noneOf(NominationChannel.class);
        private ScoringScheme scoring = ScoringScheme.zibo();
        private String votePolicy = "one-per-ip-per-round";
        private int noticeWorkingDays = 5;
        private boolean repeatsAllowed;
        private NoticePublication publicNotice = NoticePublication.defaults();
        private StagePlan plan = StagePlan.standard();

        private Builder() {
        }

        /**
         * Sets the name.
         *
         * @param programName 1 to 100 characters
         * @return this builder
         */
        public Builder name(String programName) {
            this.name = programName;
            return this;
        }

        /**
         * Adds an organizer.
         *
         * @param organizer 1 to 100 characters
         * @return this builder
         */
        public Builder organizer(String organizer) {
            this.organizers.add(organizer);
            return this;
        }

        /**
         * Sets the years.
         *
         * @param first the first year
         * @param count how many years
         * @return this builder
         */
        public Builder years(int first, int count) {
            this.firstYear = first;
            this.years = count;
            return this;
        }

        /**
         * Adds a tier below those added before.
         *
         * @param tier the tier, not null
         * @return this builder
         */
        public Builder tier(HonorTier tier) {
            this.tiers.add(Objects.requireNonNull(tier, "tier"));
            return this;
        }

        /**
         * Removes every tier.
         *
         * @return this builder
         */
        public Builder clearTiers() {
            this.tiers.clear();
            return this;
        }

        /**
         * Sets the cap on honors, of all tiers, over the whole program.
         *
         * @param cap the cap, or null for none
         * @return this builder
         */
        public Builder programCap(Integer cap) {
            this.programCap = cap;
            return this;
        }

        /**
         * Adds an eligibility criterion.
         *
         * @param criterion the criterion, not null
         * @return this builder
         */
        public Builder criterion(Criterion criterion) {
            this.criteria.add(Objects.requireNonNull(criterion, "criterion"));
            return this;
        }

        /**
         * Removes every criterion.
         *
         * @return this builder
         */
        public Builder clearCriteria() {
            this.criteria.clear();
            return this;
        }

        /**
         * Accepts a nomination channel.
         *
         * @param channel the channel, not null
         * @return this builder
         */
        public Builder channel(NominationChannel channel) {
            this.channels.add(Objects.requireNonNull(channel, "channel"));
            return this;
        }

        /**
         * Sets the scoring scheme.
         *
         * @param scheme the scheme, not null
         * @return this builder
         */
        public Builder scoring(ScoringScheme scheme) {
            this.scoring = scheme;
            return this;
        }

        /**
         * Sets the vote policy by id; the registry must know a policy of that id.
         *
         * @param policyId e.g. {@code one-per-ip-per-round} or {@code one-per-account-per-nominee-per-day}
         * @return this builder
         */
        public Builder votePolicy(String policyId) {
            this.votePolicy = policyId;
            return this;
        }

        /**
         * Sets the length of the public notice.
         *
         * @param workingDays 1 to 60
         * @return this builder
         */
        public Builder noticeWorkingDays(int workingDays) {
            this.noticeWorkingDays = workingDays;
            return this;
        }

        /**
         * Says whether an artisan already honored by this program may be nominated again.
         *
         * @param allowed whether repeats are allowed
         * @return this builder
         */
        public Builder repeatsAllowed(boolean allowed) {
            this.repeatsAllowed = allowed;
            return this;
        }

        /**
         * Sets what the public notice list publishes and where objections go; the default is
         * {@link NoticePublication#defaults()}.
         *
         * @param publication the settings, not null
         * @return this builder
         * @throws NullPointerException if the settings are null
         */
        public Builder publicNotice(NoticePublication publication) {
            this.publicNotice = Objects.requireNonNull(publication, "publication");
            return this;
        }

        /**
         * Sets the order of the selection stages; the default is {@link StagePlan#standard()} (Zibo's).
         *
         * @param stagePlan the plan, not null
         * @return this builder
         * @throws NullPointerException if the plan is null
         */
        public Builder plan(StagePlan stagePlan) {
            this.plan = Objects.requireNonNull(stagePlan, "stagePlan");
            return this;
        }

        /**
         * Builds the definition.
         *
         * @return the definition, not null
         * @throws InvalidFieldException naming the first faulty field
         */
        public ProgramDefinition build() {
            return new ProgramDefinition(this);
        }
    }
}
