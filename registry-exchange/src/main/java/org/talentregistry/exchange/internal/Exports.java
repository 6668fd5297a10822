package org.talentregistry.exchange.internal;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.audit.AuditEvent;
import org.talentregistry.exchange.ExportOptions;
import org.talentregistry.exchange.ExportReport;
import org.talentregistry.exchange.SheetFormat;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorRollEntry;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.pool.Engagement;
import org.talentregistry.pool.EngagementDetails;
import org.talentregistry.pool.ListedArtisan;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.pool.PoolSource;
import org.talentregistry.pool.TalentPool.Listing;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationStatus;
import org.talentregistry.selection.NoticeEntry;
import org.talentregistry.selection.NoticeList;
import org.talentregistry.selection.RankedNominee;
import org.talentregistry.selection.Ranking;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.title.RankedApplicant;
import org.talentregistry.title.TitleApplication;
import org.talentregistry.title.TitleAward;
import org.talentregistry.title.TitleRanking;
import org.talentregistry.title.TitleRound;
import org.talentregistry.title.TitleRoundId;

/** The exports: each streams its rows to a {@link SheetWriter}, a page of records at a time. */
public final class Exports {
    /** The stages whose ranking is the one published with the public notice, final but for objections. */
    private static final Set<RoundStage> RANKING_PUBLISHED = EnumSet.of(RoundStage.PUBLIC_NOTICE, RoundStage.PARTLY_NAMED,
            RoundStage.NAMED);

    /** The identity number's cell of an artisan whose number was erased (PersonalData.eraseIdentityNumber). */
    static final String ERASED = "（已删除）";

    /** The columns both lists of artisans begin with: the person. */
    private static final List<String> PERSON_HEADER = List.of("序号", "姓名", "公民身份号码", "手机号", "工作单位",
            "统一社会信用代码", "职业(工种)", "职业代码", "所在区县", "区县代码", "从业起始日期");
    /** The pool's list: a row per person, the level on the date and every certificate's number in one cell. */
    private static final List<String> POOL_HEADER = concat(PERSON_HEADER, List.of("技能等级", "证书编号", "人才库"));
    /** The list of artisans, in the columns the artisan import reads: a row per certificate. */
    private static final List<String> ARTISANS_HEADER = concat(PERSON_HEADER,
            List.of("技能等级", "证书编号", "发证机关", "发证日期", "有效期至", "人才库"));

    private final TalentRegistry registry;
    private final ZoneId zone;

    /**
     * Creates the exports of a registry.
     *
     * @param registry the registry
     */
    public Exports(TalentRegistry registry) {
        this.registry = registry;
        this.zone = registry.clock().getZone();
    }

    /**
     * Writes artisans matching a query, with their level and pool membership as of a date.
     *
     * @param query the filters
     * @param asOf the date levels and membership are taken on
     * @param listing every artisan the query matches, or only the pool's members on the date
     * @param format the format
     * @param out the stream
     * @param options masking, and the purpose consent must hold for before a row is revealed
     * @return rows written, revealed and withheld for lack of consent
     */
    public ExportReport artisans(ArtisanQuery query, LocalDate asOf, Listing listing, SheetFormat format,
            OutputStream out, ExportOptions options) {
        LocalDate today = LocalDate.now(registry.clock());
        Optional<ConsentPurpose> purpose = options.consentPurpose();
        boolean poolList = listing == Listing.POOL_MEMBERS;
        try (SheetWriter writer = SheetWriter.open(format, out, poolList ? "人才库" : "人员名单", options, true)) {
            List<String> header = poolList ? POOL_HEADER : ARTISANS_HEADER;
            writer.header(header);
            writer.rowUniqueText(SheetWriter.columns(header, "姓名", "公民身份号码", "手机号", "证书编号"));
            long[] counts = new long[3];
            Consumer<ListedArtisan> write = listed -> {
                boolean reveal = options.revealsPersonalData() && (purpose.isEmpty() || listed.consentHolds());
                if (reveal) {
                    counts[1]++;
                } else if (options.revealsPersonalData()) {
                    counts[2]++;
                }
                if (poolList) {
                    writer.row(artisanRow(++counts[0], listed, asOf, reveal));
                } else {
                    artisanRows(++counts[0], listed, reveal).forEach(writer::row);
                }
            };
            // One read of the artisans with their certificates, memberships and honor names (TalentPool.forEachListed),
            // streamed or in pages: no map of the whole pool, whose size the export's memory followed. A revealing
            // list reads each one's consent in the same read, on the day the list leaves the registry, whatever day
            // it describes.
            ArtisanQuery filters = copyFilters(query, asOf);
            if (options.revealsPersonalData() && purpose.isPresent()) {
                registry.pool().forEachListed(filters, asOf, listing, purpose.get(), today, write);
            } else {
                registry.pool().forEachListed(filters, asOf, listing, write);
            }
            long written = counts[0];
            long revealed = counts[1];
            long withheld = counts[2];
            ExportReport report = new ExportReport(written, revealed, withheld, purpose, today);
            // A pool list says on itself what it withheld; an artisan list stays in the columns an import reads.
            if (poolList && withheld > 0) {
                writer.row(List.of("说明", report.reasonZh(), report.reasonEn()));
            }
            return report;
        }
    }

