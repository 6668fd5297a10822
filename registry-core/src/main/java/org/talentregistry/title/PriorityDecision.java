package org.talentregistry.title;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.talentregistry.artisan.ArtisanId;

/**
 * Whether an artisan has priority for a title on a date, and why: each condition of the policy in force,
 * met or not, with the honor or fact behind it, and the policy version used.
 *
 * @param artisanId the artisan
 * @param titleCode the title
 * @param asOf the date of the decision
 * @param policyId the policy applied
 * @param policyVersion the policy version applied
 * @param results one result per condition, in the policy's order
 */
public record PriorityDecision(ArtisanId artisanId, String titleCode, LocalDate asOf, String policyId, int policyVersion,
        List<ConditionResult> results) {
    /**
     * Creates a decision.
     *
     * @param artisanId not null
     * @param titleCode not null
     * @param asOf not null
     * @param policyId not null
     * @param policyVersion the version
     * @param results not null
     */
    public PriorityDecision {
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(titleCode, "titleCode");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policyId, "policyId");
        results = List.copyOf(results);
    }

    /** @return true if at least one condition is met */
    public boolean hasPriority() {
        // An indexed loop, neither a stream nor an iterator: a bulk check's caller asks this of every one of a
        // million decisions, and JFR found an iterator allocated for each.
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).met()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compares two decisions by priority in the policy's order: the first condition one meets and the other
     * does not decides.
     *
     * @param other a decision under the same policy, not null
     * @return negative if this one ranks first, positive if the other does, zero if equal
     */
    public int comparePriority(PriorityDecision other) {
        for (int i = 0; i < Math.min(results.size(), other.results.size()); i++) {
            boolean mine = results.get(i).met();
            boolean theirs = other.results.get(i).met();
            if (mine != theirs) {
                return mine ? -1 : 1;
            }
        }
        return 0;
    }

    /**
     * Explains the decision in a language, one sentence per condition, e.g.
     * "同等条件下享有“持有淄博金牌工匠称号”优先：持有淄博金牌工匠称号（2018年，表彰决定 淄工发〔2018〕12号）".
     *
     * @param locale {@link Locale#CHINESE} or {@link Locale#ENGLISH} (others fall back to English), not null
     * @return the explanation, not null
     */
    public String explain(Locale locale) {
        // Chinese or English, never the JVM's default locale: a server in China asking for English gets English.
        boolean chinese = "zh".equals(locale.getLanguage());
        ResourceBundle messages = ResourceBundle.getBundle("org.talentregistry.title.Messages",
                chinese ? Locale.CHINESE : Locale.ENGLISH);
        String header = MessageFormat.format(messages.getString("decision.policy"), policyId,
                String.valueOf(policyVersion), asOf.toString());
        return header + "\n" + results.stream().map(r -> {
            String rule = chinese ? r.condition().ruleZh() : r.condition().ruleEn();
            String fact = new MessageFormat(messages.getString(r.fact().key()), messages.getLocale()).format(r.fact().args());
            return MessageFormat.format(messages.getString(r.met() ? "decision.met" : "decision.notMet"), rule, fact);
        }).collect(Collectors.joining("\n"));
    }
}
