package org.talentregistry.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the main example with every logger at DEBUG, written to a file (see the {@code debug-log} execution in
 * this module's pom), and reads every line of that log for personal data the library must never log: an
 * identity number, a phone or a voter's IPv4 address.
 */
class ExampleDebugLogTest {
    // 18 characters of a resident ID standing alone, not part of a longer code such as a credit code.
    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![\\p{Alnum}])[0-9]{17}[0-9Xx](?![\\p{Alnum}])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    private static final Pattern IPV4 = Pattern.compile("(?<![0-9.])(?:[0-9]{1,3}\\.){3}[0-9]{1,3}(?![0-9.])");

    @TempDir
    Path dir;

    @Test
    void run_atDebug_logsNoIdentityNumberPhoneOrIpAddress() throws IOException {
        String logFile = System.getProperty("org.slf4j.simpleLogger.logFile");
        // Only the pom's debug-log execution sets up the log file; a run that picks tests by name skips this one.
        assumeTrue(logFile != null, "run by the debug-log execution");
        Path log = Path.of(logFile);
        ZiboCraftsmanExample.run(dir.resolve("zibo"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                1_000);

        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(lines).as("the library logged at DEBUG").anyMatch(l -> l.contains("DEBUG org.talentregistry."));
        for (String line : lines) {
            // The temporary directory's random name can look like a number.
            String scanned = line.replace(dir.toString(), "<temp>");
            assertThat(RESIDENT_ID.matcher(scanned).find()).as("identity number in: %s", line).isFalse();
            assertThat(PHONE.matcher(scanned).find()).as("phone in: %s", line).isFalse();
            assertThat(IPV4.matcher(scanned).find()).as("IPv4 address in: %s", line).isFalse();
        }
    }
}
