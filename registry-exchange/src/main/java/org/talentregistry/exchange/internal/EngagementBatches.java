package org.talentregistry.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.talentregistry.Actor;
import org.talentregistry.HostTransactionLostException;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.RegistryException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.exchange.MatchPolicy;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.SheetKind;
import org.talentregistry.exchange.internal.Columns.Layout;
import org.talentregistry.exchange.internal.SheetReader.SheetRow;
import org.talentregistry.pool.Engagement;
import org.talentregistry.pool.EngagementDetails;
import org.talentregistry.pool.EngagementKind;
import org.talentregistry.pool.MediaKind;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.pool.TalkKind;
import org.talentregistry.privacy.ConsentPurpose;

/**
 * Engagements of one kind: each row names a pool member by resident identity number (cross-checked by
 * name) and is recorded through {@code recordEngagement}, so the pool's rules apply as through the API: the
 * day is not after today, the artisan is in the pool on it, a media feature has the artisan's media consent
 * then. Those rules are checked before writing too, so an all-or-nothing import refuses the file for them.
 *
 * <p>What identifies an engagement, so that a re-import changes nothing: the artisan, the kind and, for a
 * training, the course and its first day; for a campus talk, the school and the day; for a media feature,
 * the outlet, the day and the title. A row identifying a recorded engagement with the same details is
 * unchanged; with other details (hours, result, audience, link …) it corrects the engagement, a new revision
 * giving the row as its reason, or with {@link MatchPolicy#REPORT_CONFLICT} it is a conflict. Two recorded
 * engagements with the row's identity make it ambiguous. Two rows of one file with one identity are one
 * engagement if they agree and a problem if they do not.
 */
public final class EngagementBatches implements RowImport.Batches {
    private final TalentRegistry registry;
    private final Actor actor;
    private final EngagementKind kind;
    private final MatchPolicy policy;
    private final LocalDate today;
    /** The file's rows so far by the engagement they identify; a key per row read, so a few MB per 100,000 rows. */
    private final Map<String, Seen> seen = new HashMap<>();

    private record Seen(long row, EngagementDetails details) {
    }

    /**
     * Creates the batches of one import.
     *
     * @param registry the registry
     * @param actor who records
     * @param kind the kind of engagement the sheet holds
     * @param policy what a row with other details than the recorded engagement does
     */
    public EngagementBatches(TalentRegistry registry, Actor actor, EngagementKind kind, MatchPolicy policy) {
        this.registry = registry;
        this.actor = actor;
        this.kind = kind;
        this.policy = policy;
        this.today = LocalDate.now(registry.clock());
    }

    @Override
    public void startPass(boolean writing) {
        seen.clear();
    }

