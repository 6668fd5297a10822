package org.talentregistry;

/**
 * Thrown when a registry call made in a transaction the host holds failed and the database had rolled back
 * the host's whole transaction with it, as MariaDB and MySQL do on a deadlock: what the host wrote in that
 * transaction before the call is gone too, and the connection carries on in a new transaction. The host must
 * not go on as if only the call had failed: writes it makes now would be committed without the earlier ones.
 * Restart the whole transaction, not the call alone (this is not a {@code TransactionConflictException}, whose call
 * may simply be made again). The Spring starter marks the transaction rollback-only, so that its commit
 * fails instead of keeping what came after.
 */
public class HostTransactionLostException extends RegistryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param cause the failure of the call, whose own cause is the database's error, not null
     */
    public HostTransactionLostException(Throwable cause) {
        super("数据库已回滚主机的整个事务（例如死锁），此前在该事务中写入的内容均已撤销，请重新执行整个事务 / the database rolled back the"
                + " host's whole transaction with the failed call (a deadlock, say): what the transaction wrote before"
                + " the call is gone too; run the whole transaction again", cause);
    }
}