    private static List<String> concat(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return List.copyOf(all);
    }

    private static ArtisanQuery copyFilters(ArtisanQuery query, LocalDate asOf) {
        ArtisanQuery.Builder b = ArtisanQuery.builder();
        query.occupationCode().ifPresent(b::occupation);
        query.regionCode().ifPresent(b::region);
        query.employer().ifPresent(b::employer);
        query.minimumLevel().ifPresent(l -> b.levelAtLeast(l, query.levelAsOf().orElse(asOf)));
        query.after().ifPresent(b::after);
        return b.build();
    }

    /**
     * An artisan as the artisan import reads one: a row per certificate, with the certificate's level, number,
     * issuer and dates, the person's fields repeated (an import merges the rows of one person); a row without
     * certificate cells for an artisan who has none. The pool membership closes the row; the import passes it over.
     */
    private static List<List<Object>> artisanRows(long n, ListedArtisan listed, boolean reveal) {
        List<SkillCertificate> certificates = listed.artisan().details().certificates();
        List<List<Object>> rows = new ArrayList<>(Math.max(1, certificates.size()));
        for (int i = 0; i < Math.max(1, certificates.size()); i++) {
            List<Object> cells = personCells(n, listed.artisan(), reveal);
            if (certificates.isEmpty()) {
                cells.addAll(Collections.nCopies(5, null));
            } else {
                SkillCertificate c = certificates.get(i);
                cells.add(c.level().chineseName());
                cells.add(c.number());
                cells.add(c.issuer());
                cells.add(c.issuedOn());
                cells.add(c.validUntil().orElse(null));
            }
            cells.add(poolCells(listed, reveal));
            rows.add(cells);
        }
        return rows;
    }

    /** The person's columns both lists begin with: number, name, identity, phone, employer, trade, region, start. */
    private static List<Object> personCells(long n, Artisan a, boolean reveal) {
        ArtisanDetails d = a.details();
        List<Object> cells = new ArrayList<>(ARTISANS_HEADER.size());
        cells.add(n);
        cells.add(d.name());
        cells.add(d.residentId().map(r -> reveal ? r.value() : r.masked()).orElse(ERASED));
        cells.add(d.phone().map(p -> reveal ? p.value() : p.masked()).orElse(null));
        cells.add(d.employer().name());
        cells.add(d.employer().creditCode().value());
        cells.add(d.occupation().name());
        cells.add(d.occupation().code());
        cells.add(d.region().name());
        cells.add(d.region().code());
        cells.add(d.startedInTradeOn());
        return cells;
    }

