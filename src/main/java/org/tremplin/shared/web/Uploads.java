package org.tremplin.shared.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.omnifaces.util.Messages;

/** Reading a file sent from a form, with the messages a person can act on when it cannot be read. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * The file's bytes, or {@code null} after a page message: no file or an empty one
     * ({@code import.noFile}), or larger than {@code maxBytes} (the message {@code tooLargeKey}).
     */
    public static byte[] read(Part file, long maxBytes, String tooLargeKey) {
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError("import.noFile");
            return null;
        }
        try {
            if (file.getSize() > maxBytes) {
                Messages.addGlobalError(tooLargeKey);
                return null;
            }
            try (InputStream in = file.getInputStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            Messages.addGlobalError("import.noFile");
            return null;
        } finally {
            delete(file);
        }
    }

    /** An upload over 1 MB waits in a temporary file, people's data on the disk: removed once read, not when the container gets to it. */
    private static void delete(Part file) {
        try {
            file.delete();
        } catch (IOException e) {
            // the container removes it later
        }
    }
}
