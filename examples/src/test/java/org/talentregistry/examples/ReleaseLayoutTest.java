package org.talentregistry.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps registry-bom in step with the reactor: every module of the root pom that is deployed (it does not
 * set maven.deploy.skip) has an entry in the BOM at the project's version, and the BOM lists nothing else.
 */
class ReleaseLayoutTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    @Test
    void theBom_listsEveryPublishedModuleAndNothingElse() throws IOException {
        String root = Files.readString(ROOT.resolve("pom.xml"));
        List<String> published = new ArrayList<>();
        Matcher modules = MODULE.matcher(root);
        while (modules.find()) {
            String module = modules.group(1);
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            if (!module.equals("registry-bom") && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
                published.add(artifactIdOf(pom));
            }
        }
        String bom = Files.readString(ROOT.resolve("registry-bom").resolve("pom.xml"));
        String managed = bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));
        List<String> listed = new ArrayList<>();
        Matcher artifacts = ARTIFACT.matcher(managed.replaceAll("(?s)<!--.*?-->", ""));
        while (artifacts.find()) {
            listed.add(artifacts.group(1));
        }

        assertThat(published).as("published modules").contains("registry-core", "registry-jdbc")
                .doesNotContain("examples", "benchmarks");
        assertThat(listed).as("registry-bom's entries: add each published module there")
                .containsExactlyInAnyOrderElementsOf(published);
        assertThat(managed).as("registry-bom's entries all take the BOM's own version")
                .doesNotContainPattern("<version>(?!\\$\\{project\\.version\\})");
    }

    private static String artifactIdOf(String pom) {
        // The module's own artifactId is the first one after its <parent> block.
        Matcher m = ARTIFACT.matcher(pom.substring(pom.indexOf("</parent>")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
