package org.talentregistry.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps README.md and the code it shows together: every {@code java} block of the README must be a region
 * ({@code // README:name} to {@code // END}) of a source file under examples/src/main/java or
 * examples-spring-boot/src/main/java, which the build
 * compiles, and every such region must be in the README, as a block or as inline code. Whitespace is
 * normalised: a run of blanks or line breaks counts as one space, so indentation may differ.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCES = Path.of("src", "main", "java");
    /** The Spring Boot host's README blocks live in its own module, which the build compiles too. */
    private static final Path SPRING_SOURCES = Path.of("..", "examples-spring-boot", "src", "main", "java");
    private static final Pattern JAVA_BLOCK = Pattern.compile("^```java\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern REGION_START = Pattern.compile("^\\s*// README:([\\w-]+)\\s*$");
    private static final Pattern REGION_END = Pattern.compile("^\\s*// END\\s*$");

    private static String readme;
    private static Map<String, String> regions;

    @BeforeAll
    static void read() throws IOException {
        readme = Files.readString(README);
        regions = new LinkedHashMap<>(regionsUnder(SOURCES));
        regions.putAll(regionsUnder(SPRING_SOURCES));
    }

    @Test
    void everyJavaBlockOfTheReadme_isACompiledRegion() {
        List<String> blocks = javaBlocks(readme);
        assertThat(blocks).as("java blocks in README.md").isNotEmpty();
        Map<String, String> regionByText = new LinkedHashMap<>();
        regions.forEach((name, text) -> regionByText.put(normalise(text), name));
        for (String block : blocks) {
            assertThat(regionByText).as("README.md's java block starting '%s' is no region (// README:name ... // END) "
                    + "of a source file under examples/src/main/java; the regions are %s. Edit the README and the "
                    + "region together", block.lines().findFirst().orElse(""), regions.keySet())
                    .containsKey(normalise(block));
        }
    }

    @Test
    void everyRegion_isInTheReadme() {
        String normalisedReadme = normalise(readme.replace("`", " "));
        assertThat(regions).as("regions marked // README:name").isNotEmpty();
        regions.forEach((name, text) -> assertThat(normalisedReadme)
                .as("region README:%s is not in README.md: change the README with it, or drop the region", name)
                .contains(normalise(text)));
    }

    @Test
    void theReadmesDependencySnippets_nameThisVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        assertThat(parent.find()).isTrue();
        String version = parent.group(1);
        Matcher versions = Pattern.compile("<artifactId>registry-[\\w-]+</artifactId>\\s*<version>([^<]+)</version>"
                + "|org\\.talentregistry:registry-[\\w-]+:([\\w.-]+)").matcher(readme);
        List<String> named = new ArrayList<>();
        while (versions.find()) {
            named.add(versions.group(1) != null ? versions.group(1) : versions.group(2));
        }
        assertThat(named).as("versions in README.md's dependency snippets").isNotEmpty().containsOnly(version);
    }

    @Test
    void normalise_makesIndentationAndLineBreaksOneSpace() {
        assertThat(normalise("  a(b,\n        c);  // x\n")).isEqualTo("a(b, c); // x");
    }

    static List<String> javaBlocks(String markdown) {
        Matcher m = JAVA_BLOCK.matcher(markdown);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    static Map<String, String> regionsUnder(Path root) throws IOException {
        Map<String, String> found = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        for (Path file : files) {
            String name = null;
            StringBuilder text = new StringBuilder();
            for (String line : Files.readAllLines(file)) {
                Matcher start = REGION_START.matcher(line);
                if (start.matches()) {
                    assertThat(name).as("%s: region %s opens inside region %s", file, start.group(1), name).isNull();
                    name = start.group(1);
                    text.setLength(0);
                } else if (name != null && REGION_END.matcher(line).matches()) {
                    assertThat(found).as("%s: region name %s is used twice", file, name).doesNotContainKey(name);
                    found.put(name, text.toString());
                    name = null;
                } else if (name != null) {
                    text.append(line).append('\n');
                }
            }
            assertThat(name).as("%s: region %s has no // END", file, name).isNull();
        }
        return found;
    }

    static String normalise(String code) {
        return code.strip().replaceAll("\\s+", " ");
    }
}
