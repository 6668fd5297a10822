package org.talentregistry.exchange;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.talentregistry.artisan.Region;
import org.talentregistry.exchange.internal.SheetWriter;

/**
 * How an import runs: all or nothing or the good rows, what a matching artisan's row does, which header
 * names which field, progress and cancellation, whether rows the sheet hides are read, and whether the
 * refused rows are written back as a sheet. {@link #defaults()} imports the good rows, updates matching
 * artisans, finds columns by the headers offices write, in Chinese or English, and refuses hidden rows.
 */
public final class ImportOptions {
    /**
     * Where the rows an import refuses are written back: the sheet's own title and header, then each refused
     * row as the file had it, with the reasons in two more columns (问题说明 in Chinese, Problems in English),
     * so that the office mends the rows in place and imports that sheet again (the two columns are not read).
     * A problem of the whole file (a missing column, a file that is no sheet, a CSV that breaks off) is a row
     * of its own with only the reasons. Votes the registry refuses within a batch of ballots (an unknown
     * nominee, a round not in voting) are counted in the report but have no row here: the registry says how
     * many, not which.
     *
     * @param format the format to write, not null
     * @param out the stream, written as the import goes and left open, not null
     * @param personalData whether identity numbers and phones are shown: only {@link
     *     ExportOptions#revealingPersonalData()} shows them (a sheet to import again needs them whole); any
     *     other options mask them, as the report does. With a {@link ExportOptions#withPassword password}, the
     *     sheet is an XLSX workbook encrypted with it
     */
    public record RefusedRows(SheetFormat format, OutputStream out, ExportOptions personalData) {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         * @throws org.talentregistry.InvalidFieldException naming {@code personalData} if it has a password
         *     and the format is CSV or {@code registry-exchange-xls}, which encrypts the workbook, is absent
         */
        public RefusedRows {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(personalData, "personalData");
            SheetWriter.requireEncryptable(format, personalData, "personalData");
        }

        /**
         * Tells whether identity numbers and phones are written whole.
         *
         * @return true only for {@link ExportOptions#revealingPersonalData()}
         */
        public boolean revealsPersonalData() {
            return personalData.revealsPersonalData() && personalData.consentPurpose().isEmpty();
        }
    }

    private final ImportMode mode;
    private final MatchPolicy matchPolicy;
    private final Map<String, String> columns;
    private final Map<String, Region> regions;
    private final int batchSize;
    private final Consumer<ImportProgress> progress;
    private final BooleanSupplier cancelled;
    private final int maxProblems;
    private final RefusedRows refusedRows;
    private final boolean readsHiddenRows;
    private final YearMonthDates yearMonthDates;

    private ImportOptions(Builder b) {
        this.mode = b.mode;
        this.matchPolicy = b.matchPolicy;
        this.columns = Map.copyOf(b.columns);
        this.regions = Map.copyOf(b.regions);
        this.batchSize = b.batchSize;
        this.progress = b.progress;
        this.cancelled = b.cancelled;
        this.maxProblems = b.maxProblems;
        this.refusedRows = b.refusedRows;
        this.readsHiddenRows = b.readsHiddenRows;
        this.yearMonthDates = b.yearMonthDates;
    }

    /**
     * Returns the default options.
     *
     * @return the options, not null
     */
    public static ImportOptions defaults() {
        return builder().build();
    }

    /**
     * Returns a builder starting from the defaults.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the mode.
     *
     * @return the mode, not null
     */
    public ImportMode mode() {
        return mode;
    }

    /**
     * Returns what a row matching a registered artisan does.
     *
     * @return the policy, not null
     */
    public MatchPolicy matchPolicy() {
        return matchPolicy;
    }

    /**
     * Returns the declared headers by field, beside the default ones.
     *
     * @return header by field name, not null, unmodifiable
     */
    public Map<String, String> columns() {
        return columns;
    }

    /**
     * Returns the regions by name, for sheets with a district's name but no division code.
     *
     * @return region by name, not null, unmodifiable
     */
    public Map<String, Region> regions() {
        return regions;
    }

    /**
     * Returns the rows written per transaction.
     *
     * @return the batch size, 1 to 10,000
     */
    public int batchSize() {
        return batchSize;
    }

    /**
     * Returns the listener told of progress after every batch.
     *
     * @return the listener, not null
     */
    public Consumer<ImportProgress> progress() {
        return progress;
    }

    /**
     * Returns the check asked between batches whether to stop.
     *
     * @return the check, not null
     */
    public BooleanSupplier cancelled() {
        return cancelled;
    }

    /**
     * Returns how many problems a report keeps; the rest are counted only.
     *
     * @return the limit, positive
     */
    public int maxProblems() {
        return maxProblems;
    }

    /**
     * Returns where the refused rows are written back, if anywhere.
     *
     * @return the target, or empty
     */
    public Optional<RefusedRows> refusedRows() {
        return Optional.ofNullable(refusedRows);
    }

    /**
     * Tells whether rows an XLSX sheet hides (filtered out or collapsed) are read as the others are, rather
     * than refused.
     *
     * @return true if they are read
     */
    public boolean readsHiddenRows() {
        return readsHiddenRows;
    }

    /**
     * Returns what a date given as a year and a month only becomes.
     *
     * @return {@link YearMonthDates#REFUSED} unless set, not null
     */
    public YearMonthDates yearMonthDates() {
        return yearMonthDates;
    }

