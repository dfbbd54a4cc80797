package org.dinexplorer.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.imports.ImportService;
import org.dinexplorer.app.service.imports.ImportSummary;
import org.dinexplorer.storage.importing.FileRole;
import org.dinexplorer.storage.importing.ImportConfig;
import org.dinexplorer.storage.importing.ImportReport;
import org.dinexplorer.storage.importing.ImportSource;
import org.dinexplorer.storage.importing.ReferentialGaps;
import org.dinexplorer.storage.importing.RowProblem;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code din-explorer import}: imports Taobao CSV files into a database and prints the counts per file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import the Taobao files (raw_sample, ad_feature, user_profile, behavior_log; .csv or .csv.gz) "
                + "into a database. Invalid rows are kept in rejected_rows with line and reason.",
            "An interrupted import continues where it stopped when run again; a file imported before is skipped."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "Database file (created if missing; default: "
            + "din-explorer.db in the data directory).")
    private @Nullable Path db;

    @Option(names = "--dir", paramLabel = "DIR", description = "Folder holding any of the four files.")
    private @Nullable Path dir;

    @Option(names = "--raw-sample", paramLabel = "FILE", description = "The raw_sample file (any name).")
    private @Nullable Path rawSample;

    @Option(names = "--ad-feature", paramLabel = "FILE", description = "The ad_feature file (any name).")
    private @Nullable Path adFeature;

    @Option(names = "--user-profile", paramLabel = "FILE", description = "The user_profile file (any name).")
    private @Nullable Path userProfile;

    @Option(names = "--behavior-log", paramLabel = "FILE", description = "The behavior_log file (any name).")
    private @Nullable Path behaviorLog;

    @Option(names = "--json", description = "Print the result as JSON on stdout.")
    private boolean json;

    @Option(names = "--chunk-rows", defaultValue = "100000", paramLabel = "N",
            description = "Rows per committed chunk (resume granularity). Default: ${DEFAULT-VALUE}.")
    private int chunkRows;

    @Option(names = "--from", defaultValue = "2017-01-01", paramLabel = "DATE",
            description = "Earliest plausible timestamp (UTC date, inclusive). Default: ${DEFAULT-VALUE}.")
    private LocalDate from;

    @Option(names = "--until", defaultValue = "2018-01-01", paramLabel = "DATE",
            description = "Latest plausible timestamp (UTC date, exclusive). Default: ${DEFAULT-VALUE}.")
    private LocalDate until;

    @Option(names = "--no-gap-check", description = "Skip counting impressions without ad, users without "
            + "profile and behaviours of users without impressions (reads whole tables).")
    private boolean noGapCheck;

    @Override
    public Integer call() {
        ImportService service = new ImportService();
        List<ImportSource> sources = sources(service);
        ImportConfig config;
        try {
            config = ImportConfig.defaults().withChunkRows(chunkRows).withTimestampWindow(
                    from.atStartOfDay().toEpochSecond(ZoneOffset.UTC),
                    until.atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage(), e);
        }
        Path database = db != null ? db : root.paths().defaultDatabase();
        CliProgress progress = new CliProgress(spec.commandLine().getErr());
        ImportSummary summary;
        try (StopSignal stop = StopSignal.install()) {
            summary = service.importFiles(database, sources, config, !noGapCheck, progress::accept, stop);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(summary) : ImportText.summary(summary));
        out.flush();
        return ExitCodes.OK;
    }

    private List<ImportSource> sources(ImportService service) {
        List<ImportSource> explicit = new ArrayList<>();
        add(explicit, rawSample, FileRole.RAW_SAMPLE);
        add(explicit, adFeature, FileRole.AD_FEATURE);
        add(explicit, userProfile, FileRole.USER_PROFILE);
        add(explicit, behaviorLog, FileRole.BEHAVIOR_LOG);
        if (dir == null && explicit.isEmpty()) {
            throw new CliFailure(ExitCodes.USAGE, "Nothing to import: give --dir DIR or at least one of --raw-sample, "
                    + "--ad-feature, --user-profile, --behavior-log.");
        }
        if (dir != null && !explicit.isEmpty()) {
            throw new CliFailure(ExitCodes.USAGE, "Give either --dir or single files, not both.");
        }
        if (dir == null) {
            explicit.sort((a, b) -> a.role().compareTo(b.role()));
            return explicit;
        }
        return service.sources(List.of(dir));
    }

    private static void add(List<ImportSource> sources, @Nullable Path file, FileRole role) {
        if (file != null) {
            sources.add(new ImportSource(file, role));
        }
    }

    static String toJson(ImportSummary summary) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("database", summary.database().toString());
        root.put("seconds", summary.elapsed().toMillis() / 1000.0);
        List<Map<String, Object>> files = new ArrayList<>();
        summary.reports().forEach(report -> files.add(fileJson(report)));
        root.put("files", files);
        root.put("referential_gaps", gapsJson(summary.gaps()));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }

    private static Map<String, Object> fileJson(ImportReport report) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("file", report.fileName());
        file.put("role", report.role().stem());
        file.put("status", report.status().name());
        file.put("import_id", report.importId());
        file.put("sha256", report.sha256());
        file.put("rows_read", report.rowsRead());
        file.put("stored", report.rowsStored());
        file.put("duplicates", report.rowsDuplicate());
        Map<String, Object> rejected = new LinkedHashMap<>();
        rejected.put("total", report.rowsRejected());
        Map<String, Long> byReason = new java.util.TreeMap<>();
        report.rejectedByReason().forEach((reason, count) -> byReason.put(reason.name(), count));
        rejected.put("by_reason", byReason);
        file.put("rejected", rejected);
        List<Map<String, Object>> problems = new ArrayList<>();
        for (RowProblem problem : report.firstProblems()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("line", problem.line());
            item.put("reason", problem.reason().name());
            item.put("detail", problem.detail());
            item.put("raw_text", problem.rawText());
            problems.add(item);
        }
        file.put("first_problems", problems);
        file.put("seconds", report.elapsed().toMillis() / 1000.0);
        return file;
    }

    private static @Nullable Map<String, Object> gapsJson(@Nullable ReferentialGaps gaps) {
        if (gaps == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("impressions_without_ad", gaps.impressionsWithoutAd());
        map.put("ads_missing", gaps.adsMissing());
        map.put("impression_users_without_profile", gaps.usersWithoutProfile());
        map.put("behaviors_of_users_without_impression", gaps.behaviorsWithoutImpressionUser());
        map.put("behavior_users_without_impression", gaps.behaviorUsersWithoutImpression());
        return map;
    }

    /** Lower-case status for text output. */
    static String status(ImportReport report) {
        return report.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
