package org.talentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentregistry.internal.Catalog;

/** Every message code of registry-core has Chinese and English texts with the same arguments. */
class MessageCatalogTest {

    /** Every enum of the main code under org.talentregistry (nested ones too) that implements {@link MessageCode}. */
    static List<Class<? extends MessageCode>> codeEnums() throws IOException {
        List<Class<? extends MessageCode>> found = new ArrayList<>();
        for (ClassPath.ClassInfo info : ClassPath.from(MessageCatalogTest.class.getClassLoader())
                .getAllClasses()) {
            if (!info.getPackageName().startsWith("org.talentregistry") || info.getName().contains("Test")) {
                continue;
            }
            Class<?> type = info.load();
            if (type.isEnum() && MessageCode.class.isAssignableFrom(type)) {
                found.add(type.asSubclass(MessageCode.class));
            }
        }
        return found;
    }

    @Test
    void everyCodeSpeaksChineseAndEnglishWithTheSameArguments() throws IOException {
        List<Class<? extends MessageCode>> enums = codeEnums();
        assertThat(enums).contains(org.talentregistry.eligibility.Outcome.class);
        List<String> problems = new ArrayList<>();
        enums.forEach(type -> problems.addAll(Catalog.problems(type)));
        assertThat(problems).isEmpty();
    }
}
