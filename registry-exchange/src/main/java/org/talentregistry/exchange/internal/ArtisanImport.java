package org.talentregistry.exchange.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentregistry.Actor;
import org.talentregistry.HostTransactionLostException;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.RegistryException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.DuplicateResidentIdException;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.PhoneNumber;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.artisan.StaleArtisanException;
import org.talentregistry.exchange.ImportMode;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.ImportProgress;
import org.talentregistry.exchange.ImportReport;
import org.talentregistry.exchange.MatchPolicy;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.SheetKind;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.exchange.internal.Columns.Layout;
import org.talentregistry.exchange.internal.SheetReader.SheetRow;

/**
 * Imports artisans: reads a batch of rows, validates each through the core's value types, matches the
 * batch against the registry by resident identity number in one look-up, then registers the new artisans
 * in one transaction ({@code registerAll}) and updates the changed ones optimistically. While the file's
 * batches turn out new, a batch is registered first and matched only if the registry refuses one of its
 * numbers (see {@code registeredAsNew}).
 */
public final class ArtisanImport {
    private static final Logger LOG = LoggerFactory.getLogger(ArtisanImport.class);

    private final TalentRegistry registry;
    private final Actor actor;
    private final ImportOptions options;
    private final Columns columns = Columns.of(SheetKind.ARTISANS);

    /**
     * Creates an import.
     *
     * @param registry the registry
     * @param actor who imports
     * @param options the options
     */
    public ArtisanImport(TalentRegistry registry, Actor actor, ImportOptions options) {
        this.registry = registry;
        this.actor = actor;
        this.options = options;
    }

    /**
     * Runs the import.
     *
     * @param source the sheet
     * @return the report
     */
    public ImportReport run(SheetSource source) {
        try (RefusedRowsSheet refusedRows = RefusedRowsSheet.of(options)) {
            if (options.mode() == ImportMode.ALL_OR_NOTHING) {
                Pass check = new Pass(false, refusedRows);
                check.read(source, true);
                if (check.problems.count() > 0 || check.cancelled) {
                    return check.report(false);
                }
                Pass write = new Pass(true, refusedRows);
                write.read(source, false);
                return write.report(true);
            }
            Pass pass = new Pass(true, refusedRows);
            pass.read(source, true);
            return pass.report(pass.created + pass.updated > 0);
        }
    }

    /** An artisan's rows within one batch, merged. */
    private static final class Pending {
        final List<Long> rows = new ArrayList<>(1);
        ArtisanDetails details;

        Pending(long row, ArtisanDetails details) {
            this.rows.add(row);
            this.details = details;
        }

        /** The number the rows gave: every parsed row has one. */
        ResidentId number() {
            return details.residentId().orElseThrow();
        }
    }

    /** A row as the reading thread parsed it: its details, or null and the problems its fields hold. */
    private record ParsedRow(SheetRow row, RowFields fields, ArtisanDetails details) {
    }

    /** One reading of the sheet: a check only, or a check and a write. */
    private final class Pass {
        final boolean writing;
        final RefusedRowsSheet refusedRows;
        final Problems problems;
        /** The people the file has named so far in this pass. */
        final FileIdentities seen = new FileIdentities();
        long headerRow;
        String sheet = "";
        long rowsRead;
        long created;
        long updated;
        long unchanged;
        long refused;
        boolean cancelled;
        LocalDate today;
        /**
         * Whether the next batch is likely all new: true until a batch meets registered artisans, and again
         * after a batch that meets none. A new file then costs no look-up at all.
         */
        boolean expectNew = true;

        Pass(boolean writing, RefusedRowsSheet refusedRows) {
            this.writing = writing;
            this.refusedRows = refusedRows;
            this.problems = new Problems(options.maxProblems(), refusedRows);
        }

