package org.talentregistry.exchange;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.talentregistry.Actor;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.audit.AuditEvent;
import org.talentregistry.pool.EngagementKind;
import org.talentregistry.pool.TalentPool.Listing;
import org.talentregistry.exchange.internal.ArtisanImport;
import org.talentregistry.exchange.internal.BallotBatches;
import org.talentregistry.exchange.internal.Columns;
import org.talentregistry.exchange.internal.EngagementBatches;
import org.talentregistry.exchange.internal.Exports;
import org.talentregistry.exchange.internal.NominationBatches;
import org.talentregistry.exchange.internal.PoolMemberBatches;
import org.talentregistry.exchange.internal.PrioritySheet;
import org.talentregistry.exchange.internal.RowImport;
import org.talentregistry.exchange.internal.SheetReader;
import org.talentregistry.exchange.internal.SheetWriter;
import org.talentregistry.exchange.internal.Templates;
import org.talentregistry.selection.RoundId;
import org.talentregistry.title.TitleRoundId;

/**
 * Spreadsheets in and out of a registry: the single entry point of the exchange module.
 *
 * <pre>{@code
 * Exchange exchange = Exchange.of(registry);
 * ImportReport report = exchange.importArtisans(actor, SheetSource.of(Path.of("工匠名单.csv")),
 *         ImportOptions.builder().mode(ImportMode.ALL_OR_NOTHING).build());
 * if (!report.isClean()) {
 *     report.writeTo(SheetFormat.XLSX, out);        // row, column, masked value, reason in Chinese and English
 * }
 * exchange.exportPool(LocalDate.of(2024, 5, 1), SheetFormat.XLSX, out, ExportOptions.masked());
 * }</pre>
 *
 * <p>Every imported row goes through the core's value types and services, so it is validated by the same
 * rules as the API and audited alike. Sources and targets are streamed: a sheet of 100,000 rows is read
 * and written a batch at a time. An exchange is cheap to make and safe to share between threads; each call
 * is independent.
 *
 * <p>Some work runs on a thread of its own, started by the call and ended before it returns; the calling
 * thread alone touches the registry, in its transaction. The exports of whole lists (artisans, the pool,
 * the audit trail) and the bureau's priority sheet encode and compress their rows on such a thread while
 * the calling thread reads the next ones (on two cores the pool export of 100,000 rows took some 40% less
 * time), and until the call returns that thread writes to the caller's stream. Imports and the priority
 * sheet parse the source a few blocks of rows ahead on such a thread. A failure of a stream is thrown by the
 * call as {@link java.io.UncheckedIOException}; an interrupt of the calling thread stops the call with one
 * whose cause is an {@link java.io.InterruptedIOException}.
 */
public final class Exchange {
    private static final int AUDIT_PAGE = 1000;

    private final TalentRegistry registry;

    private Exchange(TalentRegistry registry) {
        this.registry = registry;
    }

    /**
     * Returns the exchange of a registry.
     *
     * @param registry the registry, not null
     * @return the exchange, not null
     * @throws NullPointerException if the registry is null
     */
    public static Exchange of(TalentRegistry registry) {
        return new Exchange(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * Imports artisans with their certificates, one certificate per row (an artisan's further certificates
     * on further rows). A row whose resident identity number is registered is matched by the options'
     * {@link MatchPolicy}; rows that change nothing are counted unchanged, so re-importing a file writes
     * nothing. New artisans are registered a batch per transaction.
     *
     * @param actor who imports, recorded in the audit trail, not null
     * @param source the sheet, not null
     * @param options the options, not null
     * @return the report, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the options declare a column for a field artisans do not have
     * @throws java.io.UncheckedIOException if the source cannot be read
     */
    public ImportReport importArtisans(Actor actor, SheetSource source, ImportOptions options) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        return new ArtisanImport(registry, actor, options).run(source);
    }

    /**
     * Imports nominations into a round, each naming a registered artisan by resident identity number and
     * cross-checked by name, submitted as {@link org.talentregistry.selection.SelectionRounds#nominate}
     * submits them. An artisan already nominated in the round is counted unchanged.
     *
     * @param actor who submits, not null
     * @param roundId the round, which must be taking nominations, not null
     * @param source the sheet, not null
     * @param options the options, not null
     * @return the report, not null
     * @throws NullPointerException if an argument is null
     * @throws org.talentregistry.selection.RoundNotFoundException if the round is not the tenant's
     * @throws java.io.UncheckedIOException if the source cannot be read
     */
    public ImportReport importNominations(Actor actor, RoundId roundId, SheetSource source, ImportOptions options) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        registry.rounds().get(roundId);
        return new RowImport(SheetKind.NOMINATIONS, options, new NominationBatches(registry, actor, roundId))
                .run(source);
    }

