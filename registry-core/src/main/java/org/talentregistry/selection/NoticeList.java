package org.talentregistry.selection;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.talentregistry.internal.Csv;
import org.talentregistry.internal.PersonalNumbers;

/**
 * A round's public notice list (公示名单), ready to publish: a header with the program, the year, the notice
 * period and where objections go, then the nominees proposed for naming in the ranking's order. It carries
 * only what may be published (see {@link NoticeEntry}).
 *
 * @param roundId the round
 * @param programName the program, e.g. {@code 淄博金牌工匠}
 * @param year the round's year
 * @param noticeStart the first day of the notice
 * @param noticeEnd the last day of the notice
 * @param workingDays the notice's length in working days
 * @param objectionChannel where and how objections are filed
 * @param withMeritSummary whether the list has a merit-summary column
 * @param entries the nominees, in the ranking's order, unmodifiable
 */
public record NoticeList(RoundId roundId, String programName, int year, LocalDate noticeStart, LocalDate noticeEnd,
        int workingDays, String objectionChannel, boolean withMeritSummary, List<NoticeEntry> entries) {
    /**
     * Creates a list.
     *
     * @throws NullPointerException if a component is null
     */
    public NoticeList {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(programName, "programName");
        Objects.requireNonNull(noticeStart, "noticeStart");
        Objects.requireNonNull(noticeEnd, "noticeEnd");
        Objects.requireNonNull(objectionChannel, "objectionChannel");
        entries = List.copyOf(entries);
    }

    /**
     * Returns the header lines: title, notice period, objection channel.
     *
     * @return three lines, not null
     */
    public List<String> header() {
        return List.of(year + "年" + programName + "拟命名人选公示",
                "公示期：" + noticeStart + " 至 " + noticeEnd + "（" + workingDays + "个工作日）",
                "异议受理：" + objectionChannel);
    }

    /**
     * Returns the column titles.
     *
     * @return the titles, with 事迹简介 last if the list has merit summaries, not null
     */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("序号", "姓名", "工作单位", "职业（工种）", "拟命名称号"));
        if (withMeritSummary) {
            columns.add("事迹简介");
        }
        return List.copyOf(columns);
    }

    /**
     * Returns the list as plain text: the header, a blank line, the column titles and one line per
     * nominee, cells separated by two spaces.
     *
     * @return the text, lines separated by {@code \n}, not null
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        header().forEach(line -> out.append(line).append('\n'));
        out.append('\n').append(String.join("  ", columns())).append('\n');
        for (List<String> row : rows()) {
            out.append(String.join("  ", row)).append('\n');
        }
        return out.toString();
    }

    /**
     * Returns the list as CSV that Excel opens as it is: UTF-8 with a byte-order mark, RFC 4180 quoting, the
     * header lines as one-cell rows, a blank row, the column titles, one row per nominee. A cell that a
     * spreadsheet would run as a formula is neutralised with a leading apostrophe.
     *
     * @return the bytes, not null
     */
    public byte[] toCsv() {
        List<List<String>> rows = new ArrayList<>();
        header().forEach(line -> rows.add(List.of(line)));
        rows.add(List.of());
        rows.add(columns());
        rows.addAll(rows());
        return Csv.write(rows);
    }

    /**
     * Writes {@link #toCsv()} to a stream, which is left open.
     *
     * @param out the stream, not null
     * @throws IOException if the stream fails
     */
    public void writeCsv(OutputStream out) throws IOException {
        out.write(toCsv());
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (NoticeEntry e : entries) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(e.position()), e.name(), e.employerName(),
                    e.trade(), e.tierName()));
            if (withMeritSummary) {
                // Refused when recorded; masked here too, for a summary recorded before that check knew its form.
                row.add(PersonalNumbers.mask(e.meritSummary().orElse("")));
            }
            rows.add(row);
        }
        return rows;
    }
}