    /** The memberships holding on the day; the bureau's words for one are free text, masked unless revealing. */
    private static String poolCells(ListedArtisan listed, boolean reveal) {
        List<PoolMembership> memberships = listed.memberships();
        String cell = memberships.isEmpty() ? ""
                : memberships.size() == 1 ? poolCell(memberships.get(0), listed)
                : memberships.stream().map(m -> poolCell(m, listed)).collect(Collectors.joining("；"));
        return reveal ? cell : RowFields.maskStray(cell);
    }

    /** Free text an export carries (a note, a reason, an audit state) with identity numbers, phones and addresses masked. */
    private static Object masked(Object cell) {
        return cell instanceof String text ? RowFields.maskStray(text) : cell;
    }

    private static List<Object> artisanRow(long n, ListedArtisan listed, LocalDate asOf, boolean reveal) {
        Artisan a = listed.artisan();
        ArtisanDetails d = a.details();
        List<Object> cells = personCells(n, a, reveal);
        cells.add(a.levelAsOf(asOf).map(l -> l.chineseName()).orElse(null));
        List<SkillCertificate> certificates = d.certificates();
        cells.add(certificates.size() == 1 ? certificates.get(0).number()
                : certificates.stream().map(SkillCertificate::number).collect(Collectors.joining("；")));
        cells.add(poolCells(listed, reveal));
        return cells;
    }

    private static String poolCell(PoolMembership m, ListedArtisan listed) {
        String why = m.source() instanceof PoolSource.ByHonor byHonor ? listed.honorName(byHonor.honorId())
                : "人社部门纳入：" + ((PoolSource.AddedByBureau) m.source()).description();
        return why + "（" + m.since() + "起）";
    }

    /**
     * Writes a round's ranking with its breakdown.
     *
     * @param roundId the round
     * @param format the format
     * @param out the stream
     * @return rows written
     */
    public long ranking(RoundId roundId, SheetFormat format, OutputStream out) {
        Ranking ranking = registry.rounds().ranking(roundId);
        try (SheetWriter writer = SheetWriter.open(format, out, "综合排名")) {
            writer.header(List.of("名次", "候选人编号", "姓名", "专家评审得分", "评审人数", "得票数", "刷票",
                    "网络投票得分", "综合得分", "入选档次", "候补顺位", "并列处理", "计算说明"));
            for (RankedNominee n : ranking.nominees()) {
                List<Object> cells = new ArrayList<>(13);
                cells.add(n.position());
                cells.add(n.nominationId().value());
                cells.add(n.name());
                cells.add(n.expertComponent());
                cells.add(n.reviews());
                cells.add(n.votes());
                cells.add(n.votesBrushed() ? "是（计0分）" : "否");
                cells.add(n.voteComponent());
                cells.add(n.composite());
                cells.add(n.selectedTier().orElse(null));
                cells.add(n.isSelected() ? null : n.waitlistPosition());
                cells.add(n.tieBreak().orElse(null));
                cells.add(n.explain(ranking.expertWeight(), ranking.voteWeight()));
                writer.row(cells);
            }
            if (ranking.provisional()) {
                writer.row(List.of("", "", "排名为临时结果（投票尚未结束）"));
            }
            return ranking.nominees().size();
        }
    }

    /**
     * Writes a technician-title round's ranking: each applicant's place, score, eligibility, priority, selection
     * and the reasons, in Chinese, then a row that says whether it is the ranking the selection was made on or one
     * worked out from the facts on record now.
     *
     * @param roundId the round
     * @param format the format
     * @param out the stream
     * @return applicants written
     */
    public long titleRanking(TitleRoundId roundId, SheetFormat format, OutputStream out) {
        TitleRanking ranking = registry.titles().ranking(roundId);
        try (SheetWriter writer = SheetWriter.open(format, out, "职称评选排名")) {
            writer.header(List.of("名次", "人员编号", "姓名", "得分", "资格审查", "优先条件", "是否入选", "说明",
                    "资格审查说明", "优先条件说明"));
            for (RankedApplicant a : ranking.applicants()) {
                List<Object> cells = new ArrayList<>(10);
                cells.add(a.position() == 0 ? "不予排名" : a.position());
                cells.add(a.artisanId().value());
                cells.add(a.name());
                cells.add(a.score());
                cells.add(a.verdict().statusLabel(Locale.CHINESE));
                cells.add(a.priority().hasPriority() ? "是" : "否");
                cells.add(a.selected() ? "是" : "否");
                cells.add(a.note(Locale.CHINESE).orElse(null));
                cells.add(a.verdict().explain(Locale.CHINESE));
                cells.add(a.priority().explain(Locale.CHINESE));
                writer.row(cells);
            }
            writer.row(List.of("", "", ranking.header(Locale.CHINESE)));
            writer.row(List.of("", "", ranking.round().selected() ? "选定时的排名（此后的更正、撤销不改变本表）"
                    : "排名为临时结果（尚未选定，按当前登记的情况计算）"));
            return ranking.applicants().size();
        }
    }

