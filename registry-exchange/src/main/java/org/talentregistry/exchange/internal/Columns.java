package org.talentregistry.exchange.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.SheetKind;
import org.talentregistry.exchange.YearMonthDates;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.pool.MediaKind;
import org.talentregistry.pool.TalkKind;

/**
 * The columns of one kind of sheet: for each field, the headers offices write in Chinese and English,
 * whether it is required, a sample value for the template and, for enumerations, the accepted values.
 */
public final class Columns {
    /** A field of a sheet. */
    public record Column(String field, String headerZh, String headerEn, boolean required, boolean personal,
            String sample, List<String> choices, List<String> aliases) {
    }

    private static final List<String> LEVELS = Arrays.stream(SkillLevel.values()).map(SkillLevel::chineseName).toList();
    private static final List<String> CHANNELS =
            Arrays.stream(NominationChannel.values()).map(NominationChannel::chineseName).toList();

    private static final Columns ARTISANS = new Columns(List.of(
            c("name", "姓名", "Name", true, false, "王建国", "名字"),
            c("residentId", "公民身份号码", "Resident ID", true, true, "370303197805120132",
                    "身份证号", "身份证号码", "居民身份证号", "居民身份证号码", "身份证", "证件号码", "id number", "residentid"),
            c("phone", "手机号", "Phone", false, true, "13812345678", "手机号码", "联系电话", "电话", "联系方式", "mobile"),
            c("employerName", "工作单位", "Employer", true, false, "淄博张店汽车维修有限公司",
                    "单位名称", "所在单位", "单位", "employer name"),
            c("creditCode", "统一社会信用代码", "Credit code", true, false, "91370303MA3C0001K0",
                    "单位统一社会信用代码", "信用代码", "unified social credit code"),
            c("occupationName", "职业(工种)", "Occupation", true, false, "汽车维修工", "职业", "工种", "occupation name"),
            c("occupationCode", "职业代码", "Occupation code", true, false, "4-12-01-01", "职业编码", "工种代码"),
            c("regionName", "所在区县", "District", true, false, "张店区", "区县", "所在区(县)", "region", "region name"),
            c("regionCode", "区县代码", "District code", false, false, "370303", "行政区划代码", "区划代码", "region code"),
            c("startedInTradeOn", "从业起始日期", "Started in trade", true, false, "1996-07-01",
                    "参加工作时间", "参加工作日期", "从业时间", "入行日期", "started in trade on"),
            cc("skillLevel", "技能等级", "Skill level", false, false, "技师", LEVELS, "职业技能等级", "等级", "level"),
            c("certificateNumber", "证书编号", "Certificate number", false, false, "T2012-0033", "证书号", "certificate no"),
            c("issuer", "发证机关", "Issuer", false, false, "淄博市人力资源和社会保障局", "发证单位", "评价机构", "issued by"),
            c("issuedOn", "发证日期", "Issued on", false, false, "2012-03-01", "发证时间", "取证日期", "issue date"),
            c("validUntil", "有效期至", "Valid until", false, false, "", "证书有效期至", "有效期", "expires on")));

    private static final Columns NOMINATIONS = new Columns(List.of(
            c("residentId", "公民身份号码", "Resident ID", true, true, "370303197805120132",
                    "身份证号", "身份证号码", "居民身份证号", "身份证", "id number", "residentid"),
            c("name", "姓名", "Name", true, false, "王建国"),
            cc("channel", "推荐方式", "Channel", true, false, "个人自荐", CHANNELS, "申报渠道", "推荐渠道", "申报方式"),
            c("nominator", "推荐单位(人)", "Nominator", true, false, "王建国", "推荐单位", "推荐人", "申报人"),
            cc("inService", "是否在岗", "In service", false, false, "是", List.of("是", "否"), "是否在职", "在职", "在岗"),
            c("disqualifyingRecord", "违法违纪记录", "Disqualifying record", false, false, "",
                    "违法违纪情况", "不良记录", "record")));