    /**
     * Imports a voting app's log into a round through
     * {@link org.talentregistry.selection.SelectionRounds#ingestVotes(RoundId, List)}: the round's vote
     * policy deduplicates, so importing a log twice counts each vote once. Votes the registry refuses
     * (unknown nominee, round not voting, malformed voter) are reported per batch with their count.
     *
     * @param roundId the round, which must be in public voting, not null
     * @param source the sheet, not null
     * @param options the options, not null
     * @return the report: created counts accepted votes, unchanged duplicates, not null
     * @throws NullPointerException if an argument is null
     * @throws java.io.UncheckedIOException if the source cannot be read
     */
    public ImportReport importBallots(RoundId roundId, SheetSource source, ImportOptions options) {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        return new RowImport(SheetKind.BALLOTS, options, new BallotBatches(registry, roundId)).run(source);
    }

    /**
     * Imports engagements of one kind of pool members: training classes, campus talks or media features,
     * one per row, each naming the member by resident identity number cross-checked by name, and recorded as
     * {@link org.talentregistry.pool.TalentPool#recordEngagement} records them: the day must not be after
     * today, the artisan must be in the pool on it, and a media feature needs the artisan's consent to media
     * publicity then. Rows breaking those rules are reported in either mode before anything is written.
     *
     * <p>What identifies an engagement, so that re-importing a file changes nothing: the artisan and, for a
     * training, the course and its first day; for a campus talk, the school and the day; for a media feature,
     * the outlet, the day and the title. A row identifying a recorded engagement with the same details counts
     * unchanged; with other details (hours, organiser, result, audience, talk or media kind, link) it corrects
     * the engagement under {@link MatchPolicy#UPDATE} (a new revision, the row number as its reason; counted
     * updated) and is a conflict under {@link MatchPolicy#REPORT_CONFLICT}. A row matching two recorded
     * engagements is ambiguous and refused. A mistyped course, school, outlet, title or day identifies another
     * engagement: the row records a new one, and the old is corrected through the API.
     *
     * @param actor who records, recorded in the audit trail, not null
     * @param kind which kind of engagement the sheet holds, not null; see {@link SheetKind#TRAININGS},
     *     {@link SheetKind#CAMPUS_TALKS} and {@link SheetKind#MEDIA_FEATURES} for its columns
     * @param source the sheet, not null
     * @param options the options, not null
     * @return the report: created counts engagements recorded, updated those corrected, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the options declare a column for a field the kind does not have
     * @throws java.io.UncheckedIOException if the source cannot be read
     */
    public ImportReport importEngagements(Actor actor, EngagementKind kind, SheetSource source, ImportOptions options) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        return new RowImport(EngagementBatches.sheetKind(kind), options,
                new EngagementBatches(registry, actor, kind, options.matchPolicy())).run(source);
    }

    /**
     * Imports pool members from other sources (a technician title, a provincial honor the registry does not
     * hold): each row names a registered artisan by resident identity number cross-checked by name, what
     * brings the artisan in (纳入依据) and from when (纳入日期), and is added as
     * {@link org.talentregistry.pool.TalentPool#add} adds it, audited alike.
     *
     * <p>What identifies a membership row, so that re-importing a file changes nothing: the artisan, the
     * source as written and the first day. A row whose artisan has a bureau addition with that source and day
     * on record, open or ended since, counts unchanged: re-importing an old list does not bring back those who
     * left. The registry keeps one open bureau addition per artisan and cannot amend one, so a row for an
     * artisan whose open addition has another source or day is a conflict under either match policy (record
     * the leave first). Being in the pool by an honor does not stand in the way.
     *
     * @param actor who adds, recorded in the audit trail, not null
     * @param source the sheet, columns as {@link SheetKind#POOL_MEMBERS}, not null
     * @param options the options, not null
     * @return the report: created counts artisans added, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the options declare a column for a field pool members do not have
     * @throws java.io.UncheckedIOException if the source cannot be read
     */
    public ImportReport importPoolMembers(Actor actor, SheetSource source, ImportOptions options) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        return new RowImport(SheetKind.POOL_MEMBERS, options, new PoolMemberBatches(registry, actor)).run(source);
    }

    /**
     * Answers a bureau's priority sheet: the same rows, in order, each with whether priority holds under the
     * policy in force on the date, the conditions met in the policy's order, the policy version and the
     * explanation in Chinese. A row whose number is malformed, unknown to the registry or registered under
     * another name says so instead (it is not "no priority"), and is reported.
     *
     * @param source the bureau's sheet of resident identity numbers and names, not null
     * @param titleCode the title applied for, not null
     * @param asOf the decision date, not null
     * @param format the answer's format, not null
     * @param out where the answer goes, not null; left open
     * @param options identity numbers in the answer masked or not, not null
     * @return what was read: created counts rows decided, refused those not decided, not null
     * @throws NullPointerException if an argument is null
     * @throws org.talentregistry.title.TitleRefusedException if no policy for the title is in force on the date
     * @throws java.io.UncheckedIOException if the source cannot be read or the answer cannot be written
     * @throws org.talentregistry.InvalidFieldException naming {@code options} if they have a password and the
     *     format is CSV or {@code registry-exchange-xls} is absent
     */
    public ImportReport answerPrioritySheet(SheetSource source, String titleCode, LocalDate asOf, SheetFormat format,
            OutputStream out, ExportOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(titleCode, "titleCode");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        return answerPrioritySheet(source, titleCode, asOf, format, out, options, ImportOptions.defaults());
    }

    /**
     * Answers a bureau's priority sheet as {@link #answerPrioritySheet(SheetSource, String, LocalDate, SheetFormat,
     * OutputStream, ExportOptions)} does, with the batch size, progress listener, cancellation check and
     * declared headers of import options (their mode and match policy do not apply).
     *
     * @param source the bureau's sheet, not null
     * @param titleCode the title applied for, not null
     * @param asOf the decision date, not null
     * @param format the answer's format, not null
     * @param out where the answer goes, not null; left open
     * @param options identity numbers in the answer masked or not, not null
     * @param reading batch size, progress, cancellation and headers, not null
     * @return what was read, not null; {@link ImportReport#cancelled()} if stopped, the answer then ending
     *     at the last batch written
     * @throws NullPointerException if an argument is null
     * @throws org.talentregistry.title.TitleRefusedException if no policy for the title is in force on the date
     * @throws java.io.UncheckedIOException if the source cannot be read or the answer cannot be written
     * @throws org.talentregistry.InvalidFieldException naming {@code options} if they have a password and the
     *     format is CSV or {@code registry-exchange-xls} is absent
     */
    public ImportReport answerPrioritySheet(SheetSource source, String titleCode, LocalDate asOf, SheetFormat format,
            OutputStream out, ExportOptions options, ImportOptions reading) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(titleCode, "titleCode");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(reading, "reading");
        SheetWriter.requireEncryptable(format, options, "options");
        return new PrioritySheet(registry, reading).answer(source, titleCode, asOf, format, out, options);
    }

    /**
     * Exports the talent pool on a date: its members with their details, level and honors, as
     * {@link #exportPoolWithReport} does.
     *
     * @param asOf the date, not null
     * @param format the format, not null
     * @param out where to write, not null; left open
     * @param options masking of personal data: masked, or revealing for a consent purpose, not null
     * @return rows written
     * @throws NullPointerException if an argument is null
     * @throws org.talentregistry.InvalidFieldException naming {@code options} if they reveal personal data
     *     without a consent purpose
     * @throws java.io.UncheckedIOException if writing fails
     * @throws org.talentregistry.InvalidFieldException naming {@code options} if they have a password and the
     *     format is CSV or {@code registry-exchange-xls} is absent
     */
    public long exportPool(LocalDate asOf, SheetFormat format, OutputStream out, ExportOptions options) {
        return exportPoolWithReport(asOf, format, out, options).rows();
    }

    /**
     * Exports the talent pool on a date: its members with their details, level and honors. Identity numbers
     * and phones are masked, unless the options reveal them for a consent purpose
     * ({@link ExportOptions#revealingPersonalDataFor}): then a member's numbers are shown only if the member's
     * consent to that purpose holds on the day of the export (the registry's clock), and stay masked
     * otherwise. Such rows are not left out (the pool's own list of names, employers and trades is the
     * registry's processing); they are counted in the report and, if any, a last row of the sheet says how
     * many and why, in Chinese and English. Options revealing without a purpose are refused.
     *
     * @param asOf the date, not null
     * @param format the format, not null
     * @param out where to write, not null; left open
     * @param options masked, or revealing for a consent purpose, not null
     * @return rows written, revealed and withheld, with the reason, not null
     * @throws NullPointerException if an argument is null
     * @throws org.talentregistry.InvalidFieldException naming {@code options} if they reveal personal data
     *     without a consent purpose; nothing is written
     * @throws java.io.UncheckedIOException if writing fails
     * @throws org.talentregistry.InvalidFieldException naming {@code options} if they have a password and the
     *     format is CSV or {@code registry-exchange-xls} is absent
     */
    public ExportReport exportPoolWithReport(LocalDate asOf, SheetFormat format, OutputStream out,
            ExportOptions options) {
        requireNonNull(asOf, "asOf");
        requireNonNull(format, "format");
        requireNonNull(out, "out");
        requireNonNull(options, "options");
        if (options.revealsPersonalData() && options.consentPurpose().isEmpty()) {
            throw new InvalidFieldException("options", FieldProblem.REVEALS_WITHOUT_PURPOSE);
        }
        SheetWriter.requireEncryptable(format, options, "options");
        return new Exports(registry).artisans(ArtisanQuery.all(), asOf, Listing.POOL_MEMBERS, format, out, options);
    }

    /**
     * Exports the artisans a query's filters match (its cursor and page size are ignored), with their level
     * and pool membership on a date, in the columns an artisan import reads. Options revealing for a consent
     * purpose show a person's numbers only if that consent holds on the day of the export; the file then
     * carries no note, so that it stays importable.
     *
     * @param query the filters, not null
     * @param asOf the date, not null
     * @param format the format, not null
     * @param out where to write, not null; left open
     * @param options masking of personal data, not null
     * @return rows written
     * @throws NullPointerException if an argument is null
     * @throws java.io.UncheckedIOException if writing fails
     * @throws org.talentregistry.InvalidFieldException naming {@code options} if they have a password and the
     *     format is CSV or {@code registry-exchange-xls} is absent
     */
    public long exportArtisans(ArtisanQuery query, LocalDate asOf, SheetFormat format, OutputStream out,
            ExportOptions options) {
        requireNonNull(query, "query");
        requireNonNull(asOf, "asOf");
        requireNonNull(format, "format");
        requireNonNull(out, "out");
        SheetWriter.requireEncryptable(format, requireNonNull(options, "options"), "options");
        return new Exports(registry).artisans(query, asOf, Listing.EVERY_ARTISAN, format, out, options).rows();
    }

    /**
     * Exports a round's public notice list (公示名单) as {@link org.talentregistry.selection.SelectionRounds#noticeList}
     * renders it: the title, the notice period and where objections go as one-cell rows, a blank row, the
     * column titles (序号, 姓名, 工作单位, 职业（工种）, 拟命名称号, and 事迹简介 if the program publishes it), one row per
     * nominee in the ranking's order. The list holds only what may be published, never an identity number or
     * phone.
     *
     * @param roundId the round, in public notice, not null
     * @param format the format, not null
     * @param out where to write, not null; left open
     * @return nominees written
     * @throws NullPointerException if an argument is null
     * @throws org.talentregistry.selection.RoundNotFoundException if the round is not the tenant's
     * @throws org.talentregistry.selection.RoundStageException if the round is not in public notice
     * @throws org.talentregistry.privacy.ConsentRequiredException if a nominee has not consented to public
     *     disclosure (unless the program collects it elsewhere); nothing is written
     * @throws java.io.UncheckedIOException if writing fails
     */
    public long exportNoticeList(RoundId roundId, SheetFormat format, OutputStream out) {
        return new Exports(registry).noticeList(requireNonNull(roundId, "roundId"), requireNonNull(format, "format"),
                requireNonNull(out, "out"));
    }

    /**
     * Exports a round's ranking with its breakdown: expert and vote components, votes, brushing, composite,
     * tier or waitlist place, the rule that broke a tie, and the sentence that explains it.
     *
     * @param roundId the round, not null
     * @param format the format, not null
     * @param out where to write, not null; left open
     * @return rows written
     * @throws NullPointerException if an argument is null
     * @throws org.talentregistry.selection.RoundNotFoundException if the round is not the tenant's
     */
    public long exportRanking(RoundId roundId, SheetFormat format, OutputStream out) {
        return new Exports(registry).ranking(requireNonNull(roundId, "roundId"), requireNonNull(format, "format"),
                requireNonNull(out, "out"));
    }

    /**
     * Exports a technician-title round's ranking ({@link org.talentregistry.title.TechnicianTitles#ranking}):
     * one row per applicant with place, score, eligibility, priority, selection and the reasons in Chinese, then
     * the ranking's heading and whether it is the one the selection was made on or, before the selection, one
     * worked out from the facts on record now.
     *
     * @param roundId the round, not null
     * @param format the format, not null
     * @param out where to write, not null; left open
     * @return applicants written
     * @throws NullPointerException if an argument is null
     * @throws org.talentregistry.title.TitleRefusedException {@code NO_SUCH_ROUND} if the round is not the tenant's
     */
    public long exportTitleRanking(TitleRoundId roundId, SheetFormat format, OutputStream out) {
        return new Exports(registry).titleRanking(requireNonNull(roundId, "roundId"), requireNonNull(format, "format"),
                requireNonNull(out, "out"));
    }

    /**
     * Exports a naming decision's honor roll, revoked honors marked.
     *
     * @param decisionNumber the decision's number, e.g. {@code 淄工发〔2018〕12号}, not null
     * @param format the format, not null
     * @param out where to write, not null; left open
     * @return rows written
     * @throws NullPointerException if an argument is null
     */
    public long exportHonorRoll(String decisionNumber, SheetFormat format, OutputStream out) {
        return new Exports(registry).honorRoll(requireNonNull(decisionNumber, "decisionNumber"),
                requireNonNull(format, "format"), requireNonNull(out, "out"));
    }

    /**
     * Exports an artisan's history: the audit events of its record (masked as the audit trail keeps them),
     * its nominations (round, nominator, channel, eligibility verdict, where one no longer active stands and,
     * from the round's public notice on, its place in the ranking: selected for a tier or on the waitlist),
     * its honors and revocations, its standing technician-title applications (title, round, score), its
     * technician titles, its entries into and exits from the talent pool and its engagements (training, campus
     * talks, media) in their latest revision, oldest first. An identity number, phone or IP address written into
     * free text (a note, a reason, a pool source) is masked, as in every export that has no option to reveal.
     *
     * @param artisanId the artisan, not null
     * @param format the format, not null
     * @param out where to write, not null; left open
     * @return rows written
     * @throws NullPointerException if an argument is null
     * @throws org.talentregistry.artisan.ArtisanNotFoundException if the artisan is not the tenant's
     */
    public long exportHistory(ArtisanId artisanId, SheetFormat format, OutputStream out) {
        return new Exports(registry).history(requireNonNull(artisanId, "artisanId"), requireNonNull(format, "format"),
                requireNonNull(out, "out"));
    }

    /**
     * Exports the audit trail of a period, oldest first, read a page at a time. The states are masked as the
     * trail keeps them; an identity number, phone or IP address in free text within them or in a note is masked
     * too.
     *
     * @param fromInclusive the period's start, not null
     * @param toExclusive the period's end, not null
     * @param format the format, not null
     * @param out where to write, not null; left open
     * @return rows written
     * @throws NullPointerException if an argument is null
     * @throws org.talentregistry.InvalidFieldException if the period ends before it starts
     */
    public long exportAudit(Instant fromInclusive, Instant toExclusive, SheetFormat format, OutputStream out) {
        requireNonNull(fromInclusive, "fromInclusive");
        requireNonNull(toExclusive, "toExclusive");
        // The first page, read before anything is written, also checks the period.
        List<AuditEvent> first = registry.audit().between(fromInclusive, toExclusive, 0, AUDIT_PAGE);
        Iterable<AuditEvent> events = () -> new Iterator<>() {
            private List<AuditEvent> page = first;
            private int index;

            @Override
            public boolean hasNext() {
                if (index == page.size() && page.size() == AUDIT_PAGE) {
                    page = registry.audit().between(fromInclusive, toExclusive, page.get(index - 1).sequence(),
                            AUDIT_PAGE);
                    index = 0;
                }
                return index < page.size();
            }

            @Override
            public AuditEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
        return new Exports(registry).audit(events, requireNonNull(format, "format"), requireNonNull(out, "out"));
    }

    /**
     * Returns a source for each list a workbook holds, to import one by one: a workbook of one sheet per district
     * (张店区, 淄川区, …) holds several. A list is a visible sheet whose top rows name at least two of the kind's
     * columns (by the default headers and those the options declare); a sheet of instructions names fewer. An
     * import that names no sheet reads one list, and reports the others it did not read.
     *
     * @param kind what the lists hold, not null
     * @param source the workbook, not null
     * @param options whose declared headers count, not null
     * @return {@code source.withSheet(name)} for each list in workbook order; the source itself if it is a CSV
     *     file, holds no list, or cannot be read as a workbook (its import says why), not null
     * @throws NullPointerException if an argument is null
     * @throws java.io.UncheckedIOException if the source cannot be opened
     */
    public List<SheetSource> listsIn(SheetKind kind, SheetSource source, ImportOptions options) {
        requireNonNull(source, "source");
        Columns columns = Columns.of(requireNonNull(kind, "kind"));
        Map<String, String> declared = requireNonNull(options, "options").columns();
        List<String> names = SheetReader.listSheets(source, cells -> columns.recognized(cells, declared));
        return names.isEmpty() ? List.of(source) : names.stream().map(source::withSheet).toList();
    }

    /**
     * Returns a source for each list a workbook holds, by the default headers; see {@link #listsIn(SheetKind,
     * SheetSource, ImportOptions)}.
     *
     * @param kind what the lists hold, not null
     * @param source the workbook, not null
     * @return a source for each list, not null
     * @throws NullPointerException if an argument is null
     */
    public List<SheetSource> listsIn(SheetKind kind, SheetSource source) {
        return listsIn(kind, source, ImportOptions.defaults());
    }

    /**
     * Writes the template of a kind of sheet: headers in Chinese (required ones marked {@code *}), a sample
     * row, and in XLSX a drop-down list for each enumeration (skill levels, nomination channels, yes/no) and
     * text-formatted columns, so that Excel does not round 18-digit identity numbers.
     *
     * @param kind the kind, not null
     * @param format the format, not null
     * @param out where to write, not null; left open
     * @throws NullPointerException if an argument is null
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeTemplate(SheetKind kind, SheetFormat format, OutputStream out) {
        Templates.write(requireNonNull(kind, "kind"), requireNonNull(format, "format"), requireNonNull(out, "out"));
    }

    private static <T> T requireNonNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    @Override
    public String toString() {
        return "Exchange{" + registry + "}";
    }
}