    /**
     * Writes a round's public notice list (公示名单) as the registry renders it: the title, the notice period
     * and the objection channel as one-cell rows, a blank row, the column titles, one row per nominee. Only
     * what may be published is on it, and the registry refuses the list without the nominees' consent.
     *
     * @param roundId the round
     * @param format the format
     * @param out the stream
     * @return nominees written
     */
    public long noticeList(RoundId roundId, SheetFormat format, OutputStream out) {
        NoticeList list = registry.rounds().noticeList(roundId);
        try (SheetWriter writer = SheetWriter.open(format, out, "公示名单")) {
            for (String line : list.header()) {
                writer.row(List.of(line));
            }
            writer.row(List.of());
            writer.header(list.columns());
            for (NoticeEntry e : list.entries()) {
                List<Object> cells = new ArrayList<>(6);
                cells.add(e.position());
                cells.add(e.name());
                cells.add(e.employerName());
                cells.add(e.trade());
                cells.add(e.tierName());
                if (list.withMeritSummary()) {
                    // Published: a number in the summary's text is masked whatever the list's options.
                    cells.add(RowFields.maskStray(e.meritSummary().orElse("")));
                }
                writer.row(cells);
            }
        }
        return list.entries().size();
    }

    /**
     * Writes a naming decision's honor roll, each honoree as the decision named them ({@code Honors.roll}).
     *
     * @param decisionNumber the decision's number
     * @param format the format
     * @param out the stream
     * @return rows written
     */
    public long honorRoll(String decisionNumber, SheetFormat format, OutputStream out) {
        List<HonorRollEntry> roll = registry.honors().roll(decisionNumber);
        try (SheetWriter writer = SheetWriter.open(format, out, "表彰名单")) {
            writer.header(List.of("序号", "姓名", "工作单位", "职业(工种)", "称号", "档次", "年度", "证书编号",
                    "表彰决定", "决定日期", "状态"));
            long n = 0;
            for (HonorRollEntry entry : roll) {
                Honor h = entry.honor();
                List<Object> cells = new ArrayList<>(11);
                cells.add(++n);
                cells.add(entry.name());
                cells.add(entry.employerName());
                cells.add(entry.occupationName());
                cells.add(h.programName());
                cells.add(h.tierName());
                cells.add(h.year());
                cells.add(h.certificateNumber());
                cells.add(h.decision().number());
                cells.add(h.decision().date());
                cells.add(h.revocation().map(r -> "已撤销（" + r.effectiveOn() + "）").orElse("有效"));
                writer.row(cells);
            }
            return n;
        }
    }

