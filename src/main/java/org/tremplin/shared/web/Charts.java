package org.tremplin.shared.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/** Chart.js configurations for p:chart: bar charts of one or more series over the same labels. */
public final class Charts {

    /** One series of a bar chart. */
    public record Series(String label, String colour, List<? extends Number> values) {
    }

    private final List<String> labels = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private boolean horizontal;
    private Double max;

    public static Charts bars(List<String> labels) {
        Charts c = new Charts();
        c.labels.addAll(labels);
        return c;
    }

    public Charts series(String label, String colour, List<? extends Number> values) {
        series.add(new Series(label, colour, values));
        return this;
    }

    public Charts horizontal() {
        horizontal = true;
        return this;
    }

    /** The value axis ends at this maximum (a scale such as DigComp's 8 levels). */
    public Charts max(double value) {
        max = value;
        return this;
    }

    /**
     * The configuration as JSON (null values are drawn as no bar). PrimeFaces writes it as is into a
     * page's script, and labels can be user text (cohort names): {@code <}, {@code >} and {@code &} are
     * written as JSON escapes, so that no label can close the script element or open markup.
     */
    @Override
    public String toString() {
        return scriptSafe(json());
    }

    /** JSON text that means the same inside an HTML script element (those characters occur only in strings). */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private String json() {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Number n : s.values()) {
                if (n == null) {
                    data.addNull();
                } else {
                    data.add(n.doubleValue());
                }
            }
            sets.add(Json.createObjectBuilder().add("label", s.label()).add("data", data).add("backgroundColor", s.colour()));
        }
        JsonObjectBuilder value = Json.createObjectBuilder().add("min", 0);
        if (max != null) {
            value.add("max", max);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", value));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", sets))
                .add("options", options).build().toString();
    }
}
