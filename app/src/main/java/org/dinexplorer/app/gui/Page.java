package org.dinexplorer.app.gui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The main window's navigation targets, in menu order. */
public enum Page {
    /** Import logs, build the training set, inspect the data. */
    DATA("Data", "Import Taobao logs, build training samples", MaterialDesignD.DATABASE),
    /** Configure and run training. */
    TRAIN("Train", "Train DIN or the Embedding&MLP baseline", MaterialDesignS.SCHOOL_OUTLINE),
    /** Compare stored runs. */
    RUNS("Runs", "Compare, annotate and export training runs", MaterialDesignH.HISTORY),
    /** Per-user attention heatmaps. */
    EXPLORE("Explore", "Attention heatmaps for one user's history", MaterialDesignC.CHART_BOX_OUTLINE);

    private final String title;
    private final String tooltip;
    private final Ikon icon;

    Page(String title, String tooltip, Ikon icon) {
        this.title = title;
        this.tooltip = tooltip;
        this.icon = icon;
    }

    /** Label in the navigation. */
    public String title() {
        return title;
    }

    /** Tooltip in the navigation. */
    public String tooltip() {
        return tooltip;
    }

    /** Icon in the navigation. */
    public Ikon icon() {
        return icon;
    }
}