    private static final Columns BALLOTS = new Columns(List.of(
            c("nominationId", "候选人编号", "Nomination ID", true, false, "1", "候选编号", "编号", "nominee", "nomination"),
            c("voter", "投票IP", "Voter", true, true, "202.110.1.7", "IP", "IP地址", "投票人", "账号", "voter ip"),
            c("castAt", "投票时间", "Cast at", true, false, "2018-06-01 10:15:00", "时间", "cast time")));

    private static final Columns PRIORITY = new Columns(List.of(
            c("residentId", "公民身份号码", "Resident ID", true, true, "370303197805120132",
                    "身份证号", "身份证号码", "居民身份证号", "身份证", "id number", "residentid"),
            c("name", "姓名", "Name", false, false, "王建国")));

    private static final List<String> TALK_KINDS = Arrays.stream(TalkKind.values()).map(TalkKind::chineseName).toList();
    private static final List<String> MEDIA_KINDS = Arrays.stream(MediaKind.values()).map(MediaKind::chineseName).toList();

    private static final Columns TRAININGS = new Columns(List.of(
            c("residentId", "公民身份号码", "Resident ID", true, true, "370303197805120132",
                    "身份证号", "身份证号码", "居民身份证号", "身份证", "id number", "residentid"),
            c("name", "姓名", "Name", true, false, "王建国"),
            c("course", "培训班名称", "Course", true, false, "淄博市工匠创新能力提升培训班",
                    "培训名称", "培训项目", "培训班", "课程名称", "课程", "course name"),
            c("organiser", "主办单位", "Organiser", true, false, "淄博市总工会", "举办单位", "培训机构", "承办单位", "organizer"),
            c("firstDay", "开始日期", "First day", true, false, "2017-05-15",
                    "培训开始日期", "开班日期", "起始日期", "培训日期", "start date", "from"),
            c("lastDay", "结束日期", "Last day", false, false, "2017-05-19", "培训结束日期", "结业日期", "end date", "to"),
            c("hours", "学时", "Hours", true, false, "40", "培训学时", "课时", "class hours"),
            c("result", "培训结果", "Result", false, false, "结业", "结业情况", "考核结果", "成绩")));

    private static final Columns CAMPUS_TALKS = new Columns(List.of(
            c("residentId", "公民身份号码", "Resident ID", true, true, "370303197805120132",
                    "身份证号", "身份证号码", "居民身份证号", "身份证", "id number", "residentid"),
            c("name", "姓名", "Name", true, false, "王建国"),
            c("school", "学校", "School", true, false, "淄博职业学院", "宣讲学校", "学校名称", "school name"),
            c("day", "宣讲日期", "Day", true, false, "2017-04-20", "活动日期", "日期", "date"),
            cc("talkKind", "宣讲形式", "Talk kind", true, false, "工匠报告会", TALK_KINDS, "活动形式", "形式", "talk"),
            c("audience", "听众人数", "Audience", false, false, "300", "参与人数", "受众人数", "人数")));

    private static final Columns MEDIA_FEATURES = new Columns(List.of(
            c("residentId", "公民身份号码", "Resident ID", true, true, "370303197805120132",
                    "身份证号", "身份证号码", "居民身份证号", "身份证", "id number", "residentid"),
            c("name", "姓名", "Name", true, false, "王建国"),
            c("outlet", "媒体", "Outlet", true, false, "淄博电视台", "媒体名称", "发布平台", "平台", "栏目"),
            cc("mediaKind", "宣传形式", "Media kind", true, false, "电视访谈", MEDIA_KINDS, "报道形式", "形式", "media"),
            c("day", "发布日期", "Day", true, false, "2017-06-02", "播出日期", "刊发日期", "日期", "date"),
            c("title", "标题", "Title", true, false, "《小语访谈》：汽修工匠王建国", "节目名称", "作品名称", "题目"),
            c("link", "链接", "Link", false, false, "", "网址", "链接地址", "url")));

