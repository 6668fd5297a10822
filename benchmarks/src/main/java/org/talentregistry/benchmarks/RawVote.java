package org.talentregistry.benchmarks;

import java.time.LocalDateTime;

/**
 * A vote as the raw-JDBC baselines store it: the voter's key already hashed, the nominee, the cast time in
 * UTC (the registry stores times as UTC wall-clock values).
 *
 * @param voterKey the 32 bytes of the HMAC, as the library stores them since V013
 * @param nominee the nomination id
 * @param castAt the cast time, UTC
 */
record RawVote(byte[] voterKey, long nominee, LocalDateTime castAt) {
}
