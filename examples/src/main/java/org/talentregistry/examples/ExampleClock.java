package org.talentregistry.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A clock the example moves by hand through the calendar of a selection round, so that five years of
 * nominations, reviews, notices and namings happen in seconds and every date the registry records is the
 * date the program would really have had. It only moves forward: the registry's audit trail is in time
 * order, and so is a real program.
 */
final class ExampleClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    ExampleClock(ZoneId zone, LocalDateTime start) {
        this.zone = zone;
        this.now = start.atZone(zone).toInstant();
    }

    /** Moves to a local date and time in the clock's zone; refuses to go back. */
    void moveTo(LocalDateTime local) {
        Instant target = local.atZone(zone).toInstant();
        if (target.isBefore(now)) {
            throw new IllegalArgumentException("the clock only moves forward: it reads " + now.atZone(zone)
                    + ", asked for " + local);
        }
        now = target;
    }

    /** Moves to a time of day on a date in the clock's zone; refuses to go back. */
    void moveTo(LocalDate date, LocalTime time) {
        moveTo(LocalDateTime.of(date, time));
    }

    /** Moves forward by an amount of time. */
    void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward, asked for " + amount);
        }
        now = now.plus(amount);
    }

    /** Returns today in the clock's zone. */
    LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        // A copy in another zone would stop following this clock; nothing in the example asks for one.
        throw new UnsupportedOperationException("the example clock stays in " + zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