    private static final Columns POOL_MEMBERS = new Columns(List.of(
            c("residentId", "公民身份号码", "Resident ID", true, true, "370303197805120132",
                    "身份证号", "身份证号码", "居民身份证号", "身份证", "id number", "residentid"),
            c("name", "姓名", "Name", true, false, "王建国"),
            c("source", "纳入依据", "Source", true, false, "淄博市首席技师（2016年）", "入库依据", "纳入来源", "入库来源", "来源"),
            c("since", "纳入日期", "Since", true, false, "2016-12-01", "入库日期", "入库时间", "纳入时间")));

    /** How a note below a list begins: who filled it in or checked it, when, a remark, a total. */
    private static final Pattern NOTE = Pattern.compile("(填表人|填报人|制表人|审核人|负责人|联系人|联系电话|填表日期|填报日期|"
            + "制表日期|单位盖章|盖章|合计|总计|小计)\\s*([：:]|$)|(注|备注|说明)\\s*([：:（(]|[0-9０-９一二三四五六七八九十]|$)");

    /**
     * The fields holding codes, numbers and dates, whose full-width digits and letters are read as ASCII. Names
     * and other text keep theirs.
     */
    static final Set<String> CODES = Set.of("residentId", "phone", "creditCode", "occupationCode",
            "regionCode", "startedInTradeOn", "certificateNumber", "issuedOn", "validUntil", "nominationId", "voter",
            "castAt", "firstDay", "lastDay", "hours", "day", "audience", "since");

    private final List<Column> columns;
    private final Map<String, Alias> byAlias = new HashMap<>();
    private final Map<String, Column> byField = new LinkedHashMap<>();

    /**
     * A header a column goes by, and how closely it names the field: 0 for the header the caller declared, 1
     * for the field's own headers, then the aliases in their order, the more specific first (手机号码 before
     * 联系电话). Where a sheet has two columns of one field, the closer name is read first.
     */
    private record Alias(Column column, int rank) {
    }

    private Columns(List<Column> columns) {
        this.columns = columns;
        for (Column column : columns) {
            byField.put(column.field(), column);
            byAlias.put(normalize(column.field()), new Alias(column, 1));
            byAlias.put(normalize(column.headerZh()), new Alias(column, 1));
            byAlias.put(normalize(column.headerEn()), new Alias(column, 1));
            for (int i = 0; i < column.aliases().size(); i++) {
                byAlias.put(normalize(column.aliases().get(i)), new Alias(column, 2 + i));
            }
        }
    }

    private static Column c(String field, String zh, String en, boolean required, boolean personal, String sample,
            String... aliases) {
        return new Column(field, zh, en, required, personal, sample, List.of(), List.of(aliases));
    }

    private static Column cc(String field, String zh, String en, boolean required, boolean personal, String sample,
            List<String> choices, String... aliases) {
        return new Column(field, zh, en, required, personal, sample, choices, List.of(aliases));
    }

    /**
     * Returns the columns of a kind of sheet.
     *
     * @param kind the kind
     * @return its columns
     */
    public static Columns of(SheetKind kind) {
        return switch (kind) {
            case ARTISANS -> ARTISANS;
            case NOMINATIONS -> NOMINATIONS;
            case BALLOTS -> BALLOTS;
            case PRIORITY_SHEET -> PRIORITY;
            case TRAININGS -> TRAININGS;
            case CAMPUS_TALKS -> CAMPUS_TALKS;
            case MEDIA_FEATURES -> MEDIA_FEATURES;
            case POOL_MEMBERS -> POOL_MEMBERS;
        };
    }

    /**
     * Returns the columns in template order.
     *
     * @return the columns
     */
    public List<Column> all() {
        return columns;
    }

