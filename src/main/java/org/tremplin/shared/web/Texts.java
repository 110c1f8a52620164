package org.tremplin.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The app's texts (the French and English bundles) in the page's language. OmniFaces' {@link Messages} take bundle
 * keys: this listener makes them resolve a key and its arguments here, at the app's start.
 */
@WebListener
public class Texts implements ServletContextListener {

    public static final String BUNDLE = "org.tremplin.i18n.messages";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver(Texts::text);
    }

    /** The text of a key with its arguments (dates and numbers as the language writes them); the key when unknown. */
    public static String text(String key, Object... args) {
        Locale locale = Faces.getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
