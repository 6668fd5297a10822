package org.talentregistry.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.talentregistry.exchange.spi.WorkbookEncrypter;
import org.talentregistry.exchange.spi.WorkbookReader;

/** The {@link WorkbookReader}s and the {@link WorkbookEncrypter} on the class path, found once. */
final class WorkbookServices {
    private static final List<WorkbookReader> READERS = load(WorkbookReader.class);
    private static final List<WorkbookEncrypter> ENCRYPTERS = load(WorkbookEncrypter.class);

    private WorkbookServices() {
    }

    /**
     * Returns the first reader that reads a file beginning with these bytes.
     *
     * @param head the file's first bytes
     * @return the reader, or empty if none on the class path does
     */
    static Optional<WorkbookReader> reading(byte[] head) {
        return READERS.stream().filter(r -> r.recognizes(head.clone())).findFirst();
    }

    /**
     * Returns the encrypter of workbooks written with a password.
     *
     * @return the first on the class path, or empty if there is none
     */
    static Optional<WorkbookEncrypter> encrypter() {
        return ENCRYPTERS.stream().findFirst();
    }

    private static <S> List<S> load(Class<S> service) {
        List<S> found = new ArrayList<>();
        ServiceLoader.load(service, WorkbookServices.class.getClassLoader()).forEach(found::add);
        return List.copyOf(found);
    }
}
