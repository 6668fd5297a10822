package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular host (src/it/jpms-host: {@code requires org.talentregistry.jdbc}) compiled against the built
 * jars and run on the module path with {@code registry-jdbc}'s runtime dependencies, as Maven gives them to
 * a host, plus an SLF4J provider. No run passes {@code --add-modules}: the module graph has to resolve from
 * the host's descriptor alone.
 *
 * <p>Runs in the integration-test phase, after the jar is built; the build passes the jar and the file
 * listing the runtime class path as system properties.
 */
class JpmsHostIT {
    private static final Path HOST_SOURCES = Path.of("src", "it", "jpms-host");

    @TempDir
    static Path work;

    private static List<Path> runtimeJars;
    private static Path hostClasses;

    @BeforeAll
    static void compileHost() throws IOException {
        Path registryJar = Path.of(System.getProperty("registry.jar"));
        assertThat(registryJar).as("the built registry-jdbc jar").isRegularFile();
        String listed = Files.readString(Path.of(System.getProperty("registry.runtimeClasspath"))).strip();
        List<Path> jars = new ArrayList<>();
        jars.add(registryJar);
        for (String entry : listed.split(java.io.File.pathSeparator)) {
            jars.add(Path.of(entry));
        }
        jars.add(codeSource("org.slf4j.simple.SimpleLogger"));
        runtimeJars = List.copyOf(jars);

        hostClasses = work.resolve("host-classes");
        List<String> sources;
        try (Stream<Path> files = Files.walk(HOST_SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
        }
        List<Path> compilePath = new ArrayList<>(runtimeJars);
        compilePath.add(codeSource("org.postgresql.ds.PGSimpleDataSource"));
        List<String> args = new ArrayList<>(List.of("-d", hostClasses.toString(), "--module-path", join(compilePath),
                "-Xlint:all,-requires-automatic", "-Werror"));
        args.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int exitCode = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertThat(exitCode).as("the host compiles on the module path:%n%s", diagnostics.toString(StandardCharsets.UTF_8))
                .isZero();
    }

    @Test
    void modularHost_onH2_registersAnArtisanWithoutAddModules() throws Exception {
        Run run = runHost(runtimeJars, "h2", work.resolve("h2").resolve("registry").toString());

        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(run.output).contains("host module: org.example.host")
                .contains("registered: 1 from org.talentregistry.core");
        // H2 is resolved without a flag: it is an automatic module (every automatic module on the path is
        // resolved once Jdbi, also automatic, is) and it provides java.sql.Driver.
        assertThat(run.resolved()).contains("com.h2database", "org.talentregistry.jdbc", "io.leangen.geantyref",
                "org.slf4j.simple");
    }

    @Test
    void modularHost_withoutH2_resolvesAndEmbeddedRegistryRefusesClearly() throws Exception {
        List<Path> withoutH2 = runtimeJars.stream().filter(jar -> !jar.getFileName().toString().startsWith("h2-")).toList();
        assertThat(withoutH2).hasSize(runtimeJars.size() - 1);

        Run run = runHost(withoutH2, "h2", work.resolve("no-h2").resolve("registry").toString());

        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(run.resolved()).contains("org.talentregistry.jdbc").doesNotContain("com.h2database");
        assertThat(run.output).contains("refused: " + UnableToAccessDatabaseException.class.getName()
                + ": EmbeddedRegistry needs the H2 database engine");
    }

    @Test
    void modularHost_onPostgresqlWithoutH2_registersAnArtisan() throws Exception {
        try (TestDatabase database = TestDatabase.open(Database.POSTGRESQL)) {
            String url;
            String schema;
            String user;
            try (Connection connection = database.dataSource().getConnection()) {
                url = connection.getMetaData().getURL();
                schema = connection.getSchema();
                user = connection.getMetaData().getUserName();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            List<Path> modulePath = runtimeJars.stream().filter(jar -> !jar.getFileName().toString().startsWith("h2-"))
                    .collect(Collectors.toCollection(ArrayList::new));
            modulePath.add(codeSource("org.postgresql.ds.PGSimpleDataSource"));

            Run run = runHost(modulePath, "postgresql", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user);

            assertThat(run.exitCode).as(run.output).isZero();
            assertThat(run.resolved()).contains("org.postgresql.jdbc").doesNotContain("com.h2database");
            assertThat(run.output).contains("registered: 1 from org.talentregistry.core");
        }
    }

    private static Run runHost(List<Path> modulePath, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "--module-path", hostClasses + java.io.File.pathSeparator + join(modulePath),
                "--module", "org.example.host/org.example.host.Host"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the host finishes").isTrue();
        return new Run(process.exitValue(), output);
    }

    private static Path codeSource(String className) {
        try {
            return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot find the jar of " + className, e);
        }
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private record Run(int exitCode, String output) {
        List<String> resolved() {
            return output.lines().filter(line -> line.startsWith("resolved: "))
                    .flatMap(line -> Stream.of(line.substring("resolved: ".length()).split(" "))).toList();
        }
    }
}
