package org.talentregistry.exchange.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.PhoneNumber;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.internal.Columns.Layout;
import org.talentregistry.exchange.internal.SheetReader.SheetRow;

/**
 * Reads the fields of one row through the core's value types, turning each refusal into a problem naming
 * the row, the column as the sheet heads it, the value (masked if personal) and the reason.
 */
final class RowFields {
    /**
     * A number as Excel shows one of more than fifteen digits, in which form it writes it to a CSV and which
     * {@link SheetReader} gives for such a number cell: {@code 3.70303E+17}.
     */
    private static final Pattern EXCEL_NUMBER = Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+[0-9]+");
    /**
     * Personal data standing alone in a cell of a column that should hold none: an identity number (18
     * characters or the old 15 digits, also as 6, 8 and 4 or 6, 4, 4 and 4 characters with spaces or hyphens
     * between), a mobile number (with or without +86 or 0086, in groups of 3, 4 and 4), a fixed-line number
     * with its area code (0533-2181234), or an IP address (a voter's, from a ballot log whose columns
     * slipped). Matched after full-width digits are read as ASCII.
     */
    private static final Pattern STRAY = Pattern.compile("(?<![0-9A-Za-z])(?:"
            + "(?<id>[0-9]{17}[0-9Xx]|[0-9]{15}|[0-9]{6}[ -][0-9]{8}[ -][0-9]{3}[0-9Xx]|[0-9]{6}(?:[ -][0-9]{4}){2}[ -][0-9]{3}[0-9Xx])"
            + "|(?<mobile>(?:(?:\\+|00)?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2})"
            + "|(?<fixed>\\(?(?<area>0[1-9][0-9]{1,2})\\)?[ -]?[1-9][0-9]{6,7})"
            + ")(?![0-9A-Za-z])"
            + "|(?<![0-9.])(?<ipv4>(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))"
            + "(?![0-9]|\\.[0-9])"
            + "|(?<![0-9A-Za-z:])(?<ipv6>[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Za-z:])");
    /** Why a value {@link #cutByExcel} is refused, after the column's header. */
    static final String CUT_BY_EXCEL_ZH = "被Excel存成了数字（显示为科学计数法），第15位以后的数字已经丢失：请把该列设为「文本」格式，"
            + "重新录入后再导入";
    static final String CUT_BY_EXCEL_EN = "was stored by Excel as a number (shown in scientific notation), which loses "
            + "every digit after the fifteenth: format the column as text, enter the values again and import the "
            + "sheet again";

    private final SheetRow row;
    private final Layout layout;
    private final List<RowProblem> problems = new ArrayList<>(2);

    RowFields(SheetRow row, Layout layout) {
        this.row = row;
        this.layout = layout;
    }

    long number() {
        return row.number();
    }

    Optional<String> text(String field) {
        return layout.value(row.cells(), field);
    }

    /**
     * Reads a date as the import's options say (see {@link Values#date(String, org.talentregistry.exchange.YearMonthDates)}).
     *
     * @param text the cell's text
     * @return the date
     * @throws IllegalArgumentException if the text is no date
     */
    LocalDate date(String text) {
        return Values.date(text, layout.yearMonthDates());
    }

    /** Reads a required field; a missing or refused value is a problem, and null is returned. */
    <T> T required(String field, Function<String, T> parse) {
        if (contradicted(field)) {
            return null;
        }
        Optional<String> value = text(field);
        if (value.isEmpty()) {
            problem(field, "", "为必填项，不能为空", "is required");
            return null;
        }
        return parse(field, value.get(), parse);
    }

    /** Reads an optional field: null if blank. */
    <T> T optional(String field, Function<String, T> parse) {
        if (contradicted(field)) {
            return null;
        }
        Optional<String> value = text(field);
        return value.isEmpty() ? null : parse(field, value.get(), parse);
    }

