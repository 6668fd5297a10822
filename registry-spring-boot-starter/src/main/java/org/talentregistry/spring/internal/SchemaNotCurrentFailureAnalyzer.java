package org.talentregistry.spring.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.talentregistry.spring.SchemaNotCurrentException;

/** Says which registry scripts the application's Flyway has not applied, and how to apply them. */
public final class SchemaNotCurrentFailureAnalyzer extends AbstractFailureAnalyzer<SchemaNotCurrentException> {
    /** Creates the analyzer; Boot finds it through {@code META-INF/spring.factories}. */
    public SchemaNotCurrentFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SchemaNotCurrentException cause) {
        String description = "Talent Registry's schema is not current (talent-registry.schema.management=flyway)."
                + " Flyway history table " + cause.getTable() + ", scripts at " + cause.getLocation() + ":\n  "
                + String.join("\n  ", cause.getProblems());
        String action = "Apply the registry's scripts with Flyway before the application starts: locations="
                + cause.getLocation() + ", table=" + cause.getTable() + " (see the README, section Spring Boot),"
                + " or set talent-registry.schema.management=registry to let the registry migrate its own schema.";
        return new FailureAnalysis(description, action, cause);
    }
}
