package org.talentregistry.selection;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a public notice list (公示名单): only what may be published. There is no field for an
 * identity number, phone, birth date or address, so a list can never show one.
 *
 * @param position the place on the list, from 1, in the ranking's order
 * @param name the nominee's name
 * @param employerName the employer's name
 * @param trade the trade (occupation name)
 * @param tierName the honor the nominee is proposed for, e.g. {@code 淄博金牌工匠}
 * @param meritSummary the short merit summary, if the program publishes one and one was recorded
 */
public record NoticeEntry(int position, String name, String employerName, String trade, String tierName,
        Optional<String> meritSummary) {
    /**
     * Creates an entry.
     *
     * @throws NullPointerException if a component is null
     */
    public NoticeEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(employerName, "employerName");
        Objects.requireNonNull(trade, "trade");
        Objects.requireNonNull(tierName, "tierName");
        Objects.requireNonNull(meritSummary, "meritSummary");
    }
}
