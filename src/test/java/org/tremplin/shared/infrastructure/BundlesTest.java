package org.tremplin.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in French and English, and every pattern parses. */
class BundlesTest {

    private static Properties load(String resource) throws IOException {
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/tremplin/i18n/messages", "/org/tremplin/i18n/mail", "/org/tremplin/i18n/documents",
            "/ValidationMessages"})
    void frenchAndEnglishHoldTheSameKeys(String bundle) throws IOException {
        Properties french = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");
        TreeSet<String> onlyFrench = new TreeSet<>(french.stringPropertyNames());
        onlyFrench.removeAll(english.stringPropertyNames());
        TreeSet<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(french.stringPropertyNames());
        assertEquals(new TreeSet<>(), onlyFrench, "in French only");
        assertEquals(new TreeSet<>(), onlyEnglish, "in English only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/tremplin/i18n/mail.properties", "/org/tremplin/i18n/mail_en.properties"})
    void mailPatternsParse(String resource) throws IOException {
        Properties p = load(resource);
        for (String key : p.stringPropertyNames()) {
            new MessageFormat(p.getProperty(key)); // throws on a broken pattern
        }
    }
}