    /** Builds {@link ImportOptions}. */
    public static final class Builder {
        private ImportMode mode = ImportMode.GOOD_ROWS;
        private MatchPolicy matchPolicy = MatchPolicy.UPDATE;
        private final Map<String, String> columns = new LinkedHashMap<>();
        private final Map<String, Region> regions = new HashMap<>();
        private int batchSize = 1000;
        private Consumer<ImportProgress> progress = p -> { };
        private BooleanSupplier cancelled = () -> false;
        private int maxProblems = 10_000;
        private RefusedRows refusedRows;
        private boolean readsHiddenRows;
        private YearMonthDates yearMonthDates = YearMonthDates.REFUSED;

        private Builder() {
        }

        /**
         * Sets the mode; the default is {@link ImportMode#GOOD_ROWS}.
         *
         * @param mode the mode, not null
         * @return this builder
         * @throws NullPointerException if the mode is null
         */
        public Builder mode(ImportMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Sets what a row matching a registered artisan does; the default is {@link MatchPolicy#UPDATE}.
         *
         * @param policy the policy, not null
         * @return this builder
         * @throws NullPointerException if the policy is null
         */
        public Builder matchPolicy(MatchPolicy policy) {
            this.matchPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Declares the header of a field's column, for sheets whose headers the defaults do not know. The
         * default headers still match.
         *
         * @param field a field of the kind imported, see {@link SheetKind#fields()}, not null
         * @param header the header as the sheet writes it, not null
         * @return this builder
         * @throws NullPointerException if a value is null
         */
        public Builder column(String field, String header) {
            columns.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(header, "header"));
            return this;
        }

        /**
         * Adds regions by name, for sheets that give a district's name (所在区县) without its division code.
         *
         * @param byName region by the name the sheets write, not null; copied
         * @return this builder
         * @throws NullPointerException if the map, a key or a value is null
         */
        public Builder regions(Map<String, Region> byName) {
            byName.forEach((k, v) -> regions.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
            return this;
        }

        /**
         * Sets the rows written per transaction; the default is 1,000.
         *
         * @param size 1 to 10,000
         * @return this builder
         * @throws IllegalArgumentException if the size is out of range
         */
        public Builder batchSize(int size) {
            if (size < 1 || size > 10_000) {
                throw new IllegalArgumentException("batchSize: must be 1 to 10,000, got " + size);
            }
            this.batchSize = size;
            return this;
        }

        /**
         * Sets a listener told of progress after every batch, on the importing thread. It should not throw: an
         * exception it throws ends the import there and reaches the caller as it is, with the batches written
         * so far kept, in either mode (an {@link ImportMode#ALL_OR_NOTHING} import's writing pass is batched
         * too). To stop an import, use {@link #cancelWhen}.
         *
         * @param listener the listener, not null
         * @return this builder
         * @throws NullPointerException if the listener is null
         */
        public Builder onProgress(Consumer<ImportProgress> listener) {
            this.progress = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Sets a check asked between batches: once it answers true the import stops. Batches already
         * written stay written in {@link ImportMode#GOOD_ROWS}; an {@link ImportMode#ALL_OR_NOTHING} import
         * stopped while it reads writes nothing, and is not stopped once it writes.
         *
         * @param check the check, not null
         * @return this builder
         * @throws NullPointerException if the check is null
         */
        public Builder cancelWhen(BooleanSupplier check) {
            this.cancelled = Objects.requireNonNull(check, "check");
            return this;
        }

        /**
         * Sets how many problems a report keeps (the default 10,000); the rest are counted only, so that a
         * wholly wrong file of 100,000 rows does not fill the memory.
         *
         * @param limit positive
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder maxProblems(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("maxProblems: must be positive, got " + limit);
            }
            this.maxProblems = limit;
            return this;
        }

        /**
         * Sets whether rows an XLSX sheet hides are read. By default each is refused, saying that it is hidden:
         * an office that filters a list (筛选) before sending it sends the rows it shows, and a row it filtered
         * out (an applicant not approved, a vote struck off) must not be imported for it; nor is it dropped
         * without a word, since a collapsed group hides rows too. Read them when the office says the whole sheet
         * is meant. The bureau's priority sheet answers every row, hidden or not.
         *
         * @param read true to read hidden rows as the others
         * @return this builder
         */
        public Builder readHiddenRows(boolean read) {
            this.readsHiddenRows = read;
            return this;
        }

        /**
         * Sets what a date given as a year and a month only (1996年7月, 1996-07, 1996.07, 199607) becomes, in every
         * date column of the sheet; by default it is refused. A year alone is refused whatever this says, and so
         * is a month written after a dot as {@code 1996.1}, which Excel also stores for 1996.10 typed as a number.
         *
         * @param dates the first or last day of the month, or refused; not null
         * @return this builder
         * @throws NullPointerException if the value is null
         */
        public Builder yearMonthDates(YearMonthDates dates) {
            this.yearMonthDates = Objects.requireNonNull(dates, "dates");
            return this;
        }

        /**
         * Writes the rows the import refuses back as a sheet to mend and import again (see {@link
         * RefusedRows}), as the import goes. Options with a stream serve one import: a second import with
         * them writes a second sheet after the first.
         *
         * @param format the format, not null
         * @param out the stream, left open, not null
         * @param personalData {@link ExportOptions#revealingPersonalData()} to write identity numbers and phones
         *     whole, for a sheet the office can import again; anything else masks them. With a password, the
         *     sheet is an XLSX workbook locked with it
         * @return this builder
         * @throws NullPointerException if a value is null
         * @throws org.talentregistry.InvalidFieldException naming {@code personalData} if it has a password
         *     and the format is CSV or {@code registry-exchange-xls} is absent
         */
        public Builder refusedRowsTo(SheetFormat format, OutputStream out, ExportOptions personalData) {
            this.refusedRows = new RefusedRows(format, out, personalData);
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options, not null
         */
        public ImportOptions build() {
            return new ImportOptions(this);
        }
    }
}
