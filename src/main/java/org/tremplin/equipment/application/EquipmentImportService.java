package org.tremplin.equipment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.tremplin.audit.application.Audited;
import org.tremplin.equipment.domain.Equipment;
import org.tremplin.equipment.infrastructure.EquipmentRepository;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.application.ImportMode;
import org.tremplin.shared.application.ImportReport;

/** Bulk add by CSV, with the learner import's rules: numbered errors, all or nothing or valid rows only. */
@ApplicationScoped
@Audited
public class EquipmentImportService {

    @Inject
    EquipmentRepository items;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    /** The file checked against itself and the inventory; nothing stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EquipmentImport.Row> preview(@NotNull byte[] file, @NotNull Long siteId) {
        Site site = programmes.site(siteId);
        user.checkSite(site.getId(), "Site", siteId);
        List<EquipmentImport.Row> rows = EquipmentImport.check(file, site, validator);
        List<Equipment> valid = rows.stream().filter(EquipmentImport.Row::isValid).map(EquipmentImport.Row::item).toList();
        return EquipmentImport.refuseKnown(rows,
                new HashSet<>(items.existingTags(valid.stream().map(Equipment::getAssetTag).toList())),
                new HashSet<>(items.existingSerials(valid.stream().map(Equipment::getSerialNumber).filter(Objects::nonNull).toList())));
    }

    @Transactional
    public ImportReport importFile(@NotNull byte[] file, @NotNull Long siteId, @NotNull ImportMode mode) {
        List<EquipmentImport.Row> rows = preview(file, siteId);
        List<ImportReport.RowError> errors = rows.stream().filter(r -> !r.isValid())
                .map(r -> new ImportReport.RowError(r.line(), r.errors())).toList();
        if (mode == ImportMode.ALL_OR_NOTHING && !errors.isEmpty()) {
            return new ImportReport(rows.size(), 0, errors);
        }
        int stored = 0;
        for (EquipmentImport.Row row : rows) {
            if (row.isValid()) {
                row.item().created(user.getUsername());
                items.store(row.item());
                stored++;
            }
        }
        items.flush();
        return new ImportReport(rows.size(), stored, errors);
    }
}
