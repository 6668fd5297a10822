package org.talentregistry.spring.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.talentregistry.spring.RegistryConfigurationException;

/** Turns a registry configuration error at start-up into Boot's "APPLICATION FAILED TO START" report. */
public final class RegistryConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<RegistryConfigurationException> {
    /** Creates the analyzer; Boot finds it through {@code META-INF/spring.factories}. */
    public RegistryConfigurationFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RegistryConfigurationException cause) {
        return new FailureAnalysis("Talent Registry cannot start: " + cause.getMessage(), cause.getAction(), cause);
    }
}
