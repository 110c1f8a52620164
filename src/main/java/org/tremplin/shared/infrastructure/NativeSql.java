package org.tremplin.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.stream.Collectors;

/** A multi-row statement in plain SQL, written with bare {@code ?} and run as a JPA native query. */
public final class NativeSql {

    private NativeSql() {
    }

    /** Numbers the parameters ({@code ?1, ?2…}, as JPA native queries take them), binds them in order and runs it. */
    public static int execute(EntityManager em, CharSequence sql, List<Object> params) {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            numbered.append(ch);
            if (ch == '?') {
                numbered.append(++n);
            }
        }
        Query q = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q.executeUpdate();
    }

    /** Ids written into a statement as a list ({@code 1, 2, 3}): numbers only, nothing a caller could inject. */
    public static String ids(List<Long> ids) {
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(", "));
    }
}
