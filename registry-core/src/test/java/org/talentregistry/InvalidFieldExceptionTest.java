package org.talentregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvalidFieldExceptionTest {

    @Test
    void message_isFieldColonProblem() {
        InvalidFieldException e = new InvalidFieldException("residentId", "check character should be X");

        assertThat(e).hasMessage("residentId: check character should be X");
        assertThat(e.getField()).isEqualTo("residentId");
        assertThat(e.getProblem()).isEqualTo("check character should be X");
    }

    @Test
    void isARegistryException() {
        assertThat(new InvalidFieldException("name", "is required")).isInstanceOf(RegistryException.class);
    }

    @Test
    void constructor_nullFieldOrProblem_isRefused() {
        assertThatThrownBy(() -> new InvalidFieldException(null, "is required"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new InvalidFieldException("name", (String) null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void within_prefixesTheFieldAndKeepsTheProblem() {
        InvalidFieldException inner = new InvalidFieldException("creditCode", "check character should be 3");

        InvalidFieldException nested = inner.within("employer");

        assertThat(nested.getField()).isEqualTo("employer.creditCode");
        assertThat(nested.getProblem()).isEqualTo("check character should be 3");
        assertThat(nested).hasMessage("employer.creditCode: check character should be 3");
    }

    @Test
    void within_keepsTheInnerExceptionAsCause() {
        InvalidFieldException inner = new InvalidFieldException("creditCode", "is required");

        assertThat(inner.within("employer")).hasCause(inner).isNotSameAs(inner);
    }

    @Test
    void within_leavesTheInnerExceptionAlone() {
        InvalidFieldException inner = new InvalidFieldException("creditCode", "is required");

        inner.within("employer");

        assertThat(inner.getField()).isEqualTo("creditCode");
        assertThat(inner).hasMessage("creditCode: is required");
    }

    @Test
    void within_twice_namesTheOutermostFirst() {
        InvalidFieldException nested = new InvalidFieldException("creditCode", "is required")
                .within("employer")
                .within("details");

        assertThat(nested.getField()).isEqualTo("details.employer.creditCode");
    }
}
