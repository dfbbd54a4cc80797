package org.dinexplorer.app.service.export;

import java.awt.Color;
import java.awt.Font;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

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
        SvgCanvas g = new SvgCanvas(width, height);
        g.text(heatmap.title(), 10, 24, new Font(Font.SANS_SERIF, Font.BOLD, 14), Color.DARK_GRAY);
        for (int r = 0; r < rows; r++) {
            g.text(heatmap.rowLabels().get(r), 10, TOP + r * CELL + CELL * 0.7, LABEL_FONT, Color.DARK_GRAY);
            for (int c = 0; c < columns; c++) {
                double value = heatmap.values()[r][c];
                g.rect(LEFT + c * CELL, TOP + r * CELL, CELL - 1, CELL - 1, Double.isFinite(value)
                        ? new Color(ColorScale.rgb(value, maxAbs)) : new Color(0xF0F0F0));
            }
        }
        for (int c = 0; c < columns; c++) {
            g.text(heatmap.columnLabels().get(c), LEFT + c * CELL + CELL * 0.65, TOP + rows * CELL + 6, LABEL_FONT,
                    Color.DARK_GRAY, 90);
        }
        drawLegend(g, heatmap.valueName(), maxAbs, rows, width);
        return g.toSvg();
    }

    private static void drawLegend(SvgCanvas g, String caption, double maxAbs, int rows, int width) {
        int x = width - LEGEND + 10;
        int barHeight = Math.max(80, rows * CELL);
        for (int i = 0; i < barHeight; i++) {
            double value = maxAbs - 2 * maxAbs * i / (barHeight - 1.0);
            g.rect(x, TOP + i, 14, 1, new Color(ColorScale.rgb(value, maxAbs)));
        }
        g.text(caption, x, TOP - 6, LABEL_FONT, Color.DARK_GRAY);
        for (ColorScale.Tick tick : ColorScale.ticks(maxAbs)) {
            int y = TOP + (int) Math.round(tick.fraction() * (barHeight - 1));
            g.line(x + 14, y, x + 17, y, Color.DARK_GRAY);
            g.text(tick.label(), x + 19, y + 4, LABEL_FONT, Color.DARK_GRAY);
        }
        int y = TOP + barHeight + 14;
        for (String line : ColorScale.LEGEND_NOTE) {
            g.text(line, x, y, LABEL_FONT, Color.DARK_GRAY);
            y += 12;
        }
    }
}
