package org.tremplin.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.tremplin.shared.domain.ChangesFlushed;
import org.tremplin.shared.domain.EntityWritten;

/**
 * A kept table whose rows are written again for the entities written in a transaction: each entity of the types
 * it follows, written through JPA, is noted during the flush ({@link EntityWritten}), and when the outermost
 * audited service call returns ({@link ChangesFlushed}) the rows concerned are computed again, two statements
 * whatever their number. The rows concerned are found by SQL from the ids written, by a key the kept table and
 * its source rows share (a person, an enrolment, a site): no entity is read.
 * <p>
 * A key found after the write is the entity's new one: when a table's key is a field the entity can change (a
 * learner moved to another site), the rows of its old key would stay as they were. Such a write (a <em>move</em>,
 * told by the fields the update changed) has every row computed again (rare: a few hundred milliseconds at scale 10).
 */
public abstract class KeptFromEntities extends KeptTable {

    private static final Logger LOG = Logger.getLogger(KeptFromEntities.class.getName());

    @Resource
    protected TransactionSynchronizationRegistry transactions;

    private final Map<Class<?>, String> keysOf;
    private final String keyColumn;
    private final String sourceKey;
    private final String stale;
    private final String resourceKey;
    private final Map<Class<?>, Set<String>> moves;

    /**
     * @param keysOf    for each entity type followed, the SELECT of the keys its rows concern, given its ids ({@code %s})
     * @param keyColumn the key's column in the kept table
     * @param sourceKey the same key in the source rows {@code compute} is given a condition on
     * @param stale     what is wrong, for the rows concerned, when entities are committed outside an audited call
     */
    protected KeptFromEntities(String table, String columns, UnaryOperator<String> compute, String source,
            Map<Class<?>, String> keysOf, String keyColumn, String sourceKey, String stale) {
        this(table, columns, compute, source, keysOf, Map.of(), keyColumn, sourceKey, stale);
    }

    /**
     * @param moves for the entity types whose fields change the key of their rows, those fields: an update of one
     *              of them has every row computed again
     */
    protected KeptFromEntities(String table, String columns, UnaryOperator<String> compute, String source,
            Map<Class<?>, String> keysOf, Map<Class<?>, Set<String>> moves, String keyColumn, String sourceKey, String stale) {
        super(table, columns, compute, source);
        this.moves = Map.copyOf(moves);
        this.keysOf = Map.copyOf(keysOf);
        this.keyColumn = keyColumn;
        this.sourceKey = sourceKey;
        this.stale = stale;
        this.resourceKey = KeptFromEntities.class.getName() + ":" + table;
    }

    /** During a flush: an entity of a type followed, noted by its id. */
    protected void written(@Observes EntityWritten event) {
        if (keysOf.containsKey(event.type()) && event.id() != null && TransactionList.active(transactions)) {
            boolean moved = event.changed().stream().anyMatch(moves.getOrDefault(event.type(), Set.of())::contains);
            written().add(new Written(event.type(), event.id(), moved));
        }
    }

    /** Once the outermost service call's changes are flushed: the rows concerned computed again. */
    protected void flushed(@Observes ChangesFlushed event) {
        if (!TransactionList.active(transactions) || transactions.getResource(resourceKey) == null) {
            return;
        }
        List<Written> written = written();
        if (written.isEmpty()) {
            return;
        }
        if (written.stream().anyMatch(Written::moved)) {
            written.clear();
            recompute("1 = 1", "1 = 1", null);
            return;
        }
        Map<Class<?>, List<Long>> ids = new LinkedHashMap<>();
        for (Written w : written) {
            ids.computeIfAbsent(w.type(), t -> new ArrayList<>()).add(w.id());
        }
        written.clear();
        List<String> keys = new ArrayList<>();
        ids.forEach((type, of) -> keys.add("%1$s IN (" + keysOf.get(type).formatted(NativeSql.ids(of)) + ")"));
        String condition = String.join(" OR ", keys);
        recompute("(" + condition.formatted(keyColumn) + ")", "(" + condition.formatted(sourceKey) + ")", null);
    }

    private List<Written> written() {
        return TransactionList.of(transactions, resourceKey, left -> LOG.severe(left.size() + " records committed outside an"
                + " audited service call left their rows in " + table() + " as they were (first: "
                + left.get(0).type().getSimpleName() + " " + left.get(0).id() + "): " + stale));
    }

    /** An entity written: its type and id, and whether it moved (see above). */
    private record Written(Class<?> type, long id, boolean moved) {
    }
}
