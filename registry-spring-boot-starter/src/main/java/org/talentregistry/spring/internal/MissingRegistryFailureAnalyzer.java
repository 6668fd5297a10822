package org.talentregistry.spring.internal;

import java.util.Arrays;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.talentregistry.TalentRegistry;
import org.talentregistry.jdbc.JdbcRegistryStore;

/**
 * Says why there is no registry to inject when the starter configured none: the auto-configuration steps aside
 * when the application has several {@code DataSource} beans and none is primary (which one the registry's
 * tables are in cannot be told), when it has none, or when {@code talent-registry.enabled} is false. Boot's
 * own report would say only that no bean of the type was found.
 */
public final class MissingRegistryFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
        implements Ordered {
    private final BeanFactory beanFactory;
    private final Environment environment;

    /**
     * Creates the analyzer; Boot finds it through {@code META-INF/spring.factories} and passes the failed
     * context's bean factory and environment.
     *
     * @param beanFactory the application's bean factory
     * @param environment the application's environment
     */
    public MissingRegistryFailureAnalyzer(BeanFactory beanFactory, Environment environment) {
        this.beanFactory = beanFactory;
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
        Class<?> missing = cause.getBeanType();
        if (missing == null || !(missing == TalentRegistry.class || missing == JdbcRegistryStore.class
                || missing.getName().equals("org.talentregistry.exchange.Exchange"))) {
            return null;
        }
        String why;
        String action;
        // Both are null when the application failed before its context existed.
        if (environment != null && "false".equalsIgnoreCase(environment.getProperty("talent-registry.enabled"))) {
            why = "talent-registry.enabled is false, so the registry starter configured nothing.";
            action = "Remove talent-registry.enabled=false, or define the " + missing.getSimpleName() + " bean yourself.";
        } else {
            String[] sources = beanFactory instanceof ListableBeanFactory listable
                    ? listable.getBeanNamesForType(DataSource.class, true, false) : new String[0];
            if (sources.length == 0) {
                why = "the application has no DataSource bean, and the registry starter configures the registry on"
                        + " the application's DataSource.";
                action = "Configure a DataSource (spring.datasource.url and a JDBC driver), or define the "
                        + missing.getSimpleName() + " bean yourself.";
            } else if (sources.length > 1 && !anyPrimary(sources)) {
                why = "the application has " + sources.length + " DataSource beans (" + String.join(", ", sources)
                        + ") and none is @Primary, so the registry starter cannot tell which one holds the registry's"
                        + " tables, and configured nothing.";
                action = "Mark the DataSource the registry should use @Primary, or define the registry yourself:"
                        + " TalentRegistry.builder(TransactionAwareRegistryStore.of(JdbcRegistryStore.create(ds), ds))"
                        + ".build() on the one you choose.";
            } else {
                return null;
            }
        }
        return new FailureAnalysis("A bean of type " + missing.getName() + " is required, but " + why, action, cause);
    }

    private boolean anyPrimary(String[] names) {
        if (!(beanFactory instanceof ConfigurableListableBeanFactory configurable)) {
            return false;
        }
        return Arrays.stream(names).anyMatch(n -> configurable.containsBeanDefinition(n)
                && configurable.getBeanDefinition(n).isPrimary());
    }

    /** Before Boot's own analyzer of a missing bean, which would say less. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
