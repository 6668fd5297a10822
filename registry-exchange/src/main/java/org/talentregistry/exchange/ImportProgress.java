package org.talentregistry.exchange;

/**
 * How far an import has come, reported after every batch.
 *
 * @param rowsRead data rows read so far (the header row not counted)
 * @param accepted rows that passed (registered, updated, unchanged or, in the first pass of an
 *     {@link ImportMode#ALL_OR_NOTHING} import, found good)
 * @param refused rows refused so far
 */
public record ImportProgress(long rowsRead, long accepted, long refused) {
}
