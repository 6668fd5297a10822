package org.talentregistry.examples.spring;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentregistry.TalentRegistry;
import org.talentregistry.exchange.Exchange;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.ImportReport;
import org.talentregistry.exchange.SheetSource;

/**
 * The union's clerk uploads the applicants a district office collected on paper, as the office's spreadsheet:
 * the exchange registers them (or matches those registered already) and the host records the upload in its
 * own table, in one Spring transaction.
 */
@Service
public class ApplicantListService {
    private final TalentRegistry registry;
    private final Exchange exchange;
    private final ApplicationMapper applications;

    /**
     * Creates the service.
     *
     * @param registry the registry, whose clock dates the upload
     * @param exchange the spreadsheet exchange, auto-configured by the starter beside the registry
     * @param applications the host's mapper
     */
    public ApplicantListService(TalentRegistry registry, Exchange exchange, ApplicationMapper applications) {
        this.registry = registry;
        this.exchange = exchange;
        this.applications = applications;
    }

    /**
     * Imports a district's list and records the upload: the applicants and the host's row are kept together,
     * or, if the host's insert fails, none of them.
     *
     * @param sheet the office's CSV or XLSX
     * @param uploadName what the host calls the upload, at most 100 characters
     * @return what the import did, row by row
     */
    @Transactional
    public ImportReport importList(byte[] sheet, String uploadName) {
        ImportReport report = exchange.importArtisans(CraftsmanApplicationsApp.UNION, SheetSource.of(sheet),
                ImportOptions.defaults());
        applications.insert(new ApplicationRow(UUID.randomUUID().toString(), uploadName, LocalDate.now(registry.clock()),
                "LIST_IMPORTED", "登记" + report.created() + "人，已在库" + report.unchanged() + "人，未导入" + report.refused()
                        + "行", null, null));
        return report;
    }
}