    /**
     * Returns the field names in template order.
     *
     * @return the names
     */
    public List<String> fields() {
        return List.copyOf(byField.keySet());
    }

    /**
     * Returns a field's column.
     *
     * @param field the field name
     * @return the column
     */
    public Column field(String field) {
        return byField.get(field);
    }

    /**
     * Headers compare without any white space (offices break long headers over lines in a cell) or invisible
     * characters (a byte-order mark, a zero-width space from a header pasted off a web page), with
     * full-width brackets read as ASCII ones and without asterisks at either end (offices mark required
     * columns so), in any case.
     */
    static String normalize(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '（') {
                b.append('(');
            } else if (c == '）') {
                b.append(')');
            } else if (c != '_' && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !CellText.invisible(c)) {
                b.append(c);
            }
        }
        String s = b.toString();
        while (s.endsWith("*")) {
            s = s.substring(0, s.length() - 1);
        }
        while (s.startsWith("*")) {
            s = s.substring(1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a header's column: by the header as written, else without the notes offices put in brackets at
     * its end ({@code 身份证号（18位）}, {@code 联系电话(手机)(选填)}), one at a time, so that a header whose own
     * name ends in brackets ({@code 职业（工种）}) is still found as itself first.
     */
    private static Alias find(Map<String, Alias> aliases, String header) {
        String s = normalize(header);
        Alias alias = aliases.get(s);
        while (alias == null && s.endsWith(")")) {
            int open = s.lastIndexOf('(');
            if (open <= 0) {
                return null;
            }
            s = s.substring(0, open);
            while (s.endsWith("*")) {
                s = s.substring(0, s.length() - 1);
            }
            alias = aliases.get(s);
        }
        return alias;
    }

    /**
     * Counts the cells of a row that name a column of this sheet, so that the header can be told from a
     * title or a note above it.
     *
     * @param cells the row's cells
     * @param declared headers the caller declared, by field; a field that is not this sheet's is ignored here
     *     and reported by {@link #layout}
     * @return how many distinct columns the row names
     */
    public int recognized(List<String> cells, Map<String, String> declared) {
        Map<String, Alias> aliases = aliases(declared, false);
        Set<String> fields = new HashSet<>();
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                Alias alias = find(aliases, cell);
                if (alias != null) {
                    fields.add(alias.column().field());
                }
            }
        }
        return fields.size();
    }

    private Map<String, Alias> aliases(Map<String, String> declared, boolean strict) {
        Map<String, Alias> aliases = new HashMap<>(byAlias);
        declared.forEach((field, header) -> {
            Column column = byField.get(field);
            if (column != null) {
                aliases.put(normalize(header), new Alias(column, 0));
            } else if (strict) {
                throw new IllegalArgumentException("columns: '" + field + "' is not a field of this sheet; fields are "
                        + String.join(", ", byField.keySet()));
            }
        });
        return aliases;
    }

    /**
     * Matches a sheet's header row to fields; a file that is no sheet is reported as it is, with no layout.
     *
     * @param reader the sheet
     * @param declared headers the caller declared, by field
     * @param problems where the file's problem, a missing required column or an unknown declared field is
     *     reported
     * @return the column index of each field found
     */
    public Layout layout(SheetReader reader, Map<String, String> declared, List<RowProblem> problems) {
        Optional<RowProblem> unreadable = reader.unreadable();
        if (unreadable.isPresent()) {
            aliases(declared, true);
            problems.add(unreadable.get());
            return new Layout(Map.of(), Map.of(), List.of(), this, YearMonthDates.REFUSED);
        }
        return layout(reader.headers(), declared, problems);
    }

    /**
     * Matches a header row to fields.
     *
     * @param headers the header row as read
     * @param declared headers the caller declared, by field
     * @param problems where a missing required column or an unknown declared field is reported
     * @return the column index of each field found
     */
    public Layout layout(List<String> headers, Map<String, String> declared, List<RowProblem> problems) {
        Map<String, Alias> aliases = aliases(declared, true);
        // Each field's columns, the closest name first, then in sheet order.
        Map<String, List<int[]>> found = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header == null || header.isBlank()) {
                continue;
            }
            Alias alias = find(aliases, header);
            if (alias != null) {
                found.computeIfAbsent(alias.column().field(), f -> new ArrayList<>()).add(new int[] {alias.rank(), i});
            }
        }
        Map<String, Integer> index = new HashMap<>();
        Map<String, List<Integer>> more = new HashMap<>();
        found.forEach((field, at) -> {
            at.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
            index.put(field, at.get(0)[1]);
            if (at.size() > 1) {
                more.put(field, at.subList(1, at.size()).stream().map(a -> a[1]).toList());
            }
        });
        List<String> originals = new ArrayList<>(headers);
        for (Column column : columns) {
            if (column.required() && !index.containsKey(column.field())
                    && !("regionCode".equals(column.field()) || "regionName".equals(column.field()) && index.containsKey("regionCode"))) {
                problems.add(new RowProblem(0, column.headerZh(), "", RowProblem.Kind.LAYOUT,
                        "缺少必填列「" + column.headerZh() + "」" + (zhAliases(column).isEmpty() ? ""
                                : "（也可写作：" + String.join("、", zhAliases(column)) + "）"),
                        "the required column '" + column.headerEn() + "' (" + column.headerZh() + ") is missing"));
            }
        }
        return new Layout(index, more, originals, this, YearMonthDates.REFUSED);
    }

    private static List<String> zhAliases(Column column) {
        return column.aliases().stream().filter(a -> !a.isEmpty() && a.codePointAt(0) > 0x2E80).collect(Collectors.toList());
    }

    /**
     * Where each field's column is in a sheet, and the sheet's own headers.
     *
     * @param index each field's first column
     * @param alternates further columns that name the same field (推荐单位 and 推荐人 both name the nominator),
     *     read where the first is blank; the first is the one whose header names the field most closely
     * @param headers the sheet's headers as written
     * @param columns the kind's columns
     * @param yearMonthDates what a date given as a year and a month becomes
     */
    public record Layout(Map<String, Integer> index, Map<String, List<Integer>> alternates, List<String> headers,
            Columns columns, YearMonthDates yearMonthDates) {
        /**
         * Returns this layout reading a date given as a year and a month as the import's options say.
         *
         * @param dates what such a date becomes
         * @return the layout
         */
        public Layout with(YearMonthDates dates) {
            return new Layout(index, alternates, headers, columns, dates);
        }

        /**
         * Returns a field's value in a row, cleaned (see {@link CellText}): from the field's first column, or where
         * that is blank from a further column naming the same field; empty if there is none or all are blank.
         *
         * @param row the row's cells
         * @param field the field
         * @return the value
         */
        public Optional<String> value(List<String> row, String field) {
            Optional<String> first = cell(row, field, index.get(field));
            if (first.isPresent() || !alternates.containsKey(field)) {
                return first;
            }
            for (int i : alternates.get(field)) {
                Optional<String> other = cell(row, field, i);
                if (other.isPresent()) {
                    return other;
                }
            }
            return Optional.empty();
        }

        /**
         * Returns a further column of a field whose value in a row contradicts the first column's, rather than
         * standing in for it: one headed as the first is (a column copied, lists pasted side by side), or any
         * further column of the identity number, which tells whose row it is. Other further columns name the
         * field differently and may hold something else (联系电话 an office's landline beside 手机号); they are
         * read only where the first is blank.
         *
         * @param row the row's cells
         * @param field the field
         * @return the contradicting column's index, or empty
         */
        public OptionalInt contradicting(List<String> row, String field) {
            List<Integer> more = alternates.get(field);
            if (more == null) {
                return OptionalInt.empty();
            }
            int at = index.get(field);
            Optional<String> first = cell(row, field, at);
            if (first.isEmpty()) {
                return OptionalInt.empty();
            }
            for (int i : more) {
                boolean sameHeader = normalize(headers.get(i)).equals(normalize(headers.get(at)));
                if (sameHeader || "residentId".equals(field)) {
                    Optional<String> other = cell(row, field, i);
                    if (other.isPresent() && !other.get().equalsIgnoreCase(first.get())) {
                        return OptionalInt.of(i);
                    }
                }
            }
            return OptionalInt.empty();
        }

        /**
         * Returns the personal field (an identity number, a phone, a voter) whose column, first or further, a
         * column of the sheet is.
         *
         * @param column the column's index
         * @return the field, or null if the column holds none
         */
        public String personalFieldAt(int column) {
            for (Map.Entry<String, Integer> e : index.entrySet()) {
                if (columns.field(e.getKey()).personal() && (e.getValue() == column
                        || alternates.getOrDefault(e.getKey(), List.of()).contains(column))) {
                    return e.getKey();
                }
            }
            return null;
        }

        /**
         * Returns the header of a column of the sheet.
         *
         * @param i the column's index
         * @return its header as written
         */
        public String headerAt(int i) {
            return headers.get(i);
        }

        private static Optional<String> cell(List<String> row, String field, Integer i) {
            if (i == null || i >= row.size() || row.get(i) == null) {
                return Optional.empty();
            }
            String v = CellText.clean(row.get(i), CODES.contains(field));
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        /**
         * Returns the header a field's column has in this sheet, or its Chinese header if absent.
         *
         * @param field the field
         * @return the header
         */
        public String header(String field) {
            Integer i = index.get(field);
            return i != null ? headers.get(i) : columns.field(field).headerZh();
        }

        /**
         * Tells whether the sheet has a field's column.
         *
         * @param field the field
         * @return true if present
         */
        public boolean has(String field) {
            return index.containsKey(field);
        }

        /**
         * Tells whether a row below the header is none of the sheet's records but what offices put between or
         * after them: the header again (lists pasted together, each with its header), or a note, whose first
         * cell is a label no record's first cell can be (填表人：…, 联系电话：…, 注：…, 说明（一）, 合计).
         *
         * @param cells the row's cells
         * @return true if the row is to be passed over
         */
        public boolean isNotARecord(List<String> cells) {
            return repeatsTheHeader(cells) || isNote(cells);
        }

        /**
         * Tells whether a row is the template's sample (王建国 …): every column of the sheet that has a sample
         * holds exactly it. Left in above an office's own rows, it is no record of theirs.
         *
         * @param cells the row's cells
         * @return true if the row is the sample
         */
        public boolean isTheTemplatesSample(List<String> cells) {
            int matched = 0;
            for (Map.Entry<String, Integer> e : index.entrySet()) {
                String sample = columns.field(e.getKey()).sample();
                if (sample.isEmpty()) {
                    continue;
                }
                if (!value(cells, e.getKey()).orElse("").equals(sample)) {
                    return false;
                }
                matched++;
            }
            return matched >= 2;
        }

        private boolean repeatsTheHeader(List<String> cells) {
            boolean any = false;
            for (int i = 0; i < Math.max(headers.size(), cells.size()); i++) {
                String header = i < headers.size() && headers.get(i) != null ? normalize(headers.get(i)) : "";
                String cell = i < cells.size() && cells.get(i) != null ? normalize(cells.get(i)) : "";
                if (!header.equals(cell)) {
                    return false;
                }
                any |= !header.isEmpty();
            }
            return any;
        }

        private boolean isNote(List<String> cells) {
            String first = null;
            for (String cell : cells) {
                if (cell != null && !cell.isBlank()) {
                    first = CellText.clean(cell, false);
                    break;
                }
            }
            return first != null && NOTE.matcher(first).lookingAt();
        }
    }
}
