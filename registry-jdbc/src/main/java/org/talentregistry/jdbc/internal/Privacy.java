package org.talentregistry.jdbc.internal;

import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * Keeps personal data out of what a failing statement reports: Jdbi puts bound values into exception
 * messages, and databases put the offending key's value into duplicate-key errors. Hosts log both.
 */
final class Privacy {
    private Privacy() {
    }

    /**
     * Makes a statement's exceptions report the SQL but not the bound values. Configured on the statement
     * alone, so that a host's Jdbi or handle keeps its own settings.
     *
     * @param statement the statement
     * @param <S> the statement type
     * @return the statement
     */
    static <S extends SqlStatement<S>> S quiet(S statement) {
        return statement.configure(StatementExceptions.class, c -> c.setMessageRendering(Privacy::render));
    }

    private static String render(StatementException e) {
        String sql = e.getStatementContext() == null ? "?" : e.getStatementContext().getRawSql();
        return e.getShortMessage() + " [statement: \"" + sql + "\", arguments withheld: personal data]";
    }
}
