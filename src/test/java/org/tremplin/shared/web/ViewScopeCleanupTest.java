package org.tremplin.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ViewScopeCleanupTest {

    /** A session backed by a map, recording which attributes were set again. */
    private static HttpSession session(Map<String, Object> attributes, List<String> set) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> {
                        set.add((String) args[0]);
                        yield attributes.put((String) args[0], args[1]);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theContextsOfViewsNoLongerKeptAreDropped() {
        Map<String, Object> views = new LinkedHashMap<>(Map.of("v5", new HashMap<>(), "v6", new HashMap<>()));
        Map<String, Object> contexts = new ConcurrentHashMap<>();
        for (String id : List.of("v1", "v2", "v3", "v4", "v5", "v6")) {
            contexts.put(id, new HashMap<>());
        }
        Map<String, Object> attributes = new HashMap<>(Map.of(ViewScopeCleanup.VIEW_MAPS, views,
                ViewScopeCleanup.VIEW_CONTEXTS, contexts));
        List<String> set = new java.util.ArrayList<>();
        ViewScopeCleanup.prune(session(attributes, set));
        assertEquals(Set.of("v5", "v6"), contexts.keySet());
        assertEquals(List.of(ViewScopeCleanup.VIEW_CONTEXTS), set, "set again so that the data grid gets the change");
    }

    @Test
    void nothingChangedIsNotWrittenAgain() {
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("v1", new HashMap<>()));
        Map<String, Object> attributes = new HashMap<>(Map.of(ViewScopeCleanup.VIEW_MAPS, Map.of("v1", Map.of()),
                ViewScopeCleanup.VIEW_CONTEXTS, contexts));
        List<String> set = new java.util.ArrayList<>();
        ViewScopeCleanup.prune(session(attributes, set));
        assertTrue(contexts.containsKey("v1"));
        assertTrue(set.isEmpty());
    }

    @Test
    void aSessionWithoutViewsIsLeftAlone() {
        List<String> set = new java.util.ArrayList<>();
        ViewScopeCleanup.prune(session(new HashMap<>(), set));
        assertFalse(set.iterator().hasNext());
    }
}
