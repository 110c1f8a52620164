package org.tremplin.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web app is distributable (web.xml): Payara copies each session, with the Faces views kept in it,
 * to the data grid so that another instance can carry on. So every session- and view-scoped bean and
 * everything it holds must be serialisable. Injected beans are proxies (Weld checks them at deployment);
 * this test walks the declared types of the other fields, down through Tremplin's own classes.
 */
class SessionStateTest {

    /** Interfaces a field may be declared with: the collections (their elements are checked) and the
     *  PrimeFaces schedule, whose models (DefaultScheduleModel and its lazy subclass) are serialisable. */
    private static final Set<String> ALLOWED_INTERFACES = Set.of(List.class.getName(), Map.class.getName(),
            Set.class.getName(), Collection.class.getName(), "org.primefaces.model.ScheduleModel");

    @Test
    void everythingKeptInTheSessionIsSerialisable() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertTrue(beans.size() > 25, "found the session- and view-scoped beans: " + beans.size());
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean, bean.getSimpleName(), problems, seen);
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Class<?> owner, Type type, String path, List<String> problems, Set<Class<?>> seen) {
        switch (type) {
            case ParameterizedType p -> {
                check(owner, p.getRawType(), path, problems, seen);
                for (Type argument : p.getActualTypeArguments()) {
                    check(owner, argument, path + "<>", problems, seen);
                }
            }
            case TypeVariable<?> v -> {
                for (Type bound : v.getBounds()) {
                    check(owner, bound, path, problems, seen);
                }
            }
            case WildcardType w -> {
                for (Type bound : w.getUpperBounds()) {
                    check(owner, bound, path, problems, seen);
                }
            }
            case GenericArrayType a -> check(owner, a.getGenericComponentType(), path + "[]", problems, seen);
            case Class<?> c -> checkClass(c, path, problems, seen);
            default -> problems.add(path + ": unexpected type " + type);
        }
    }

    private static void checkClass(Class<?> c, String path, List<String> problems, Set<Class<?>> seen) {
        if (c.isArray()) {
            checkClass(c.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (c.isPrimitive() || c == Object.class || c.isEnum() || !seen.add(c)) {
            return; // (Object: the bound of an unbounded type variable, e.g. EditableList<T>; its subclasses bind T)
        }
        if (c.isAnnotationPresent(ApplicationScoped.class) || c.isAnnotationPresent(RequestScoped.class)) {
            return; // a normal-scoped bean is only ever reached through its client proxy, which Weld serialises
        }
        if (c.isInterface()) {
            if (!Serializable.class.isAssignableFrom(c) && !ALLOWED_INTERFACES.contains(c.getName())) {
                problems.add(path + ": " + c.getName() + " (an interface that is not Serializable)");
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        for (Class<?> k = c; k != null && k.getName().startsWith("org.tremplin."); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)
                        || f.getName().startsWith("_persistence_") || f.getName().startsWith("this$")) {
                    continue; // proxies, EclipseLink's woven fields, the enclosing bean (checked itself)
                }
                check(c, f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
        for (Type bound : superTypeArguments(c)) {
            check(c, bound, path + "<" + c.getSimpleName() + ">", problems, seen);
        }
    }

    /** The type arguments a class gives its superclass (AccountsBacking extends EditableList&lt;Account&gt;). */
    private static List<Type> superTypeArguments(Class<?> c) {
        return c.getGenericSuperclass() instanceof ParameterizedType p ? List.of(p.getActualTypeArguments()) : List.of();
    }

    private static List<Class<?>> scopedBeans() throws Exception {
        Path classes = Path.of("target/classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
