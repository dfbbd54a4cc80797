package org.dinexplorer.app.service.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link HeatmapData} as SVG with real text: labelled rows and columns, cells coloured on the diverging scale
 * centred at zero, and a legend bar that marks zero and says so.
 */
public final class SvgHeatmapWriter {

    private static final int CELL = 22;
    private static final int LEFT = 170;
    private static final int TOP = 40;
    private static final int BOTTOM = 150;
    private static final int LEGEND = 120;

    /** Writes {@code heatmap} to {@code file}; the size follows from the number of rows and columns. */
    public void write(HeatmapData heatmap, Path file) {
        String svg = render(heatmap);
        AtomicFiles.write(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The SVG document of {@code heatmap}. */
    public String render(HeatmapData heatmap) {
        int rows = heatmap.rowLabels().size();
        int columns = heatmap.columnLabels().size();
        int width = LEFT + columns * CELL + LEGEND;
        int height = TOP + rows * CELL + BOTTOM;
        double maxAbs = heatmap.maxAbs();
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(heatmap.title(), 10, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        for (int r = 0; r < rows; r++) {
            g.setColor(Color.DARK_GRAY);
            g.drawString(heatmap.rowLabels().get(r), 10, TOP + r * CELL + CELL * 0.7f);
            for (int c = 0; c < columns; c++) {
                double value = heatmap.values()[r][c];
                g.setColor(Double.isFinite(value) ? new Color(ColorScale.rgb(value, maxAbs))
                        : new Color(0xF0F0F0));
                g.fillRect(LEFT + c * CELL, TOP + r * CELL, CELL - 1, CELL - 1);
            }
        }
        drawColumnLabels(g, heatmap, rows);
        drawLegend(g, heatmap.valueName(), maxAbs, rows, width);
        return SvgChartWriter.XML_DECLARATION + g.getSVGElement();
    }

    private static void drawColumnLabels(SVGGraphics2D g, HeatmapData heatmap, int rows) {
        g.setColor(Color.DARK_GRAY);
        AffineTransform saved = g.getTransform();
        for (int c = 0; c < heatmap.columnLabels().size(); c++) {
            g.setTransform(saved);
            g.translate(LEFT + c * CELL + CELL * 0.65, TOP + rows * CELL + 6);
            g.rotate(Math.PI / 2);
            g.drawString(heatmap.columnLabels().get(c), 0, 0);
        }
        g.setTransform(saved);
    }

    private static void drawLegend(SVGGraphics2D g, String caption, double maxAbs, int rows, int width) {
        int x = width - LEGEND + 10;
        int barHeight = Math.max(80, rows * CELL);
        for (int i = 0; i < barHeight; i++) {
            double value = maxAbs - 2 * maxAbs * i / (barHeight - 1.0);
            g.setColor(new Color(ColorScale.rgb(value, maxAbs)));
            g.fillRect(x, TOP + i, 14, 1);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString(caption, x, TOP - 6);
        for (ColorScale.Tick tick : ColorScale.ticks(maxAbs)) {
            int y = TOP + (int) Math.round(tick.fraction() * (barHeight - 1));
            g.drawLine(x + 14, y, x + 17, y);
            g.drawString(tick.label(), x + 19, y + 4);
        }
        int y = TOP + barHeight + 14;
        for (String line : ColorScale.LEGEND_NOTE) {
            g.drawString(line, x, y);
            y += 12;
        }
    }
}
