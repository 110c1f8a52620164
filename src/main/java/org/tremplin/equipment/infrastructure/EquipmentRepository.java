package org.tremplin.equipment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tremplin.equipment.domain.Equipment;
import org.tremplin.equipment.domain.EquipmentEvent;
import org.tremplin.equipment.domain.EquipmentFilter;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.domain.Page;
import org.tremplin.shared.infrastructure.JpaRepository;
import org.tremplin.shared.infrastructure.SiteScope;

/** The inventory, filtered, counted and paged in the database (two statements per page). */
@ApplicationScoped
public class EquipmentRepository extends JpaRepository<Equipment> {

    public EquipmentRepository() {
        super(Equipment.class);
    }

    public Page<Equipment> search(EquipmentFilter filter, Optional<List<Long>> siteScope, LocalDate today, int first, int size) {
        long total = count(filter, siteScope, today);
        return new Page<>(total == 0 ? List.of() : page(filter, siteScope, today, first, size), total);
    }

    public long count(EquipmentFilter filter, Optional<List<Long>> siteScope, LocalDate today) {
        if (noSite(siteScope)) {
            return 0;
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(q) FROM Equipment q JOIN q.site s" + where(filter, siteScope, today, params), Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    public List<Equipment> page(EquipmentFilter filter, Optional<List<Long>> siteScope, LocalDate today, int first, int size) {
        if (noSite(siteScope)) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Equipment> page = em.createQuery("SELECT q FROM Equipment q JOIN FETCH q.site s" + where(filter, siteScope, today, params) + " ORDER BY q.assetTag", Equipment.class);
        params.forEach(page::setParameter);
        return page.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public Optional<Equipment> byAssetTag(String tag) {
        return em.createQuery("SELECT q FROM Equipment q JOIN FETCH q.site WHERE q.assetTag = :tag", Equipment.class)
                .setParameter("tag", Equipment.normaliseTag(tag)).getResultStream().findFirst();
    }

    public Optional<Equipment> bySerialNumber(String serial) {
        return em.createQuery("SELECT q FROM Equipment q WHERE q.serialNumber = :serial", Equipment.class)
                .setParameter("serial", serial == null ? "" : serial.strip()).getResultStream().findFirst();
    }

    /** Asset tags among these that are already used (one statement, for imports). */
    public List<String> existingTags(List<String> tags) {
        return tags.isEmpty() ? List.of() : em.createQuery("SELECT q.assetTag FROM Equipment q WHERE q.assetTag IN :tags",
                String.class).setParameter("tags", tags).getResultList();
    }

    public List<String> existingSerials(List<String> serials) {
        return serials.isEmpty() ? List.of() : em.createQuery("SELECT q.serialNumber FROM Equipment q "
                + "WHERE q.serialNumber IN :serials", String.class).setParameter("serials", serials).getResultList();
    }

    /** The item's history, newest first, with the loans the lines refer to. */
    public List<EquipmentEvent> history(Long id) {
        return em.createQuery("SELECT ev FROM EquipmentEvent ev LEFT JOIN FETCH ev.loan WHERE ev.equipment.id = :id"
                + " ORDER BY ev.occurredAt DESC, ev.id DESC", EquipmentEvent.class)
                .setParameter("id", id).getResultList();
    }

    /**
     * Reads the item and locks its row until the transaction ends, so that concurrent lends of one
     * item queue up and each sees the status the previous one left.
     */
    public Equipment lock(Long id) {
        Equipment item = em.find(Equipment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new NotFoundException("Equipment", id);
        }
        return item;
    }

    private static String where(EquipmentFilter f, Optional<List<Long>> siteScope, LocalDate today, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        siteScope.ifPresent(ids -> {
            where.append(" AND ").append(SiteScope.contains("s.id"));
            params.put(SiteScope.PARAMETER, SiteScope.value(ids));
        });
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" AND (q.assetTag LIKE :tag OR UPPER(q.serialNumber) LIKE :tag OR UPPER(q.model) LIKE :tag"
                    + " OR UPPER(q.make) LIKE :tag)");
            params.put("tag", "%" + f.text().strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (f.type() != null) {
            where.append(" AND q.type = :type");
            params.put("type", f.type());
        }
        if (f.status() != null) {
            where.append(" AND q.status = :status");
            params.put("status", f.status());
        }
        if (f.siteId() != null) {
            where.append(" AND s.id = :site");
            params.put("site", f.siteId());
        }
        if (f.overdue()) {
            where.append(" AND EXISTS (SELECT o FROM Loan o WHERE o.equipment = q AND o.closure IS NULL AND o.dueDate < :today)");
            params.put("today", today);
        }
        return where.toString();
    }
}