        void read(SheetSource source, boolean cancellable) {
            today = LocalDate.now(registry.clock());
            try (SheetReader reader = SheetReader.open(source, cells -> columns.recognized(cells, options.columns()))) {
                headerRow = reader.headerRow();
                sheet = reader.sheetName();
                List<RowProblem> layoutProblems = new ArrayList<>();
                Layout layout = columns.layout(reader, options.columns(), layoutProblems).with(options.yearMonthDates());
                refusedRows.start(reader, layout);
                if (!layout.has("regionCode") && layout.has("regionName") && options.regions().isEmpty()) {
                    layoutProblems.add(new RowProblem(0, layout.header("regionName"), "", RowProblem.Kind.LAYOUT,
                            "缺少「区县代码」列：请加上6位行政区划代码，或在导入选项中给出区县名称与代码的对照",
                            "the column 区县代码 (district code) is missing: add the six-digit division codes or "
                                    + "give the import the regions by name"));
                }
                if (!layoutProblems.isEmpty()) {
                    problems.addAll(layoutProblems);
                    return;
                }
                reader.otherListsNotRead().ifPresent(problems::add);
                reader.passOver(layout::isNotARecord);
                reader.passOverTheSample(layout::isTheTemplatesSample);
                // Each row is parsed and validated on the reading thread, while this one stores the batch before.
                Iterator<ParsedRow> rows = reader.prepared(row -> {
                    RowFields fields = new RowFields(row, layout);
                    return new ParsedRow(row, fields, parse(fields, layout));
                });
                List<ParsedRow> batch = new ArrayList<>(options.batchSize());
                while (rows.hasNext()) {
                    batch.add(rows.next());
                    if (batch.size() == options.batchSize()) {
                        flush(batch, layout);
                        batch.clear();
                        if (cancellable && options.cancelled().getAsBoolean()) {
                            cancelled = rows.hasNext();
                            break;
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    flush(batch, layout);
                }
                reader.broken().ifPresent(problems::add);
            }
        }

        private void flush(List<ParsedRow> rows, Layout layout) {
            Map<ResidentId, Pending> pending = new LinkedHashMap<>();
            for (ParsedRow parsed : rows) {
                rowsRead++;
                SheetRow row = parsed.row();
                ArtisanDetails details = parsed.details();
                if (row.hidden() && !options.readsHiddenRows()) {
                    refuse(List.of(RowFields.hidden(row)));
                    continue;
                }
                if (details == null) {
                    refuse(parsed.fields().problems());
                    continue;
                }
                ResidentId number = details.residentId().orElseThrow();
                Pending earlier = pending.get(number);
                if (earlier == null) {
                    pending.put(number, new Pending(row.number(), details));
                } else if (!earlier.details.name().equals(details.name())) {
                    refuse(List.of(new RowProblem(row.number(), layout.header("residentId"),
                            number.masked(), RowProblem.Kind.AMBIGUOUS,
                            "与第" + earlier.rows.get(0) + "行身份证号相同但姓名不同，无法确定是哪一位",
                            "has the resident ID of row " + earlier.rows.get(0) + " with another name: which person"
                                    + " is meant is unclear")));
                } else {
                    ArtisanDetails merged = merge(earlier.details, details);
                    if (merged == null) {
                        refuse(List.of(disagrees(row.number(), earlier.rows.get(0))));
                    } else {
                        earlier.details = merged;
                        earlier.rows.add(row.number());
                    }
                }
            }
            // A person the file named in an earlier batch is held to what that row said, as within a batch.
            for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
                Pending p = it.next();
                long earlier = seen.disagreeingRow(p.number(), p.details, p.rows.get(0));
                if (earlier >= 0) {
                    refuseAll(p, disagrees(p.rows.get(0), earlier));
                    it.remove();
                }
            }
            match(pending, layout);
            refusedRows.batchDone(rows, ParsedRow::row);
            problems.batchDone();
            options.progress().accept(new ImportProgress(rowsRead, created + updated + unchanged, refused));
        }

        private RowProblem disagrees(long row, long earlier) {
            return new RowProblem(row, "", "", RowProblem.Kind.CONFLICT, "与第" + earlier + "行同一人的信息不一致",
                    "disagrees with row " + earlier + " about the same person");
        }

        private void match(Map<ResidentId, Pending> pending, Layout layout) {
            if (pending.isEmpty()) {
                return;
            }
            if (writing && expectNew && registeredAsNew(pending.values())) {
                return;
            }
            Map<ResidentId, Artisan> existing = registry.artisans().findAllByResidentId(pending.keySet());
            expectNew = existing.isEmpty();
            List<Pending> toRegister = new ArrayList<>();
            List<Map.Entry<Pending, Artisan>> toUpdate = new ArrayList<>();
            for (Pending p : pending.values()) {
                Artisan current = existing.get(p.number());
                if (current == null) {
                    toRegister.add(p);
                    continue;
                }
                if (!current.name().equals(p.details.name())) {
                    refuseAll(p, new RowProblem(p.rows.get(0), layout.header("residentId"),
                            p.number().masked(), RowProblem.Kind.AMBIGUOUS,
                            "身份证号已登记在「" + current.name() + "」名下，与本行姓名「" + p.details.name()
                                    + "」不符：请核对号码或姓名",
                            "the resident ID is registered to an artisan of another name (" + current.name()
                                    + "); check the number or the name"));
                    continue;
                }
                ArtisanDetails merged = onto(current.details(), p.details);
                if (merged.equals(current.details())) {
                    unchanged += p.rows.size();
                } else if (options.matchPolicy() == MatchPolicy.REPORT_CONFLICT) {
                    refuseAll(p, new RowProblem(p.rows.get(0), layout.header("residentId"),
                            p.number().masked(), RowProblem.Kind.CONFLICT,
                            "该人员已登记，本行会修改其信息；按导入设置不作修改",
                            "the artisan is registered and the row would change them; the import does not update"));
                } else {
                    toUpdate.add(Map.entry(p, current.withDetails(merged)));
                }
            }
            if (!writing) {
                created += toRegister.stream().mapToLong(p -> p.rows.size()).sum();
                updated += toUpdate.stream().mapToLong(e -> e.getKey().rows.size()).sum();
                return;
            }
            register(toRegister, layout);
            for (Map.Entry<Pending, Artisan> e : toUpdate) {
                try {
                    registry.artisans().update(actor, e.getValue());
                    updated += e.getKey().rows.size();
                } catch (StaleArtisanException x) {
                    refuseAll(e.getKey(), new RowProblem(e.getKey().rows.get(0), "", "", RowProblem.Kind.CONFLICT,
                            "该人员的信息在导入期间被他人修改，本行未写入，请重新导入",
                            "the artisan was changed by someone else during the import; the row was not written,"
                                    + " import again"));
                } catch (InvalidFieldException x) {
                    refuseAll(e.getKey(), problem(e.getKey(), x));
                }
            }
        }

        /**
         * Registers the whole batch as new, in one transaction, without looking its numbers up first: the
         * unique key on the resident identity number is the check. If a number is registered (a re-import,
         * an update) the transaction writes nothing and the batch is matched instead, as if this had not been
         * tried; so a row never becomes a second artisan and every match policy still applies.
         *
         * @return whether the batch was registered
         */
        private boolean registeredAsNew(Collection<Pending> batch) {
            try {
                registry.artisans().registerAll(actor, batch.stream().map(p -> p.details).toList());
            } catch (HostTransactionLostException e) {
                // The host's whole transaction is gone: no row after it may be kept as if it went on.
                throw e;
            } catch (RegistryException e) {
                LOG.debug("A batch of {} rows is not all new ({}); matching it against the registry", batch.size(),
                        e.getClass().getSimpleName());
                return false;
            }
            created += batch.stream().mapToLong(p -> p.rows.size()).sum();
            return true;
        }

        /** One transaction for the batch; if it is refused (a number registered meanwhile), row by row. */
        private void register(List<Pending> toRegister, Layout layout) {
            if (toRegister.isEmpty()) {
                return;
            }
            try {
                registry.artisans().registerAll(actor, toRegister.stream().map(p -> p.details).toList());
                created += toRegister.stream().mapToLong(p -> p.rows.size()).sum();
                return;
            } catch (HostTransactionLostException e) {
                // The host's whole transaction is gone: no row after it may be kept as if it went on.
                throw e;
            } catch (RegistryException e) {
                LOG.debug("A batch of {} registrations was refused ({}); registering them one by one",
                        toRegister.size(), e.getClass().getSimpleName());
            }
            for (Pending p : toRegister) {
                try {
                    registry.artisans().register(actor, p.details);
                    created += p.rows.size();
                } catch (DuplicateResidentIdException e) {
                    refuseAll(p, new RowProblem(p.rows.get(0), layout.header("residentId"),
                            p.number().masked(), RowProblem.Kind.CONFLICT,
                            "该身份证号在导入期间已被登记", "the resident ID was registered meanwhile"));
                } catch (InvalidFieldException e) {
                    refuseAll(p, problem(p, e));
                }
            }
        }

        private RowProblem problem(Pending p, InvalidFieldException e) {
            return new RowProblem(p.rows.get(0), "", "", RowProblem.Kind.INVALID, e.getField() + " " + Values.zh(e),
                    e.getMessage());
        }

        private void refuseAll(Pending p, RowProblem first) {
            problems.add(first);
            for (int i = 1; i < p.rows.size(); i++) {
                problems.add(new RowProblem(p.rows.get(i), first.column(), first.value(), first.kind(),
                        first.reasonZh(), first.reasonEn()));
            }
            refused += p.rows.size();
        }

        private void refuse(List<RowProblem> rowProblems) {
            problems.addAll(rowProblems);
            refused++;
        }

        ImportReport report(boolean committed) {
            return new ImportReport(SheetKind.ARTISANS, sheet, headerRow, rowsRead, writing ? created : 0,
                    writing ? updated : 0, writing ? unchanged : 0, refused, cancelled, committed && writing,
                    problems.kept(), problems.count());
        }

        private ArtisanDetails parse(RowFields f, Layout layout) {
            String name = f.required("name", v -> v);
            ResidentId residentId = f.required("residentId", ResidentId::of);
            PhoneNumber phone = f.optional("phone", PhoneNumber::of);
            String employerName = f.required("employerName", v -> v);
            CreditCode creditCode = f.required("creditCode", CreditCode::of);
            Occupation occupation = occupation(f);
            Region region = region(f);
            LocalDate started = f.required("startedInTradeOn", f::date);
            Employer employer = null;
            if (employerName != null && creditCode != null) {
                try {
                    employer = Employer.of(employerName, creditCode);
                } catch (InvalidFieldException e) {
                    f.refused(e, "employerName");
                }
            }
            SkillCertificate certificate = certificate(f, occupation);
            if (started != null && started.isAfter(today)) {
                f.problem("startedInTradeOn", f.text("startedInTradeOn").orElse(""), "晚于今天（" + today + "）",
                        "is after today (" + today + ")");
            }
            if (!f.ok()) {
                return null;
            }
            try {
                ArtisanDetails.Builder b = ArtisanDetails.builder().name(name).residentId(residentId).phone(phone)
                        .employer(employer).occupation(occupation).region(region).startedInTradeOn(started);
                if (certificate != null) {
                    b.addCertificate(certificate);
                }
                return b.build();
            } catch (InvalidFieldException e) {
                f.refused(e, "name");
                return null;
            }
        }

        private Occupation occupation(RowFields f) {
            String code = f.required("occupationCode", v -> v);
            String name = f.required("occupationName", v -> v);
            if (code == null || name == null) {
                return null;
            }
            try {
                return Occupation.of(code, name);
            } catch (InvalidFieldException e) {
                f.refused(e, "occupationCode");
                return null;
            }
        }

        private Region region(RowFields f) {
            String name = f.text("regionName").orElse(null);
            String code = f.text("regionCode").orElse(null);
            if (code == null && name != null) {
                Region known = options.regions().get(name);
                if (known != null) {
                    return known;
                }
                f.problem("regionName", name, "无法确定区划代码：请填写「区县代码」",
                        "has no division code: fill in the district code");
                return null;
            }
            if (code == null) {
                f.problem("regionCode", "", "为必填项，不能为空", "is required");
                return null;
            }
            if (name == null) {
                Region known = options.regions().values().stream().filter(r -> r.code().equals(code)).findFirst()
                        .orElse(null);
                if (known != null) {
                    return known;
                }
                f.problem("regionName", "", "为必填项，不能为空", "is required");
                return null;
            }
            try {
                return Region.of(code, name);
            } catch (InvalidFieldException e) {
                f.refused(e, "regionCode");
                return null;
            }
        }

        private SkillCertificate certificate(RowFields f, Occupation occupation) {
            boolean any = f.text("skillLevel").isPresent() || f.text("certificateNumber").isPresent()
                    || f.text("issuer").isPresent() || f.text("issuedOn").isPresent();
            if (!any) {
                return null;
            }
            SkillLevel level = f.required("skillLevel", SkillLevel::parse);
            String number = f.required("certificateNumber", v -> v);
            String issuer = f.required("issuer", v -> v);
            LocalDate issuedOn = f.required("issuedOn", f::date);
            LocalDate validUntil = f.optional("validUntil", f::date);
            if (issuedOn != null && issuedOn.isAfter(today)) {
                f.problem("issuedOn", f.text("issuedOn").orElse(""), "晚于今天（" + today + "）",
                        "is after today (" + today + ")");
                return null;
            }
            if (level == null || number == null || issuer == null || issuedOn == null || occupation == null) {
                return null;
            }
            try {
                return SkillCertificate.builder().level(level).occupation(occupation).number(number).issuer(issuer)
                        .issuedOn(issuedOn).validUntil(validUntil).build();
            } catch (InvalidFieldException e) {
                f.refused(e, "certificateNumber");
                return null;
            }
        }
    }

    /**
     * Merges a later row of the same person within a file: its certificates are added; its other fields must
     * agree with the earlier row's.
     *
     * @return the merged details, or null if the rows disagree
     */
    private static ArtisanDetails merge(ArtisanDetails earlier, ArtisanDetails later) {
        if (!withoutCertificates(earlier).equals(withoutCertificates(onto(earlier, later)))) {
            return null;
        }
        return onto(earlier, later);
    }

    private static ArtisanDetails withoutCertificates(ArtisanDetails d) {
        return d.toBuilder().certificates(List.of()).build();
    }

    /**
     * The registered details as the row changes them: the row's fields replace the record's, a phone left
     * blank keeps the recorded one, and the row's certificates are added to the record's, replacing one of
     * the same number.
     */
    static ArtisanDetails onto(ArtisanDetails current, ArtisanDetails row) {
        Map<String, SkillCertificate> certificates = new LinkedHashMap<>();
        current.certificates().forEach(c -> certificates.put(c.number(), c));
        row.certificates().forEach(c -> certificates.put(c.number(), c));
        return row.toBuilder()
                .phone(row.phone().or(current::phone).orElse(null))
                .certificates(new ArrayList<>(certificates.values()))
                .build();
    }

}
