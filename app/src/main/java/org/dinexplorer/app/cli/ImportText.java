package org.dinexplorer.app.cli;

import java.util.Locale;
import org.dinexplorer.app.service.imports.ImportSummary;
import org.dinexplorer.storage.importing.ImportReport;
import org.dinexplorer.storage.importing.ReferentialGaps;
import org.dinexplorer.storage.importing.RowProblem;

/** The plain-text import summary printed by {@code din-explorer import}. */
final class ImportText {

    private ImportText() {
    }

    static String summary(ImportSummary summary) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Imported into %s in %.1f s%n",
                summary.database(), summary.elapsed().toMillis() / 1000.0));
        for (ImportReport report : summary.reports()) {
            text.append(String.format(Locale.ROOT, "%-20s %-16s read %,d  stored %,d  duplicates %,d  rejected %,d%n",
                    report.fileName(), ImportCommand.status(report), report.rowsRead(), report.rowsStored(),
                    report.rowsDuplicate(), report.rowsRejected()));
            if (!report.rejectedByReason().isEmpty()) {
                text.append("  rejected by reason:");
                report.rejectedByReason().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> text.append(String.format(Locale.ROOT, " %s %,d", e.getKey(), e.getValue())));
                text.append(System.lineSeparator());
            }
            for (RowProblem problem : report.firstProblems()) {
                text.append(String.format(Locale.ROOT, "  line %,d: %s (%s): %s%n", problem.line(), problem.reason(),
                        problem.detail(), problem.rawText().length() > 80 ? problem.rawText().substring(0, 80)
                                + "..." : problem.rawText()));
            }
        }
        if (summary.gaps() != null) {
            text.append(gaps(summary.gaps()));
        }
        return text.toString().stripTrailing();
    }

    private static String gaps(ReferentialGaps gaps) {
        if (gaps.none()) {
            return "References: every impression has its ad and user profile; every behaviour's user has "
                    + "impressions.";
        }
        return String.format(Locale.ROOT, "References (reported, not errors):%n"
                + "  %,d impressions of %,d ads without an ad_feature row%n"
                + "  %,d impression users without a user_profile row%n"
                + "  %,d behaviours of %,d users who have no impression", gaps.impressionsWithoutAd(),
                gaps.adsMissing(), gaps.usersWithoutProfile(), gaps.behaviorsWithoutImpressionUser(),
                gaps.behaviorUsersWithoutImpression());
    }
}
