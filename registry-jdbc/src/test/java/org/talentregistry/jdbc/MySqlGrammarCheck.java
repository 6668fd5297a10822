package org.talentregistry.jdbc;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * A Connector/J query interceptor that refuses, before it reaches the server, every statement outside MySQL
 * 8.0's grammar (see {@link MySqlGrammar}): the MySQL path's tests run against MariaDB, which would take it.
 * The refusal fails the statement, and so the test that sent it.
 */
public final class MySqlGrammarCheck implements QueryInterceptor {
    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
        String statement = sql.get();
        List<String> broken = MySqlGrammar.violations(statement);
        if (!broken.isEmpty()) {
            throw new IllegalStateException("not MySQL 8.0 grammar (" + String.join("; ", broken) + "): "
                    + MySqlGrammar.abbreviated(statement));
        }
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query query, T result, ServerSession session) {
        return null;
    }
}
