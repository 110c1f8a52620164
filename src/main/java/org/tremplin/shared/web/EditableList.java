package org.tremplin.shared.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tremplin.shared.application.Failures;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.ConflictException;

/**
 * The shape shared by the small reference-data pages (programmes, sites, cohorts, accounts): a table,
 * and below it a form to create or edit one row. Failures of the save become messages on the form.
 */
public abstract class EditableList<T extends BaseEntity> implements Serializable {

    private List<T> items;
    private T current;

    /**
     * The rows of a table shown whole (the small reference lists); a page whose table is lazy keeps its own
     * model and leaves this empty.
     */
    protected List<T> load() {
        return List.of();
    }

    protected abstract T blank();

    protected abstract T store(T item);

    /** A fresh copy to edit (the table's rows stay as they were until the save succeeds). */
    protected abstract T reload(T item);

    public List<T> getItems() {
        if (items == null) {
            items = load();
        }
        return items;
    }

    public void create() {
        current = blank();
    }

    public void edit(T item) {
        current = reload(item);
    }

    public void cancel() {
        current = null;
    }

    public void save() {
        try {
            boolean created = current.isNew();
            // a new row is stored from a copy: a failed insert leaves an id on the object it was given,
            // and the corrected form would then be saved as an update of a row that does not exist
            store(created ? copyOf(current) : current);
            current = null;
            items = null;
            Messages.addGlobalInfo(created ? "general.created" : "general.saved");
        } catch (RuntimeException e) {
            Throwable cause = Failures.unwrap(e);
            if (cause instanceof ConstraintViolationException cve && !isPeriodOrder(cve)) {
                Messages.addGlobalError("general.invalid", cve.getConstraintViolations().stream()
                        .map(v -> Failures.fieldOf(v) + " " + v.getMessage()).sorted()
                        .collect(java.util.stream.Collectors.joining("; ")));
            } else {
                Messages.addGlobalError(messageKeyFor(e));
            }
        }
    }

    /** Bundle key of the message for a failed save; unexpected failures are rethrown to the error page. */
    protected String messageKeyFor(RuntimeException e) {
        Throwable cause = Failures.unwrap(e);
        if (cause instanceof ConstraintViolationException) {
            return "general.periodOrder";
        }
        if (cause instanceof OptimisticLockException) {
            return "general.conflict";
        }
        if (cause instanceof PersistenceException && Failures.isConstraintViolation(cause)) {
            return "general.duplicate";
        }
        if (cause instanceof ConflictException) {
            return "general.duplicate";
        }
        throw e;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Serializable> E copyOf(E item) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(item);
            }
            ClassLoader loader = item.getClass().getClassLoader();
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
                @Override
                protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                    try {
                        return Class.forName(desc.getName(), false, loader);
                    } catch (ClassNotFoundException e) {
                        return super.resolveClass(desc);
                    }
                }
            }) {
                return (E) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot copy " + item, e);
        }
    }

    private static boolean isPeriodOrder(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().allMatch(v -> v.getMessageTemplate().contains("period.order"));
    }

    public T getCurrent() {
        return current;
    }

    public boolean isEditing() {
        return current != null;
    }
}