    @Override
    public void batch(List<SheetRow> rows, Layout layout, boolean writing, RowImport.Tally tally) {
        RowArtisans found = RowArtisans.of(registry, rows, layout);
        Map<ArtisanId, List<PoolMembership>> memberships = new HashMap<>();
        Map<String, List<Engagement>> recorded = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            RowFields f = found.fields(i);
            EngagementDetails details = details(f);
            Artisan artisan = found.artisan(i);
            if (details != null && artisan != null) {
                checkPoolRules(f, artisan, details, memberships);
            }
            if (!f.ok() || details == null || artisan == null) {
                tally.refuse(f.problems());
                continue;
            }
            String key = artisan.id() + "|" + identity(details);
            Seen earlier = seen.putIfAbsent(key, new Seen(f.number(), details));
            if (earlier != null) {
                if (earlier.details().equals(details)) {
                    tally.unchanged();
                } else {
                    f.problem(RowProblem.Kind.CONFLICT, null, "", "与第" + earlier.row() + "行是同一" + kind.chineseName()
                            + "活动（" + identityZh(details) + "），但内容不同", "the same " + kind.englishName() + " as row "
                            + earlier.row() + " (" + identityZh(details) + ") with other details");
                    tally.refuse(f.problems());
                }
                continue;
            }
            List<Engagement> same = recorded.computeIfAbsent(artisan.id() + "|" + details.date().getYear(),
                    k -> registry.pool().engagementsOf(artisan.id(), details.date().getYear())).stream()
                    .filter(e -> e.details().kind() == kind && identity(e.details()).equals(identity(details))).toList();
            if (same.size() > 1) {
                f.problem(RowProblem.Kind.AMBIGUOUS, null, "", "库中已有" + same.size() + "条同一活动的记录（"
                        + identityZh(details) + "），无法确定对应哪一条", same.size() + " recorded engagements are this one ("
                        + identityZh(details) + "): which one the row means is unclear");
                tally.refuse(f.problems());
            } else if (same.isEmpty()) {
                write(f, tally, writing, () -> registry.pool().recordEngagement(actor, artisan.id(), details), false);
            } else if (same.get(0).details().equals(details)) {
                tally.unchanged();
            } else if (policy == MatchPolicy.REPORT_CONFLICT) {
                f.problem(RowProblem.Kind.CONFLICT, null, "", "与库中已登记的同一活动（" + identityZh(details) + "）内容不同",
                        "differs from the recorded engagement (" + identityZh(details) + ")");
                tally.refuse(f.problems());
            } else {
                Engagement e = same.get(0);
                write(f, tally, writing, () -> registry.pool().correctEngagement(actor, e.id(), e.revision(), details,
                        "表格导入更正：第" + f.number() + "行 / corrected by a sheet import, row " + f.number()), true);
            }
        }
    }

    private void write(RowFields f, RowImport.Tally tally, boolean writing, Runnable call, boolean update) {
        if (writing) {
            try {
                call.run();
            } catch (HostTransactionLostException e) {
                // The host's whole transaction is gone: no row after it may be kept as if it went on.
                throw e;
            } catch (RegistryException e) {
                f.problem(RowProblem.Kind.CONFLICT, null, "", "未能登记：" + e.getMessage(Locale.CHINESE),
                        "the registry refused the row: " + e.getMessage());
                tally.refuse(f.problems());
                return;
            }
        }
        if (update) {
            tally.updated();
        } else {
            tally.created();
        }
    }

    /** The rules {@code recordEngagement} applies, checked before any write so that both modes see them. */
    private void checkPoolRules(RowFields f, Artisan artisan, EngagementDetails details,
            Map<ArtisanId, List<PoolMembership>> memberships) {
        LocalDate date = details.date();
        String dateField = kind == EngagementKind.TRAINING ? "firstDay" : "day";
        if (date.isAfter(today)) {
            f.problem(dateField, f.text(dateField).orElse(""), "晚于今天（" + today + "），活动发生后才能登记",
                    "is after today (" + today + "): an engagement is recorded once it happened");
            return;
        }
        boolean member = memberships.computeIfAbsent(artisan.id(), id -> registry.pool().ofArtisan(id)).stream()
                .anyMatch(m -> m.isActiveOn(date));
        if (!member) {
            f.problem(RowProblem.Kind.NOT_FOUND, dateField, f.text(dateField).orElse(""), artisan.name() + "于" + date
                    + "不在人才库中，只登记人才库成员的活动", artisan.name() + " is not in the talent pool on " + date
                    + ": engagements are recorded for pool members");
        } else if (kind == EngagementKind.MEDIA_FEATURE
                && !registry.consents().holds(artisan.id(), ConsentPurpose.MEDIA, date)) {
            f.problem(RowProblem.Kind.NO_CONSENT, dateField, f.text(dateField).orElse(""), artisan.name() + "于" + date
                    + "无「" + ConsentPurpose.MEDIA.chineseName() + "」同意记录，不能登记媒体宣传", artisan.name()
                    + " has no consent to " + ConsentPurpose.MEDIA.englishName() + " on " + date
                    + ": a media feature needs it");
        }
    }

    /** Reads the row's details through the core's records; null (with the problems recorded) if refused. */
    private EngagementDetails details(RowFields f) {
        try {
            return switch (kind) {
                case TRAINING -> {
                    String course = f.required("course", v -> v);
                    String organiser = f.required("organiser", v -> v);
                    LocalDate firstDay = f.required("firstDay", f::date);
                    LocalDate lastDay = f.optional("lastDay", f::date);
                    BigDecimal hours = f.required("hours", v -> Values.number(v, "学时", "课时", "小时"));
                    String result = f.optional("result", v -> v);
                    yield f.ok() ? new EngagementDetails.Training(course, organiser, firstDay,
                            lastDay == null ? firstDay : lastDay, hours, Optional.ofNullable(result)) : null;
                }
                case CAMPUS_TALK -> {
                    String school = f.required("school", v -> v);
                    LocalDate day = f.required("day", f::date);
                    TalkKind talkKind = f.required("talkKind", v -> choice("talkKind", v, TalkKind.values(),
                            TalkKind::chineseName, TalkKind::englishName));
                    Integer audience = f.optional("audience", v -> Values.wholeNumber(v, "人"));
                    yield f.ok() ? new EngagementDetails.CampusTalk(school, day, talkKind,
                            audience == null ? 0 : audience) : null;
                }
                case MEDIA_FEATURE -> {
                    String outlet = f.required("outlet", v -> v);
                    MediaKind mediaKind = f.required("mediaKind", v -> choice("mediaKind", v, MediaKind.values(),
                            MediaKind::chineseName, MediaKind::englishName));
                    LocalDate day = f.required("day", f::date);
                    String title = f.required("title", v -> v);
                    String link = f.optional("link", v -> v);
                    yield f.ok() ? new EngagementDetails.MediaFeature(outlet, mediaKind, day, title,
                            Optional.ofNullable(link)) : null;
                }
            };
        } catch (InvalidFieldException e) {
            // The record's field names are the sheet's fields.
            String field = f.hasField(e.getField()) ? e.getField() : null;
            if (field == null) {
                f.problem(RowProblem.Kind.INVALID, null, "", Values.zh(e), e.getMessage());
            } else {
                f.problem(field, f.text(field).orElse(""), Values.zh(e), e.getProblem());
            }
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(String field, String text, E[] values,
            Function<E, String> chinese, Function<E, String> english) {
        try {
            return Values.choice(text, values, chinese, english);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }

    /** What identifies an engagement of the kind, beside its artisan. */
    private static String identity(EngagementDetails details) {
        return String.join("|", identityParts(details));
    }

    private static String identityZh(EngagementDetails details) {
        return String.join("，", identityParts(details));
    }

    private static List<String> identityParts(EngagementDetails details) {
        if (details instanceof EngagementDetails.Training t) {
            return List.of(t.course(), t.firstDay().toString());
        }
        if (details instanceof EngagementDetails.CampusTalk t) {
            return List.of(t.school(), t.day().toString());
        }
        EngagementDetails.MediaFeature m = (EngagementDetails.MediaFeature) details;
        return List.of(m.outlet(), m.day().toString(), m.title());
    }

    /**
     * Returns the sheet kind of an engagement kind.
     *
     * @param kind the engagement kind
     * @return the sheet kind
     */
    public static SheetKind sheetKind(EngagementKind kind) {
        return switch (kind) {
            case TRAINING -> SheetKind.TRAININGS;
            case CAMPUS_TALK -> SheetKind.CAMPUS_TALKS;
            case MEDIA_FEATURE -> SheetKind.MEDIA_FEATURES;
        };
    }
}
