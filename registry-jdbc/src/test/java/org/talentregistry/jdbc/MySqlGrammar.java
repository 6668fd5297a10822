package org.talentregistry.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What MySQL 8.0 does not take but MariaDB 10.11 does, so that a statement of the MySQL path that passes on
 * the MariaDB server the tests run on could still fail on a MySQL server. Each rule names the construct.
 * String literals are left out before the rules are applied: Connector/J inlines bound values into the
 * statement it sends, and a value that reads "returning" is no syntax.
 */
public final class MySqlGrammar {
    // Keywords that MySQL 8.0 reserves and MariaDB does not: an identifier of that name fails on MySQL only.
    private static final String RESERVED_IN_MYSQL_8 = "cube|cume_dist|dense_rank|empty|except|first_value|function"
            + "|grouping|groups|json_table|lag|last_value|lateral|lead|nth_value|ntile|of|over|percent_rank|rank"
            + "|recursive|row|rows|row_number|system|window|intersect|manual|qualify|tablesample";
    private static final List<Rule> RULES = List.of(
            new Rule("RETURNING (MariaDB only)", "\\bRETURNING\\b"),
            new Rule("a compound statement (BEGIN NOT ATOMIC, DECLARE, IF ... END IF) outside a stored program",
                    "\\bBEGIN\\s+NOT\\s+ATOMIC\\b|\\bDECLARE\\b|\\bEND\\s+IF\\b|\\bRESIGNAL\\b"),
            new Rule("IF [NOT] EXISTS on an index or column (MariaDB only)",
                    "\\bCREATE\\s+(UNIQUE\\s+)?INDEX\\s+IF\\s+NOT\\s+EXISTS\\b|\\bDROP\\s+INDEX\\s+IF\\s+EXISTS\\b"
                            + "|\\bADD\\s+(COLUMN|INDEX|KEY|CONSTRAINT)\\s+IF\\s+NOT\\s+EXISTS\\b|\\bDROP\\s+COLUMN\\s+IF\\s+EXISTS\\b"),
            new Rule("a sequence (MariaDB only)",
                    "\\b(CREATE|ALTER|DROP)\\s+SEQUENCE\\b|\\bNEXTVAL\\s*\\(|\\bLASTVAL\\s*\\(|\\bSETVAL\\s*\\(|\\bNEXT\\s+VALUE\\s+FOR\\b"),
            new Rule("CREATE OR REPLACE of anything but a view (MariaDB only)", "\\bCREATE\\s+OR\\s+REPLACE\\s+(?!VIEW\\b)"),
            new Rule("LIMIT in an IN subquery (MySQL: not supported yet)", "\\bIN\\s*\\(\\s*SELECT\\b[^()]*\\bLIMIT\\b"),
            new Rule("OFFSET ... FETCH FIRST/NEXT (MySQL has LIMIT only)", "\\bFETCH\\s+(FIRST|NEXT)\\b"),
            new Rule("INTERSECT, EXCEPT or MINUS (MySQL only from 8.0.31, MINUS never)", "\\b(INTERSECT|EXCEPT|MINUS)\\b"),
            new Rule("LIMIT ROWS EXAMINED (MariaDB only)", "\\bLIMIT\\s+ROWS\\s+EXAMINED\\b"),
            new Rule("a MariaDB-only function", "\\b(NVL|NVL2|DECODE_ORACLE|JSON_DETAILED|JSON_EXISTS|JSON_QUERY|COLUMN_CREATE"
                    + "|COLUMN_GET|SFORMAT|NATURAL_SORT_KEY)\\s*\\("),
            new Rule("a MariaDB-only column type", "\\b(INET4|INET6|UUID)\\s*(NOT\\b|NULL\\b|,|\\))"),
            new Rule("an unquoted identifier that MySQL 8.0 reserves",
                    "\\bAS\\s+(" + RESERVED_IN_MYSQL_8 + ")\\b|\\.\\s*(" + RESERVED_IN_MYSQL_8 + ")\\b"
                            + "|(^|,|\\()\\s*(" + RESERVED_IN_MYSQL_8 + ")\\s+(BIGINT|INT|SMALLINT|VARCHAR|CHAR|DATE|DATETIME|DECIMAL"
                            + "|BOOLEAN|MEDIUMTEXT|TEXT)\\b"),
            new Rule("an unresolved migration placeholder", "\\$\\{"));

    private MySqlGrammar() {
    }

    /**
     * Returns the rules a statement breaks.
     *
     * @param sql the statement, as written or as Connector/J sends it
     * @return the broken rules' descriptions, empty if none
     */
    public static List<String> violations(String sql) {
        String code = withoutStringLiterals(sql);
        List<String> broken = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(code).find()) {
                broken.add(rule.description());
            }
        }
        return broken;
    }

    /** Replaces each quoted string (with backslash or doubled-quote escapes) by an empty one. */
    private static String withoutStringLiterals(String sql) {
        StringBuilder code = new StringBuilder(Math.min(sql.length(), 4_096));
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote == 0) {
                code.append(c);
                if (c == '\'' || c == '"') {
                    quote = c;
                }
            } else if (c == '\\') {
                i++;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i++;
                } else {
                    code.append(c);
                    quote = 0;
                }
            }
        }
        return code.toString();
    }

    private record Rule(String description, Pattern pattern) {
        Rule(String description, String regex) {
            this(description, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.MULTILINE));
        }
    }

    /** The statement on one line, cut to 300 characters for a message. */
    static String abbreviated(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }
}