    /**
     * Tells whether two of a field's columns hold different values in this row where they should agree (see
     * {@link Layout#contradicting}); if so the row is refused with a problem naming both columns, since which
     * of them holds cannot be told.
     */
    boolean contradicted(String field) {
        OptionalInt other = layout.contradicting(row.cells(), field);
        if (other.isEmpty()) {
            return false;
        }
        String first = text(field).orElse("");
        String second = CellText.clean(row.cells().get(other.getAsInt()), Columns.CODES.contains(field));
        String otherHeader = layout.headerAt(other.getAsInt());
        String column = columnName(other.getAsInt());
        problems.add(new RowProblem(row.number(), layout.header(field), shown(field, first) + " / " + shown(field, second),
                RowProblem.Kind.INVALID,
                layout.header(field) + "与" + column + "列「" + otherHeader + "」的值不一致，无法确定以哪一列为准：请核对后只保留一列",
                layout.header(field) + " and column " + column + " (" + otherHeader + ") hold different values, so which"
                        + " one holds cannot be told: check them and keep one column"));
        return true;
    }

    /**
     * The problem of a row the sheet hides, refused unless the import reads hidden rows.
     *
     * @param row the row
     * @return the problem
     */
    static RowProblem hidden(SheetRow row) {
        return new RowProblem(row.number(), "", "", RowProblem.Kind.LAYOUT,
                "本行在表格中是隐藏的（被筛选掉或折叠），未导入：如确需导入，请取消隐藏后重新导入",
                "the row is hidden in the sheet (filtered out or collapsed) and was not imported: unhide it and import "
                        + "the sheet again if it is meant");
    }

