package org.talentregistry.jdbc.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.NoticePublication;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.honor.ScoringScheme;
import org.talentregistry.honor.TieBreak;
import org.talentregistry.selection.StagePlan;

/**
 * Turns a {@link ProgramDefinition} into {@code java.util.Properties} text and back, exactly.
 *
 * <p>Properties rather than JSON because the JDK reads and writes it with its escaping right, and the
 * text stays readable in the database (keys such as {@code tier.0.quota}). The text is deterministic:
 * keys sorted, no date comment, so that equal definitions are stored as equal text. Lists are numbered
 * keys from 0; sets are comma-separated names in a fixed order. {@code format} names the layout, so that
 * a later release can still read what an earlier one wrote.
 */
final class ProgramCodec {
    /** The definitions decoded last, by their stored text, most recently used last. */
    private static final Map<String, ProgramDefinition> DECODED = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ProgramDefinition> eldest) {
            return size() > 64;
        }
    };
    private static final String FORMAT = "1";

    private ProgramCodec() {
    }

    /**
     * Writes a definition as text.
     *
     * @param definition the definition
     * @return the text, one {@code key=value} line per property, keys sorted
     */
    static String encode(ProgramDefinition definition) {
        Map<String, String> p = new TreeMap<>();
        p.put("format", FORMAT);
        p.put("name", definition.name());
        indexed("organizer", definition.organizers(), (key, organizer) -> p.put(key, organizer));
        p.put("firstYear", Integer.toString(definition.firstYear()));
        p.put("years", Integer.toString(definition.years()));
        indexed("tier", definition.tiers(), (key, tier) -> {
            p.put(key + ".code", tier.code());
            p.put(key + ".name", tier.name());
            p.put(key + ".quota", Integer.toString(tier.annualQuota()));
            p.put(key + ".pool", Boolean.toString(tier.entersTalentPool()));
        });
        definition.programCap().ifPresent(cap -> p.put("cap", Integer.toString(cap)));
        indexed("criterion", definition.criteria(), (key, criterion) -> putCriterion(p, key, criterion));
        p.put("channels", names(definition.channels(), NominationChannel.class));
        ScoringScheme s = definition.scoring();
        p.put("scoring.expertWeight", s.expertWeight().toString());
        p.put("scoring.voteWeight", s.voteWeight().toString());
        indexed("scoring.item", s.items(), (key, item) -> {
            p.put(key + ".code", item.code());
            p.put(key + ".name", item.name());
            p.put(key + ".max", Integer.toString(item.maxPoints()));
        });
        p.put("scoring.expertNormalization", s.expertNormalization().name());
        p.put("scoring.voteNormalization", s.voteNormalization().name());
        p.put("scoring.tieBreaks", s.tieBreaks().stream().map(Enum::name).collect(Collectors.joining(",")));
        p.put("scoring.minimumReviews", Integer.toString(s.minimumReviews()));
        p.put("votePolicy", definition.votePolicy());
        p.put("noticeWorkingDays", Integer.toString(definition.noticeWorkingDays()));
        p.put("repeatsAllowed", Boolean.toString(definition.repeatsAllowed()));
        NoticePublication notice = definition.publicNotice();
        p.put("notice.objectionChannel", notice.objectionChannel());
        p.put("notice.meritSummary", Boolean.toString(notice.publishesMeritSummary()));
        notice.consentCollectedElsewhere().ifPresent(c -> p.put("notice.consentElsewhere", c));
        StagePlan plan = definition.plan();
        p.put("plan.vote", plan.vote().name());
        plan.shortlist().ifPresent(n -> p.put("plan.shortlist", Integer.toString(n)));
        p.put("plan.siteVisit", Boolean.toString(plan.hasSiteVisit()));
        p.put("plan.noticeForPromoted", Boolean.toString(plan.requiresNoticeForPromoted()));
        return write(p);
    }

    /**
     * Reads a definition written by {@link #encode}.
     *
     * @param text the text
     * @return the definition
     * @throws IllegalStateException if the text is not a definition this release can read
     */
    static ProgramDefinition decode(String text) {
        // Every expert score, nomination and ranking reads its round's program version: decoding it again took
        // a tenth of recording a score in the README example. Decoding is a function of the text alone, and a
        // definition is immutable, so equal texts share one definition.
        synchronized (DECODED) {
            ProgramDefinition known = DECODED.get(text);
            if (known != null) {
                return known;
            }
        }
        ProgramDefinition decoded = decodeAgain(text);
        synchronized (DECODED) {
            DECODED.put(text, decoded);
        }
        return decoded;
    }

    private static ProgramDefinition decodeAgain(String text) {
        Props r = Props.read(text, "stored program definition", FORMAT);
        Properties p = r.p();
        ProgramDefinition.Builder b = ProgramDefinition.builder()
                .name(r.get("name"))
                .years(r.integer("firstYear"), r.integer("years"))
                .programCap(p.containsKey("cap") ? r.integer("cap") : null)
                .votePolicy(r.get("votePolicy"))
                .noticeWorkingDays(r.integer("noticeWorkingDays"))
                .repeatsAllowed(r.bool("repeatsAllowed"));
        // Definitions stored before the notice settings existed read as the defaults.
        if (p.containsKey("notice.objectionChannel")) {
            b.publicNotice(new NoticePublication(r.get("notice.objectionChannel"), r.bool("notice.meritSummary"),
                    Optional.ofNullable(p.getProperty("notice.consentElsewhere"))));
        }
        // Definitions stored before stage plans existed follow the standard plan, the only one there was.
        if (p.containsKey("plan.vote")) {
            StagePlan plan = StagePlan.standard().withVote(StagePlan.VoteTiming.valueOf(r.get("plan.vote")))
                    .withSiteVisit(r.bool("plan.siteVisit")).withNoticeForPromoted(r.bool("plan.noticeForPromoted"));
            b.plan(p.containsKey("plan.shortlist") ? plan.withShortlist(r.integer("plan.shortlist")) : plan);
        }
        for (int i = 0; p.containsKey("organizer." + i); i++) {
            b.organizer(r.get("organizer." + i));
        }
        for (int i = 0; p.containsKey("tier." + i + ".code"); i++) {
            String key = "tier." + i;
            b.tier(new HonorTier(r.get(key + ".code"), r.get(key + ".name"), r.integer(key + ".quota"),
                    r.bool(key + ".pool")));
        }
        for (int i = 0; p.containsKey("criterion." + i + ".kind"); i++) {
            b.criterion(criterion(r, "criterion." + i));
        }
        r.list("channels", NominationChannel::valueOf).forEach(b::channel);
        List<ReviewItem> items = new ArrayList<>();
        for (int i = 0; p.containsKey("scoring.item." + i + ".code"); i++) {
            String key = "scoring.item." + i;
            items.add(new ReviewItem(r.get(key + ".code"), r.get(key + ".name"), r.integer(key + ".max")));
        }
        b.scoring(new ScoringScheme(new BigDecimal(r.get("scoring.expertWeight")),
                new BigDecimal(r.get("scoring.voteWeight")), items,
                ScoringScheme.ExpertNormalization.valueOf(r.get("scoring.expertNormalization")),
                ScoringScheme.VoteNormalization.valueOf(r.get("scoring.voteNormalization")),
                r.list("scoring.tieBreaks", TieBreak::valueOf), r.integer("scoring.minimumReviews")));
        return b.build();
    }

    /**
     * Writes a criterion's properties under a key, e.g. {@code criterion.0}; technician titles store their
     * criteria the same way.
     *
     * @param p the properties being written
     * @param key the criterion's key prefix
     * @param criterion the criterion
     * @throws IllegalArgumentException for a criterion kind without a stored form
     */
    static void putCriterion(Map<String, String> p, String key, Criterion criterion) {
        p.put(key + ".id", criterion.id());
        p.put(key + ".severity", criterion.severity().name());
        if (criterion instanceof Criterion.MinimumSkillLevel c) {
            p.put(key + ".kind", "MINIMUM_SKILL_LEVEL");
            p.put(key + ".level", c.level().name());
        } else if (criterion instanceof Criterion.MinimumYearsInTrade c) {
            p.put(key + ".kind", "MINIMUM_YEARS_IN_TRADE");
            p.put(key + ".years", Integer.toString(c.years()));
        } else if (criterion instanceof Criterion.MaximumAge c) {
            p.put(key + ".kind", "MAXIMUM_AGE");
            p.put(key + ".years", Integer.toString(c.years()));
        } else if (criterion instanceof Criterion.InService) {
            p.put(key + ".kind", "IN_SERVICE");
        } else if (criterion instanceof Criterion.NoDisqualifyingRecord) {
            p.put(key + ".kind", "NO_DISQUALIFYING_RECORD");
        } else if (criterion instanceof Criterion.HoldsHonor c) {
            p.put(key + ".kind", "HOLDS_HONOR");
            p.put(key + ".program", Long.toString(c.program().value()));
            p.put(key + ".tiers", String.join(",", new TreeSet<>(c.tierCodes())));
        } else if (criterion instanceof Criterion.HoldsTitle c) {
            p.put(key + ".kind", "HOLDS_TITLE");
            p.put(key + ".title", c.titleCode());
        } else if (criterion instanceof Criterion.SelectionLimit c) {
            p.put(key + ".kind", "SELECTION_LIMIT");
            p.put(key + ".title", c.titleCode());
            p.put(key + ".max", Integer.toString(c.maxSelections()));
        } else {
            throw new IllegalArgumentException("no stored form for criterion " + criterion.getClass().getName());
        }
    }

    /**
     * Reads a criterion written by {@link #putCriterion}.
     *
     * @param r the properties
     * @param key the criterion's key prefix
     * @return the criterion
     * @throws IllegalStateException for a missing property or an unknown kind
     */
    static Criterion criterion(Props r, String key) {
        String id = r.get(key + ".id");
        Severity severity = Severity.valueOf(r.get(key + ".severity"));
        String kind = r.get(key + ".kind");
        return switch (kind) {
            case "MINIMUM_SKILL_LEVEL" -> new Criterion.MinimumSkillLevel(id, severity,
                    SkillLevel.valueOf(r.get(key + ".level")));
            case "MINIMUM_YEARS_IN_TRADE" -> new Criterion.MinimumYearsInTrade(id, severity, r.integer(key + ".years"));
            case "MAXIMUM_AGE" -> new Criterion.MaximumAge(id, severity, r.integer(key + ".years"));
            case "IN_SERVICE" -> new Criterion.InService(id, severity);
            case "NO_DISQUALIFYING_RECORD" -> new Criterion.NoDisqualifyingRecord(id, severity);
            case "HOLDS_HONOR" -> new Criterion.HoldsHonor(id, severity,
                    HonorProgramId.of(Long.parseLong(r.get(key + ".program"))), Set.copyOf(r.list(key + ".tiers", t -> t)));
            case "HOLDS_TITLE" -> new Criterion.HoldsTitle(id, severity, r.get(key + ".title"));
            case "SELECTION_LIMIT" -> new Criterion.SelectionLimit(id, severity, r.get(key + ".title"),
                    r.integer(key + ".max"));
            default -> throw new IllegalStateException(r.what() + " has unknown criterion kind " + kind);
        };
    }

    /**
     * Puts the values of a list under numbered keys from 0: {@code prefix.0}, {@code prefix.1}, ...
     *
     * @param prefix the keys' prefix
     * @param values the values
     * @param put what writes one value under its key
     * @param <T> the value type
     */
    static <T> void indexed(String prefix, List<T> values, BiConsumer<String, T> put) {
        for (int i = 0; i < values.size(); i++) {
            put.accept(prefix + "." + i, values.get(i));
        }
    }

    /** Names in the enum's order, so that a set is written the same however it was built. */
    private static <E extends Enum<E>> String names(Set<E> values, Class<E> type) {
        EnumSet<E> ordered = EnumSet.noneOf(type);
        ordered.addAll(values);
        return ordered.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * Writes each property through {@link Properties#store} for its escaping, one at a time so that the
     * order is the sorted one rather than the hash table's, and without the date comment it adds.
     *
     * @param sorted the properties, in the order to write them
     * @return the text, one {@code key=value} line per property
     */
    static String write(Map<String, String> sorted) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            Properties one = new Properties();
            one.setProperty(e.getKey(), e.getValue());
            StringWriter out = new StringWriter();
            try {
                one.store(out, null);
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            out.toString().lines().filter(line -> !line.startsWith("#")).forEach(line -> text.append(line).append('\n'));
        }
        return text.toString();
    }

    /**
     * Reads required properties, naming the missing one and what the text was meant to be.
     *
     * @param p the properties
     * @param what what the text holds, for messages, e.g. "stored program definition"
     */
    record Props(Properties p, String what) {
        /**
         * Loads text written by {@link #write} and checks its format.
         *
         * @param text the text
         * @param what what it holds, for messages
         * @param format the only format this release reads
         * @return the properties
         * @throws IllegalStateException if the text has another format
         */
        static Props read(String text, String what, String format) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!format.equals(p.getProperty("format"))) {
                throw new IllegalStateException(what + " has format " + p.getProperty("format")
                        + "; this release reads format " + format);
            }
            return new Props(p, what);
        }

        boolean has(String key) {
            return p.containsKey(key);
        }

        String get(String key) {
            String value = p.getProperty(key);
            if (value == null) {
                throw new IllegalStateException(what + " lacks " + key);
            }
            return value;
        }

        int integer(String key) {
            return Integer.parseInt(get(key));
        }

        boolean bool(String key) {
            return Boolean.parseBoolean(get(key));
        }

        <T> List<T> list(String key, Function<String, T> parse) {
            String value = get(key);
            return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(parse).toList();
        }
    }
}