    /**
     * Writes an artisan's history: the audit events of the artisan, its honors and its titles.
     *
     * @param artisanId the artisan
     * @param format the format
     * @param out the stream
     * @return rows written
     */
    public long history(ArtisanId artisanId, SheetFormat format, OutputStream out) {
        registry.artisans().get(artisanId);
        List<Object[]> rows = new ArrayList<>();
        for (AuditEvent e : registry.audit().forEntity("artisan", artisanId.toString())) {
            rows.add(new Object[] {e.occurredAt(), "登记信息", e.action(), e.actor().displayName(),
                    e.note().orElse(e.after().orElse(""))});
        }
        for (Honor h : registry.honors().ofArtisan(artisanId)) {
            rows.add(new Object[] {h.decision().date().atStartOfDay(zone).toInstant(), "荣誉",
                    h.describe(), h.decision().issuingBody(), h.decision().number()});
            h.revocation().ifPresent(r -> rows.add(new Object[] {r.effectiveOn().atStartOfDay(zone).toInstant(),
                    "荣誉撤销", h.programName() + h.tierName(), r.approvedBy(), r.reason().render(Locale.CHINESE) + " " + r.detail()}));
        }
        nominationHistory(artisanId, rows);
        applicationHistory(artisanId, rows);
        for (TitleAward t : registry.titles().awardsOf(artisanId)) {
            rows.add(new Object[] {t.startsOn().atStartOfDay(zone).toInstant(), "技师称号", t.titleName(), "",
                    "任期 " + t.startsOn() + " 至 " + t.endsOn().map(LocalDate::toString).orElse("")});
            t.revocation().ifPresent(r -> rows.add(new Object[] {r.effectiveOn().atStartOfDay(zone).toInstant(),
                    "技师称号撤销", t.titleName(), r.approvedBy(), r.reason().render(Locale.CHINESE) + " " + r.detail()}));
        }
        poolHistory(artisanId, rows);
        rows.sort((x, y) -> ((Instant) x[0]).compareTo((Instant) y[0]));
        try (SheetWriter writer = SheetWriter.open(format, out, "履历")) {
            writer.header(List.of("时间", "类别", "事项", "经办", "说明"));
            for (Object[] r : rows) {
                writer.row(List.of(timestamp((Instant) r[0]), r[1], masked(r[2]), masked(r[3]), masked(r[4])));
            }
        }
        return rows.size();
    }

    /**
     * Adds an artisan's nominations to a history: the round, who nominated, by which channel, the eligibility
     * verdict once given, where the nomination stands if no longer active and, from the public notice on, its
     * place in the ranking as published (selected for a tier, or its place on the waitlist). An honor it led
     * to has a row of its own.
     */
    private void nominationHistory(ArtisanId artisanId, List<Object[]> rows) {
        for (Nomination n : registry.rounds().nominationsOf(artisanId)) {
            SelectionRound round = registry.rounds().get(n.roundId());
            HonorProgram program = registry.programs().get(round.programId(), round.programVersion());
            String entered = program.name() + "（" + round.year() + "年"
                    + (round.stage() == RoundStage.CANCELLED ? "，评选已取消" : "") + "）";
            StringBuilder note = new StringBuilder(n.channel().chineseName());
            n.verdict().ifPresent(v -> note.append("；资格审查：").append(v.statusLabel(Locale.CHINESE)));
            if (n.status() != NominationStatus.ACTIVE) {
                note.append("；").append(n.status().render(Locale.CHINESE));
            }
            if (RANKING_PUBLISHED.contains(round.stage()) && n.isInTheRunning()) {
                registry.rounds().ranking(round.id()).nominee(n.id()).ifPresent(r -> note.append("；综合排名第")
                        .append(r.position()).append("名，").append(r.selectedTier().map(tier -> "入选" + tierName(program, tier))
                                .orElse("候补第" + r.waitlistPosition() + "名")));
            }
            rows.add(new Object[] {n.submittedAt(), "评选申报", entered, n.nominator(), note.toString()});
        }
    }

    private static String tierName(HonorProgram program, String code) {
        return program.definition().tier(code).map(HonorTier::name).orElse(code);
    }

    /**
     * Adds an artisan's standing technician-title applications to a history: the title and year, the region
     * holding the round, the score, and the round's cancellation if it was cancelled. A title awarded has a row
     * of its own.
     */
    private void applicationHistory(ArtisanId artisanId, List<Object[]> rows) {
        for (TitleApplication a : registry.titles().applicationsOf(artisanId)) {
            TitleRound round = registry.titles().round(a.roundId());
            rows.add(new Object[] {a.appliedAt(), "技师申请", registry.titles().get(round.titleCode()).name() + "（"
                    + round.year() + "年）", "", round.region().render(Locale.CHINESE) + "评选；评价得分 "
                    + a.score().toPlainString() + round.cancelledOn().map(d -> "；评选于 " + d + " 取消").orElse("")});
        }
    }