    /** A column's name as a spreadsheet program shows it: A, B, …, Z, AA, … */
    static String columnName(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    private <T> T parse(String field, String value, Function<String, T> parse) {
        if (value.indexOf('\uFFFD') >= 0) {
            problem(field, value, "含有无法识别的字符（\uFFFD）：文件的编码可能与读取所用的不同，请另存为UTF-8或GBK编码后再导入",
                    "holds characters that could not be decoded (\uFFFD): the file's encoding may not be the one it "
                            + "was read in; save it as UTF-8 or GBK and import it again");
            return null;
        }
        if (value.indexOf('?') >= 0 && ("name".equals(field) || "employerName".equals(field))) {
            // What a GBK file holds where a character outside GBK was (刘䶮 saved by Excel's "CSV" as 刘?): no name has one.
            problem(field, value, "含有问号“?”：多半是文件另存为GBK编码时丢失的生僻字（如“䶮”），请另存为“CSV UTF-8”或.xlsx后再导入",
                    "holds a question mark '?': most likely a rare character lost when the file was saved in GBK (such as"
                            + " 䶮); save it as CSV UTF-8 or .xlsx and import it again");
            return null;
        }
        if (cutByExcel(value)) {
            // Never stored as it stands: a certificate number would be kept as 1.43700000030012E+15.
            problem(field, value, CUT_BY_EXCEL_ZH, CUT_BY_EXCEL_EN);
            return null;
        }
        try {
            return parse.apply(value);
        } catch (InvalidFieldException e) {
            problem(field, value, Values.zh(e), e.getProblem());
        } catch (IllegalArgumentException e) {
            String zh = switch (String.valueOf(e.getMessage())) {
                case "not a calendar date" -> "不是日历上的日期";
                case Values.YEAR_ONLY -> "只填了年份，还需要月和日（如1996年7月1日）";
                case Values.MONTH_ONLY -> "只填了年月，还需要日（如1996年7月1日）";
                case Values.TOO_LONG_NUMBER -> "数字过长（超过" + Values.LONGEST_NUMBER + "个字符）";
                case Values.JANUARY_OR_OCTOBER -> "写成了1996.1这样，无法确定是1月还是10月（Excel会把输入的1996.10存成1996.1）："
                        + "请写成1996-10或1996年10月";
                default -> "格式无法识别";
            };
            // Only the exchange's own reasons are quoted: another parser's message repeats the value unmasked.
            String en = !(e instanceof Values.Unreadable) ? "cannot be read"
                    : "not a calendar date".equals(e.getMessage()) ? "is not a calendar date"
                    : "cannot be read: " + e.getMessage();
            problem(field, value, zh, en);
        }
        return null;
    }

    /**
     * Tells whether a value is a number Excel cut to fifteen digits, as it shows one: {@code 3.70303E+17}.
     *
     * @param value a cell's text
     * @return true if it is
     */
    static boolean cutByExcel(String value) {
        // Every value of every row passes here: the pattern only for those with the exponent's plus sign.
        return value.indexOf('+') > 0 && EXCEL_NUMBER.matcher(value).matches();
    }

    /** Adds a problem with a field's value; personal values are masked. */
    void problem(String field, String value, String zh, String en) {
        problems.add(new RowProblem(row.number(), layout.header(field), shown(field, value),
                RowProblem.Kind.INVALID, layout.header(field) + zh, layout.header(field) + " " + en));
    }

    /** Adds a problem with the row as a whole, of a kind. */
    void problem(RowProblem.Kind kind, String field, String value, String zh, String en) {
        problems.add(new RowProblem(row.number(), field == null ? "" : layout.header(field),
                field == null ? "" : shown(field, value), kind, zh, en));
    }

    /** Maps a refusal by a builder that checks several fields together to the column it names. */
    void refused(InvalidFieldException e, String fallbackField) {
        String field = switch (e.getField()) {
            case "name", "residentId", "phone", "startedInTradeOn", "skillLevel", "creditCode" -> e.getField();
            case "employer.name" -> "employerName";
            case "employer.creditCode" -> "creditCode";
            case "occupation.code" -> "occupationCode";
            case "occupation.name" -> "occupationName";
            case "region.code" -> layout.has("regionCode") ? "regionCode" : "regionName";
            case "region.name" -> "regionName";
            case "certificate.level" -> "skillLevel";
            case "certificate.number" -> "certificateNumber";
            case "certificate.issuer" -> "issuer";
            case "certificates", "certificate.issuedOn" -> "issuedOn";
            case "certificate.validUntil" -> "validUntil";
            default -> fallbackField;
        };
        problem(field, text(field).orElse(""), Values.zh(e), e.getProblem());
    }

    private String shown(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return layout.columns().field(field).personal() ? mask(field, value) : maskStray(value);
    }

    /**
     * Masks what looks like an identity number, a phone number or an IP address (see {@link #STRAY}) in a
     * column that should hold none: a sheet whose columns slipped by one puts every row's identity number
     * under another header, a bureau's sheet carries a column of phones the exchange does not read, and the
     * report or the answer goes back to the office.
     *
     * @param value a value of a column that is not personal
     * @return the value with such numbers masked, their separators kept; the value itself if it holds none
     */
    static String maskStray(String value) {
        if (!mayHoldStray(value)) {
            return value;
        }
        // Full-width digits are matched as ASCII ones, one character for one, so the match's places are the
        // value's: what lies between the matches is copied from the value as it was written.
        Matcher m = STRAY.matcher(asciiDigits(value));
        StringBuilder b = new StringBuilder(value.length());
        int copied = 0;
        while (m.find()) {
            String found = m.group();
            String shown;
            if (m.group("id") != null) {
                shown = maskDigits(found, 4, 4);
            } else if (m.group("mobile") != null) {
                shown = maskDigits(found, digits(found) - 8, 2);
            } else if (m.group("fixed") != null) {
                shown = maskDigits(found, m.group("area").length(), 2);
            } else if (m.group("ipv4") != null) {
                shown = maskDigits(found, found.indexOf('.'), 0);
            } else if (found.contains("::") || found.chars().filter(c -> c == ':').count() == 7) {
                shown = found.substring(0, found.indexOf(':')) + found.substring(found.indexOf(':')).replaceAll("[0-9A-Fa-f]", "*");
            } else {
                // Colons between numbers, as in a time of day: no address.
                continue;
            }
            b.append(value, copied, m.start()).append(shown);
            copied = m.end();
        }
        if (copied == 0) {
            return value;
        }
        return b.append(value, copied, value.length()).toString();
    }

    /**
     * Whether a value may hold one of {@link #STRAY}'s forms, told in one pass without the pattern: seven digits
     * in a row, not run into letters, a group of three or more digits and, after one separator, one of four or more (138 1234 5678,
     * 0533-2181234), digits with three dots between them (an IPv4 address), or a run of colons and hexadecimal
     * digits with two colons together or seven in all (an IPv6 address). Dates (2018-06-13), times (10:01:00)
     * and the masked numbers of an audit snapshot have none of these, so the exports that mask free text (the
     * audit trail of a million events among them) run the pattern only where it can match.
     */
    static boolean mayHoldStray(String value) {
        int digits = 0;
        boolean glued = false;
        int groupBefore = 0;
        int dots = 0;
        int colons = 0;
        char last = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean digit = c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
            if (digit) {
                if (digits++ == 0) {
                    // A number run into letters (a credit code, 91370303MA3C0001K0) is none of the forms.
                    glued = letter(last);
                }
                if (groupBefore >= 3 && digits >= 4) {
                    return true;
                }
            } else {
                if (digits >= 7 && !glued && (!letter(c) || digits == 17 && (c == 'X' || c == 'x'))) {
                    return true;
                }
                groupBefore = digits > 0 && (c == ' ' || c == '-' || c == ')' || c == '\uFF09') ? digits : 0;
                digits = 0;
            }
            if (c == '.') {
                dots = last >= '0' && last <= '9' ? dots + 1 : 0;
                if (dots >= 3) {
                    return true;
                }
            } else if (!digit) {
                dots = 0;
            }
            if (c == ':') {
                if (last == ':' || ++colons >= 7) {
                    return true;
                }
            } else if (!(digit || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                colons = 0;
            }
            last = c;
        }
        return digits >= 7 && !glued;
    }

    private static boolean letter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** The value with full-width digits, plus signs and parentheses read as ASCII (each still one character), the rest as it is. */
    private static String asciiDigits(String value) {
        char[] chars = value.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF10' && c <= '\uFF19' || c == '\uFF0B' || c == '\uFF08' || c == '\uFF09') {
                chars[i] = (char) (c - 0xFEE0);
                changed = true;
            }
        }
        return changed ? new String(chars) : value;
    }

    private static int digits(String text) {
        return (int) text.chars().filter(c -> c >= '0' && c <= '9').count();
    }

    /**
     * Stars every digit (and an identity number's check letter) but the first {@code start} and the last {@code
     * end}, keeping the separators: 138 1234 5678 becomes 138 **** **78.
     */
    private static String maskDigits(String text, int start, int end) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += digitOrCheck(text.charAt(i)) ? 1 : 0;
        }
        StringBuilder b = new StringBuilder(text.length());
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (digitOrCheck(c)) {
                seen++;
                b.append(seen <= start || seen > total - end ? c : '*');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean digitOrCheck(char c) {
        return c >= '0' && c <= '9' || c == 'X' || c == 'x';
    }

    /**
     * Masks what looks like an identity number, a phone or an IP address in each cell of a row that belongs to
     * no column (a title, a note, the header), as {@link #maskStray(String)} does in one value.
     *
     * @param cells the cells, nulls kept
     * @return the cells masked
     */
    static List<String> maskStray(List<String> cells) {
        List<String> masked = new ArrayList<>(cells.size());
        for (String v : cells) {
            masked.add(v == null ? null : maskStray(v));
        }
        return masked;
    }

    /** Masks a personal value as the core masks a valid one; an invalid one keeps only its ends. */
    static String mask(String field, String value) {
        if ("residentId".equals(field)) {
            try {
                return ResidentId.of(value).masked();
            } catch (InvalidFieldException e) {
                return maskEnds(value, 4, 4);
            }
        }
        if ("phone".equals(field)) {
            try {
                return PhoneNumber.of(value).masked();
            } catch (InvalidFieldException e) {
                return maskEnds(value, 3, 2);
            }
        }
        return maskEnds(value, 2, 2);
    }

    private static String maskEnds(String value, int start, int end) {
        if (value.length() <= start + end) {
            return "*".repeat(value.length());
        }
        return value.substring(0, start) + "*".repeat(value.length() - start - end) + value.substring(value.length() - end);
    }

    /** Tells whether the sheet's kind has a field, whether or not this sheet has its column. */
    boolean hasField(String field) {
        return layout.columns().field(field) != null;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    List<RowProblem> problems() {
        return problems;
    }
}
