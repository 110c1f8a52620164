package org.tremplin.equipment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.audit.application.Audited;
import org.tremplin.equipment.domain.Equipment;
import org.tremplin.equipment.domain.EquipmentAction;
import org.tremplin.equipment.domain.EquipmentEvent;
import org.tremplin.equipment.domain.EquipmentFilter;
import org.tremplin.equipment.domain.EquipmentStatus;
import org.tremplin.equipment.domain.EquipmentType;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.equipment.infrastructure.EquipmentRepository;
import org.tremplin.equipment.infrastructure.LoanRepository;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.domain.Page;

/** The inventory of the caller's sites: record items, find them, move them through their life. */
@ApplicationScoped
@Transactional
@Audited
public class EquipmentService {

    @Inject
    EquipmentRepository items;

    @Inject
    LoanRepository loans;

    @Inject
    CurrentUser user;

    /** Creates or updates an item; a used asset tag or serial number is a 409 naming the field. */
    public Equipment save(@NotNull @Valid Equipment item) {
        user.checkSite(item.getSite().getId(), "Site", item.getSite().getId());
        checkUnique(item);
        if (item.isNew()) {
            item.created(user.getUsername());
        }
        Equipment saved = items.store(item);
        items.flush(); // the unique constraints answer here, inside the call, if two saves raced
        return saved;
    }

    /** Creates several items in one transaction: all are stored, or none. */
    public List<Equipment> saveAll(@NotNull List<@Valid Equipment> created) {
        return created.stream().map(this::save).toList();
    }

    public Equipment apply(@NotNull Long id, @NotNull EquipmentAction action, String note) {
        Equipment item = items.lock(id);
        user.checkSite(item.getSite().getId(), "Equipment", id);
        Loan open = action == EquipmentAction.LOST ? loans.openLoanOf(id).orElse(null) : null;
        item.apply(action, open, note, user.getUsername());
        return item;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Equipment get(@NotNull Long id) {
        Equipment item = items.get(id);
        user.checkSite(item.getSite().getId(), "Equipment", id);
        return item;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Equipment byAssetTag(String tag) {
        Equipment item = items.byAssetTag(tag)
                .orElseThrow(() -> new NotFoundException("Equipment", Equipment.normaliseTag(tag)));
        user.checkSite(item.getSite().getId(), "Equipment", item.getAssetTag());
        return item;
    }

    /** The item's history, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EquipmentEvent> history(@NotNull Long id) {
        get(id);
        return items.history(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Equipment> search(@NotNull EquipmentFilter filter, int first, int size) {
        return items.search(filter, user.siteScope(), LocalDate.now(), first, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(@NotNull EquipmentFilter filter) {
        return items.count(filter, user.siteScope(), LocalDate.now());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Equipment> page(@NotNull EquipmentFilter filter, int first, int size) {
        return items.page(filter, user.siteScope(), LocalDate.now(), first, size);
    }

    private void checkUnique(Equipment item) {
        items.byAssetTag(item.getAssetTag()).filter(other -> !other.equals(item)).ifPresent(other -> {
            throw new ConflictException("assetTag", "Asset tag " + item.getAssetTag() + " is already used by another item.");
        });
        if (item.getSerialNumber() != null) {
            items.bySerialNumber(item.getSerialNumber()).filter(other -> !other.equals(item)).ifPresent(other -> {
                throw new ConflictException("serialNumber", "Serial number " + item.getSerialNumber()
                        + " is already recorded for item " + other.getAssetTag() + ".");
            });
        }
    }

    /**
     * The lend page's picker: items available now at a site (the caller's sites when {@code siteId} is null)
     * whose tag, serial number, make or model holds {@code text}, or whose type is one of {@code types} (the
     * types whose name in the user's language holds the text); at most {@code max}, by asset tag.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Equipment> available(Long siteId, String text, List<EquipmentType> types, int max) {
        java.util.Map<Long, Equipment> found = new java.util.LinkedHashMap<>();
        page(new EquipmentFilter(text, null, EquipmentStatus.AVAILABLE, siteId, false), 0, max).forEach(e -> found.put(e.getId(), e));
        for (EquipmentType type : types) {
            if (found.size() < max) {
                page(new EquipmentFilter(null, type, EquipmentStatus.AVAILABLE, siteId, false), 0, max)
                        .forEach(e -> found.putIfAbsent(e.getId(), e));
            }
        }
        return found.values().stream().sorted(java.util.Comparator.comparing(Equipment::getAssetTag)).limit(max).toList();
    }
}
