package org.dinexplorer.app.service.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Locale;

/**
 * Builds an SVG document element by element: filled and outlined rectangles, lines, paths and real {@code <text>}
 * (selectable and searchable, not outlines). Coordinates are pixels from the top-left corner. Works without a
 * display: text widths come from the font's metrics, not from a screen.
 */
final class SvgCanvas {

    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

    private final StringBuilder svg = new StringBuilder();

    /** A white canvas of {@code width} × {@code height} pixels. */
    SvgCanvas(int width, int height) {
        svg.append(SvgChartWriter.XML_DECLARATION).append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\">\n");
        rect(0, 0, width, height, Color.WHITE);
    }

    /** A filled rectangle. */
    void rect(double x, double y, double width, double height, Color fill) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" fill=\"").append(hex(fill)).append("\"/>\n");
    }

    /** The outline of a rectangle, one pixel wide. */
    void outline(double x, double y, double width, double height, Color stroke) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" fill=\"none\" stroke=\"").append(hex(stroke))
                .append("\"/>\n");
    }

    /** A straight line, one pixel wide. */
    void line(double x1, double y1, double x2, double y2, Color stroke) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(hex(stroke)).append("\"/>\n");
    }

    /** A path ({@code M x y L x y ...}, see {@link #move} and {@link #lineTo}) stroked {@code width} pixels wide. */
    void path(CharSequence d, Color stroke, double width) {
        svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(hex(stroke))
                .append("\" stroke-width=\"").append(n(width)).append("\" stroke-linejoin=\"round\"/>\n");
    }

    /** Appends a move to (x, y) to a path's {@code d}. */
    static void move(StringBuilder d, double x, double y) {
        d.append('M').append(n(x)).append(' ').append(n(y)).append(' ');
    }

    /** Appends a line to (x, y) to a path's {@code d}. */
    static void lineTo(StringBuilder d, double x, double y) {
        d.append('L').append(n(x)).append(' ').append(n(y)).append(' ');
    }

    /** Text with its baseline starting at (x, y). */
    void text(String text, double x, double y, Font font, Color color) {
        text(text, x, y, font, color, 0);
    }

    /** Text with its baseline starting at (x, y), turned clockwise by {@code degrees} around that point. */
    void text(String text, double x, double y, Font font, Color color, double degrees) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" fill=\"").append(hex(color))
                .append("\" font-family=\"sans-serif\" font-size=\"").append(font.getSize()).append('"');
        if (font.isBold()) {
            svg.append(" font-weight=\"bold\"");
        }
        if (degrees != 0) {
            svg.append(" transform=\"rotate(").append(n(degrees)).append(' ').append(n(x)).append(' ').append(n(y))
                    .append(")\"");
        }
        svg.append('>').append(escape(text)).append("</text>\n");
    }

    /** Width of {@code text} in {@code font}, in pixels. */
    static double textWidth(String text, Font font) {
        return font.getStringBounds(text, METRICS).getWidth();
    }

    /** The finished document. */
    String toSvg() {
        return svg + "</svg>\n";
    }

    private static String n(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
