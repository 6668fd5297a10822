package org.talentregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTest {

    @Test
    void of_keepsIdAndDisplayName() {
        Actor actor = Actor.of("u-1017", "张科长");

        assertThat(actor.id()).isEqualTo("u-1017");
        assertThat(actor.displayName()).isEqualTo("张科长");
    }

    @Test
    void of_valuesWithSurroundingWhitespace_areTrimmed() {
        Actor actor = Actor.of(" u-1017 ", "\u3000张科长\t");

        assertThat(actor.id()).isEqualTo("u-1017");
        assertThat(actor.displayName()).isEqualTo("张科长");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void of_missingId_isRequired(String id) {
        assertThatThrownBy(() -> Actor.of(id, "张科长"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("actor.id: is required");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void of_missingDisplayName_isRequired(String displayName) {
        assertThatThrownBy(() -> Actor.of("u-1017", displayName))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("actor.displayName: is required");
    }

    @Test
    void of_idOfSixtyFiveCharacters_isRefused() {
        assertThatThrownBy(() -> Actor.of("u".repeat(65), "张科长"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("actor.id: must be at most 64 characters, got 65");
    }

    @Test
    void of_displayNameOfHundredOneCharacters_isRefused() {
        assertThatThrownBy(() -> Actor.of("u-1017", "张".repeat(101)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("actor.displayName: must be at most 100 characters, got 101");
    }

    @Test
    void of_longestValues_areAccepted() {
        Actor actor = Actor.of("u".repeat(64), "张".repeat(100));

        assertThat(actor.id()).hasSize(64);
        assertThat(actor.displayName()).hasSize(100);
    }

    @Test
    void system_prefixesTheIdAndShowsTheName() {
        Actor actor = Actor.system("hr-import");

        assertThat(actor.id()).isEqualTo("system:hr-import");
        assertThat(actor.displayName()).isEqualTo("hr-import");
        assertThat(actor).hasToString("hr-import (system:hr-import)");
    }

    @Test
    void system_nameIsTrimmedBeforePrefixing() {
        assertThat(Actor.system("  hr-import ").id()).isEqualTo("system:hr-import");
    }

    @Test
    void system_longestName_givesTheLongestId() {
        assertThat(Actor.system("s".repeat(57)).id()).hasSize(64);
    }

    @Test
    void system_nameOfFiftyEightCharacters_isRefused() {
        assertThatThrownBy(() -> Actor.system("s".repeat(58)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("actor.systemName: must be at most 57 characters, got 58");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void system_missingName_isRequired(String name) {
        assertThatThrownBy(() -> Actor.system(name))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("actor.systemName: is required");
    }

    @Test
    void system_isNotThePersonOfTheSameName() {
        assertThat(Actor.system("hr-import")).isNotEqualTo(Actor.of("hr-import", "hr-import"));
    }

    @Test
    void equals_sameIdAndName_areEqual() {
        assertThat(Actor.of("u-1017", "张科长"))
                .isEqualTo(Actor.of("u-1017", "张科长"))
                .hasSameHashCodeAs(Actor.of("u-1017", "张科长"))
                .isNotEqualTo(Actor.of("u-1018", "张科长"))
                .isNotEqualTo(Actor.of("u-1017", "李科长"));
    }
}
