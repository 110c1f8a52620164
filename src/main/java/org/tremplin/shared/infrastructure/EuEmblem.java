package org.tremplin.shared.infrastructure;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The European emblem, drawn as vectors from its official geometric description (public, EU emblem
 * guidelines): a blue rectangle one and a half times as wide as it is high, twelve gold five-pointed stars
 * set like the hours of a clock on an invisible circle whose radius is a third of the height, each star's
 * points on a circle of radius one eighteenth of the height, one point straight up.
 */
public final class EuEmblem {

    /** Reflex blue and yellow, as the guidelines give them in RGB. */
    static final Color BLUE = new Color(0x00, 0x33, 0x99);
    static final Color GOLD = new Color(0xFF, 0xCC, 0x00);
    /** A regular five-pointed star's inner radius against its outer one. */
    private static final double INNER = Math.sin(Math.toRadians(18)) / Math.sin(Math.toRadians(126));

    private EuEmblem() {
    }

    /** Draws the emblem with its lower left corner at (x, y), {@code height} points high. */
    public static void draw(PDPageContentStream content, float x, float y, float height) throws IOException {
        float width = height * 1.5f;
        content.saveGraphicsState();
        content.setNonStrokingColor(BLUE);
        content.addRect(x, y, width, height);
        content.fill();
        content.setNonStrokingColor(GOLD);
        double cx = x + width / 2.0;
        double cy = y + height / 2.0;
        for (int hour = 0; hour < 12; hour++) {
            double angle = Math.toRadians(90 - 30 * hour);
            star(content, cx + Math.cos(angle) * height / 3, cy + Math.sin(angle) * height / 3, height / 18.0);
        }
        content.fill();
        content.restoreGraphicsState();
    }

    private static void star(PDPageContentStream content, double cx, double cy, double outer) throws IOException {
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : outer * INNER;
            double a = Math.toRadians(90 + 36 * i);
            float px = (float) (cx + Math.cos(a) * r);
            float py = (float) (cy + Math.sin(a) * r);
            if (i == 0) {
                content.moveTo(px, py);
            } else {
                content.lineTo(px, py);
            }
        }
        content.closePath();
    }
}
