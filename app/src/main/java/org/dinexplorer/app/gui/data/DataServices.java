package org.dinexplorer.app.gui.data;

import org.dinexplorer.app.service.OverviewService;
import org.dinexplorer.app.service.dataset.DatasetService;
import org.dinexplorer.app.service.imports.DemoDataService;
import org.dinexplorer.app.service.imports.ImportService;

/**
 * The services the Data page uses.
 *
 * @param imports  imports Taobao files
 * @param demo     generates the demo dataset
 * @param datasets builds and describes the training set
 * @param overview reads what the database holds
 */
public record DataServices(ImportService imports, DemoDataService demo, DatasetService datasets,
                          OverviewService overview) {

    /** The real services. */
    public static DataServices create() {
        return new DataServices(new ImportService(), new DemoDataService(), new DatasetService(),
                new OverviewService());
    }
}
