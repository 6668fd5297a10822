package org.talentregistry.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void displayWidth_countsChineseCharactersAsTwoColumns() {
        assertThat(TextTable.displayWidth("王建军")).isEqualTo(6);
        assertThat(TextTable.displayWidth("3703**********0037")).isEqualTo(18);
        assertThat(TextTable.displayWidth("市总工会 张干事")).isEqualTo(15);
    }
}
