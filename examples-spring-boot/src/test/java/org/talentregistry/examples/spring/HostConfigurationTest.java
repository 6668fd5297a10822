package org.talentregistry.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.talentregistry.spring.RegistryConfigurationException;

/** A host that turns voting on without a secret does not start, and is told what to set. */
class HostConfigurationTest {
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void votingOn_withoutSecret_failsStartupSayingWhatToSet(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CraftsmanApplicationsApp.class).run(
                "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--talent-registry.voting.enabled=true"))
                .rootCause().isInstanceOf(RegistryConfigurationException.class)
                .hasMessageContaining("talent-registry.voting.secret");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Talent Registry cannot start: talent-registry.voting.secret: voting is on")
                .contains("TALENT_REGISTRY_VOTING_SECRET");
    }
}
