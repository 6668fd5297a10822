package org.talentregistry.eligibility;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.Message;

/**
 * One line of a verdict: a criterion, its outcome, and the facts used, each said in Chinese and English.
 *
 * @param criterionId the criterion's id within its program or title, not null
 * @param rule the rule, e.g. "skill level at or above technician (level 2) (hard)" / "职业技能等级技师及以上（硬性条件）",
 *     not null
 * @param outcome met, not met or flagged, not null
 * @param facts the facts used, e.g. "level technician (level 2) from certificate T2012-0033 valid on 2018-05-01", not null
 * @param clearance the person's decision on a flag, empty unless a flag was cleared
 */
public record CriterionResult(String criterionId, Message rule, Outcome outcome, Message facts,
        Optional<FlagClearance> clearance) {

    /**
     * Creates a line.
     *
     * @param criterionId the criterion id, not null
     * @param rule the rule, not null
     * @param outcome the outcome, not null
     * @param facts the facts, not null
     * @param clearance the clearance, not null (empty when there is none)
     */
    public CriterionResult {
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(clearance, "clearance");
    }

    /**
     * Creates a line from texts a host worded itself, in one language: they read the same in every language
     * ({@link CriterionText#RECORDED}).
     *
     * @param criterionId the criterion id, not null
     * @param rule the rule text, not null
     * @param outcome the outcome, not null
     * @param facts the facts text, not null
     * @param clearance the clearance, not null (empty when there is none)
     */
    public CriterionResult(String criterionId, String rule, Outcome outcome, String facts,
            Optional<FlagClearance> clearance) {
        this(criterionId, recorded(rule, "rule"), outcome, recorded(facts, "facts"), clearance);
    }

    private static Message recorded(String text, String name) {
        return Message.of(CriterionText.RECORDED, Objects.requireNonNull(text, name));
    }

    /**
     * Returns a line without clearance.
     *
     * @param criterion the criterion
     * @param outcome the outcome
     * @param facts the facts used
     * @return the line
     */
    public static CriterionResult of(Criterion criterion, Outcome outcome, Message facts) {
        return new CriterionResult(criterion.id(), criterion.rule(), outcome, facts, Optional.empty());
    }

    /**
     * Tells whether this line is a flag nobody has cleared yet.
     *
     * @return true for an open flag
     */
    public boolean isOpenFlag() {
        return outcome == Outcome.FLAGGED && clearance.isEmpty();
    }

    /**
     * Returns the line as a sentence in English, e.g. "MET skill level at or above technician (level 2) (hard): level
     * technician (level 2) from ...".
     *
     * @return the sentence, not null
     */
    public String explain() {
        return explain(Locale.ENGLISH);
    }

    /**
     * Returns the line as a sentence in a language, e.g. "【符合】职业技能等级技师及以上（硬性条件）：证书T2012-0033载明等级技师，2018-05-01有效".
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise; not null
     * @return the sentence, not null
     */
    public String explain(Locale locale) {
        return message().render(locale);
    }

    /**
     * Returns the line as a code and arguments, for a host that words it its own way.
     *
     * @return the sentence, not null
     */
    public Message message() {
        VerdictText label = VerdictText.label(outcome);
        return clearance.map(c -> Message.of(VerdictText.LINE_CLEARED, label, rule, facts, c.actor().displayName(), c.reason()))
                .orElseGet(() -> Message.of(VerdictText.LINE, label, rule, facts));
    }
}