    /**
     * Adds an artisan's pool memberships (entries and exits) and engagements to a history. Engagements are
     * only recorded while the artisan is in the pool, so the years from the first entry to today hold them all.
     */
    private void poolHistory(ArtisanId artisanId, List<Object[]> rows) {
        List<PoolMembership> memberships = registry.pool().ofArtisan(artisanId);
        for (PoolMembership m : memberships) {
            String source = m.source() instanceof PoolSource.AddedByBureau added ? "人社部门增补：" + added.description()
                    : honorName(((PoolSource.ByHonor) m.source()).honorId());
            rows.add(new Object[] {m.since().atStartOfDay(zone).toInstant(), "入人才库", source,
                    m.enteredBy().displayName(), ""});
            m.exit().ifPresent(x -> rows.add(new Object[] {x.effectiveOn().atStartOfDay(zone).toInstant(), "出人才库",
                    source, x.recordedBy().displayName(), x.reason().chineseName() + x.note().map(n -> " " + n).orElse("")}));
        }
        int thisYear = LocalDate.now(registry.clock()).getYear();
        memberships.stream().mapToInt(m -> m.since().getYear()).min().ifPresent(first -> {
            for (int year = first; year <= thisYear; year++) {
                for (Engagement e : registry.pool().engagementsOf(artisanId, year)) {
                    rows.add(new Object[] {e.details().date().atStartOfDay(zone).toInstant(), e.details().kind().chineseName(),
                            describe(e.details()), e.recordedBy().displayName(),
                            e.revision() > 1 ? "第" + e.revision() + "版（已更正）" : ""});
                }
            }
        });
    }

    private String honorName(HonorId id) {
        Honor h = registry.honors().get(id);
        return h.programName() + h.tierName() + "（" + h.year() + "）";
    }

    private static String describe(EngagementDetails details) {
        if (details instanceof EngagementDetails.Training t) {
            return t.course() + "（" + t.organiser() + "，" + t.firstDay() + " 至 " + t.lastDay() + "，"
                    + t.hours().toPlainString() + "学时" + t.result().map(r -> "，" + r).orElse("") + "）";
        }
        if (details instanceof EngagementDetails.CampusTalk t) {
            return t.talkKind().chineseName() + "：" + t.school() + "（听众" + t.audience() + "人）";
        }
        EngagementDetails.MediaFeature m = (EngagementDetails.MediaFeature) details;
        return m.mediaKind().chineseName() + "：" + m.outlet() + "《" + m.title() + "》" + m.link().map(l -> " " + l).orElse("");
    }

    /**
     * Writes audit events, oldest first.
     *
     * @param events the events
     * @param format the format
     * @param out the stream
     * @return rows written
     */
    public long audit(Iterable<AuditEvent> events, SheetFormat format, OutputStream out) {
        long n = 0;
        try (SheetWriter writer = SheetWriter.openPipelined(format, out, "审计记录")) {
            List<String> header = List.of("序号", "时间", "经办人", "经办人编号", "操作", "对象类型", "对象编号", "变更前",
                    "变更后", "备注");
            writer.header(header);
            writer.rowUniqueText(SheetWriter.columns(header, "时间", "对象编号", "变更前", "变更后"));
            for (AuditEvent e : events) {
                n++;
                writer.row(java.util.Arrays.asList(e.sequence(), timestamp(e.occurredAt()), e.actor().displayName(),
                        e.actor().id(), e.action(), e.entityType(), e.entityId(), masked(e.before().orElse(null)),
                        masked(e.after().orElse(null)), masked(e.note().orElse(null))));
            }
        }
        return n;
    }

    private String timestamp(Instant at) {
        return at.atZone(zone).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }
}
