package org.talentregistry.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.exchange.internal.SheetReader;

class SheetSourceTest {
    private static final byte[] CSV = "姓名,身份证号\r\n王建国,1\r\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aPassword_isKeptThroughTheOtherCopies_andNeverShown() {
        SheetSource source = SheetSource.of(CSV).withPassword("zibo2018").withSheet("人员")
                .withCharset(Charset.forName("GBK"));

        assertThat(source.password()).contains("zibo2018");
        assertThat(source.sheet()).contains("人员");
        assertThat(source.toString()).doesNotContain("zibo2018").contains("password=******");
        assertThat(SheetSource.of(CSV).password()).isEmpty();
        assertThat(SheetSource.of(CSV).toString()).doesNotContain("password");
    }

    @Test
    void aPassword_thatIsMissingOrEmpty_isRefusedByName() {
        assertThatThrownBy(() -> SheetSource.of(CSV).withPassword(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("password");
        assertThatThrownBy(() -> SheetSource.of(CSV).withPassword(""))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.getField()).isEqualTo("password");
                    assertThat(e.getMessage()).startsWith("password: is empty");
                    assertThat(e.problem().zh()).startsWith("为空");
                });
    }

    @Test
    void anExportsPassword_isKeptBesideWhatItReveals_neverShown_andMustNotBeEmpty() {
        ExportOptions locked = ExportOptions.revealingPersonalDataFor(org.talentregistry.privacy.ConsentPurpose
                .SHARING_WITH_BUREAU).withPassword("zbrsj2018");

        assertThat(locked.password()).contains("zbrsj2018");
        assertThat(locked.consentPurpose()).contains(org.talentregistry.privacy.ConsentPurpose.SHARING_WITH_BUREAU);
        assertThat(locked.toString()).doesNotContain("zbrsj2018").endsWith(", password=******}");
        assertThat(ExportOptions.masked().password()).isEmpty();
        assertThat(ExportOptions.masked()).hasToString("ExportOptions{masked}");
        assertThatThrownBy(() -> ExportOptions.masked().withPassword(""))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("password"));
    }

    @Test
    void aFileThatIsNotProtected_isReadAsItIs_withAPasswordGiven() {
        try (SheetReader reader = SheetReader.open(SheetSource.of(CSV).withPassword("zibo2018"), cells -> 0)) {
            assertThat(reader.headers()).containsExactly("姓名", "身份证号");
            assertThat(reader.next().cells()).containsExactly("王建国", "1");
        }
    }
}
