package org.tremplin.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void aLabelCannotCloseThePageScriptYetReadsTheSame() {
        String cohort = "</script><script>window.__pwned=1</script> & <img src=x onerror=alert(1)>";
        String config = Charts.bars(List.of(cohort, "Lille")).series("Présence", "#1d4ed8", List.of(80, 90)).toString();

        assertFalse(config.contains("<") || config.contains(">") || config.contains("&"), config);
        JsonObject parsed = Json.createReader(new StringReader(config)).readObject();
        assertEquals(cohort, parsed.getJsonObject("data").getJsonArray("labels").getString(0));
        assertEquals("Présence", parsed.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
    }
}
