package org.talentregistry.jdbc.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.jdbc.internal.ProgramCodec.Props;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;

/**
 * Turns a {@link TechnicianTitle} and a {@link PriorityPolicy} into {@code java.util.Properties} text and
 * back, exactly, in the layout of {@link ProgramCodec}: keys sorted, lists as numbered keys from 0, an
 * optional value absent when empty, a {@code format} key naming the layout. Criteria are written by {@link
 * ProgramCodec#putCriterion}, so that a criterion reads the same in a program and in a title.
 */
final class TitleCodec {
    private static final String FORMAT = "1";
    private static final String TITLE = "stored technician title";
    private static final String POLICY = "stored priority policy";

    private TitleCodec() {
    }

    /**
     * Writes a title as text.
     *
     * @param title the title
     * @return the text, one {@code key=value} line per property, keys sorted
     */
    static String encode(TechnicianTitle title) {
        Map<String, String> p = new TreeMap<>();
        p.put("format", FORMAT);
        p.put("code", title.code());
        p.put("name", title.name());
        ProgramCodec.indexed("criterion", title.criteria(), (key, criterion) -> ProgramCodec.putCriterion(p, key, criterion));
        p.put("roundCap", Integer.toString(title.roundCap()));
        title.maxSelectionsPerPerson().ifPresent(n -> p.put("maxSelectionsPerPerson", Integer.toString(n)));
        title.termYears().ifPresent(n -> p.put("termYears", Integer.toString(n)));
        title.cityQuotas().forEach((city, quota) -> p.put("cityQuota." + city, Integer.toString(quota)));
        return ProgramCodec.write(p);
    }

    /**
     * Reads a title written by {@link #encode(TechnicianTitle)}.
     *
     * @param text the text
     * @return the title
     * @throws IllegalStateException if the text is not a title this release can read
     */
    static TechnicianTitle decodeTitle(String text) {
        Props r = Props.read(text, TITLE, FORMAT);
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; r.has("criterion." + i + ".kind"); i++) {
            criteria.add(ProgramCodec.criterion(r, "criterion." + i));
        }
        Map<String, Integer> quotas = new HashMap<>();
        for (String key : r.p().stringPropertyNames()) {
            if (key.startsWith("cityQuota.")) {
                quotas.put(key.substring("cityQuota.".length()), r.integer(key));
            }
        }
        return new TechnicianTitle(r.get("code"), r.get("name"), criteria, r.integer("roundCap"),
                optionalInteger(r, "maxSelectionsPerPerson"), optionalInteger(r, "termYears"), quotas);
    }

    /**
     * Writes a policy as text. Dates are ISO-8601; the tolerance keeps its scale.
     *
     * @param policy the policy
     * @return the text, one {@code key=value} line per property, keys sorted
     */
    static String encode(PriorityPolicy policy) {
        Map<String, String> p = new TreeMap<>();
        p.put("format", FORMAT);
        p.put("id", policy.id());
        p.put("version", Integer.toString(policy.version()));
        p.put("title", policy.titleCode());
        p.put("validFrom", policy.validFrom().toString());
        policy.validUntil().ifPresent(d -> p.put("validUntil", d.toString()));
        p.put("scoreTolerance", policy.scoreTolerance().toString());
        ProgramCodec.indexed("condition", policy.conditions(), (key, condition) -> putCondition(p, key, condition));
        return ProgramCodec.write(p);
    }

    /**
     * Reads a policy written by {@link #encode(PriorityPolicy)}.
     *
     * @param text the text
     * @return the policy
     * @throws IllegalStateException if the text is not a policy this release can read
     */
    static PriorityPolicy decodePolicy(String text) {
        Props r = Props.read(text, POLICY, FORMAT);
        List<PriorityCondition> conditions = new ArrayList<>();
        for (int i = 0; r.has("condition." + i + ".kind"); i++) {
            conditions.add(condition(r, "condition." + i));
        }
        return new PriorityPolicy(r.get("id"), r.integer("version"), r.get("title"), LocalDate.parse(r.get("validFrom")),
                r.has("validUntil") ? Optional.of(LocalDate.parse(r.get("validUntil"))) : Optional.empty(),
                new BigDecimal(r.get("scoreTolerance")), conditions);
    }

    private static void putCondition(Map<String, String> p, String key, PriorityCondition condition) {
        p.put(key + ".id", condition.id());
        p.put(key + ".ruleZh", condition.ruleZh());
        p.put(key + ".ruleEn", condition.ruleEn());
        if (condition instanceof PriorityCondition.HoldsHonor c) {
            p.put(key + ".kind", "HOLDS_HONOR");
            p.put(key + ".program", Long.toString(c.program().value()));
            p.put(key + ".tiers", String.join(",", new TreeSet<>(c.tierCodes())));
        } else if (condition instanceof PriorityCondition.AgedAtMost c) {
            p.put(key + ".kind", "AGED_AT_MOST");
            p.put(key + ".years", Integer.toString(c.years()));
        } else {
            throw new IllegalArgumentException("no stored form for priority condition " + condition.getClass().getName());
        }
    }

    private static PriorityCondition condition(Props r, String key) {
        String id = r.get(key + ".id");
        String ruleZh = r.get(key + ".ruleZh");
        String ruleEn = r.get(key + ".ruleEn");
        String kind = r.get(key + ".kind");
        return switch (kind) {
            case "HOLDS_HONOR" -> new PriorityCondition.HoldsHonor(id, HonorProgramId.of(Long.parseLong(r.get(key + ".program"))),
                    Set.copyOf(r.list(key + ".tiers", t -> t)), ruleZh, ruleEn);
            case "AGED_AT_MOST" -> new PriorityCondition.AgedAtMost(id, r.integer(key + ".years"), ruleZh, ruleEn);
            default -> throw new IllegalStateException(POLICY + " has unknown condition kind " + kind);
        };
    }

    private static Optional<Integer> optionalInteger(Props r, String key) {
        return r.has(key) ? Optional.of(r.integer(key)) : Optional.empty();
    }
}
