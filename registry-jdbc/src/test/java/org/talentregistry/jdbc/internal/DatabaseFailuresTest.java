package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.DateTimeException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.transaction.TransactionException;
import org.junit.jupiter.api.Test;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.jdbc.ConstraintViolationException;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.DatabaseTimeoutException;
import org.talentregistry.jdbc.DatabaseUnavailableException;
import org.talentregistry.jdbc.TransactionConflictException;
import org.talentregistry.jdbc.UnableToAccessDatabaseException;

class DatabaseFailuresTest {

    private static RuntimeException fromJdbi(SQLException sql) {
        return DatabaseFailures.translate(Database.POSTGRESQL, new UnableToExecuteStatementException(sql, null));
    }

    @Test
    void lostConnections_byStateOrType_areUnavailable_andTransient() {
        assertThat(fromJdbi(new SQLException("gone", "08006"))).isInstanceOf(DatabaseUnavailableException.class);
        assertThat(fromJdbi(new SQLException("admin shutdown", "57P01"))).isInstanceOf(DatabaseUnavailableException.class);
        assertThat(fromJdbi(new SQLException("killed", "70100", 1927))).isInstanceOf(DatabaseUnavailableException.class);
        assertThat(fromJdbi(new SQLTransientConnectionException("pool timed out")))
                .isInstanceOf(DatabaseUnavailableException.class)
                .matches(e -> ((UnableToAccessDatabaseException) e).isTransient());
    }

    @Test
    void timeouts_areTimeouts() {
        assertThat(fromJdbi(new SQLException("canceling statement", "57014"))).isInstanceOf(DatabaseTimeoutException.class);
        assertThat(fromJdbi(new SQLException("lock wait", "HY000", 1205))).isInstanceOf(DatabaseTimeoutException.class);
        assertThat(fromJdbi(new SQLException("statement timeout", "70100", 1969))).isInstanceOf(DatabaseTimeoutException.class);
        assertThat(fromJdbi(new SQLTimeoutException("driver timeout"))).isInstanceOf(DatabaseTimeoutException.class);
    }

    @Test
    void serializationFailuresAndDeadlocks_areConflicts_andTransient() {
        assertThat(fromJdbi(new SQLException("could not serialize", "40001"))).isInstanceOf(TransactionConflictException.class);
        assertThat(fromJdbi(new SQLException("deadlock", "40P01"))).isInstanceOf(TransactionConflictException.class);
        assertThat(fromJdbi(new SQLException("Deadlock found", "40001", 1213)))
                .isInstanceOf(TransactionConflictException.class)
                .matches(e -> ((UnableToAccessDatabaseException) e).isTransient());
    }

    @Test
    void constraintViolations_areNotTransient() {
        assertThat(fromJdbi(new SQLException("duplicate key", "23505")))
                .isInstanceOf(ConstraintViolationException.class)
                .matches(e -> !((UnableToAccessDatabaseException) e).isTransient());
    }

    @Test
    void otherStatementFailures_areTheBaseType_namingTheStateButNotTheDriversMessage() {
        RuntimeException translated = fromJdbi(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00 in 王建国", "22021"));

        assertThat(translated).isExactlyInstanceOf(UnableToAccessDatabaseException.class)
                .hasMessageContaining("SQLState 22021").hasMessageContaining("POSTGRESQL")
                .hasMessageNotContaining("王建国");
        assertThat(((UnableToAccessDatabaseException) translated).getSqlState()).isEqualTo("22021");
        assertThat(translated.getCause()).isInstanceOf(UnableToExecuteStatementException.class);
    }

    @Test
    void messages_readInChineseFirst_thenInEnglish() {
        assertThat(fromJdbi(new SQLException("gone", "08006")))
                .hasMessageStartingWith("数据库连接中断或无法建立")
                .hasMessageContaining("/ the connection to the database was lost");
        assertThat(fromJdbi(new SQLException("could not serialize", "40001")))
                .hasMessageStartingWith("与并发事务冲突，本次调用已回滚");
    }

    @Test
    void jdbiFailuresWithoutAnSqlException_areTranslatedToo() {
        assertThat(DatabaseFailures.translate(Database.H2, new TransactionException("Improperly closed transaction")))
                .isExactlyInstanceOf(UnableToAccessDatabaseException.class);
    }

    @Test
    void theRegistrysOwnAndArgumentExceptions_passUnchanged() {
        InvalidFieldException invalid = new InvalidFieldException("name", "must not contain control characters");
        IllegalArgumentException argument = new IllegalArgumentException("limit: must be positive");
        DateTimeException notFromTheDatabase = new DateTimeException("not from the database");

        assertThat(DatabaseFailures.translate(Database.H2, invalid)).isSameAs(invalid);
        assertThat(DatabaseFailures.translate(Database.H2, argument)).isSameAs(argument);
        assertThat(DatabaseFailures.translate(Database.H2, notFromTheDatabase)).isSameAs(notFromTheDatabase);
    }
}
