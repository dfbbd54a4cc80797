package org.dinexplorer.app.gui;

/** What the main window's menu items do; the window wires them to dialogs and view models. */
public interface MainActions {

    /** File ▸ New database…: choose a new file and open it. */
    void newDatabase();

    /** File ▸ Open database…: choose an existing file and open it. */
    void openDatabase();

    /** File ▸ Export…: export what the current page shows. */
    void export();

    /** File ▸ Quit, asking first when a job is running. */
    void quit();

    /** Help ▸ About. */
    void about();
}
